#!/usr/bin/env python3
"""Screenshots of the real main window in the light and the dark palette, for docs/ and AppStream.

    .venv/bin/python tests/private_engine.py run -- .venv/bin/python packaging/take_screenshots.py

runs against the private test engine (``VOLGUI_TEST_DOCKER_HOST``): it adds a few example volumes
and containers (labelled ``volgui.test``, removed afterwards), then grabs the offscreen window once
per palette into docs/screenshots/light.png and dark.png (1280×800).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
LABELS = {"volgui.test": "screenshot"}
EXAMPLES = {  # container: (volume, mount point)
    "shop-db": ("shop-db-data", "/var/lib/postgresql/data"),
    "shop-web": ("shop-uploads", "/srv/uploads"),
    "wiki": ("wiki-content", "/var/www/data"),
    "metrics": ("metrics-tsdb", "/prometheus"),
}


def seed(host: str) -> None:
    import docker

    sys.path.insert(0, str(ROOT / "tests"))
    from private_engine import ensure_test_image

    image = ensure_test_image(host)
    api = docker.APIClient(base_url=host, version="auto", timeout=60)
    unseed(api)
    for container, (volume, target) in EXAMPLES.items():
        api.create_volume(volume, labels=LABELS)
        cfg = api.create_host_config(binds={volume: {"bind": target, "mode": "rw"}}, network_mode="none")
        cid = api.create_container(image, ["sleep", "3600"], name=container, labels=LABELS,
                                   host_config=cfg)["Id"]
        if container != "metrics":
            api.start(cid)
    api.create_volume("backups-archive", labels=LABELS)
    api.close()


def unseed(api) -> None:
    for c in api.containers(all=True, filters={"label": "volgui.test=screenshot"}):
        api.remove_container(c["Id"], force=True)
    for v in api.volumes(filters={"label": "volgui.test=screenshot"}).get("Volumes") or []:
        api.remove_volume(v["Name"], force=True)


def _select(window, name: str) -> None:
    """Click the row named ``name`` in whichever list shows it (best effort: views differ)."""
    from PySide6.QtCore import QItemSelectionModel, Qt
    from PySide6.QtWidgets import QAbstractItemView

    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisible():
            continue
        hits = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, name, 1,
                           Qt.MatchFlag.MatchExactly) if model.rowCount() else []
        if hits:
            view.setFocus()
            view.selectionModel().setCurrentIndex(
                hits[0], QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            return


def grab(host: str, scheme: str, target: Path, settle_s: float = 4.0) -> None:
    """In this process: the window with every feature, connected, then ``window.grab()``."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from volgui import paths

    paths.set_config_dir(tempfile.mkdtemp(prefix="volgui-shots-"))
    from volgui.app import build_window, create_application, finish

    app = create_application([sys.argv[0]], color_scheme=scheme)
    window = build_window(host=host)
    window.resize(1280, 800)
    window.show()
    deadline = time.monotonic() + 30
    while not window.session.state.connected and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    end = time.monotonic() + settle_s  # let the views load and the events settle
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    _select(window, "shop-db-data")  # show a volume's details, as a person would
    end = time.monotonic() + 4
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    if not window.session.state.connected:
        raise SystemExit(f"take_screenshots: not connected to {host}: {window.session.state.message}")
    target.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(target), "PNG"):
        raise SystemExit(f"take_screenshots: cannot write {target}")
    print(target)
    window.close()
    finish(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default=os.environ.get("VOLGUI_TEST_DOCKER_HOST"))
    parser.add_argument("--outdir", type=Path, default=OUT)
    parser.add_argument("--only", choices=("light", "dark"), help="(internal) grab one palette")
    args = parser.parse_args(argv)
    if not args.host:
        parser.error("no engine: run under tests/private_engine.py run -- … or give --host")
    if args.only:
        grab(args.host, args.only, args.outdir / f"{args.only}.png")
        return 0
    seed(args.host)
    try:
        for scheme in ("light", "dark"):  # one process each: the palette is chosen at start-up
            subprocess.run([sys.executable, __file__, "--host", args.host, "--outdir", str(args.outdir),
                            "--only", scheme], check=True)
    finally:
        import docker

        api = docker.APIClient(base_url=args.host, version="auto", timeout=60)
        unseed(api)
        api.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
