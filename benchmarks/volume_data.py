"""Volume data benchmark: export/import throughput next to the docker CLI, memory, GUI blocking.

    .venv/bin/python benchmarks/volume_data.py [--sizes 50,300] [--runs 3] [--out FILE]

Starts its own private engine (never the user's). For each size it fills a volume with random
data (a few big files and a thousand small ones), then, in the same run and alternating:

* export: ``volume_data.export_volume`` (in a fresh process, so its peak RSS is its own) and
  ``docker run --rm -v VOL:/v -v DIR:/b volgui-test/busybox tar -C /v -cf /b/x.tar .``
* import: ``volume_data.import_volume`` into a new volume and
  ``docker volume create … && docker run --rm -v NEW:/v -v DIR:/b … tar -C /v -xf /b/x.tar``

and it runs one export through the GUI (``ExportDialog``, its JobThread) in an offscreen app with
a 5 ms heartbeat timer: the longest gap between ticks is the longest GUI-thread block.
Prints JSON. Not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

MB = 1_000_000
IMAGE = "volgui-test/busybox:latest"


def docker_cli() -> str:
    for path in ("/usr/local/bin/docker", "/usr/bin/docker"):
        if os.path.exists(path):
            return path
    return "docker"


def cli(host: str, *args: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCKER_")}
    subprocess.run([docker_cli(), "-H", host, *args], check=True, capture_output=True, env=env)


def run_child(args: list[str]) -> tuple[dict, float]:
    """Run this script as a child; returns its JSON line and its peak RSS in MB."""
    proc = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    out = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"child {args} failed with {proc.returncode}: {out}")
    return json.loads(out.strip().splitlines()[-1]), usage.ru_maxrss / 1024


def fill(host: str, volume: str, size_mb: int) -> int:
    big = max(1, size_mb // 10)
    script = (f"cd /v && for i in $(seq 1 {big}); do head -c 9500000 /dev/urandom > big$i.bin; done; "
              "mkdir small && cd small && for i in $(seq 1 1000); do head -c 500 /dev/urandom > s$i; done")
    cli(host, "volume", "create", volume)
    cli(host, "run", "--rm", "-v", f"{volume}:/v", IMAGE, "sh", "-c", script)
    return big * 9_500_000 + 1000 * 500


def drop(host: str, volume: str) -> None:
    subprocess.run([docker_cli(), "-H", host, "volume", "rm", "-f", volume], capture_output=True)


def bench_size(host: str, size_mb: int, runs: int, work: Path) -> dict:
    volume = f"vgbench-data-{size_mb}"
    data_bytes = fill(host, volume, size_mb)
    out: dict = {"volume_mb": round(data_bytes / MB, 1), "runs": runs}
    app_export, cli_export, app_import, cli_import, rss_export, rss_import = [], [], [], [], [], []
    app_export_nofsync = []
    methods = set()  # how the app moved the data ("direct" or "api")
    archive = work / "app.tar"
    for i in range(runs):
        order = ("app", "cli") if i % 2 == 0 else ("cli", "app")
        for who in order:
            if who == "app":
                result, rss = run_child(["--child", "export", "--host", host, "--volume", volume,
                                         "--path", str(archive)])
                app_export.append(result["bytes"] / MB / result["seconds"])
                methods.add(result["method"])
                rss_export.append(rss)
                result, rss = run_child(["--child", "export-nofsync", "--host", host, "--volume", volume,
                                         "--path", str(archive)])
                app_export_nofsync.append(result["bytes"] / MB / result["seconds"])
            else:
                t0 = time.perf_counter()
                cli(host, "run", "--rm", "-v", f"{volume}:/v", "-v", f"{work}:/b", IMAGE,
                    "tar", "-C", "/v", "-cf", "/b/cli.tar", ".")
                seconds = time.perf_counter() - t0
                cli_export.append((work / "cli.tar").stat().st_size / MB / seconds)
        size = archive.stat().st_size
        for who in order:
            target = f"vgbench-restore-{size_mb}-{who}-{i}"
            if who == "app":
                result, rss = run_child(["--child", "import", "--host", host, "--volume", target,
                                         "--path", str(archive)])
                app_import.append(result["bytes"] / MB / result["seconds"])
                methods.add(result["method"])
                rss_import.append(rss)
            else:
                t0 = time.perf_counter()
                cli(host, "volume", "create", target)
                cli(host, "run", "--rm", "-v", f"{target}:/v", "-v", f"{work}:/b", IMAGE,
                    "tar", "-C", "/v", "-xf", "/b/cli.tar")
                seconds = time.perf_counter() - t0
                cli_import.append(size / MB / seconds)
            drop(host, target)
    med = statistics.median
    out["export_mb_s"] = {"app": round(med(app_export), 1), "cli": round(med(cli_export), 1),
                          "ratio": round(med(app_export) / med(cli_export), 2),
                          "app_without_fsync": round(med(app_export_nofsync), 1),
                          "ratio_without_fsync": round(med(app_export_nofsync) / med(cli_export), 2),
                          "app_runs": [round(x, 1) for x in app_export],
                          "cli_runs": [round(x, 1) for x in cli_export]}
    out["import_mb_s"] = {"app": round(med(app_import), 1), "cli": round(med(cli_import), 1),
                          "ratio": round(med(app_import) / med(cli_import), 2),
                          "app_runs": [round(x, 1) for x in app_import],
                          "cli_runs": [round(x, 1) for x in cli_import]}
    out["app_methods"] = sorted(methods)
    out["app_peak_rss_mb"] = {"export": round(max(rss_export), 1), "import": round(max(rss_import), 1)}
    out["engine_endpoint_mb_s"] = endpoint_ceiling(host, volume, work, runs, data_bytes)
    guis = []
    for _ in range(runs):
        (work / "gui.tar").unlink(missing_ok=True)  # else the dialog asks before replacing it
        gui, gui_rss = run_child(["--child", "gui", "--host", host, "--volume", volume,
                                  "--path", str(work / "gui.tar")])
        gui["peak_rss_mb"] = round(gui_rss, 1)
        guis.append(gui)
    blocks = [g["longest_gui_block_ms"] for g in guis]
    out["gui_export"] = {"runs": guis, "longest_gui_block_ms": max(blocks),
                         "median_longest_block_ms": statistics.median(blocks)}
    drop(host, volume)
    for name in ("app.tar", "cli.tar", "gui.tar"):
        (work / name).unlink(missing_ok=True)
    return out


def endpoint_ceiling(host: str, volume: str, work: Path, runs: int, data_bytes: int) -> dict:
    """The engine's archive endpoint read by curl (C) to a file: what any client can get at most."""
    import shutil

    from volgui.engine import Engine
    from volgui.engine.connection import ConnectionSpec
    from volgui.engine.volumes import helpers

    curl = shutil.which("curl")
    if not curl or not host.startswith("unix://"):
        return {"curl": None}
    engine = Engine.connect(ConnectionSpec(host, "bench"))
    speeds = []
    try:
        for _ in range(runs):
            with helpers.helper(engine, volume, read_only=True) as cid:
                t0 = time.perf_counter()
                subprocess.run([curl, "-sf", "--unix-socket", host.removeprefix("unix://"), "-o",
                                str(work / "curl.tar"), f"http://engine/containers/{cid}/archive?path=/volume/."],
                               check=True)
                speeds.append((work / "curl.tar").stat().st_size / MB / (time.perf_counter() - t0))
    finally:
        engine.close()
        (work / "curl.tar").unlink(missing_ok=True)
    return {"curl": round(statistics.median(speeds), 1), "runs": [round(x, 1) for x in speeds],
            "note": "curl reading GET /containers/{helper}/archive to a file (no helper create/remove)"}


# -- children -----------------------------------------------------------------------------------------


def child_transfer(kind: str, host: str, volume: str, path: str) -> dict:
    from volgui.engine import Engine
    from volgui.engine.connection import ConnectionSpec
    from volgui.engine.volumes import transfer as vd

    engine = Engine.connect(ConnectionSpec(host, "bench"))
    if kind in ("export", "export-nofsync"):
        result = vd.export_volume(engine, volume, path, estimate=False, fsync=kind == "export")
    else:
        result = vd.import_volume(engine, path, volume, create=True)
    engine.close()
    return {"bytes": result.bytes, "seconds": result.seconds, "method": result.method}


def child_gui(host: str, volume: str, path: str) -> dict:
    from PySide6.QtCore import QObject, QTimer, Slot
    from PySide6.QtWidgets import QApplication

    from volgui.app import create_application
    from volgui.workers.session import EngineSession

    app: QApplication = create_application([sys.argv[0]])

    class Beat(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.timer = QTimer(self)
            self.timer.setInterval(5)
            self.timer.timeout.connect(self.tick)
            self.last = time.perf_counter()
            self.max_gap = 0.0
            self.ticks = 0

            self.gaps: list[float] = []

        @Slot()
        def tick(self) -> None:
            now = time.perf_counter()
            self.max_gap = max(self.max_gap, now - self.last)
            self.gaps.append(now - self.last)
            self.last = now
            self.ticks += 1

    session = EngineSession(host=host)
    session.start()
    while not session.state.connected:
        app.processEvents()
        time.sleep(0.001)
    from volgui.ui.features.volume_data.transfer_dialogs import ExportDialog

    dialog = ExportDialog(session, volume, [volume], folder=str(Path(path).parent))
    dialog.path_edit.setText(path)
    dialog.show()
    for _ in range(50):
        app.processEvents()
        time.sleep(0.002)
    done: list = []
    dialog.finished_job.connect(done.append)
    beat = Beat()
    beat.timer.start()
    beat.last = time.perf_counter()
    t0 = time.perf_counter()
    dialog.start()
    while not done:
        app.processEvents()
        time.sleep(0.001)
    seconds = time.perf_counter() - t0
    beat.tick()
    result = done[0]
    dialog.done(0)
    session.shutdown()
    ok = hasattr(result, "bytes")
    gaps = sorted(beat.gaps)
    return {"ok": ok, "seconds": round(seconds, 2),
            "mb_s": round(result.bytes / MB / seconds, 1) if ok else None,
            "longest_gui_block_ms": round(beat.max_gap * 1000, 1),
            "p99_gap_ms": round(gaps[int(0.99 * (len(gaps) - 1))] * 1000, 1) if gaps else None,
            "gaps_over_50ms": sum(1 for g in gaps if g > 0.05), "ticks": beat.ticks,
            "load_average_1min": round(os.getloadavg()[0], 1)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="50,300")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out")
    ap.add_argument("--child")
    ap.add_argument("--host")
    ap.add_argument("--volume")
    ap.add_argument("--path")
    args = ap.parse_args()
    if args.child in ("export", "export-nofsync", "import"):
        print(json.dumps(child_transfer(args.child, args.host, args.volume, args.path)))
        return 0
    if args.child == "gui":
        print(json.dumps(child_gui(args.host, args.volume, args.path)))
        return 0

    from private_engine import PrivateEngine

    engine = PrivateEngine.create(prefix="volgui-bench-")
    report: dict = {"cpu_count": os.cpu_count(), "load_average_at_start": round(os.getloadavg()[0], 1),
                    "sizes": {}}
    try:
        engine.start()
        engine.ensure_test_image()
        with tempfile.TemporaryDirectory(prefix="volgui-bench-", dir="/var/tmp") as tmp:
            for size in (int(s) for s in args.sizes.split(",")):
                report["sizes"][f"{size}MB"] = bench_size(engine.host, size, args.runs, Path(tmp))
    finally:
        engine.destroy()
    report["load_average_at_end"] = round(os.getloadavg()[0], 1)
    sizes = list(report["sizes"].values())
    report["summary"] = {
        "export_ratio_min": min(s["export_mb_s"]["ratio"] for s in sizes),
        "import_ratio_min": min(s["import_mb_s"]["ratio"] for s in sizes),
        "peak_rss_mb_by_size": {k: v["app_peak_rss_mb"] for k, v in report["sizes"].items()},
        "longest_gui_block_ms": max(s["gui_export"]["longest_gui_block_ms"] for s in sizes),
        "export_vs_engine_endpoint": {k: round(v["export_mb_s"]["app"] / v["engine_endpoint_mb_s"]["curl"], 2)
                                      for k, v in report["sizes"].items()
                                      if v["engine_endpoint_mb_s"].get("curl")},
        "targets": {"ratio_min": 0.9, "gui_block_ms": 50, "memory": "flat (same peak for every size)"},
    }
    text = json.dumps(report, indent=1)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
