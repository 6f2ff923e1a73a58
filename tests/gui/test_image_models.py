"""The image dialogs' table models pass qtmodeltester; a transfer's layers update in place."""

from __future__ import annotations

from datetime import UTC, datetime

from volgui.engine.images.disk_use import DiskRow
from volgui.engine.images.history import HistoryLayer
from volgui.engine.images.progress import LayerProgress
from volgui.models.image_tables import DiskRowsModel, HistoryModel, LayerProgressModel, layer_text


def test_history_model(qtmodeltester):
    model = HistoryModel()
    model.set_layers([HistoryLayer("sha256:a", datetime(2024, 1, 1, tzinfo=UTC), 'CMD ["sh"]', 0),
                      HistoryLayer("<missing>", None, "RUN apk add curl", 3_400_000, "a comment")])
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "3.4 MB" and model.index(1, 1).data() == "—"
    assert model.index(1, 2).data() == "RUN apk add curl"


def test_disk_rows_model_sorts_by_size(qtmodeltester):
    model = DiskRowsModel()
    model.set_disk_rows([DiskRow("a", "small", 10, True, "unused"),
                         DiskRow("b", "big", 9000, False, "in use")])
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(2)] == ["big", "small"]
    assert model.index(0, 3).data() == "no" and model.index(1, 3).data() == "yes"


def test_layer_progress_updates_cells_and_appends(qtmodeltester, qtbot):
    model = LayerProgressModel()
    qtmodeltester.check(model)
    model.update_layers([LayerProgress("aaa", "Waiting")])
    with qtbot.waitSignal(model.rowsInserted), qtbot.assertNotEmitted(model.modelReset):
        model.update_layers([LayerProgress("aaa", "Downloading", 5_000_000, 20_000_000),
                             LayerProgress("bbb", "Waiting")])
    assert model.index(0, 2).data() == "5.0 MB of 20.0 MB"
    with qtbot.waitSignal(model.dataChanged), qtbot.assertNotEmitted(model.modelReset):
        model.update_layers([LayerProgress("aaa", "Pull complete"), LayerProgress("bbb", "Waiting")])
    assert model.index(0, 1).data() == "Pull complete" and model.index(0, 2).data() == ""
    with qtbot.waitSignal(model.modelReset):
        model.update_layers([LayerProgress("ccc", "Waiting")])
    qtmodeltester.check(model)
    assert layer_text(LayerProgress("x", "Extracting", 1, 0)) == ""
