"""Tells why the GUI thread was blocked: a 5 ms heartbeat plus a timeline of what ran.

Benchmarks wrap the methods they suspect (a paint, a model slice) with ``probe.timed`` and
call ``probe.watch_gc()``; ``probe.report()`` then gives the longest gap between heartbeat
ticks and, for each of the longest gaps, the timed work and garbage collections inside it.
A gap with nothing inside it is time the process did not get (another thread held the GIL,
or the machine's other processes had the CPU).
"""

from __future__ import annotations

import gc
import resource
import sys
import time
import traceback

from profiles import shown_path
from PySide6.QtCore import QEventLoop, QTimer


def stack_line(frame, limit: int) -> str:
    """The innermost ``limit`` calls of ``frame`` on one line, paths as ``shown_path`` gives them."""
    return "".join(f'File "{shown_path(f.filename)}", line {f.lineno}, in {f.name} | '
                   for f in traceback.extract_stack(frame, limit=limit))


class BlockProbe:
    def __init__(self, interval_ms: int = 5) -> None:
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[tuple[float, float]] = []  # (start, end) of each gap between ticks
        self.spans: list[tuple[str, float, float]] = []  # (what, start, end)
        # longest wall time of each kind, with its CPU time and the thread's context switches
        # (voluntary: it waited, e.g. for the GIL; involuntary: the kernel gave its core away)
        self.cpu: dict[str, tuple[float, float, int, int]] = {}
        self._last = 0.0
        self._last_cpu = 0.0
        self._last_sw = (0, 0)
        # end of a gap → the GUI thread's (CPU time, voluntary, involuntary context switches) in it
        self.gap_cpu: dict[float, tuple[float, int, int]] = {}
        self._gc_start = 0.0
        self.running = False

    def start(self) -> None:
        self.gaps.clear()
        self.spans.clear()
        self.gap_cpu.clear()
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        usage = resource.getrusage(resource.RUSAGE_THREAD)
        self._last_sw = (usage.ru_nvcsw, usage.ru_nivcsw)
        self.running = True
        self.timer.start()

    def stop(self) -> None:
        self._tick()
        self.timer.stop()
        self.running = False

    def _tick(self) -> None:
        now = time.perf_counter()
        cpu = time.thread_time()
        usage = resource.getrusage(resource.RUSAGE_THREAD)
        switches = (usage.ru_nvcsw, usage.ru_nivcsw)
        self.gaps.append((self._last, now))
        self.gap_cpu[now] = (cpu - self._last_cpu, switches[0] - self._last_sw[0],
                             switches[1] - self._last_sw[1])
        self._last = now
        self._last_cpu = cpu
        self._last_sw = switches

    def timed(self, name: str, fn):
        probe = self

        def wrapper(*args, **kwargs):
            t0 = time.perf_counter()
            c0 = time.thread_time()
            r0 = resource.getrusage(resource.RUSAGE_THREAD)
            try:
                return fn(*args, **kwargs)
            finally:
                if probe.running:
                    r1 = resource.getrusage(resource.RUSAGE_THREAD)
                    probe.spans.append((name, t0, time.perf_counter()))
                    probe.cpu[name] = max(probe.cpu.get(name, (0.0, 0.0, 0, 0)),
                                          (time.perf_counter() - t0, time.thread_time() - c0,
                                           r1.ru_nvcsw - r0.ru_nvcsw, r1.ru_nivcsw - r0.ru_nivcsw))
        return wrapper

    def watch_gc(self) -> None:
        def callback(phase: str, info: dict) -> None:
            if phase == "start":
                self._gc_start = time.perf_counter()
            elif self.running:
                self.spans.append((f"gc{info['generation']}", self._gc_start, time.perf_counter()))
        gc.callbacks.append(callback)

    def sample_stalls(self, threshold_ms: float = 30) -> None:
        """A thread that notes the GUI thread's Python stack whenever no tick came for
        ``threshold_ms`` (a stack ending in Qt's event processing = time spent in C++)."""
        import threading

        main_id = threading.main_thread().ident
        self.stalls: list[str] = []

        def watch() -> None:
            seen = 0.0
            while True:
                time.sleep(0.005)
                last = self._last
                if self.running and time.perf_counter() - last > threshold_ms / 1000 and last != seen:
                    seen = last
                    frame = sys._current_frames().get(main_id)
                    self.stalls.append(stack_line(frame, 6) if frame else "")

        threading.Thread(target=watch, daemon=True, name="stall-sampler").start()

    def report(self, worst: int = 5) -> dict:
        lengths = sorted((end - start) * 1000 for start, end in self.gaps)
        longest = sorted(self.gaps, key=lambda g: g[0] - g[1])[:worst]
        explained = []
        for start, end in longest:
            inside: dict[str, float] = {}
            for name, s, e in self.spans:
                overlap = min(e, end) - max(s, start)
                if overlap > 0:
                    inside[name] = inside.get(name, 0.0) + overlap * 1000
            explained.append({"gap_ms": round((end - start) * 1000, 1),
                              # the GUI thread's CPU time in the gap and how often it waited
                              # (voluntary switches: e.g. for the GIL) or lost its core
                              "gui_cpu_ms": round(self.gap_cpu.get(end, (0.0, 0, 0))[0] * 1000, 1),
                              "waits": self.gap_cpu.get(end, (0.0, 0, 0))[1],
                              "preempted": self.gap_cpu.get(end, (0.0, 0, 0))[2],
                              **{k: round(v, 1) for k, v in sorted(inside.items())}})
        by_name: dict[str, float] = {}
        for name, s, e in self.spans:
            by_name[name] = max(by_name.get(name, 0.0), (e - s) * 1000)
        return {
            "gui_block_max_ms": round(lengths[-1], 1) if lengths else None,
            "gui_block_p99_ms": round(lengths[int(len(lengths) * 0.99)], 1) if lengths else None,
            "heartbeats": len(lengths),
            "longest_by_kind_ms": {k: round(v, 1) for k, v in sorted(by_name.items())},
            "longest_gaps": explained,
            "stall_stacks": getattr(self, "stalls", [])[:12],
            # wall ≫ CPU: the thread waited (GIL held by another thread, or no free core)
            "longest_wall_cpu_ms_vcsw_ivcsw": {k: [round(w * 1000, 1), round(c * 1000, 1), v, i]
                                               for k, (w, c, v, i) in sorted(self.cpu.items())},
        }


def run_until(condition, timeout: float, check_ms: int = 20) -> bool:
    """Run a real event loop (as ``app.exec()`` does: it sleeps until something is due) until
    ``condition()`` holds or ``timeout`` seconds pass. A ``processEvents(); sleep()`` loop
    would add its own sleeps, and GIL re-acquisitions after them, to every gap measured."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    checker = QTimer()
    checker.setInterval(check_ms)

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    checker.timeout.connect(check)
    checker.start()
    if not condition():
        loop.exec()
    checker.stop()
    return bool(condition())

