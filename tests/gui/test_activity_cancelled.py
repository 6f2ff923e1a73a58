"""A cancelled request ends its activity entry (no "Working…" left behind)."""

import time

from volgui.models.activity import CANCELLED, ActivityModel
from volgui.ui.features.activity.panel import BusyIndicator
from volgui.workers.requests import RequestWorker


class FakeEngine:
    """The worker only needs something to pass along and close; no engine call is made."""

    spec = None

    def close(self):
        pass


def slow(_engine, seconds):
    time.sleep(seconds)
    return "late result"


def test_cancelled_request_is_marked_and_busy_clears(qtbot):
    worker = RequestWorker(FakeEngine, name="volgui-test-requests")
    model = ActivityModel()
    busy = BusyIndicator(model)
    qtbot.addWidget(busy)
    worker.request_started.connect(model.request_started)
    worker.request_finished.connect(model.request_finished)
    got = []
    req = worker.submit(slow, 0.3, label="Inspect", command="docker volume inspect v")
    req.succeeded.connect(got.append)
    assert model.entries()[0].status != CANCELLED
    req.cancel()
    qtbot.waitUntil(lambda: model.entries()[0].status == CANCELLED, timeout=5000)
    assert model.running() == []
    assert not busy.isVisible()
    qtbot.wait(100)
    assert got == []  # the late result never reached the requester
    worker.shutdown()
