"""Run by tests/gui/test_scaled_layout.py in a process of its own at 200 % (QT_SCALE_FACTOR=2 on
a 2560×1600 screen: 1280×800 logical); not collected on its own (the scale is fixed when the
application starts). Every panel and dialog passes the layout check and fits on the screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.walk import every_dialog, every_tab
from tests.layout_check import layout_problems

pytestmark = pytest.mark.integration


def test_every_panel_and_dialog_at_200_percent(qtbot, window, objects):
    screen = QApplication.primaryScreen()
    assert screen.devicePixelRatio() == 2, "not started at 200 %"
    room = screen.availableGeometry()
    window.resize(room.size())
    problems: list[str] = []
    for tab in every_tab(window):
        problems += [f"main window, {tab}: {p}" for p in layout_problems(window)]
    for name, dialog in every_dialog(qtbot, window, objects):
        problems += [f"{name}: {p}" for p in layout_problems(dialog)]
        if dialog.width() > room.width() or dialog.height() > room.height():
            problems.append(f"{name}: {dialog.width()}×{dialog.height()} is larger than the screen "
                            f"({room.width()}×{room.height()})")
    assert problems == [], "at 200 %:\n" + "\n".join(sorted(set(problems)))
