"""The bounded ring buffer of log lines a log view shows and searches."""

from __future__ import annotations

from volgui.engine.streams.ansi import plain_text
from volgui.engine.streams.log_lines import LogLine, is_after

MAX_CHARS = 32 * 1024 * 1024  # characters of text kept at most, whatever the number of lines


class LogBuffer:
    """The last ``capacity`` lines, indexable from 0 (oldest kept) in O(1).

    Bounded twice: by lines and by ``max_chars`` characters of text, so 100 000 lines of 64 KiB
    (a container printing huge lines) cannot fill memory. ``extend`` returns how many old lines
    were dropped, so a view can keep its place.
    """

    def __init__(self, capacity: int = 100_000, max_chars: int = MAX_CHARS) -> None:
        self.capacity = capacity
        self.max_chars = max_chars
        self.chars = 0  # characters of text held
        self._lines: list[LogLine] = []
        self.dropped = 0  # lines dropped since clear()
        self.total = 0  # lines ever added since clear()
        self.longest = 0  # characters of the longest line seen (for a horizontal scroll bar)

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, index: int) -> LogLine:
        return LogLine._make(self._lines[index])

    def __iter__(self):
        return map(LogLine._make, self._lines)

    def clear(self) -> None:
        self._lines = []
        self.dropped = self.total = self.longest = self.chars = 0

    def extend(self, lines: list[tuple[int, str, str]]) -> int:
        """Add lines (plain tuples or LogLines; stored as plain tuples)."""
        if lines and type(lines[0]) is not tuple:
            lines = [tuple(line) for line in lines]
        if len(lines) > self.capacity:
            skipped = len(lines) - self.capacity
            lines = lines[skipped:]
        else:
            skipped = 0
        self._lines.extend(lines)
        self.total += len(lines) + skipped
        sizes = [len(line[2]) for line in lines]
        longest = max(sizes, default=0)
        if longest > self.longest:
            self.longest = longest
        self.chars += sum(sizes)
        excess = max(0, len(self._lines) - self.capacity)
        if excess:
            self.chars -= sum(len(line[2]) for line in self._lines[:excess])
        while self.chars > self.max_chars and excess < len(self._lines) - 1:
            self.chars -= len(self._lines[excess][2])
            excess += 1
        if excess:
            del self._lines[:excess]
        self.dropped += excess + skipped
        return excess

    @property
    def last_timestamp(self) -> str:
        return self._lines[-1][1] if self._lines else ""

    def latest_timestamp(self, window: int = 2000) -> str:
        """The latest engine timestamp among the last ``window`` lines.

        stdout and stderr are separate pipes, so the last line added is not always the latest:
        a resumed stream must start after this one, not after the last line's.
        """
        latest = ""
        for line in self._lines[-window:]:
            if is_after(line[1], latest):
                latest = line[1]
        return latest

    def find(self, needle: str, start: int, backwards: bool = False, case: bool = False) -> int:
        """Index of the next line (after/before ``start``, wrapping) whose plain text holds
        ``needle``; -1 when none does."""
        n = len(self._lines)
        if not needle or not n:
            return -1
        if not case:
            needle = needle.lower()
        step = -1 if backwards else 1
        index = start
        for _ in range(n):
            index = (index + step) % n
            text = plain_text(self._lines[index][2])
            if needle in (text if case else text.lower()):
                return index
        return -1

