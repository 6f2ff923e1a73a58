"""What a beginner sees around the views: the window title says volgui once, the toolbar's trash
cans say which is which, the Help menu leads to the lessons, the glossary, the keyboard shortcuts
and the documentation, and an image's menu offers what can be done with it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTextBrowser, QToolButton

pytestmark = pytest.mark.integration


def shown_title(window, display: str = "volgui") -> str:
    """The title as an X11 or Windows desktop shows it: Qt appends " — " and the application's
    display name (volgui sets "volgui") unless the title ends with it."""
    title = window.windowTitle()
    return title if title.endswith(display) else f"{title} — {display}"


def test_title_names_the_app_once(window):
    assert window.session.state.info is not None
    assert shown_title(window) == f"{window.session.state.info.host} — volgui"


def test_the_trash_cans_say_which_is_which(window):
    actions = window.context.features.actions_controller
    texts = []
    for action in (actions.remove_containers_action, actions.remove_volumes_action, actions.prune_action):
        button = window.toolbar.widgetForAction(action)
        assert isinstance(button, QToolButton)
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        texts.append(button.text())
    assert texts == ["Remove container", "Remove volume", "Prune"]


def help_actions(window) -> dict[str, QAction]:
    menu = window.context.features.help_menu
    return {a.text().replace("&", ""): a for a in menu.actions() if not a.isSeparator()}


def test_help_menu_leads_to_lessons_glossary_shortcuts_docs(qtbot, window):
    actions = help_actions(window)
    assert {"Lessons", "Docker glossary", "Keyboard shortcuts", "Documentation (online)",
            "About volgui"} <= set(actions)
    window.side_tabs.setCurrentIndex(0)
    actions["Lessons"].trigger()
    assert window.side_tabs.currentWidget() is window.context.features.learn_panel
    actions["Docker glossary"].trigger()
    glossary = window.context.features.learn_panel._glossary
    qtbot.waitUntil(glossary.isVisible)
    words = glossary.findChild(QTextBrowser).toPlainText()
    for term in ("Write layer", "Snapshot image", "Volume", "Bind mount", "Anonymous volume"):
        assert term in words
    glossary.close()
    QTest.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    opener = window.context.features.about_opener
    qtbot.waitUntil(lambda: opener.shortcuts is not None and opener.shortcuts.isVisible())
    rows = dict(opener.shortcuts.rows())
    assert rows["New volume"] == "Ctrl+N"
    assert rows["Keyboard shortcuts"] == "Ctrl+/"
    opener.shortcuts.close()
    assert actions["Documentation (online)"].toolTip().startswith("https://")


def test_an_image_menu_offers_run_and_copy_id(qtbot, window, test_image):
    view = window.images_view
    qtbot.waitUntil(lambda: view.proxy.rowCount() > 0, timeout=10000)
    texts = [a.text().replace("&", "") for a in view.context_actions]
    assert "Run this image…" in texts
    assert [a.text() for a in view._row_menu_actions()] == ["Copy name", "Copy ID"]


def test_lesson_titles_are_whole_in_the_chooser(window):
    chooser = window.context.features.learn_panel.chooser
    metrics = chooser.view().fontMetrics()
    for i in range(chooser.count()):
        title = chooser.itemText(i)
        assert metrics.horizontalAdvance(title) <= chooser.view().minimumWidth(), title
        assert chooser.itemData(i, Qt.ItemDataRole.ToolTipRole) == title


def test_status_messages_are_not_painted_over_the_engine_status(qtbot, window):
    bar = window.statusBar()
    message = "Remove the selected containers (shows what is lost and kept first) (Del)"
    bar.showMessage(message)
    qtbot.waitUntil(lambda: window.status_widget.isVisible())
    status = window.status_widget
    # QStatusBar paints its message from the left edge up to the first permanent widget
    assert status.geometry().left() >= bar.fontMetrics().horizontalAdvance(message)
    assert status.text.text().startswith("Connected")
    assert status.geometry().right() <= bar.width()
