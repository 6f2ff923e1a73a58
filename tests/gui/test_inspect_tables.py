"""The summary tables' model, and which engine events make the inspect panel reload."""

import json

from PySide6.QtCore import Qt

from conftest import DATA_DIR
from volgui.engine.dto.inspect import summarize_container
from volgui.engine.streams.events import EngineEvent
from volgui.models.inspect_tables import LINK_ROLE, ROW_ROLE, Column, RowsTableModel
from volgui.ui.features.inspect.panel import InspectPanel

RECORDED = json.loads((DATA_DIR / "inspect-20.10.json").read_text())


def mounts_model():
    return RowsTableModel([
        Column("Type", lambda m: m.type),
        Column("Source", lambda m: m.source_text, link=lambda m: m.is_volume),
        Column("Destination", lambda m: m.destination, mono=True),
    ])


def test_rows_model_contract(qtmodeltester):
    model = mounts_model()
    qtmodeltester.check(model)
    model.set_rows(summarize_container(RECORDED["inspect_container"]).mounts)
    qtmodeltester.check(model)
    model.set_rows(())
    qtmodeltester.check(model)


def test_rows_model_data_links_and_refresh(qtbot):
    model = mounts_model()
    mounts = summarize_container(RECORDED["inspect_container"]).mounts
    model.set_rows(mounts)
    assert model.rowCount() == 3 and model.columnCount() == 3
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Source"
    assert model.index(0, 1).data() == "vgtest-data"
    assert model.index(0, 1).data(LINK_ROLE) is True
    assert model.index(2, 1).data(LINK_ROLE) is False  # the bind mount
    assert model.index(0, 0).data(LINK_ROLE) is False
    assert model.index(2, 0).data(ROW_ROLE) is mounts[2]
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole).underline()
    with qtbot.waitSignal(model.dataChanged):
        model.refresh()
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_rows(mounts)  # same rows: nothing to do


class _NoSession:
    def submit(self, *args, **kwargs):
        from volgui.engine.errors import EngineError

        raise EngineError("No engine is selected.")


def test_which_events_concern_the_panel(qtbot):
    panel = InspectPanel(_NoSession())
    qtbot.addWidget(panel)
    cid = "f" * 64
    assert not panel.concerns(EngineEvent("container", "stop", cid))  # nothing shown
    panel.show_key("container", cid, "web")
    assert panel.state == "error" and "No engine is selected" in panel.message.text()
    assert panel.concerns(EngineEvent("container", "stop", cid))
    assert panel.concerns(EngineEvent("container", "health_status: unhealthy", cid))
    assert not panel.concerns(EngineEvent("container", "exec_start: true", cid))  # a healthcheck run
    assert not panel.concerns(EngineEvent("container", "stop", "e" * 64))
    assert not panel.concerns(EngineEvent("volume", "mount", "data"))
    assert panel.concerns(EngineEvent("network", "disconnect", "n1", (("container", cid),)))
    panel.show_key("volume", "data", "data")
    assert panel.concerns(EngineEvent("volume", "mount", "data"))
    assert not panel.concerns(EngineEvent("volume", "mount", "other"))
    assert panel.concerns(EngineEvent("container", "destroy", cid))  # the users may change
    assert not panel.concerns(EngineEvent("container", "exec_die", cid))
    panel.show_key("image", "sha256:" + "a" * 64, "app:1")
    assert panel.concerns(EngineEvent("image", "tag", "sha256:" + "a" * 64))
    assert panel.concerns(EngineEvent("image", "untag", "a" * 64))
    assert not panel.concerns(EngineEvent("image", "tag", "sha256:" + "b" * 64))
    panel.clear()
    assert panel.state == "empty" and panel.message.text() == panel.EMPTY_TEXT
    assert not panel.header.isVisible()
