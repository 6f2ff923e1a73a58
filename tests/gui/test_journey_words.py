"""The words a beginner meets on the way, read as a person reads them: Stop on a container that
ignores the stop signal says it was killed after 10 s and why; the mount dialog says how long a
running container is down and explains the write layer and a snapshot image where they appear."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from volgui.models.base import OBJECT_ROLE

pytestmark = pytest.mark.integration

WAIT = 15000


@pytest.fixture
def stubborn(qtbot, window, docker_api, test_image, prefix):
    """``sleep`` as the main process: as PID 1 it ignores SIGTERM, like many real programs."""
    cid = docker_api.create_container(test_image, ["sleep", "3600"], name=f"{prefix}stubborn",
                                      labels={"volgui.test": "1"})["Id"]
    docker_api.start(cid)
    qtbot.waitUntil(lambda: window.container_model.row_of(cid) >= 0, timeout=WAIT)
    return cid


def row_index(view, key: str, column: int = 0):
    proxy = view.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, column)
        if getattr(index.data(OBJECT_ROLE), "id", None) == key:
            view.tree.scrollTo(index)
            return index
    raise AssertionError(f"{key} is not listed")


def click_row(view, key: str) -> None:
    rect = view.tree.visualRect(row_index(view, key))
    QTest.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(rect.left() + 8, rect.center().y()))


def test_stop_on_a_process_that_ignores_the_signal_says_so(qtbot, window, stubborn):
    view = window.containers_view
    click_row(view, stubborn)
    qtbot.waitUntil(lambda: [c.id for c in window.selection.selected_containers()] == [stubborn],
                    timeout=WAIT)
    stop = window.context.features.actions_controller.container_actions["stop"]
    assert "10 seconds" in stop.toolTip()
    button = window.toolbar.widgetForAction(stop)
    qtbot.waitUntil(button.isEnabled, timeout=WAIT)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    state_column = window.container_model.STATE
    qtbot.waitUntil(lambda: row_index(view, stubborn, state_column).data() == "killed (137)", timeout=30000)
    tip = row_index(view, stubborn, state_column).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("stopped: killed after 10 s because it ignored the stop signal")


def test_mount_dialog_says_how_long_and_explains_its_words(qtbot, window, stubborn, docker_api, prefix):
    docker_api.create_volume(f"{prefix}wall", labels={"volgui.test": "1"})
    qtbot.waitUntil(lambda: window.volume_model.row_of(f"{prefix}wall") >= 0, timeout=WAIT)
    mounting = window.context.features.mounting
    dialog = mounting.open_mount(window.container_model.object(stubborn), "add", f"{prefix}wall")
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT)
    note = dialog.recreate_note.text()
    assert "for a moment" not in note
    assert "up to 10 s to finish" in note
    assert dialog.layer_note.isVisible()
    assert "write layer is where a container keeps" in dialog.layer_note.text()
    assert dialog.snapshot_note.isVisible() and "docker commit" in dialog.snapshot_note.text()
    assert "docker commit" in dialog.layer_radios["snapshot"].toolTip()
    dialog.close()
