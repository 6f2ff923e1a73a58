"""Key presses → the bytes a terminal sends (xterm conventions). Pure: Qt key codes in, bytes out."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

K = Qt.Key
_CSI_LETTER = {K.Key_Up: "A", K.Key_Down: "B", K.Key_Right: "C", K.Key_Left: "D",
               K.Key_Home: "H", K.Key_End: "F"}
_TILDE = {K.Key_Insert: 2, K.Key_Delete: 3, K.Key_PageUp: 5, K.Key_PageDown: 6,
          K.Key_F5: 15, K.Key_F6: 17, K.Key_F7: 18, K.Key_F8: 19, K.Key_F9: 20, K.Key_F10: 21,
          K.Key_F11: 23, K.Key_F12: 24}
_SS3 = {K.Key_F1: "P", K.Key_F2: "Q", K.Key_F3: "R", K.Key_F4: "S"}
_CTRL_SYMBOLS = {K.Key_Space: 0, K.Key_At: 0, K.Key_BracketLeft: 27, K.Key_Backslash: 28,
                 K.Key_BracketRight: 29, K.Key_AsciiCircum: 30, K.Key_Underscore: 31, K.Key_Minus: 31,
                 K.Key_Question: 127, K.Key_2: 0, K.Key_3: 27, K.Key_4: 28, K.Key_5: 29, K.Key_6: 30,
                 K.Key_7: 31, K.Key_8: 127}


def _modifier_param(shift: bool, alt: bool, ctrl: bool) -> int:
    return 1 + (1 if shift else 0) + (2 if alt else 0) + (4 if ctrl else 0)


def key_bytes(key: int, modifiers, text: str, app_cursor: bool = False) -> bytes:
    """What pressing ``key`` with ``modifiers`` (Qt.KeyboardModifier flags) sends; b"" for nothing."""
    mods = Qt.KeyboardModifier(modifiers) if not isinstance(modifiers, Qt.KeyboardModifier) else modifiers
    shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
    alt = bool(mods & Qt.KeyboardModifier.AltModifier)
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
    param = _modifier_param(shift, alt, ctrl)
    try:
        key = K(key)
    except ValueError:
        pass
    if key in _CSI_LETTER:
        letter = _CSI_LETTER[key]
        if param > 1:
            return f"\x1b[1;{param}{letter}".encode()
        return (f"\x1bO{letter}" if app_cursor else f"\x1b[{letter}").encode()
    if key in _TILDE:
        n = _TILDE[key]
        return (f"\x1b[{n};{param}~" if param > 1 else f"\x1b[{n}~").encode()
    if key in _SS3:
        letter = _SS3[key]
        return (f"\x1b[1;{param}{letter}" if param > 1 else f"\x1bO{letter}").encode()
    prefix = b"\x1b" if alt else b""
    if key in (K.Key_Return, K.Key_Enter):
        return prefix + b"\r"
    if key == K.Key_Backspace:
        return prefix + (b"\x08" if ctrl else b"\x7f")
    if key == K.Key_Backtab or (key == K.Key_Tab and shift):
        return b"\x1b[Z"
    if key == K.Key_Tab:
        return prefix + b"\t"
    if key == K.Key_Escape:
        return b"\x1b"
    if ctrl:
        if K.Key_A <= key <= K.Key_Z:
            return prefix + bytes([key - K.Key_A + 1])
        if key in _CTRL_SYMBOLS:
            return prefix + bytes([_CTRL_SYMBOLS[key]])
    if text:
        return prefix + text.encode("utf-8", "replace")
    return b""


# What a paste may not carry: ESC and every other C0/C1 control but TAB, LF and CR (as xterm
# filters a paste). Without ESC no end-of-paste mark can survive, however the marks are nested.
_PASTE_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def paste_bytes(text: str, bracketed: bool) -> bytes:
    """Pasted text without control characters, newlines as CR (as typed), wrapped in
    bracketed-paste marks when asked for. Pasted text is hostile: a paste must never type keys."""
    text = _PASTE_CONTROLS.sub("", text).replace("\r\n", "\r").replace("\n", "\r")
    if bracketed:
        return b"\x1b[200~" + text.encode("utf-8", "replace") + b"\x1b[201~"
    return text.encode("utf-8", "replace")
