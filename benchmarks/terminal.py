"""Terminal throughput: `cat` of a large file in a terminal tab, and the GUI thread's longest block.

    .venv/bin/python benchmarks/terminal.py [--mb 30] [--runs 5] [--host unix:///…] [--out FILE]

Starts its own private engine unless ``--host`` (or VOLGUI_TEST_DOCKER_HOST) names one, puts a
text file of ``--mb`` megabytes (mixed plain and coloured lines) into a busybox container, opens
a real terminal tab (offscreen), types ``cat FILE; echo END`` and measures the time until the
screen model has applied everything. Meanwhile a 5 ms QTimer heartbeat records the longest gap
between its ticks (= the longest time the GUI thread was blocked). Prints a JSON report.
Not a test. Target on a 2-core machine: ≥ 10 MB/s, GUI block ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import collections
import gc
import io
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from private_engine import TEST_IMAGE, PrivateEngine  # noqa: E402

NAME = "vgbench-terminal"


def make_text(megabytes: float, coloured: float = 0.1) -> bytes:
    """Lines of words like a log or source file; a share of them with SGR colours."""
    rng = random.Random(7)
    words = ["alpha", "beta", "gamma", "delta", "volume", "container", "mount", "/var/lib/data",
             "2026-11-29T02:16:58Z", "INFO", "WARN", "id=4f2a9c", "ok", "éclair"]
    out = io.StringIO()
    size = 0
    limit = int(megabytes * 1_000_000)
    while size < limit:
        line = " ".join(rng.choice(words) for _ in range(rng.randint(0, 16)))
        if rng.random() < coloured:
            line = f"\x1b[1;34m{line[:12]}\x1b[0m \x1b[32m{line[12:]}\x1b[0m"
        out.write(line + "\n")
        size += len(line) + 1
    return out.getvalue().encode()


def tar_of(name: str, data: bytes) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mode = 0o644
        tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def run(host: str, megabytes: float) -> dict:
    import docker
    from gui_probe import BlockProbe, run_until
    from PySide6.QtWidgets import QApplication

    from volgui.app import tune_runtime
    from volgui.ui.features.terminal.tab import TerminalTab, wait_for_closing
    from volgui.workers.session import EngineSession

    api = docker.APIClient(base_url=host, version="auto", timeout=120)
    try:
        api.remove_container(NAME, force=True)
    except docker.errors.NotFound:
        pass
    cid = api.create_container(TEST_IMAGE, ["sleep", "3600"], name=NAME, labels={"volgui.test": "1"})["Id"]
    api.start(cid)
    data = make_text(megabytes)
    api.put_archive(cid, "/tmp", tar_of("big.txt", data))

    app = QApplication.instance() or QApplication([sys.argv[0]])
    session = EngineSession(host=host)
    session.start()
    tab = None
    try:
        deadline = time.monotonic() + 20
        while not session.state.connected and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        tab = TerminalTab(session, cid, "bench")
        tab.resize(1200, 700)
        tab.show()
        screen = tab.view.terminal.screen

        def wait(predicate, seconds):
            end = time.monotonic() + seconds
            while not predicate():
                if time.monotonic() > end:
                    raise RuntimeError("timed out")
                app.processEvents()
                time.sleep(0.001)

        wait(lambda: tab.state == "running" and "/ #" in "".join(screen.display), 20)
        tune_runtime()  # as volgui.app.run does once the window is up
        probe = BlockProbe()
        probe.watch_gc()
        view = tab.view
        # wrap the instance's methods: the pump timer and paint events reach them through these
        view._pump = probe.timed("model_slice", view._pump)
        view._pump_timer.timeout.disconnect()
        view._pump_timer.timeout.connect(view._pump)
        paint = type(view).paintEvent
        type(view).paintEvent = probe.timed("paint", paint)
        probe.start()
        stream = tab.stream
        read_before = stream.bytes_read
        reads_before = stream.reads
        cpu_before = time.process_time()
        gui_cpu_before = time.thread_time()
        chars_before = tab.view.terminal.chars_done
        fast_before = tab.view.terminal.fast_chars
        tab.view.input_ready.emit(b"cat /tmp/big.txt; echo END-OF-$((40+2))\r")
        started = time.perf_counter()
        # cheap check (pyte's ``display`` renders every cell: far too slow to poll in a flood)
        if not run_until(lambda: not tab.view.terminal.has_pending()
                         and any("END-OF-42" in row for row in tab.view.visible_text()), 600):
            raise RuntimeError("timed out")
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_before
        gui_cpu = time.thread_time() - gui_cpu_before
        reads = stream.reads - reads_before
        probe.stop()
        type(view).paintEvent = paint
        blocks = probe.report()
        gc.collect()
        tracked = collections.Counter(type(o).__name__ for o in gc.get_objects())
        received = stream.bytes_read - read_before
        chars = tab.view.terminal.chars_done - chars_before
        fast = tab.view.terminal.fast_chars - fast_before
        return {
            "benchmark": "terminal cat",
            "file_mb": round(len(data) / 1e6, 2),
            "received_mb": round(received / 1e6, 2),  # the tty turns LF into CR LF
            "seconds": round(elapsed, 3),
            "throughput_mb_s": round(len(data) / 1e6 / elapsed, 2),
            "received_mb_s": round(received / 1e6 / elapsed, 2),
            "process_cpu_seconds": round(cpu, 3),
            "gui_thread_cpu_seconds": round(gui_cpu, 3),
            "mb_per_process_cpu_second": round(len(data) / 1e6 / cpu, 2) if cpu else None,
            "socket_reads": reads,
            "mean_read_kb": round(received / reads / 1024, 1) if reads else None,
            "fast_path_share": round(fast / chars, 4) if chars else 0,
            **blocks,
            "gc_tracked_objects": sum(tracked.values()),
            "gc_tracked_most": dict(tracked.most_common(6)),
            "longest_model_slice_ms": round(tab.view.longest_slice * 1000, 1),
            "longest_paint_ms": round(tab.view.longest_paint * 1000, 1),
            "paints": tab.view.paints,
            "paint_seconds": round(tab.view.paint_time, 3),
            "screen": f"{screen.columns}x{screen.lines}",
            "scrollback_rows": len(screen.history),
            "targets": {"throughput_mb_s": 10, "gui_block_max_ms": 50},
            "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        }
    finally:
        if tab is not None:
            tab.close_session()
            wait_for_closing()
            tab.deleteLater()
        session.shutdown()
        api.remove_container(cid, force=True)
        api.close()


def run_child(host: str, megabytes: float) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "run.json"
        subprocess.run([sys.executable, __file__, "--mb", str(megabytes), "--host", host, "--out", str(out)],
                       check=True, stdout=subprocess.DEVNULL)
        return json.loads(out.read_text())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=30)
    parser.add_argument("--host", default=os.environ.get("VOLGUI_TEST_DOCKER_HOST"))
    parser.add_argument("--runs", type=int, default=1, help="consecutive runs; the report gives medians")
    parser.add_argument("--out")
    args = parser.parse_args()
    engine = None
    host = args.host
    if not host:
        engine = PrivateEngine.create(prefix="volgui-bench-")
        engine.start()
        engine.ensure_test_image()
        host = engine.host
    try:
        if args.runs == 1:
            runs = [run(host, args.mb)]
        else:  # each run in a fresh process, like a freshly started app
            runs = [run_child(host, args.mb) for _ in range(args.runs)]
    finally:
        if engine is not None:
            engine.destroy()
    if len(runs) == 1:
        report = runs[0]
    else:
        report = {
            "benchmark": f"terminal cat (benchmarks/terminal.py --mb {args.mb:g} --runs {args.runs})",
            "median_throughput_mb_s": statistics.median(r["throughput_mb_s"] for r in runs),
            "min_throughput_mb_s": min(r["throughput_mb_s"] for r in runs),
            "median_gui_block_max_ms": statistics.median(r["gui_block_max_ms"] for r in runs),
            "worst_gui_block_max_ms": max(r["gui_block_max_ms"] for r in runs),
            "cpu_load_1min_after": os.getloadavg()[0],
            "targets": runs[0]["targets"],
            "runs": runs,
        }
    text = json.dumps(report, indent=2)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
