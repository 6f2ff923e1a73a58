"""Pasted text is hostile: no end-of-paste mark and no control key survives a paste, however the
marks are nested, and the paste reaches the program through the real widget."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from volgui.terminal.emulator import Terminal
from volgui.terminal.keys import paste_bytes
from volgui.terminal.widget import TerminalWidget

SETTINGS = settings(deadline=None, derandomize=True, database=None, max_examples=80,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
END = b"\x1b[201~"
CONTROLS = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]")

NESTED = [
    ("paste: end mark nested once", "\x1b[20\x1b[201~1~rm -rf ~\n"),
    ("paste: end mark nested twice", "\x1b[2\x1b[20\x1b[201~1~01~id\n"),
    ("paste: end mark split by the start mark", "\x1b[201\x1b[200~~whoami\n"),
    ("paste: end mark with a c1 introducer", "\x9b201~echo pwned\n"),
    ("paste: end mark built from ESC ESC", "\x1b\x1b[201~~\n"),
    ("paste: ctrl-c, ctrl-d and ctrl-z", "a\x03b\x04c\x1ad\n"),
    ("paste: every C0 control", "".join(map(chr, range(32))) + "x"),
    ("paste: every C1 control", "".join(map(chr, range(0x80, 0xA0))) + "x"),
    ("paste: DEL flood", "\x7f" * 1000 + "x"),
    ("paste: lone surrogate", "a\ud800b"),
    ("paste: 1 MB of end marks", "\x1b[201~" * 170_000),
]


def inner(data: bytes) -> bytes:
    assert data.startswith(b"\x1b[200~") and data.endswith(END)
    return data[6:-6]


@pytest.mark.parametrize(("name", "text"), NESTED, ids=[n for n, _ in NESTED])
def test_no_end_mark_or_control_survives(hostile, name, text):
    hostile(name)
    body = inner(paste_bytes(text, bracketed=True))
    assert END not in body and b"\x1b" not in body and not CONTROLS.search(body)
    plain = paste_bytes(text, bracketed=False)
    assert b"\x1b" not in plain and not CONTROLS.search(plain)


def test_tab_and_newlines_are_kept(hostile):
    hostile("paste: tab, LF, CRLF")
    assert paste_bytes("a\tb\nc\r\nd", bracketed=True) == b"\x1b[200~a\tb\rc\rd\x1b[201~"


@SETTINGS
@given(parts=st.lists(st.sampled_from(["\x1b", "[", "2", "0", "1", "~", "\x9b", "\x00", "\x03", "\n", "a"]),
                      max_size=40))
def test_generated_pastes_never_carry_an_end_mark(hostile, parts):
    text = "".join(parts)
    hostile(f"paste-gen: {text!r}")
    body = inner(paste_bytes(text, bracketed=True))
    assert END not in body and b"\x1b" not in body and not CONTROLS.search(body)


def test_a_paste_into_the_widget_sends_the_cleaned_text(qtbot, hostile):
    hostile("paste: through the widget in bracketed mode")
    view = TerminalWidget(Terminal(80, 24))
    qtbot.addWidget(view)
    view.show()
    view.feed(b"\x1b[?2004h$ ")  # the shell asks for bracketed paste
    qtbot.waitUntil(lambda: not view.terminal.has_pending())
    assert view.terminal.screen.bracketed_paste
    sent = []
    view.input_ready.connect(sent.append)
    QGuiApplication.clipboard().setText("\x1b[20\x1b[201~1~echo pwned\n")
    view.setFocus()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view, Qt.Key.Key_V, ctrl_shift)
    assert sent == [b"\x1b[200~[20[201~1~echo pwned\r\x1b[201~"]
