"""Log flood: the GUI thread's longest block and the app's memory growth while the Logs tab follows
a container that prints a million lines.

    .venv/bin/python benchmarks/logs.py [--lines 1000000] [--host unix:///…] [--out FILE]

Starts its own private engine unless ``--host`` (or VOLGUI_TEST_DOCKER_HOST) names one. Opens the
real main window (offscreen), selects a busybox container that waits for a signal file, then
floods stdout and stderr (``yes … | head -n N``, one line in ten on stderr, some with ANSI
colours) while the Logs tab follows it. A 5 ms QTimer heartbeat records the longest gap between
its ticks (= the longest time the GUI thread was blocked). RSS is read from /proc before the
flood and after the last line has been shown. Prints a JSON report. Not a test.
Targets: GUI block ≤ 50 ms, RSS growth after a million lines < 50 MB.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from procstat import rss_mb  # noqa: E402

from private_engine import TEST_IMAGE, PrivateEngine  # noqa: E402

NAME = "vgbench-logs"


def script(lines: int) -> str:
    out = max(1, lines * 9 // 10)
    err = lines - out
    return ("while [ ! -f /tmp/go ]; do sleep 0.05; done; "
            f"yes 'INFO 2026-11-29 request handled path=/api/v1/volumes id=4f2a9c status=200 took=3ms' "
            f"| head -n {out - out // 10} & "
            f"yes \"$(printf '\\033[1;34mDEBUG\\033[0m cache \\033[32mhit\\033[0m key=volume:data')\" "
            f"| head -n {out // 10} & "
            f"yes 'WARN slow disk: write took 120ms' | head -n {err} >&2; wait; echo FLOOD-END; sleep 1000")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--host", default=os.environ.get("VOLGUI_TEST_DOCKER_HOST"))
    parser.add_argument("--out")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--no-tuning", action="store_true",
                        help="skip volgui.app.tune_runtime (GIL switch interval, gc.freeze) to compare")
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="volgui-bench-logs-")
    os.environ["HOME"] = tmp
    os.environ["VOLGUI_CONFIG_DIR"] = os.path.join(tmp, "config")
    os.environ["XDG_CONFIG_HOME"] = os.path.join(tmp, ".config")
    engine = None
    host = args.host
    if not host:
        engine = PrivateEngine.create(prefix="volgui-bench-")
        engine.start()
        engine.ensure_test_image()
        host = engine.host
    import docker

    api = docker.APIClient(base_url=host, version="auto")
    try:
        try:
            api.remove_container(NAME, force=True)
        except docker.errors.NotFound:
            pass
        cid = api.create_container(TEST_IMAGE, ["sh", "-c", script(args.lines)], name=NAME)["Id"]
        api.start(cid)
        report = run(host, api, cid, args)
    finally:
        try:
            api.remove_container(NAME, force=True)
        except Exception:
            pass
        api.close()
        if engine is not None:
            engine.destroy()
    report["machine"] = {"python": platform.python_version(), "cpus": os.cpu_count(),
                         "platform": platform.platform()}
    text = json.dumps(report, indent=2)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")
    return 0


def run(host: str, api, cid: str, args) -> dict:
    from gui_probe import BlockProbe, run_until
    from PySide6.QtWidgets import QApplication

    from volgui.app import build_window, tune_runtime
    from volgui.ui.views.log_text import LogTextView

    app = QApplication.instance() or QApplication(sys.argv)
    probe = BlockProbe()
    probe.watch_gc()
    probe.sample_stalls()
    LogTextView.append_lines = probe.timed("append", LogTextView.append_lines)
    LogTextView.paintEvent = probe.timed("paint", LogTextView.paintEvent)
    window = build_window(host=host)
    window.resize(1280, 800)
    window.show()
    if not args.no_tuning:
        tune_runtime()  # as volgui.app.run does once the window is shown

    def spin_until(cond, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            app.processEvents()
            if cond():
                return True
            time.sleep(0.005)
        return cond()

    if not spin_until(lambda: window.session.state.connected, 20):
        raise SystemExit("could not connect")
    feature = window.context.features.logs_feature
    view = feature.logs_view
    window.bottom_tabs.setCurrentWidget(view)
    spin_until(lambda: window.selection.select_container(cid), 20)
    if not spin_until(lambda: view.state == "following", 20):
        raise SystemExit(f"log stream did not start: {view.status.text()}")
    for _ in range(50):
        app.processEvents()
    gc.collect()
    tracked_before = len(gc.get_objects())
    rss_before = rss_mb()

    # baseline: the same heartbeat with the window idle, to tell the machine's load apart
    probe.start()
    run_until(lambda: False, 2.0)
    probe.stop()
    idle = probe.report()
    probe.start()
    cpu_start = time.thread_time()
    proc_start = time.process_time()
    start = time.monotonic()
    # the go signal from another thread: an engine call here would block the GUI thread being measured
    go = threading.Thread(target=lambda: api.exec_start(api.exec_create(cid, ["touch", "/tmp/go"])["Id"]))
    go.start()

    def done() -> bool:
        buf = view.text_view.buffer
        return len(buf) > 0 and buf[len(buf) - 1].text == "FLOOD-END"

    finished = run_until(done, args.timeout)
    elapsed = time.monotonic() - start
    gui_cpu = time.thread_time() - cpu_start
    proc_cpu = time.process_time() - proc_start
    probe.stop()
    blocks = probe.report()
    for _ in range(20):
        app.processEvents()
    gc.collect()
    rss_after = rss_mb()
    tracked_after = len(gc.get_objects())
    buf = view.text_view.buffer
    thread = view.follower._thread
    report = {
        "lines_requested": args.lines,
        "finished": finished,
        "seconds": round(elapsed, 2),
        "lines_per_second": round(buf.total / elapsed) if elapsed else None,
        "lines_seen_by_view": buf.total,
        "lines_held": len(buf),
        "lines_dropped_by_worker_queue": thread.dropped if thread is not None else None,
        **blocks,
        "idle_block_max_ms": idle["gui_block_max_ms"],
        "idle_block_p99_ms": idle["gui_block_p99_ms"],
        "gui_thread_cpu_s": round(gui_cpu, 2),
        "process_cpu_s": round(proc_cpu, 2),
        "runtime_tuned": not args.no_tuning,
        "gc_tracked_objects_before": tracked_before,
        "gc_tracked_objects_after": tracked_after,
        "cpu_load_1min": os.getloadavg()[0],
        "switch_interval_s": sys.getswitchinterval(),
        "rss_before_mb": round(rss_before, 1),
        "rss_after_mb": round(rss_after, 1),
        "rss_growth_mb": round(rss_after - rss_before, 1),
        "targets": {"gui_block_max_ms": 50, "rss_growth_mb": 50},
    }
    window.close()
    app.processEvents()
    return report


if __name__ == "__main__":
    sys.exit(main())
