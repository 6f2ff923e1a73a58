"""Bounds on what a program may send a terminal, applied before pyte sees it.

A container's output is hostile. pyte calls ``int()`` on a CSI parameter however long it is
(Python refuses more than 4300 digits) and keeps an OSC string until its terminator, however
long. So, as xterm does:

- a CSI keeps at most ``MAX_PARAMS`` parameters (the rest are ignored) and every number longer
  than 4 digits becomes 9999 (pyte's own upper clamp);
- an OSC, DCS, APC, PM or SOS string may hold at most ``MAX_STRING`` characters: past that the
  string is ended and what follows is shown again. DCS, APC, PM and SOS strings are dropped
  (pyte would draw them as text); an OSC is passed on with its body cleaned and a BEL terminator.

The filter keeps state across chunks: an unfinished sequence at the end of a chunk waits (bounded)
for the next one.
"""

from __future__ import annotations

import re

MAX_PARAMS = 32
MAX_DIGITS = 4
MAX_STRING = 4096

# Every place where the filter has work: a CSI whose parameters are long, hold a long number or a
# non-ASCII character, the opener of a string sequence, or a sequence cut by the end of the chunk.
_BAD_PARAMS = (r"(?=[0-?\x07-\x0d]{65}|[0-?\x07-\x0d]*?[0-9]{5}|[0-?\x07-\x0d]*+[^\x00-\x7f])"
               r"[0-?\x07-\x0d]*+")
_OPEN_TAIL = r"[0-?\x07-\x0d]*+[ -/]*+\Z"
# Output without C1 controls (almost all): a pattern that starts with ESC, which the regex engine
# finds at C speed; a pattern that also looks for C1 introducers ran 35 times slower.
_WORK_ESC = re.compile(rf"\x1b(?:(?P<csi>\[{_BAD_PARAMS})|(?P<string>[\]PX^_])|(?P<tail>\[{_OPEN_TAIL}|\Z))")
_WORK = re.compile(
    rf"(?P<csi>(?:\x1b\[|\x9b){_BAD_PARAMS})"
    r"|(?P<string>\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])"
    rf"|(?P<tail>(?:\x1b\[|\x9b){_OPEN_TAIL}|\x1b\Z)"
)
_C1 = "\x90\x98\x9b\x9d\x9e\x9f"
_TERMINATOR = re.compile(r"\x07|\x1b\\|\x9c")
_LONG_NUMBER = re.compile(f"[0-9]{{{MAX_DIGITS + 1},}}")
_SEPARATOR = re.compile(r"[;:]")
_CONTROLS = re.compile(r"[\x07-\x0d]")  # executed inside a CSI by pyte: dropped from a clamped one
_REST = re.compile(r"[ -/]*+\Z")
_PARAMS = re.compile(r"[0-?\x07-\x0d]*+")
_INTERMEDIATES = re.compile(r"[ -/]{3,}")
_OSC_OPENERS = ("\x1b]", "\x9d")


def _clamp_number(m: re.Match) -> str:
    digits = m.group(0).lstrip("0")
    return digits if len(digits) <= MAX_DIGITS else "9" * MAX_DIGITS


def clamp_parameters(params: str) -> str:
    """CSI parameters with at most MAX_PARAMS fields and no number over 4 digits."""
    params = _CONTROLS.sub("", params)
    fields = _SEPARATOR.split(params, maxsplit=MAX_PARAMS)
    if len(fields) > MAX_PARAMS:  # the last field holds everything past the limit
        kept = sum(len(f) + 1 for f in fields[:MAX_PARAMS]) - 1
        params = params[:kept]
    return _LONG_NUMBER.sub(_clamp_number, params)


class StreamGuard:
    """``filter(text)`` returns ``text`` bounded as the module says; keeps an unfinished tail."""

    def __init__(self) -> None:
        self._carry = ""
        self.strings_cut = 0  # statistics: strings ended at MAX_STRING
        self.csi_clamped = 0  # statistics: CSI sequences whose parameters were clamped

    @property
    def waiting(self) -> int:
        """Characters held back until the sequence they start is complete."""
        return len(self._carry)

    def filter(self, text: str) -> str:
        if self._carry:
            text, self._carry = self._carry + text, ""
        work = _WORK if any(c in text for c in _C1) else _WORK_ESC
        if work is _WORK_ESC and "\x1b" not in text:
            return text
        out: list[str] = []
        pos = 0
        n = len(text)
        while pos < n:
            m = work.search(text, pos)
            if m is None:
                break
            out.append(text[pos:m.start()])
            kind = m.lastgroup
            if kind == "csi":
                self.csi_clamped += 1
                opener = "\x1b[" if text.startswith("\x1b[", m.start()) else "\x9b"
                params, pos = self._csi_parameters(text, m)
                seq = opener + clamp_parameters(params)
                if _REST.match(text, pos) is not None:  # unfinished: wait for the rest
                    self._carry = seq + _INTERMEDIATES.sub(lambda i: i.group(0)[:2], text[pos:])
                    pos = n
                else:
                    out.append(seq)
            elif kind == "tail":
                tail = m.group(0)
                if len(tail) > 256:  # only intermediates can make it long: keep two of them
                    tail = _INTERMEDIATES.sub(lambda i: i.group(0)[:2], tail)
                self._carry = tail
                pos = n
            else:
                pos = self._string(text, m.start(), m.group(0), out)
        if pos < n:
            out.append(text[pos:])
        return "".join(out)

    @staticmethod
    def _csi_parameters(text: str, m: re.Match) -> tuple[str, int]:
        """The ASCII parameters of the CSI at ``m`` and where they end. pyte also takes any
        character ``isdigit()`` calls a digit ("²", "١") and then fails in ``int()``: dropped."""
        parts = [m.group(0)[2 if m.group(0).startswith("\x1b") else 1:]]
        pos = m.end()
        n = len(text)
        while pos < n and not text[pos].isascii() and text[pos].isdigit():
            while pos < n and not text[pos].isascii() and text[pos].isdigit():
                pos += 1
            more = _PARAMS.match(text, pos)
            parts.append(more.group(0))
            pos = more.end()
            if sum(map(len, parts)) > 4 * MAX_STRING:  # a flood of digits: clamp as we go
                parts = [clamp_parameters("".join(parts))]
        return "".join(parts), pos

    def _string(self, text: str, start: int, opener: str, out: list[str]) -> int:
        """Handle the string sequence at ``start``; returns where the output goes on."""
        body = start + len(opener)
        osc = opener in _OSC_OPENERS
        if osc and text[body:body + 1] in ("R", "P"):  # pyte: palette reset/set, no string
            out.append(opener)
            return body
        end = _TERMINATOR.search(text, body, body + MAX_STRING + 1)
        if end is not None:
            content = text[body:end.start()].replace("\x1b", "")
            if osc and content:  # (pyte takes the first character as the code, even a BEL)
                out.append(opener + content + "\x07")
            return end.end()
        if len(text) - body > MAX_STRING:  # too long: the string ends here, output goes on
            self.strings_cut += 1
            return body + MAX_STRING
        self._carry = text[start:]  # unfinished and within the bound: wait for the rest
        return len(text)
