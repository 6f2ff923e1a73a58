"""The terminal screen model: the fast path gives exactly pyte's screen; alt screen; replies; keys."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from volgui.terminal.emulator import Terminal
from volgui.terminal.keys import key_bytes, paste_bytes
from volgui.terminal.screen import DEFAULT_STYLE

SGR = ["\x1b[31m", "\x1b[0m", "\x1b[m", "\x1b[1;4;7m", "\x1b[38;5;196m", "\x1b[48;2;10;20;30m", "\x1b[;5m",
       "\x1b[92m", "\x1b[1m\x1b[44m"]
TEXT = ["hello", "world", "x" * 50, "é", "abc def", "\t", "\b", "\r", "\n", "\r\n", "\r\n", "\r\n", "\x07",
        "   "]
OTHER = ["\x1b[H", "\x1b[2J", "\x1b[K", "\x1b[5;3H", "\x1b[A", "\x1b[3B", "\x1b[?25l", "中",
         "\x1b[4h", "\x1b[4l", "\x1b[?7l", "\x1b[?7h", "\x1b[2;5r", "\x1b[r", "\x1b[?1049h",
         "\x1b[?1049l", "\x1b7", "\x1b8", "\x1b[1K", "\x1b[2P", "\x1b[3@", "\x1bM", "\x1b[L", "\x1b[M",
         "\x1b[20G"]


def cells(spans) -> list:
    out = [(ch, style or DEFAULT_STYLE) for text, style, _n in spans for ch in text]
    while out and out[-1] == (" ", DEFAULT_STYLE):
        out.pop()
    return out


def state(term: Terminal):
    s = term.screen
    return ([cells(s.row_spans(y)) for y in range(s.lines)], [cells(r) for r in s.history],
            (s.cursor.x, s.cursor.y, s.cursor.attrs), s.alternate, s.display)


def pair(columns: int, lines: int, threshold: int) -> tuple[Terminal, Terminal]:
    pure = Terminal(columns, lines)
    pure.fast_threshold = 10**9  # never: pyte for everything
    fast = Terminal(columns, lines)
    fast.fast_threshold = threshold
    return pure, fast


def feed_both(pure: Terminal, fast: Terminal, chunks) -> None:
    for chunk in chunks:
        pure.feed_text(chunk)
        fast.feed_text(chunk)
        pure.process()
        fast.process()


def mixed(rng: random.Random, n: int, other_share: float) -> str:
    parts = []
    for _ in range(n):
        r = rng.random()
        if r < other_share:
            parts.append(rng.choice(OTHER))
        elif r < 0.3:
            parts.append(rng.choice(SGR))
        elif r < 0.9:
            parts.append(rng.choice(TEXT))
        else:
            parts.append("".join(rng.choice("abcdefghij ") for _ in range(rng.randint(1, 200))))
    return "".join(parts)


def random_chunks(rng: random.Random, text: str) -> list[str]:
    out, pos = [], 0
    while pos < len(text):
        k = rng.randint(1, 400)
        out.append(text[pos:pos + k])
        pos += k
    return out


@pytest.mark.parametrize("seed", range(80))
def test_fast_path_gives_the_same_screen_as_pyte(seed):
    rng = random.Random(seed)
    text = mixed(rng, rng.randint(10, 800), other_share=rng.choice([0.0, 0.02, 0.1]))
    pure, fast = pair(rng.randint(5, 40), rng.randint(1, 12), rng.choice([1, 5, 50]))
    feed_both(pure, fast, random_chunks(rng, text))
    assert state(fast) == state(pure)


def test_flood_with_colours_wrapping_and_cursor_moves_matches_pyte():
    rng = random.Random(1)
    lines = []
    for i in range(3000):
        words = " ".join(rng.choice(["alpha", "beta", "\x1b[1;34mdir\x1b[0m", "\x1b[38;5;208mo\x1b[m", "ünï"])
                         for _ in range(rng.randint(0, 25)))
        lines.append(f"{i}: {words}")
    text = "\r\n".join(lines) + "\r\n\x1b[5;1Hmoved\x1b[K\r\n" + "tail\ttab\bx\r\n" * 30
    pure, fast = pair(80, 24, 1024)
    feed_both(pure, fast, [text[i:i + 65536] for i in range(0, len(text), 65536)])
    assert fast.fast_chars > len(text) * 0.9  # the flood really took the fast path
    assert state(fast) == state(pure)
    assert len(fast.screen.history) > 3000  # long lines wrapped into several rows


@pytest.mark.parametrize("budget", [0.0002, 0.001, 0.004])
def test_time_budgeted_slices_give_the_same_screen_as_pyte(budget):
    """Slices cut the output at arbitrary points (inside lines, sequences and fast regions);
    the screen and scrollback must not depend on where."""
    rng = random.Random(budget)
    lines = []
    for i in range(4000):
        words = " ".join(rng.choice(["alpha", "beta", "\x1b[1;34mdir\x1b[0m", "\x1b[38;5;208mo\x1b[m", "ünï"])
                         for _ in range(rng.randint(0, 30)))
        lines.append(f"{i}: {words}")
        if rng.random() < 0.01:
            lines.append(rng.choice(["\x1b[2K", "\x1b[1A", "\x1b[3C", "\tx", "\x08", "\x1b[5;1H"]) + "x")
    text = "\r\n".join(lines) + "\r\n"
    pure, fast = pair(80, 24, 1024)
    fast._fast_rate = 1e9  # a wrong estimate: pieces far bigger than the budget allows
    pure.feed_text(text)
    pure.process()
    for i in range(0, len(text), 100_000):
        fast.feed_text(text[i:i + 100_000])
        while not fast.process(budget):
            pass
    assert fast.fast_chars > len(text) * 0.5
    assert state(fast) == state(pure)


def test_budget_leaves_the_rest_pending():
    term = Terminal(80, 24)
    term.feed_text("\x1b[1mline\x1b[0m\r\n" * 50_000)
    assert term.process(budget=0.001) is False
    assert term.has_pending()
    while not term.process(budget=0.01):
        pass
    assert term.screen.history_pushed == 50_000 - 23


def test_alternate_screen_restores_main_screen_and_cursor():
    term = Terminal(20, 5)
    term.feed_text("main text\r\n$ ")
    term.process()
    before = term.screen.display
    term.feed_text("\x1b[?1049h\x1b[2J\x1b[Hfull screen app\x1b[3;3Hmore")
    term.process()
    assert term.screen.alternate
    assert "full screen app" in term.screen.display[0]
    term.feed_text("\x1b[?1049l")
    term.process()
    assert not term.screen.alternate
    assert term.screen.display == before
    assert (term.screen.cursor.x, term.screen.cursor.y) == (2, 1)
    assert not any("full screen" in "".join(s[0] for s in row) for row in term.screen.history)


def test_cursor_position_and_device_attribute_queries_are_answered():
    term = Terminal(40, 10)
    term.feed_text("ab\r\ncd\x1b[6n\x1b[c")
    term.process()
    assert term.take_replies() == "\x1b[2;3R\x1b[?6c"


def test_bracketed_paste_and_application_cursor_modes_are_tracked():
    term = Terminal(40, 10)
    assert not term.screen.bracketed_paste
    term.feed_text("\x1b[?2004h\x1b[?1h")
    term.process()
    assert term.screen.bracketed_paste and term.screen.app_cursor_keys
    assert paste_bytes("a\nb", True) == b"\x1b[200~a\rb\x1b[201~"
    assert paste_bytes("a\nb", False) == b"a\rb"


def test_shrinking_keeps_the_prompt_and_moves_top_rows_to_scrollback():
    term = Terminal(20, 10)
    term.feed_text("".join(f"row{i}\r\n" for i in range(8)) + "$ ")
    term.process()
    term.resize(20, 4)
    assert term.screen.display[-1].startswith("$ ")
    assert [r[0][0] for r in term.screen.history] == [f"row{i}" for i in range(5)]
    term2 = Terminal(20, 10)
    term2.feed_text("$ ")
    term2.process()
    term2.resize(20, 4)
    assert term2.screen.display[0].startswith("$ ") and not term2.screen.history


NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.mark.parametrize(("key", "mods", "text", "app", "expected"), [
    (Qt.Key.Key_Up, NO, "", False, b"\x1b[A"),
    (Qt.Key.Key_Up, NO, "", True, b"\x1bOA"),
    (Qt.Key.Key_Left, CTRL, "", False, b"\x1b[1;5D"),
    (Qt.Key.Key_Home, NO, "", False, b"\x1b[H"),
    (Qt.Key.Key_End, NO, "", False, b"\x1b[F"),
    (Qt.Key.Key_PageUp, NO, "", False, b"\x1b[5~"),
    (Qt.Key.Key_Delete, NO, "", False, b"\x1b[3~"),
    (Qt.Key.Key_F1, NO, "", False, b"\x1bOP"),
    (Qt.Key.Key_F5, NO, "", False, b"\x1b[15~"),
    (Qt.Key.Key_F12, SHIFT, "", False, b"\x1b[24;2~"),
    (Qt.Key.Key_Tab, NO, "\t", False, b"\t"),
    (Qt.Key.Key_Backtab, SHIFT, "", False, b"\x1b[Z"),
    (Qt.Key.Key_Return, NO, "\r", False, b"\r"),
    (Qt.Key.Key_Backspace, NO, "\x08", False, b"\x7f"),
    (Qt.Key.Key_C, CTRL, "\x03", False, b"\x03"),
    (Qt.Key.Key_D, CTRL, "\x04", False, b"\x04"),
    (Qt.Key.Key_BracketLeft, CTRL, "", False, b"\x1b"),
    (Qt.Key.Key_B, ALT, "b", False, b"\x1bb"),
    (Qt.Key.Key_Escape, NO, "\x1b", False, b"\x1b"),
    (Qt.Key.Key_A, NO, "ä", False, "ä".encode()),
])
def test_keys(key, mods, text, app, expected):
    assert key_bytes(key, mods, text, app) == expected
