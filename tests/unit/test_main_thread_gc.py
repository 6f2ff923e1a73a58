"""Garbage is collected in the GUI thread only: a worker thread never runs the cyclic collector."""

import gc
import threading

from volgui.workers import main_thread_gc


def test_collection_runs_in_the_gui_thread_only(qtbot):
    collector = main_thread_gc.install()
    assert collector is not None and not gc.isenabled()
    threads = []

    def record(phase, _info):
        if phase == "start":
            threads.append(threading.current_thread())

    gc.callbacks.append(record)
    try:
        def churn():  # enough cyclic garbage to cross every threshold, made in a worker thread
            for _ in range(50_000):
                a = []
                a.append(a)

        worker = threading.Thread(target=churn)
        worker.start()
        worker.join()
        assert threads == []  # the worker crossed the thresholds but did not collect
        qtbot.waitUntil(lambda: bool(threads), timeout=5000)
        assert set(threads) == {threading.main_thread()}
    finally:
        gc.callbacks.remove(record)
