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
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from private_engine import TEST_IMAGE, PrivateEngine  # noqa: E402

NAME = "vgbench-logs"


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


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
    parser.add_argument("--gc-freeze", action="store_true",
                        help="gc.freeze() once the window is up (what an app can do at start-up)")
    parser.add_argument("--switch-interval", type=float, default=None,
                        help="sys.setswitchinterval() in seconds (CPython's default: 0.005)")
    args = parser.parse_args()
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)

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


def instrument() -> dict:
    """Time the view's own GUI-thread work (appending a batch, painting) to tell it apart from
    the machine's scheduling on a busy host."""
    from volgui.ui.log_text import LogTextView

    timings = {"append": [0, 0.0], "paint": [0, 0.0]}

    def timed(name, fn):
        def wrapper(self, *args):
            t0 = time.perf_counter()
            try:
                return fn(self, *args)
            finally:
                ms = (time.perf_counter() - t0) * 1000
                timings[name][0] += 1
                timings[name][1] = max(timings[name][1], ms)
        return wrapper

    timings["gc"] = [0, 0.0]
    started = {}

    def on_gc(phase, info):
        if phase == "start":
            started["t"] = time.perf_counter()
        elif "t" in started:
            ms = (time.perf_counter() - started.pop("t")) * 1000
            timings["gc"][0] += 1
            timings["gc"][1] = max(timings["gc"][1], ms)
            gen = timings.setdefault(f"gc_gen{info['generation']}", [0, 0.0])
            gen[0] += 1
            gen[1] = max(gen[1], ms)

    gc.callbacks.append(on_gc)
    LogTextView.append_lines = timed("append", LogTextView.append_lines)
    LogTextView.paintEvent = timed("paint", LogTextView.paintEvent)
    return timings


def run(host: str, api, cid: str, args) -> dict:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from volgui.app import build_window

    app = QApplication.instance() or QApplication(sys.argv)
    timings = instrument()
    window = build_window(host=host)
    window.resize(1280, 800)
    window.show()

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
    feature = window.logs_feature
    view = feature.logs_view
    window.bottom_tabs.setCurrentWidget(view)
    spin_until(lambda: window.selection.select_container(cid), 20)
    if not spin_until(lambda: view.state == "following", 20):
        raise SystemExit(f"log stream did not start: {view.status.text()}")
    for _ in range(50):
        app.processEvents()
    gc.collect()
    if args.gc_freeze:
        gc.freeze()
    tracked_before = len(gc.get_objects())
    rss_before = rss_mb()

    gaps = []
    clock = QElapsedTimer()
    state = {"last": None, "max": 0}

    def beat() -> None:
        now = clock.elapsed()
        if state["last"] is not None:
            gap = now - state["last"]
            gaps.append(gap)
            state["max"] = max(state["max"], gap)
        state["last"] = now

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)
    clock.start()
    heartbeat.start()
    # baseline: the same heartbeat with the window idle, to tell the machine's load apart
    spin_until(lambda: False, 2.0)
    idle_max, idle_gaps = state["max"], sorted(gaps)
    gaps.clear()
    state["max"] = 0
    cpu_start = time.thread_time()
    proc_start = time.process_time()
    start = time.monotonic()
    exec_id = api.exec_create(cid, ["touch", "/tmp/go"])["Id"]
    api.exec_start(exec_id)

    def done() -> bool:
        buf = view.text_view.buffer
        return len(buf) > 0 and buf[len(buf) - 1].text == "FLOOD-END"

    finished = spin_until(done, args.timeout)
    elapsed = time.monotonic() - start
    gui_cpu = time.thread_time() - cpu_start
    proc_cpu = time.process_time() - proc_start
    heartbeat.stop()
    for _ in range(20):
        app.processEvents()
    gc.collect()
    rss_after = rss_mb()
    tracked_after = len(gc.get_objects())
    buf = view.text_view.buffer
    thread = view.follower._thread
    gaps.sort()
    report = {
        "lines_requested": args.lines,
        "finished": finished,
        "seconds": round(elapsed, 2),
        "lines_per_second": round(buf.total / elapsed) if elapsed else None,
        "lines_seen_by_view": buf.total,
        "lines_held": len(buf),
        "lines_dropped_by_worker_queue": thread.dropped if thread is not None else None,
        "gui_block_max_ms": state["max"],
        "gui_block_p99_ms": gaps[int(len(gaps) * 0.99)] if gaps else None,
        "heartbeats": len(gaps),
        "idle_block_max_ms": idle_max,
        "idle_block_p99_ms": idle_gaps[int(len(idle_gaps) * 0.99)] if idle_gaps else None,
        "gui_thread_cpu_s": round(gui_cpu, 2),
        "process_cpu_s": round(proc_cpu, 2),
        "append_batches": timings["append"][0],
        "append_max_ms": round(timings["append"][1], 2),
        "paints": timings["paint"][0],
        "paint_max_ms": round(timings["paint"][1], 2),
        "gc_frozen": args.gc_freeze,
        "gc_tracked_objects_before": tracked_before,
        "gc_tracked_objects_after": tracked_after,
        "gc_collections": timings["gc"][0],
        "gc_pause_max_ms": round(timings["gc"][1], 2),
        "gc_by_generation": {k: [v[0], round(v[1], 2)] for k, v in timings.items() if k.startswith("gc_gen")},
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
