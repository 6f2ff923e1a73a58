"""Counts read right: "1 item", "2 items" — never "1 items" or "volume(s)"."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

from volgui.engine.present import display

SOURCE = Path(__file__).resolve().parents[2] / "volgui"


def test_count_is_singular_only_for_one():
    assert display.count(1, "item") == "1 item"
    assert display.count(0, "item") == "0 items"
    assert display.count(2, "entry", "entries") == "2 entries"
    assert display.count(1, "entry", "entries") == "1 entry"


def test_no_text_counts_with_a_fixed_plural():
    """A number pasted before a fixed plural says "1 items"; "(s)" is a shrug. Use
    ``tr("%Ln item(s)", "", n)`` (each catalogue, English too, gives the plural forms) or, outside the
    window, display.count."""
    fixed = re.compile(r"""(%d|\{[^{}]*\}) (items|volumes|containers|files|entries|lines|changes|paths)\b"""
                       r"""|\w\(s\)""")
    found = []
    for path in SOURCE.rglob("*.py"):
        source = path.read_text()
        lines = source.splitlines()
        # only text in string literals: ``replicas(s)`` in code is a call, not a shrug
        strings = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)
                   if t.type == tokenize.STRING or t.type == getattr(tokenize, "FSTRING_MIDDLE", -1)]
        for token in strings:
            number = token.start[0]
            guarded = "== 1" in lines[number - 1] or "== 1" in lines[number - 2]  # the one case written out
            # Qt's numerus source text: catalogues give the forms
            guarded = guarded or "%Ln" in token.string or "%n" in token.string
            if fixed.search(token.string) and not guarded:
                found.append(f"{path.relative_to(SOURCE.parent)}:{number}: {lines[number - 1].strip()}")
    assert found == []
