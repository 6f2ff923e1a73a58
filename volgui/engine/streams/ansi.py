"""ANSI escape sequences in log lines: the SGR styles they set, and the plain text without them.

Terminal programs colour their output with ``ESC [ … m`` (SGR); a log view draws those styles
and searches the text without any escape sequence or control character.

Log lines are hostile: an SGR keeps at most ``MAX_PARAMS`` parameters (the rest are ignored, as
xterm does) and a parameter longer than ``MAX_DIGITS`` digits counts as the largest value, so no
line can make ``int()`` refuse a number or cost more than its length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SEPARATOR = re.compile(r"[;:]")
MAX_PARAMS = 32
MAX_DIGITS = 5


@dataclass(frozen=True, slots=True)
class Style:
    """What SGR sets. Colours: None (default), 0–255 (palette) or an ``(r, g, b)`` tuple."""

    fg: int | tuple[int, int, int] | None = None
    bg: int | tuple[int, int, int] | None = None
    bold: bool = False
    dim: bool = False
    italic: bool = False
    underline: bool = False
    inverse: bool = False
    strike: bool = False


PLAIN = Style()


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    style: Style


def plain_text(text: str) -> str:
    """``text`` without escape sequences and control characters (tabs kept)."""
    if "\x1b" not in text and not _CONTROL.search(text):
        return text
    return _CONTROL.sub("", _ESCAPES.sub("", text))


def parse_ansi(text: str, style: Style = PLAIN) -> tuple[str, list[Span], Style]:
    """Plain text, the styled spans of it (default-styled parts are left out) and the style in
    force at the end (SGR state carries over to the next line in a terminal)."""
    if "\x1b" not in text:
        clean = _CONTROL.sub("", text) if _CONTROL.search(text) else text
        return clean, ([Span(0, len(clean), style)] if style != PLAIN and clean else []), style
    plain: list[str] = []
    spans: list[Span] = []
    pos = 0
    length = 0
    for m in _ESCAPES.finditer(text):
        piece = _CONTROL.sub("", text[pos:m.start()])
        if piece:
            if style != PLAIN:
                spans.append(Span(length, length + len(piece), style))
            plain.append(piece)
            length += len(piece)
        seq = m.group(0)
        if seq.startswith("\x1b[") and seq.endswith("m"):
            style = apply_sgr(style, seq[2:-1])
        pos = m.end()
    piece = _CONTROL.sub("", text[pos:])
    if piece:
        if style != PLAIN:
            spans.append(Span(length, length + len(piece), style))
        plain.append(piece)
    return "".join(plain), spans, style


def _number(param: str) -> int:
    """One SGR parameter: 0 when empty or not a plain number, at most 99999."""
    if not (param.isascii() and param.isdigit()):
        return 0
    param = param.lstrip("0") or "0"
    return int(param) if len(param) <= MAX_DIGITS else 10 ** MAX_DIGITS - 1


def apply_sgr(style: Style, params: str) -> Style:
    """The style after ``ESC [ params m``."""
    if params.startswith(("?", ">", "<", "=")):
        return style
    fields_given = _SEPARATOR.split(params, maxsplit=MAX_PARAMS)[:MAX_PARAMS] if params else ["0"]
    codes = [_number(p) for p in fields_given]
    fields = {f: getattr(style, f) for f in Style.__slots__}
    i = 0
    while i < len(codes):
        c = codes[i]
        if c == 0:
            fields = {f: getattr(PLAIN, f) for f in Style.__slots__}
        elif c == 1:
            fields["bold"] = True
        elif c == 2:
            fields["dim"] = True
        elif c == 3:
            fields["italic"] = True
        elif c == 4:
            fields["underline"] = True
        elif c == 7:
            fields["inverse"] = True
        elif c == 9:
            fields["strike"] = True
        elif c == 22:
            fields["bold"] = fields["dim"] = False
        elif c == 23:
            fields["italic"] = False
        elif c == 24:
            fields["underline"] = False
        elif c == 27:
            fields["inverse"] = False
        elif c == 29:
            fields["strike"] = False
        elif 30 <= c <= 37:
            fields["fg"] = c - 30
        elif 40 <= c <= 47:
            fields["bg"] = c - 40
        elif 90 <= c <= 97:
            fields["fg"] = c - 90 + 8
        elif 100 <= c <= 107:
            fields["bg"] = c - 100 + 8
        elif c == 39:
            fields["fg"] = None
        elif c == 49:
            fields["bg"] = None
        elif c in (38, 48):
            key = "fg" if c == 38 else "bg"
            if i + 2 < len(codes) and codes[i + 1] == 5:
                fields[key] = max(0, min(255, codes[i + 2]))
                i += 2
            elif i + 1 < len(codes) and codes[i + 1] == 2 and i + 4 < len(codes):
                fields[key] = tuple(max(0, min(255, v)) for v in codes[i + 2:i + 5])
                i += 4
            else:
                i = len(codes)
        i += 1
    return Style(**fields)
