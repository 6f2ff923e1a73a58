"""Hostile container output through the parsers, without an engine: the log line splitter and SGR
parser, and the terminal emulator. Fixed cases from the corpus plus hypothesis-generated escape
sequences: nothing raises, memory stays bounded and the plain text that follows is shown."""

from __future__ import annotations

import pytest
from hostile.corpus import CORPUS, FILLER, MB, UNTERMINATED, PeakRss, tail
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from volgui.engine.streams.ansi import parse_ansi, plain_text
from volgui.engine.streams.log_buffer import LogBuffer
from volgui.engine.streams.log_lines import MAX_LINE, TTY, LineSplitter
from volgui.terminal.emulator import Terminal
from volgui.terminal.guard import MAX_STRING

SETTINGS = settings(deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large])
AFTER = "AFTER-OK"
ALL = CORPUS + UNTERMINATED


def log_lines(payload: bytes) -> list[str]:
    split = LineSplitter(timestamps=False)
    lines = split.feed(TTY, payload + b"\n" + AFTER.encode() + b"\n", framed=False) + split.flush()
    assert all(len(text.encode("utf-8", "surrogatepass")) <= 3 * MAX_LINE for _s, _t, text in lines)
    return [text for _s, _t, text in lines]


def terminal_screen(payload: bytes, chunk: int = 65536, end: bytes = FILLER) -> tuple[Terminal, list[str]]:
    """The screen after ``payload``, ``end`` and a plain line; by default nothing closes what the
    payload left open but the bound."""
    term = Terminal(80, 24)
    data = payload + end + AFTER.encode() + b"\r\n"
    for i in range(0, len(data), chunk):
        term.feed(data[i:i + chunk])
        term.process()
    assert term.guard.waiting <= MAX_STRING + 2
    return term, [term.screen.display[y].rstrip() for y in range(term.screen.lines)]


# -- fixed cases -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "payload"), ALL, ids=[name for name, _ in ALL])
def test_log_parser_takes_every_case(hostile, name, payload):
    hostile(f"log parser: {name}")
    with PeakRss() as rss:
        lines = log_lines(payload)
        buffer = LogBuffer()
        buffer.extend([(1, "", text) for text in lines])
        for text in lines:
            parse_ansi(text)
            plain_text(text)
    assert lines[-1] == AFTER
    assert rss.growth < 100 * MB * max(1, len(payload) // MB)


@pytest.mark.parametrize(("name", "payload"), ALL, ids=[name for name, _ in ALL])
def test_terminal_emulator_takes_every_case(hostile, name, payload):
    hostile(f"terminal emulator: {name}")
    with PeakRss() as rss:
        term, screen = terminal_screen(payload, end=tail(name))
    assert AFTER in screen
    assert term.errors == 0  # the guard kept pyte from raising: nothing was skipped
    assert rss.growth < 100 * MB * max(1, len(payload) // MB)


@pytest.mark.parametrize("chunk", [1, 7, 4096])
def test_an_open_sequence_split_across_reads_stays_bounded(hostile, chunk):
    hostile(f"terminal: 20000-digit CSI fed in chunks of {chunk}")
    term, screen = terminal_screen(b"\x1b[" + b"5" * 20_000 + b"m" + b"\x1b]0;" + b"o" * 20_000, chunk)
    assert AFTER in screen and term.errors == 0


# -- generated sequences ---------------------------------------------------------------------------
DIGITS = st.text("0123456789", min_size=0, max_size=6000)
PARAM = st.one_of(DIGITS, st.sampled_from(["", "0", "38", "48", "5", "2", "²", "\u0663" * 4400, "?"]))
PARAMS = st.lists(PARAM, max_size=60).map(";".join)
FINAL = st.sampled_from([*"mHJKABCDEFGLMPSTXZ@`abcdfghlnqrsu~", "", " q", "$p", "\x18"])
CSI = st.builds(lambda intro, p, f: intro + p + f, st.sampled_from(["\x1b[", "\x9b", "\x1b[?", "\x1b[>"]),
                PARAMS, FINAL)
STRING = st.builds(lambda intro, body, end: intro + body + end,
                   st.sampled_from(["\x1b]", "\x1b]0;", "\x1b]52;c;", "\x9d", "\x1bP", "\x90", "\x1b_",
                                    "\x1b^", "\x1bX"]),
                   st.text(max_size=300).map(lambda s: s * 20),
                   st.sampled_from(["", "\x07", "\x1b\\", "\x9c", "\x1b\x1b\\"]))
NOISE = st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=200)
SEQUENCE = st.lists(st.one_of(CSI, STRING, NOISE), min_size=1, max_size=8).map("".join)


@SETTINGS
@given(seq=SEQUENCE)
def test_sgr_parser_never_raises(hostile, seq):
    hostile(f"sgr-gen: {seq[:200]!r} ({len(seq)} chars)")
    plain, spans, _style = parse_ansi(seq)
    assert all(0 <= s.start <= s.end <= len(plain) for s in spans)
    assert len(plain) <= len(seq)
    assert plain_text(seq + "\n" + AFTER).endswith(AFTER)


@settings(SETTINGS, max_examples=120)
@given(seq=SEQUENCE)
def test_terminal_feed_never_raises_and_shows_what_follows(hostile, seq):
    hostile(f"terminal-gen: {seq[:200]!r} ({len(seq)} chars)")
    term, screen = terminal_screen(seq.encode("utf-8", "surrogatepass"))
    assert AFTER in screen
    assert term.errors == 0


@settings(SETTINGS, max_examples=60)
@given(data=st.binary(max_size=3000), cut=st.integers(1, 64))
def test_line_splitter_takes_any_bytes(hostile, data, cut):
    hostile(f"bytes-gen: {data[:120]!r} ({len(data)} bytes, cut {cut})")
    split = LineSplitter(timestamps=False, max_line=cut * 16)
    lines = []
    for i in range(0, len(data), cut):
        lines += split.feed(TTY, data[i:i + cut], framed=False)
    lines += split.feed(TTY, b"\n" + AFTER.encode() + b"\n", framed=False)
    assert lines[-1][2] == AFTER
    assert all(len(text.encode("utf-8", "surrogatepass")) <= 3 * cut * 16 for _s, _t, text in lines)
