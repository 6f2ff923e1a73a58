"""A lesson's clean-up removes what the person made following it (Ctrl+N), and nothing else."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from volgui.engine.lessons import LESSONS
from volgui.engine.volumes import snapshots
from volgui.operations import snapshots as snap_ops
from volgui.ui.dialogs.create_volume import CreateVolumeDialog

pytestmark = pytest.mark.integration


def confirm_cleanup(qtbot, panel) -> str:
    """Clean-up lists what it removes first: read the list and click "Remove them"."""
    qtbot.waitUntil(lambda: panel._plan is not None, timeout=20000)
    box = panel._cleanup_box
    qtbot.waitExposed(box)
    text = box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    return text


def volume_names(api) -> set[str]:
    return {v["Name"] for v in api.volumes()["Volumes"] or []}


def test_cleanup_takes_the_volume_made_with_ctrl_n_but_not_older_ones(qtbot, window, docker_api):
    # made by the person before the lesson: same prefix, but not the lesson's
    docker_api.create_volume("learn-mine-from-before")
    before = time.time()
    try:
        panel = window.context.features.learn_panel
        window.context.side_tabs.setCurrentWidget(panel)
        panel.chooser.setCurrentIndex([item.id for item in LESSONS].index("volumes"))
        qtbot.waitUntil(lambda: int(time.time()) > int(before), timeout=3000)  # a later second
        QTest.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: getattr(panel, "_consent_box", None) is not None, timeout=5000)
        qtbot.mouseClick(panel._consent_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.image != "" and bool(panel.started), timeout=10000)
        assert "Ctrl+N" in panel.hint.text()

        # the step says Ctrl+N: the person makes learn-data by hand (no lesson label)
        qtbot.waitUntil(lambda: int(time.time()) > int(panel.started), timeout=3000)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        ctl = window.context.features.actions_controller
        qtbot.waitUntil(lambda: isinstance(ctl.dialog, CreateVolumeDialog), timeout=5000)
        dialog = ctl.dialog
        QTest.mouseClick(dialog.name_edit, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.name_edit, "learn-data")
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "learn-data" in volume_names(docker_api), timeout=10000)
        qtbot.waitUntil(lambda: 0 in panel.done_steps, timeout=10000)  # the lesson saw it
        docker_api.create_volume("other-than-lesson")  # made during the lesson, another name

        QTest.mouseClick(panel.cleanup_button, Qt.MouseButton.LeftButton)
        text = confirm_cleanup(qtbot, panel)
        assert "• learn-data" in text
        assert "learn-mine-from-before" not in text and "other-than-lesson" not in text
        assert "Anything made before the lesson, or named otherwise, is kept" in text
        qtbot.waitUntil(lambda: panel.lesson is None, timeout=20000)
        names = volume_names(docker_api)
        assert "learn-data" not in names
        assert {"learn-mine-from-before", "other-than-lesson"} <= names
        assert "learn-data" in panel.status.text()
        # “Take a snapshot first” was offered and on: the removed volume can be rolled back
        (snap,) = snapshots.list_snapshots(snap_ops.folder(), "learn-data")
        assert snap.reason == "before a lesson's clean-up removed it"
    finally:
        for name in ("learn-mine-from-before", "other-than-lesson", "learn-data"):
            if name in volume_names(docker_api):
                docker_api.remove_volume(name, force=True)
