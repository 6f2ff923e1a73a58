"""Runs the real volgui window against an engine and measures it from the inside.

Started by benchmarks/run.py as a subprocess: prints ``READY`` when both views show every
row, then measures event latency, the GUI thread's longest block during bulk changes and
while a filter is typed into the volumes view's filter box key by key (``--filter``), and
writes a JSON report. Not a test: it asserts nothing, it measures. The start-up time itself is
measured through the real entry point by start_probe.py.

The engine is driven by ``driver.py`` in a separate process (commands over a pipe), so nothing
but the app itself runs Python in this process: the GUI thread shares the GIL only with the
app's own workers. Latency = the row's change seen here minus the moment the driver's engine
call returned (both ``time.monotonic()``, one clock for every process on Linux).
With ``--extras``, a re-create and a volume export run through the app's own request worker
(``window.session.submit``), as the features run them.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from procstat import rss_mb
from PySide6.QtCore import QEventLoop, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
OBJECT_ROLE = 256 + 10  # volgui.models.base.OBJECT_ROLE (not imported: keep start-up honest)
EVENT_WAIT_S = 5  # an event whose row has not changed by then counts as missed


class Heartbeat(QObject):
    """A 5 ms timer; the longest gap between ticks is how long the GUI thread was blocked."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.last = time.monotonic()
        self.last_cpu = time.thread_time()
        self.phase = "start"
        self.max_by_phase: dict[str, float] = {}
        self.profilers: dict = {}  # phase prefix → its cProfile.Profile (--profile-phase)
        # the same gaps in the GUI thread's CPU time: what the block costs without the time the
        # machine's other processes took (on a busy machine wall gaps are mostly waiting)
        self.cpu_max_by_phase: dict[str, float] = {}

    def start(self) -> None:
        self.last = time.monotonic()
        self.last_cpu = time.thread_time()
        self.timer.start()

    def profiled(self, phase: str) -> str:
        """Which profiled phase ``phase`` belongs to: ``filter`` covers each ``filter-<i>``."""
        return next((p for p in self.profilers if phase == p or phase.startswith(p + "-")), "")

    def set_phase(self, phase: str) -> None:
        self.tick()
        was, now = self.profiled(self.phase), self.profiled(phase)
        if was != now:
            if was:
                self.profilers[was].disable()
            if now:
                self.profilers[now].enable()
        self.phase = phase

    def watch_gc(self) -> None:
        """Also note the longest garbage collection per phase (a pause the heartbeat sees too)."""
        import gc

        self.gc_max: dict[str, float] = {}
        started = [0.0]

        def callback(stage: str, info: dict) -> None:
            if stage == "start":
                started[0] = time.monotonic()
            else:
                took = time.monotonic() - started[0]
                self.gc_max[self.phase] = max(self.gc_max.get(self.phase, 0.0), took)

        gc.callbacks.append(callback)

    @Slot()
    def tick(self) -> None:
        now, cpu = time.monotonic(), time.thread_time()
        gap, cpu_gap = now - self.last, cpu - self.last_cpu
        self.last, self.last_cpu = now, cpu
        self.max_by_phase[self.phase] = max(self.max_by_phase.get(self.phase, 0.0), gap)
        self.cpu_max_by_phase[self.phase] = max(self.cpu_max_by_phase.get(self.phase, 0.0), cpu_gap)


class Watcher(QObject):
    """Notes when a named row (text of column 0) appears, leaves, or satisfies a test."""

    def __init__(self, model) -> None:
        super().__init__()
        self.model = model
        self.waiting: dict[str, tuple[str, object]] = {}
        self.seen: dict[str, float] = {}
        model.rowsInserted.connect(self._on_inserted)
        model.rowsAboutToBeRemoved.connect(self._on_removed)
        model.dataChanged.connect(self._on_changed)
        model.modelReset.connect(self._on_reset)

    def expect(self, name: str, kind: str, test=None) -> None:
        self.seen.pop(name, None)
        self.waiting[name] = (kind, test)

    def _check(self, first: int, last: int, kind: str) -> None:
        if not self.waiting:
            return
        now = time.monotonic()
        index = self.model.index
        for row in range(first, last + 1):
            name = index(row, 0).data()
            item = self.waiting.get(name)
            if item is None or item[0] != kind:
                continue
            if item[1] is not None and not item[1](index(row, 0).data(OBJECT_ROLE)):
                continue
            self.seen[name] = now
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


class Driver:
    """The engine-driving process and a way to wait without blocking the event loop."""

    def __init__(self, app: QApplication, host: str) -> None:
        self.app = app
        self.proc = subprocess.Popen([sys.executable, str(HERE / "driver.py"), host],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self._buf = b""

    def pump(self, until, timeout: float) -> bool:
        """Run the event loop (in ≤ 5 ms slices) until ``until()`` is true or time runs out."""
        end = time.monotonic() + timeout
        while not until():
            if time.monotonic() > end:
                return False
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            self.app.sendPostedEvents()
            time.sleep(0.0005)
        return True

    def call(self, timeout: float = 120, **cmd) -> dict:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        fd = self.proc.stdout.fileno()
        box: list[dict] = []

        def answered() -> bool:
            if select.select([fd], [], [], 0)[0]:
                chunk = os.read(fd, 65536)
                if not chunk:
                    raise RuntimeError("the driver ended")
                self._buf += chunk
            if b"\n" in self._buf:
                line, self._buf = self._buf.split(b"\n", 1)
                box.append(json.loads(line))
                return True
            return False

        if not self.pump(answered, timeout):
            raise RuntimeError(f"driver timed out on {cmd['op']}")
        return box[0]

    def close(self) -> None:
        try:
            assert self.proc.stdin is not None
            self.proc.stdin.write(json.dumps({"op": "quit"}) + "\n")
            self.proc.stdin.close()
        except OSError:
            pass
        self.proc.wait(30)


def watch_stalls(beat: Heartbeat, path: str, threshold: float = 0.04) -> None:
    """Diagnostics: a thread that writes the GUI thread's Python stack whenever no tick came for
    ``threshold`` seconds (a stack ending in processEvents means the time went to Qt's C++)."""
    import threading
    import traceback

    main_id = threading.main_thread().ident

    def run() -> None:
        last_dumped = 0.0
        with open(path, "w") as out:
            while True:
                time.sleep(0.01)
                late = time.monotonic() - beat.last
                if late > threshold and beat.last != last_dumped:
                    last_dumped = beat.last
                    frame = sys._current_frames().get(main_id)
                    stack = "".join(traceback.format_stack(frame, limit=12)) if frame else ""
                    out.write(f"--- phase {beat.phase}, {late * 1000:.0f} ms without a tick\n{stack}")
                    out.flush()

    threading.Thread(target=run, daemon=True).start()


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def summary(values: list[float]) -> dict:
    return {"n": len(values), "p50": round(percentile(values, 50) * 1000, 1),
            "p99": round(percentile(values, 99) * 1000, 1),
            "max": round(max(values) * 1000, 1) if values else None}


# -- the operations run through the app's request worker ------------------------------------------
def recreate_with_mount(engine, container_id: str, volume: str, destination: str, cancel=None, progress=None):
    from volgui.engine.containers.recreate.plan import execute, plan_add_mount

    plan = plan_add_mount(engine, container_id, volume, destination)
    plan.check()
    return execute(engine, plan, cancel, progress)


def export(engine, volume: str, path: str, cancel=None, progress=None):
    from volgui.engine.volumes.transfer import export_volume

    return export_volume(engine, volume, path, cancel=cancel, progress=progress)


def type_filter(window, beat: Heartbeat, text: str, pause_ms: int = 150) -> dict:
    """Type ``text`` into the volumes view's filter box key by key, then erase it with
    Backspace, each key sent from inside a real event loop; the heartbeat's longest gap in
    the ``pause_ms`` after a key is that key's block (filtering, layout, paint)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view = window.volumes_view
    edit = view.filter_edit
    keys = [*text, *([None] * len(text))]  # None: Backspace
    loop = QEventLoop()
    blocks, in_call, shown = [], [], []
    for i, key in enumerate(keys):
        def press(key=key) -> None:
            t0 = time.perf_counter()
            if key is None:
                QTest.keyClick(edit, Qt.Key.Key_Backspace)
            else:
                QTest.keyClick(edit, key)
            in_call.append(time.perf_counter() - t0)

        phase = f"filter-{i}"
        beat.set_phase(phase)
        QTimer.singleShot(0, press)
        QTimer.singleShot(pause_ms, loop.quit)
        loop.exec()
        beat.set_phase("idle")
        blocks.append(beat.max_by_phase.pop(phase, 0.0))
        shown.append(view.proxy.rowCount())
    return {"text": text, "keys": len(keys), "block_ms": [round(b * 1000, 1) for b in blocks],
            "max_ms": round(max(blocks) * 1000, 1), "p50_ms": round(percentile(blocks, 50) * 1000, 1),
            # the key press alone (the filter runs inside it), without the layout and paint after
            "keypress_max_ms": round(max(in_call) * 1000, 1),
            "rows_shown": shown, "final_text": edit.text()}


def run_request(driver: Driver, window, fn, *args, label: str, timeout: float = 300) -> tuple[float, str]:
    t0 = time.monotonic()
    request = window.session.submit(fn, *args, label=label, with_progress=True)
    driver.pump(lambda: request.done, timeout)
    error = getattr(request, "error", None)
    return time.monotonic() - t0, "" if request.done and error is None else str(error or "timeout")


def sort_columns(driver: Driver, beat: Heartbeat, window) -> dict:
    """Sort the volumes view by each column in turn (as a click on its header does), each step
    between two heartbeats; the phase's longest block is the figure, with the slowest call."""
    view = window.volumes_view
    calls: list[float] = []
    driver.pump(lambda: False, 0.2)
    beat.set_phase("sort")
    header = view.tree.header()
    for column in [*range(view.model.columnCount()), 0]:
        t0 = time.perf_counter()
        view.tree.sortByColumn(column, header.sortIndicatorOrder())
        calls.append(time.perf_counter() - t0)
        driver.pump(lambda: False, 0.1)
    beat.set_phase("idle")
    return {"steps": len(calls), "slowest_call_ms": round(max(calls) * 1000, 1),
            "block_ms": round(beat.max_by_phase.get("sort", 0.0) * 1000, 1)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", required=True)
    ap.add_argument("--containers", type=int, required=True)
    ap.add_argument("--volumes", type=int, required=True)
    ap.add_argument("--events", type=int, default=40)
    ap.add_argument("--bulk", type=int, default=500)
    ap.add_argument("--export-mb", type=int, default=50)
    ap.add_argument("--filter", default="", help="type this into the volumes filter box, key by key")
    ap.add_argument("--extras", action="store_true", help="also a re-create and a volume export")
    ap.add_argument("--report", required=True)
    ap.add_argument("--config-dir", required=True)
    ap.add_argument("--switch-interval", type=float, default=None, help="sys.setswitchinterval (experiments)")
    ap.add_argument("--stalls", default="", help="write the GUI thread's stack at each stall here")
    ap.add_argument("--profile-phase", default="",
                    help="cProfile these phases (comma-separated prefixes: bulk,filter) into "
                         "--report + .<phase>.prof")
    ap.add_argument("--sort", action="store_true", help="sort the volumes by each column (phase 'sort')")
    args = ap.parse_args()

    from volgui import paths
    from volgui.app import build_window, create_application, tune_runtime

    paths.set_config_dir(args.config_dir)
    app: QApplication = create_application([sys.argv[0]])
    beat = Heartbeat()
    beat.watch_gc()
    if args.stalls:
        watch_stalls(beat, args.stalls)
    if args.profile_phase:
        import cProfile

        beat.profilers = {p: cProfile.Profile() for p in args.profile_phase.split(",") if p}
    beat.start()
    window = build_window(host=args.host)
    window.show()
    tune_runtime()  # as volgui.app.run does
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    cmodel, vmodel = window.container_model, window.volume_model
    report: dict = {}

    def ready() -> bool:
        return cmodel.rowCount() >= args.containers and vmodel.rowCount() >= args.volumes

    t_end = time.monotonic() + 600
    while not ready() and time.monotonic() < t_end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.0005)
    print("READY", flush=True)
    report["rss_mb_ready"] = round(rss_mb(), 1)
    if not args.events and not args.bulk and not args.filter:
        report["gui_block_ms"] = {k: round(v * 1000, 1) for k, v in beat.max_by_phase.items()}
        Path(args.report).write_text(json.dumps(report))
        window.close()
        return 0

    driver = Driver(app, args.host)
    vwatch, cwatch = Watcher(vmodel), Watcher(cmodel)
    kinds = ("create", "remove", "container_kill", "container_start")
    results: dict[str, list[float]] = {k: [] for k in kinds}
    missed = dict.fromkeys(kinds, 0)  # the row had not changed EVENT_WAIT_S after the engine call
    beat.set_phase("idle")
    driver.pump(lambda: False, 1.0)  # settle (sizes of the visible rows, stats…)

    beat.set_phase("events")
    for i in range(args.events):
        name = f"vgbench-evt-{i:04d}"
        for op, kind, key in (("create", "insert", "create"), ("remove", "remove", "remove")):
            vwatch.expect(name, kind)
            t_engine = driver.call(op=op, name=name)["t"]
            if driver.pump(lambda n=name: n in vwatch.seen, EVENT_WAIT_S):
                results[key].append(vwatch.seen[name] - t_engine)
            else:
                missed[key] += 1
    running = [f"vgbench-ctr-{i:05d}" for i in range(max(1, int(args.containers * 0.1)))]
    for i in range(min(len(running), max(1, args.events // 8) if args.events else 0)):
        name = running[i]
        for op, state, key in (("kill", "exited", "container_kill"), ("start", "running", "container_start")):
            cwatch.expect(name, "change", lambda obj, s=state: obj is not None and obj.state == s)
            t_engine = driver.call(op=op, name=name)["t"]
            if driver.pump(lambda n=name: n in cwatch.seen, EVENT_WAIT_S):
                results[key].append(cwatch.seen[name] - t_engine)
            else:
                missed[key] += 1
    report["event_latency_ms"] = {k: summary(v) for k, v in results.items()}
    report["event_missed"] = missed

    bulk: dict = {}
    if args.bulk:
        names = [f"vgbench-bulk-{i:04d}" for i in range(args.bulk)]
        beat.set_phase("bulk-create")
        vwatch.expect(names[-1], "insert")
        t0 = time.monotonic()
        driver.call(op="bulk_create", names=names, timeout=600)
        driver.pump(lambda: names[-1] in vwatch.seen, 60)
        bulk["create_s"] = round(time.monotonic() - t0, 2)
        beat.set_phase("bulk-remove")
        vwatch.expect(names[-1], "remove")
        t0 = time.monotonic()
        driver.call(op="bulk_remove", names=names, timeout=600)
        driver.pump(lambda: names[-1] in vwatch.seen, 60)
        bulk["remove_s"] = round(time.monotonic() - t0, 2)

    if args.filter:
        beat.set_phase("idle")
        driver.pump(lambda: False, 0.5)  # the bursts' last repaints
        report["filter"] = type_filter(window, beat, args.filter)
    if args.sort:
        report["sort"] = sort_columns(driver, beat, window)
    if args.extras:
        # a re-create with a mount: a container without volumes gets one (the app's worker)
        beat.set_phase("idle")
        target = "vgbench-ctr-00003"
        rc_volume = f"vgbench-rc-{os.getpid()}"
        driver.call(op="create", name=rc_volume)
        cid = driver.call(op="container_id", name=target)["id"]
        driver.pump(lambda: False, 0.5)
        beat.set_phase("recreate")
        took, error = run_request(driver, window, recreate_with_mount, cid, rc_volume,
                                  f"/added-{os.getpid()}", label="bench re-create")
        driver.pump(lambda: False, 0.5)  # the events of the re-create land
        bulk["recreate_s"] = round(took, 2)
        bulk["recreate_error"] = error

        # a volume export (the app's worker): a running container's volume with data in it
        beat.set_phase("idle")
        driver.call(op="fill", container="vgbench-ctr-00000", path="/data", mb=args.export_mb, timeout=300)
        driver.pump(lambda: False, 0.3)
        with tempfile.TemporaryDirectory(prefix="volgui-bench-export-") as tmp:
            beat.set_phase("export")
            took, error = run_request(driver, window, export, "vgbench-vol-00000", str(Path(tmp) / "x.tar"),
                                      label="bench export")
            size = (Path(tmp) / "x.tar").stat().st_size if not error else 0
        driver.pump(lambda: False, 0.3)
        bulk["export_s"] = round(took, 2)
        bulk["export_mb"] = round(size / 1e6, 1)
        bulk["export_error"] = error
    beat.set_phase("done")
    driver.close()
    driver.pump(lambda: False, 0.3)

    report["bulk"] = bulk
    report["gui_block_ms"] = {k: round(v * 1000, 1) for k, v in beat.max_by_phase.items() if k != "done"}
    report["gui_block_cpu_ms"] = {k: round(v * 1000, 1) for k, v in beat.cpu_max_by_phase.items()
                                  if k != "done"}
    report["gc_max_ms"] = {k: round(v * 1000, 1) for k, v in beat.gc_max.items() if k != "done"}
    report["rss_mb_end"] = round(rss_mb(), 1)
    report["rows"] = {"containers": cmodel.rowCount(), "volumes": vmodel.rowCount()}
    Path(args.report).write_text(json.dumps(report))
    for name, profiler in beat.profilers.items():
        profiler.dump_stats(f"{args.report}.{name}.prof")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
