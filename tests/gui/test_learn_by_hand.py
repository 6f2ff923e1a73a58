"""The Learn panel followed by hand: a step done with the window's own dialogs counts as done, and
the outline that shows where to work leaves the view's title readable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect

from tests.gui.test_backup_journey import open_from_toolbar, run, type_path
from tests.gui.test_lesson_journeys import (
    DONE,
    WAIT,
    click,
    click_row,
    click_yes,
    learn_objects,
    no_lesson_leftovers,  # noqa: F401 - a fixture
    open_lesson,
)
from volgui.engine.lessons import _backup_file
from volgui.engine.volumes import streaming
from volgui.ui.features.learn.panel import files_dir
from volgui.ui.features.volume_data.transfer_dialogs import ExportDialog, ImportDialog

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("no_lesson_leftovers")]


def in_window(widget, window) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def test_backup_lesson_followed_by_hand(qtbot, window, docker_api, tmp_path):
    """Back up… to a folder the person types, then Restore… into a new volume: both steps are done."""
    lessons_file = _backup_file(files_dir())  # the lesson's own archive would make the step done by itself
    assert tmp_path in Path(lessons_file).parents  # the test's own home, never the shared temporary folder
    if os.path.exists(lessons_file):
        os.unlink(lessons_file)
    panel = open_lesson(qtbot, window, "backup", from_menu=False)
    qtbot.waitUntil(panel.do_button.isEnabled, timeout=WAIT)
    click(panel.do_button)  # step 1 by the lesson: the volume with its precious file
    qtbot.waitUntil(lambda: 0 in panel.done_steps, timeout=WAIT)
    click(panel.next_button)

    ctx, feature = window.context, window.context.features.volume_data
    mine = tmp_path / "my backups"
    mine.mkdir()
    click_row(qtbot, ctx.volumes_view, "learn-precious")
    dialog = open_from_toolbar(qtbot, window, feature.backup_action, ExportDialog)
    type_path(qtbot, dialog.path_edit, mine / "precious.tar")
    assert isinstance(run(qtbot, dialog), streaming.TransferResult)
    dialog.done(0)
    qtbot.waitUntil(lambda: 1 in panel.done_steps, timeout=WAIT)
    assert panel.status.text().startswith(DONE)
    assert not os.path.exists(lessons_file)
    click(panel.next_button)

    restore = open_from_toolbar(qtbot, window, feature.restore_action, ImportDialog)
    type_path(qtbot, restore.path_edit, mine / "precious.tar")
    click(restore.new_radio)
    type_path(qtbot, restore.new_name, "learn-precious-mine")
    assert isinstance(run(qtbot, restore), streaming.TransferResult)
    restore.done(0)
    qtbot.waitUntil(lambda: 2 in panel.done_steps, timeout=WAIT)
    assert panel.status.text().startswith(DONE) and "Lesson complete" in panel.status.text()

    click(panel.cleanup_button)
    qtbot.waitUntil(lambda: panel._plan is not None, timeout=WAIT)
    click_yes(qtbot, panel._cleanup_box)
    qtbot.waitUntil(lambda: panel.lesson is None, timeout=WAIT)
    assert learn_objects(docker_api) == ([], [])


def test_outline_leaves_the_view_title_readable(qtbot, window):
    panel = open_lesson(qtbot, window, "write-layer", from_menu=False)  # step 1 works in Containers
    qtbot.waitUntil(lambda: panel._outline is not None and panel._outline.isVisible(), timeout=WAIT)
    view = window.context.containers_view
    outline = panel._outline.geometry()
    assert view.title.isVisible() and view.title.text().startswith("<b>Containers")
    assert not outline.intersects(in_window(view.title, window))
    assert outline.contains(in_window(view.tree, window))  # the table itself is still framed
