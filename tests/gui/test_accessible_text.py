"""The painted terminal and logs views expose their text, caret and selection through Qt's
accessibility text interface, and new log lines are announced politely, in batches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from volgui.engine.streams.log_lines import LogLine
from volgui.terminal.emulator import Terminal
from volgui.terminal.widget import TerminalWidget
from volgui.ui.views.accessible_text import LinesAccessible, install_factory
from volgui.ui.views.log_text import LogTextView


def text_of(widget):
    install_factory()
    iface = QAccessible.queryAccessibleInterface(widget)
    assert isinstance(iface, LinesAccessible)
    text = iface.textInterface()
    assert text is not None
    return iface, text


def test_terminal_text_caret_and_selection(qtbot):
    view = TerminalWidget(Terminal(40, 6))
    qtbot.addWidget(view)
    view.resize(*[int(v) for v in (40 * view.cell_size()[0] + 6, 6 * view.cell_size()[1] + 6)])
    view.show()
    view.feed(b"hello world\r\nsecond line\r\n$ ")
    qtbot.waitUntil(lambda: not view.terminal.has_pending())
    iface, text = text_of(view)
    assert iface.role() == QAccessible.Role.Terminal
    assert iface.text(QAccessible.Text.Name) == "Terminal"
    whole = text.text(0, text.characterCount())
    assert whole.startswith("hello world\nsecond line\n$ ")
    caret = text.cursorPosition()
    assert whole[:caret].endswith("second line\n$ ")  # the caret after the prompt
    assert text.selectionCount() == 0
    view.select_all()
    assert text.selectionCount() == 1
    rect = text.characterRect(0)
    assert rect.isValid() and view.rect().contains(view.mapFromGlobal(rect.center()))
    assert text.offsetAtPoint(rect.center()) == 0
    text.removeSelection(0)
    assert text.selectionCount() == 0


def test_every_interface_a_reader_asks_for_answers(qtbot):
    """A bridge asks each object for every interface: the ones it lacks are None, never a crash
    (PySide6 crashed converting a None returned for a C++ pointer)."""
    for widget in (TerminalWidget(Terminal(20, 3)), LogTextView()):
        qtbot.addWidget(widget)
        iface, text = text_of(widget)
        assert iface.valueInterface() is None and iface.tableCellInterface() is None
        assert iface.selectionInterface() is None and iface.editableTextInterface() is None
        assert iface.actionInterface() is not None and text is not None


def test_terminal_keeps_window_keys_to_leave_it(qtbot):
    view = TerminalWidget(Terminal(40, 6))
    qtbot.addWidget(view)
    sent = []
    view.input_ready.connect(sent.append)
    view.show()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert sent == [b"\x18"]  # Ctrl-letters still go to the program


def logs(n, start=0):
    return [LogLine(1 if i % 2 else 2, "", f"line {i}") for i in range(start, start + n)]


def test_logs_text_keyboard_caret_and_selection(qtbot):
    view = LogTextView()
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    view.append_lines(logs(100))
    iface, text = text_of(view)
    assert iface.text(QAccessible.Text.Name) == "Log lines"
    assert iface.state().readOnly and iface.state().multiLine
    shown = text.text(0, text.characterCount()).split("\n")
    assert shown[-1] == "line 99" and 1 < len(shown) <= view.visible_rows()  # what is on screen
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert view.caret() == 0 and not view.following
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_range() == (1, 3)
    whole = text.text(0, text.characterCount())
    assert whole[text.cursorPosition():].startswith("line 3")
    assert text.selectionCount() == 1
    assert view.selected_text() == "line 1\nline 2\nline 3"
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.caret() == 99 and view.following


def test_new_log_lines_are_announced_in_batches(qtbot):
    view = LogTextView()
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    said = []
    view.announcer.announced.connect(said.append)
    view.announcer.INTERVAL_MS = 50
    view.append_lines(logs(2))
    qtbot.waitUntil(lambda: len(said) == 1)
    assert said == ["line 0. line 1"]
    for i in range(200):  # a flood: one announcement for all of it
        view.append_lines(logs(50, 2 + 50 * i))
    qtbot.waitUntil(lambda: len(said) == 2)
    assert said[1] == "10000 new lines, the last: line 10001"
    view.hide()  # not on screen: nothing is said
    view.append_lines(logs(1, 20000))
    qtbot.wait(200)  # the interval passes with nothing announced (a condition cannot show silence)
    assert len(said) == 2 and len(view.announcer.history) == 2
