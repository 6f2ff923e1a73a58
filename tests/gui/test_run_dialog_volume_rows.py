"""An empty "Add volume" row is refused; an anonymous volume is an explicit, explained choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from volgui.ui.dialogs.run import ANONYMOUS

pytestmark = pytest.mark.integration


def test_empty_volume_row_is_refused_and_anonymous_is_explicit(qtbot, window, test_image, prefix):
    mounting = window.context.features.mounting
    dialog = mounting.open_run(test_image)
    qtbot.waitExposed(dialog)
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, f"{prefix}web")
    QTest.mouseClick(dialog.add_volume, Qt.MouseButton.LeftButton)
    row = dialog.rows[0]
    assert row.source.currentText() == "" and row.target.text() == "/data"
    # before: an empty name ran `--volume /data` (an anonymous volume) without a word
    assert not dialog.ok_button.isEnabled()
    assert dialog.problems.isVisible() and "has no name" in dialog.problems.text()
    assert "--volume /data" not in dialog.command_box.text()

    qtbot.keyClicks(row.source.lineEdit(), "my_wall")  # the focus is in the new row's name
    assert dialog.ok_button.isEnabled()
    assert "--volume my_wall:/data" in dialog.command_box.text()

    # choosing "anonymous volume" in the list is allowed, says what it means, and shows in the command
    row.source.lineEdit().clear()
    row.source.setCurrentIndex(row.source.findText(ANONYMOUS))
    assert dialog.ok_button.isEnabled() and not dialog.problems.isVisible()
    assert "--volume /data" in dialog.command_box.text()
    assert dialog.anonymous_note.isVisible() and "kept when the container is removed" in \
        dialog.anonymous_note.text()
    QTest.mouseClick(dialog.auto_remove, Qt.MouseButton.LeftButton)
    assert "removed with the container" in dialog.anonymous_note.text()
    dialog.reject()
