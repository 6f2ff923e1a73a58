"""Runs the real volgui window against an engine and measures it from the inside.

Started by benchmarks/run.py as a subprocess: prints ``READY`` when both views show every
row, then measures event latency and the GUI thread's longest block during bulk changes,
and writes a JSON report. Not a test: it asserts nothing, it measures.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class Heartbeat(QObject):
    """A 5 ms timer; the longest gap between ticks is how long the GUI thread was blocked."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.last = time.perf_counter()
        self.max_gap = 0.0
        self.phase = "start"
        self.max_by_phase: dict[str, float] = {}

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def set_phase(self, phase: str) -> None:
        self.tick()
        self.phase = phase

    @Slot()
    def tick(self) -> None:
        now = time.perf_counter()
        gap = now - self.last
        self.last = now
        self.max_by_phase[self.phase] = max(self.max_by_phase.get(self.phase, 0.0), gap)


class Watcher(QObject):
    """Notes when named rows appear in or leave a model (by the text of column 0)."""

    def __init__(self, model) -> None:
        super().__init__()
        self.model = model
        self.waiting: dict[str, tuple[str, threading.Event, list]] = {}
        model.rowsInserted.connect(self._on_inserted)
        model.rowsAboutToBeRemoved.connect(self._on_removed)
        model.dataChanged.connect(self._on_changed)
        model.modelReset.connect(self._on_reset)

    def expect(self, name: str, kind: str) -> tuple[threading.Event, list]:
        ev, box = threading.Event(), []
        self.waiting[name] = (kind, ev, box)
        return ev, box

    def _check(self, first: int, last: int, kind: str) -> None:
        if not self.waiting:
            return
        for row in range(first, last + 1):
            name = self.model.index(row, 0).data()
            item = self.waiting.get(name)
            if item and item[0] == kind:
                item[2].append(time.perf_counter())
                item[1].set()
                del self.waiting[name]

    @Slot(object, int, int)
    def _on_inserted(self, parent, first, last) -> None:
        self._check(first, last, "insert")

    @Slot(object, int, int)
    def _on_removed(self, parent, first, last) -> None:
        self._check(first, last, "remove")

    @Slot(object, object)
    def _on_changed(self, top, bottom, roles=()) -> None:
        self._check(top.row(), bottom.row(), "change")

    @Slot()
    def _on_reset(self) -> None:
        self._check(0, self.model.rowCount() - 1, "insert")


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", required=True)
    ap.add_argument("--containers", type=int, required=True)
    ap.add_argument("--volumes", type=int, required=True)
    ap.add_argument("--events", type=int, default=40)
    ap.add_argument("--bulk", type=int, default=500)
    ap.add_argument("--report", required=True)
    ap.add_argument("--config-dir", required=True)
    args = ap.parse_args()

    from volgui import paths
    from volgui.app import build_window, create_application

    paths.set_config_dir(args.config_dir)
    app: QApplication = create_application([sys.argv[0]])
    beat = Heartbeat()
    beat.start()
    window = build_window(host=args.host)
    window.show()
    cmodel, vmodel = window.container_model, window.volume_model
    report: dict = {}

    def ready() -> bool:
        return cmodel.rowCount() >= args.containers and vmodel.rowCount() >= args.volumes

    while not ready():
        app.processEvents()
        time.sleep(0.001)
    print("READY", flush=True)
    report["rss_mb_ready"] = round(rss_mb(), 1)
    beat.set_phase("idle")

    import docker

    api = docker.APIClient(base_url=args.host, version="auto")
    vwatch = Watcher(vmodel)
    results: dict = {"create": [], "remove": []}
    done = threading.Event()

    def driver() -> None:
        try:
            for i in range(args.events):
                name = f"vgbench-evt-{i:04d}"
                ev, box = vwatch.expect(name, "insert")
                api.create_volume(name)
                t_engine = time.perf_counter()
                if ev.wait(10):
                    results["create"].append(box[0] - t_engine)
                ev, box = vwatch.expect(name, "remove")
                api.remove_volume(name)
                t_engine = time.perf_counter()
                if ev.wait(10):
                    results["remove"].append(box[0] - t_engine)
            bulk_names = [f"vgbench-bulk-{i:04d}" for i in range(args.bulk)]
            beat_phase.append("bulk-create")
            last_ev, _ = vwatch.expect(bulk_names[-1], "insert")
            for name in bulk_names:
                api.create_volume(name)
            last_ev.wait(60)
            beat_phase.append("bulk-remove")
            last_ev, _ = vwatch.expect(bulk_names[-1], "remove")
            for name in bulk_names:
                api.remove_volume(name)
            last_ev.wait(60)
            beat_phase.append("done")
        finally:
            done.set()

    beat_phase: list[str] = []
    seen_phases = 0
    beat.set_phase("events")
    thread = threading.Thread(target=driver)
    thread.start()
    while not done.is_set():
        app.processEvents()
        if len(beat_phase) > seen_phases:
            beat.set_phase(beat_phase[seen_phases])
            seen_phases += 1
        time.sleep(0.001)
    thread.join()
    api.close()
    # let the last updates land
    t_end = time.perf_counter() + 0.5
    while time.perf_counter() < t_end:
        app.processEvents()
        time.sleep(0.001)

    report["event_latency_ms"] = {
        kind: {"n": len(v), "p50": round(percentile(v, 50) * 1000, 1),
               "p99": round(percentile(v, 99) * 1000, 1), "max": round(max(v) * 1000, 1) if v else None}
        for kind, v in results.items()
    }
    report["gui_block_ms"] = {k: round(v * 1000, 1) for k, v in beat.max_by_phase.items()}
    report["rss_mb_end"] = round(rss_mb(), 1)
    report["rows"] = {"containers": cmodel.rowCount(), "volumes": vmodel.rowCount()}
    with open(args.report, "w") as fh:
        json.dump(report, fh)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
