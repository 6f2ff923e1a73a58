"""The views' own cost of the Project column at 10 000 rows, without an engine (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/project_rows.py

Builds 10 000 containers and 10 000 volumes with compose labels (50 projects), then times, in CPU
time of this process, median of 5: loading each model (``prepare`` + ``load``, the per-row Python
work), asking every column of 40 rows for its text (a screenful painted), and sorting by the first
two columns; and grouping them into projects as the Projects tab does. Run it in two trees (before
and after a change) to compare; PYTHONPATH picks the tree.
"""

from __future__ import annotations

import statistics
import time

from PySide6.QtCore import QCoreApplication

from volgui.engine.dto.objects import parse_container, parse_volume
from volgui.models.objects import ContainerTableModel, VolumeTableModel

N = 10_000


def rows():
    containers = [parse_container({
        "Id": f"{i:064x}", "Names": [f"/c{i}"], "Image": "img", "State": "running", "Status": "Up",
        "Labels": {"com.docker.compose.project": f"p{i % 50}", "com.docker.compose.service": "web",
                   "com.docker.compose.project.working_dir": "/srv", "other": "x"},
        "Mounts": [{"Type": "volume", "Name": f"v{i}", "Destination": "/d"}]}) for i in range(N)]
    volumes = [parse_volume({"Name": f"v{i}", "Labels": {"com.docker.compose.project": f"p{i % 50}"}})
               for i in range(N)]
    return containers, volumes


def once(containers, volumes) -> dict[str, float]:
    out = {}
    for name, cls, objs in (("containers", ContainerTableModel, containers),
                            ("volumes", VolumeTableModel, volumes)):
        model = cls()
        t = time.process_time()
        model.load(model.prepare(objs))
        out[f"{name}: load"] = time.process_time() - t
        t = time.process_time()
        for row in range(40):
            for column in range(model.columnCount()):
                model.index(row, column).data()
        out[f"{name}: 40 rows' texts"] = time.process_time() - t
        t = time.process_time()
        model.sort(0)
        model.sort(1)
        out[f"{name}: sort by two columns"] = time.process_time() - t
    try:
        from volgui.engine.compose.projects import projects_of
    except ImportError:  # a tree from before the Projects tab
        return out
    t = time.process_time()
    projects_of(containers, volumes)
    out["Projects tab: group"] = time.process_time() - t
    return out


def main() -> None:
    QCoreApplication([])
    containers, volumes = rows()
    runs = [once(containers, volumes) for _ in range(5)]
    for key in runs[0]:
        print(f"{key}: {statistics.median(r[key] for r in runs) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
