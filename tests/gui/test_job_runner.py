"""JobRunner, the one way the GUI runs a long job: answers in the GUI thread, Cancel's
``Cancelled``, and close()'s guarantee (no callable afterwards; the activity log told how it ended)."""

import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal

from volgui.engine.errors import Cancelled
from volgui.workers.job_runner import JobRunner


class NoEngine:
    """What the job's factory opens: nothing to talk to, only closed."""

    def close(self):
        pass


class Requests(QObject):
    request_started = Signal(object)
    request_finished = Signal(object)


class Session(QObject):
    """What the activity log listens to (``session.requests``)."""

    def __init__(self):
        super().__init__()
        self.requests = Requests(self)
        self.finished = []
        self.requests.request_finished.connect(self._on_finished)

    def _on_finished(self, request):
        self.finished.append(request)


def until_cancelled(_engine, started, cancel=None, progress=None):
    stop = threading.Event()
    cancel.on_cancel(stop.set)
    started.set()
    progress("working")
    stop.wait()
    raise Cancelled()


def answer(_engine, cancel=None, progress=None):
    return 42


def test_cancel_answers_cancelled_and_the_log_says_so(qtbot):
    session = Session()
    runner = JobRunner(session, "volgui-test-job")
    got, progress, started = [], [], threading.Event()
    job = runner.start(NoEngine, until_cancelled, started, on_failed=got.append, on_progress=progress.append,
                       label="Wait", command="sleep infinity")
    qtbot.waitUntil(lambda: progress == ["working"], timeout=10000)
    assert runner.pending() == [job]
    job.cancel()
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    assert isinstance(got[0], Cancelled) and runner.pending() == []
    assert [type(r.error) for r in session.finished] == [Cancelled]
    qtbot.waitUntil(lambda: not runner.jobs, timeout=10000)
    runner.close()


def test_close_stops_a_running_job_and_no_callable_runs_afterwards(qtbot):
    session = Session()
    runner = JobRunner(session, "volgui-test-job")
    called, started = [], threading.Event()
    runner.start(NoEngine, until_cancelled, started, on_ok=called.append, on_failed=called.append,
                 on_progress=called.append, label="Wait", command="sleep infinity")
    assert started.wait(10)
    runner.close()
    assert not runner.busy() and runner.jobs == []
    assert [type(r.error) for r in session.finished] == [Cancelled]
    QCoreApplication.processEvents()  # the ended job's queued answers: delivered now, if ever
    assert called == []


def test_close_after_the_job_ended_logs_its_result_not_a_cancel(qtbot):
    session = Session()
    runner = JobRunner(session, "volgui-test-job")
    called = []
    job = runner.start(NoEngine, answer, on_ok=called.append, label="Answer", command="echo 42")
    assert job.wait(10000)  # ended; its answer is queued to this thread, not delivered yet
    runner.close()
    assert [(r.result, r.error) for r in session.finished] == [(42, None)]
    QCoreApplication.processEvents()
    assert called == []
