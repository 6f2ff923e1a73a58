"""Crafted container output: escape sequences, huge lines and broken UTF-8 that a container can print.

Each case is ``(name, payload)``. ``UNTERMINATED`` cases leave a sequence open on purpose: what
follows them must still be shown once the bound (4096 characters of a string) is passed, so the
tests send ``FILLER`` after them.
"""

from __future__ import annotations

import os

MB = 1024 * 1024
FILLER = b"." * 5000 + b"\r\n"  # more than a string may hold: an open OSC/DCS ends within it
CLOSE = b"\x07\x18\r\n"  # BEL ends a string, CAN a control sequence: what a closed case ends with

CORPUS: list[tuple[str, bytes]] = [
    ("sgr: 4301-digit parameter", b"\x1b[" + b"7" * 4301 + b"m"),
    ("sgr: 5000-digit parameter", b"\x1b[" + b"9" * 5000 + b"mred?"),
    ("sgr: 100000-digit parameter", b"\x1b[" + b"1" * 100_000 + b"m"),
    ("sgr: 10000 parameters", b"\x1b[" + b"1;" * 10_000 + b"m"),
    ("sgr: 200000 empty parameters", b"\x1b[" + b";" * 200_000 + b"m"),
    ("sgr: 38;5 with a 6000-digit colour", b"\x1b[38;5;" + b"2" * 6000 + b"mx"),
    ("sgr: 38;2 with huge rgb", b"\x1b[38;2;" + b"9" * 5000 + b";" + b"9" * 5000 + b";1mx"),
    ("sgr: 48;5 missing colour", b"\x1b[48;5mx\x1b[48;2;1mx\x1b[38mx"),
    ("sgr: colon sub-parameters, 5000 digits", b"\x1b[4:" + b"3" * 5000 + b"mx"),
    ("sgr: superscript digit", "\x1b[3²m\x1b[²²²m".encode()),
    ("sgr: arabic-indic digits, 5000", ("\x1b[" + "\u0663" * 5000 + "m").encode()),
    ("sgr: private marker then 5000 digits", b"\x1b[?" + b"5" * 5000 + b"m"),
    ("csi: cursor position 5000 digits", b"\x1b[" + b"9" * 5000 + b";" + b"9" * 5000 + b"H"),
    ("csi: erase display 5000 digits", b"\x1b[" + b"3" * 5000 + b"J"),
    ("csi: insert 9999 characters", b"\x1b[99999999@x"),
    ("csi: insert lines 5000 digits", b"\x1b[" + b"8" * 5000 + b"L"),
    ("csi: delete chars 5000 digits", b"\x1b[" + b"8" * 5000 + b"P"),
    ("csi: erase chars 5000 digits", b"\x1b[" + b"8" * 5000 + b"X"),
    ("csi: scroll region 5000 digits", b"\x1b[" + b"1" * 5000 + b";" + b"2" * 5000 + b"r\x1b[r"),
    ("csi: private mode 5000 digits", b"\x1b[?" + b"1" * 5000 + b"h"),
    ("csi: digits split by newlines", (b"\x1b[" + b"1" * 4000 + b"\n") * 3 + b"m"),
    ("csi: 100000 intermediates", b"\x1b[1" + b" " * 100_000 + b"m"),
    ("csi: c1 introducer, 5000 digits", ("\x9b" + "4" * 5000 + "m").encode()),
    ("csi: 100000 introducers", b"\x1b[" * 100_000),
    ("esc: 100000 lone escapes", b"\x1b" * 100_000),
    ("osc: title of 1 MB, terminated", b"\x1b]0;" + b"t" * MB + b"\x07"),
    ("osc: 52 clipboard of 1 MB", b"\x1b]52;c;" + b"QUFB" * (MB // 4) + b"\x1b\\"),
    ("osc: 8 hyperlink of 100 kB", b"\x1b]8;;" + b"h" * 100_000 + b"\x1b\\link\x1b]8;;\x1b\\"),
    ("osc: nested ESC before ST", b"\x1b]0;a\x1b\x1b\\b\x07"),
    ("osc: palette set and reset", b"\x1b]P0ffffff\x1b]R"),
    ("osc: 100000 openers", b"\x1b]" * 100_000 + b"\x07"),
    ("dcs: sixel of 1 MB, terminated", b"\x1bPq" + b"#0;2;0;0;0~" * (MB // 11) + b"\x1b\\"),
    ("apc/pm/sos: terminated", b"\x1b_apc\x1b\\\x1b^pm\x1b\\\x1bXsos\x1b\\"),
    ("c1: dcs and osc introducers", "\x90dcs\x9c\x9d0;t\x9c".encode()),
    ("utf-8: 1 MB of 0xff", b"\xff" * MB),
    ("utf-8: overlong and surrogates",
     b"\xc0\xaf\xe0\x80\xaf\xed\xa0\x80\xed\xbf\xbf\xf8\x88\x80\x80\x80" * 1000),
    ("utf-8: lone continuation bytes", b"\x80\xbf" * 50_000),
    ("utf-8: truncated 4-byte sequences", b"\xf0\x9f\x98" * 30_000),
    ("line: 1 MB without newline", b"a" * MB),
    ("line: 1 MB of tabs", b"\t" * MB),
    ("line: 1 MB of CR", b"x\r" * (MB // 2)),
    ("line: 100000 backspaces", b"\x08" * 100_000),
    ("line: NUL and every C0 control", bytes(range(32)) * 1000),
    ("line: 100000 wide characters", "界".encode() * 100_000),
    ("line: base and 20000 combining marks", ("e" + "\u0301" * 20_000).encode()),
    ("line: bidi overrides", "\u202e\u2066evil\u2069\u202c".encode() * 1000),
]

UNTERMINATED: list[tuple[str, bytes]] = [
    ("csi: unterminated 1 MB of digits", b"\x1b[" + b"1" * MB),
    ("osc: unterminated 1 MB", b"\x1b]0;" + b"u" * MB),
    ("osc: unterminated short", b"\x1b]2;never ends"),
    ("osc: unterminated c1", "\x9d0;c1 never ends".encode()),
    ("dcs: unterminated 1 MB", b"\x1bP1$r" + b"d" * MB),
    ("apc: unterminated", b"\x1b_never ends"),
    ("pm: unterminated", b"\x1b^never ends"),
    ("sos: unterminated", b"\x1bXnever ends"),
]


def tail(name: str) -> bytes:
    """What the tests send after a case: an open case gets no terminator, only more output than
    the bound, so what follows it must show because of the bound alone."""
    return FILLER if name in dict(UNTERMINATED) else FILLER + CLOSE


def rss_bytes() -> int:
    """Resident memory now (``/proc/self/statm``)."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class PeakRss:
    """Peak resident memory growth over a block: the kernel's high-water mark, reset at the start
    (``/proc/self/clear_refs``), and the ``statm`` samples taken."""

    def __enter__(self) -> PeakRss:
        self.reset = _reset_peak()
        self.start = rss_bytes()
        self.peak = self.start
        return self

    def sample(self) -> None:
        self.peak = max(self.peak, rss_bytes())

    def __exit__(self, *exc) -> None:
        self.sample()
        if self.reset:
            self.peak = max(self.peak, _high_water())

    @property
    def growth(self) -> int:
        return self.peak - self.start


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _high_water() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0
