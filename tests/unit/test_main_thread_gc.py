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


def test_full_collections_are_paced_by_time(qtbot):
    now = [1000.0]
    collector = main_thread_gc.MainThreadCollector(clock=lambda: now[0])
    collector._timer.stop()  # driven by hand here
    generations = []

    def record(phase, info):
        if phase == "start":
            generations.append(info["generation"])

    def old_generation_due():
        for _ in range(gc.get_threshold()[2] + 1):
            gc.collect(1)  # each middle collection counts one towards the oldest generation
        assert gc.get_count()[2] > gc.get_threshold()[2]
        generations.clear()

    gc.callbacks.append(record)
    try:
        old_generation_due()
        collector.collect()  # just started: the middle generation instead of a full collection
        assert generations == [1]
        now[0] += main_thread_gc.FULL_EVERY_S
        old_generation_due()
        collector.collect()
        assert generations == [2]
    finally:
        gc.callbacks.remove(record)
        collector.deleteLater()
