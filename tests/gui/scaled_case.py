"""Run by tests/gui/test_scaled_layout.py in a process of its own at 200 % (QT_SCALE_FACTOR=2 on
a 2560×1600 screen: 1280×800 logical); not collected on its own (the scale is fixed when the
application starts). Every panel and dialog passes the layout check and fits on the screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from tests.gui.test_layout import objects, open_dialogs, settle  # noqa: F401 (objects: a fixture)
from tests.layout_check import layout_problems

pytestmark = pytest.mark.integration


def test_every_panel_and_dialog_at_200_percent(qtbot, window, objects):  # noqa: F811
    screen = QApplication.primaryScreen()
    assert screen.devicePixelRatio() == 2, "not started at 200 %"
    room = screen.availableGeometry()
    window.resize(room.size())
    problems: list[str] = []
    for tabs in (window.bottom_tabs, window.side_tabs, window.object_tabs):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            problems += [f"main window, {tabs.tabText(i)}: {p}" for p in layout_problems(window)]
    for name, dialog in open_dialogs(qtbot, window, objects):
        settle(qtbot, dialog)
        problems += [f"{name}: {p}" for p in layout_problems(dialog)]
        if dialog.width() > room.width() or dialog.height() > room.height():
            problems.append(f"{name}: {dialog.width()}×{dialog.height()} is larger than the screen "
                            f"({room.width()}×{room.height()})")
        dialog.done(QDialog.DialogCode.Rejected)
    assert problems == [], "at 200 %:\n" + "\n".join(sorted(set(problems)))
