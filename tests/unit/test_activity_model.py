"""The activity log model: rows for requests with a command, results and errors in plain words."""

from PySide6.QtCore import QObject, Qt, Signal

from volgui.engine.errors import EngineError
from volgui.models.activity import ActivityModel, describe_result
from volgui.operations.batch import BatchResult
from volgui.ui.features.activity.panel import ActivityPanel, BusyIndicator


class FakeRequest(QObject):
    progressed = Signal(object)
    _next = 0

    def __init__(self, command, label="", result=None, error=None):
        super().__init__()
        FakeRequest._next += 1
        self.id = FakeRequest._next
        self.command, self.label, self.result, self.error = command, label, result, error
        self.cancelled = False


def test_model_records_commands_results_and_errors(qapp, qtmodeltester):
    model = ActivityModel()
    qtmodeltester.check(model)
    ok = FakeRequest("docker stop web", "Stop web")
    bad = FakeRequest("docker volume rm data", "Remove volume data")
    silent = FakeRequest("", "Listing")
    for r in (ok, bad, silent):
        model.request_started(r)
    assert model.rowCount() == 2
    assert model.index(0, ActivityModel.STATUS).data() == "running…"
    ok.result = BatchResult("Stop", ("web",))
    model.request_finished(ok)
    bad.error = EngineError("“data” is in use by web — remove those containers first.", detail="409")
    model.request_finished(bad)
    model.request_finished(silent)
    qtmodeltester.check(model)
    assert model.index(0, ActivityModel.RESULT).data() == "Stopped web"
    assert model.index(1, ActivityModel.STATUS).data() == "failed"
    assert "in use by web" in model.index(1, ActivityModel.RESULT).data()
    assert "409" in model.index(1, ActivityModel.RESULT).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, ActivityModel.STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    text = model.text()
    assert "docker stop web  →  Stopped web" in text
    assert "failed    docker volume rm data  →  “data” is in use by web" in text


def test_clear_keeps_running_entries(qtmodeltester):
    model = ActivityModel()
    done, running = FakeRequest("docker start a"), FakeRequest("docker start b")
    model.request_started(done)
    model.request_started(running)
    model.request_finished(done)
    model.clear()
    qtmodeltester.check(model)
    assert [e.command for e in model.entries()] == ["docker start b"]
    model.request_finished(running)
    assert model.entries()[0].status == "ok"


def test_cancelled_request_is_marked(qtmodeltester):
    model = ActivityModel()
    first = FakeRequest("docker kill a")
    model.request_started(first)
    first.cancelled = True
    model.request_started(FakeRequest("docker start a"))
    assert model.entries()[0].status == "cancelled"


def test_panel_copies_selected_command(qtbot):
    model = ActivityModel()
    panel = ActivityPanel(model)
    qtbot.addWidget(panel)
    assert not panel.copy_button.isEnabled()
    model.request_started(FakeRequest("docker volume create 'my vol'"))
    assert panel.copy_button.isEnabled()
    panel.copy_command()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "docker volume create 'my vol'"


def test_describe_result():
    assert describe_result(None) == "Done."
    assert describe_result(BatchResult("Kill", ("a",))) == "Killed a"


def test_progress_of_a_long_action_shows_in_the_busy_indicator(qtbot, qtmodeltester):
    model = ActivityModel()
    busy = BusyIndicator(model)
    qtbot.addWidget(busy)
    assert busy.isHidden()
    request = FakeRequest("docker rm a b c")
    model.request_started(request)
    assert not busy.isHidden() and "docker rm a b c" in busy.label.text()
    request.progressed.emit((1, 3, "b"))
    assert model.index(0, ActivityModel.RESULT).data() == "1/3 b"
    assert "1/3 b" in busy.label.text()
    qtmodeltester.check(model)
    request.result = BatchResult("Remove", ("a", "b", "c"))
    model.request_finished(request)
    assert model.index(0, ActivityModel.RESULT).data() == "Removed a, b, c"
    assert busy.isHidden()
