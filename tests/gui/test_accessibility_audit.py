"""The accessibility audit (tests/accessibility_audit.py) over every window, panel and dialog the
app opens: every control reachable by Tab has a name and a description (what it does) a screen
reader says; the terminal and the logs views give their text to the reader."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialog

from tests.accessibility_audit import undescribed_controls, unnamed_controls
from tests.gui.test_layout import settle
from tests.gui.walk import every_dialog, every_tab
from volgui.engine.containers.run_spec import VolumeMount
from volgui.ui.features.terminal.feature import open_terminal

pytestmark = pytest.mark.integration

WAIT = 15000


def reader_text(widget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    text = iface.textInterface() if iface is not None else None
    assert text is not None, f"{type(widget).__name__} has no text interface"
    return text.text(0, text.characterCount())


def test_every_window_panel_and_dialog_names_its_controls(qtbot, window, objects):
    window.resize(1280, 800)
    window.selection.select_container(objects["web"])
    terminal = open_terminal(window.context, objects["web"])
    problems: list[str] = []
    undescribed: list[str] = []
    for tab in every_tab(window):
        problems += [f"main window, {tab}: {p}" for p in unnamed_controls(window)]
        undescribed += [f"main window: {p}" for p in undescribed_controls(window)]
    for name, dialog in every_dialog(qtbot, window, objects):
        problems += [f"{name}: {p}" for p in unnamed_controls(dialog)]
        undescribed += [f"{name}: {p}" for p in undescribed_controls(dialog)]
    run = window.context.features.mounting.open_run(mounts=[VolumeMount(objects["volume"], "/data", False)])
    settle(qtbot, run)
    problems += [f"run with a volume: {p}" for p in unnamed_controls(run)]
    undescribed += [f"run with a volume: {p}" for p in undescribed_controls(run)]
    run.done(QDialog.DialogCode.Rejected)
    assert problems == [], "controls without an accessible name:\n" + "\n".join(sorted(set(problems)))
    assert undescribed == [], "controls without a description:\n" + "\n".join(sorted(set(undescribed)))

    # the painted views give their text to the reader
    window.bottom_tabs.setCurrentWidget(terminal)
    terminal.view.input_ready.emit(b"echo reader-can-read-$((6*7))\r")
    qtbot.waitUntil(lambda: "reader-can-read-42" in reader_text(terminal.view), timeout=WAIT)
    logs = window.context.features.logs_feature.logs_view
    window.bottom_tabs.setCurrentWidget(logs)
    window.selection.select_container(objects["web"])
    terminal.view.input_ready.emit(b"echo to-the-log-$((6*7)) > /proc/1/fd/1\r")
    qtbot.waitUntil(lambda: "to-the-log-42" in reader_text(logs.text_view), timeout=WAIT)
