"""The request worker survives failures of workers whose "engine" is not an Engine (e.g. the history)."""

from volgui.workers.requests import RequestWorker


class NoSpec:
    """Like VolumeHistory: something to pass along and close, without ``.spec``."""

    def close(self):
        pass


def boom(_engine):
    raise ValueError("database is locked")


def answer(_engine):
    return 42


def test_failure_without_spec_reaches_the_requester_and_the_thread_lives_on(qtbot):
    worker = RequestWorker(NoSpec, name="volgui-test-nospec")
    try:
        failed = worker.submit(boom, label="Record history")
        with qtbot.waitSignal(failed.failed, timeout=10000) as blocker:
            pass
        assert "database is locked" in blocker.args[0].message
        ok = worker.submit(answer, label="Read history")
        with qtbot.waitSignal(ok.succeeded, timeout=10000) as blocker:
            pass
        assert blocker.args == [42]
    finally:
        assert worker.shutdown(5000)
