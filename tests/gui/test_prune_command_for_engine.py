"""The prune dialog names the prune command that does the same on the engine shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from volgui.engine.present.commands import PRUNE_ALL_API
from volgui.ui.dialogs.volumes import PruneDialog

pytestmark = pytest.mark.integration


def test_prune_dialog_command_follows_the_engine_api(qtbot, window, docker_api):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)  # the shortcut is the window's
    api = window.session.state.info.api_version
    old = tuple(int(p) for p in api.split(".")[:2]) < PRUNE_ALL_API
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(window, Qt.Key.Key_P, mods)
    ctl = window.context.features.actions_controller
    qtbot.waitUntil(lambda: isinstance(ctl.dialog, PruneDialog), timeout=5000)
    dialog = ctl.dialog
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert dialog.api_version == api
    if not dialog.selected:
        assert dialog.command_box.text() == ("" if old else "docker volume prune")
    if old:
        assert "also deletes unused named volumes" in dialog.command_box.toolTip()
    else:
        assert "Like docker volume prune on this engine" in dialog.command_box.toolTip()
    QTest.mouseClick(dialog.named_check, Qt.MouseButton.LeftButton)
    assert dialog.named_check.isChecked()
    expected = "docker volume prune" if old else "docker volume prune --all"
    assert f"Like {expected} on this engine" in dialog.command_box.toolTip()
    if not dialog.selected:
        assert dialog.command_box.text() == expected
    dialog.reject()
