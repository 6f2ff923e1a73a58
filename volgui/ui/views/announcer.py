"""Polite, batched announcements of new text (log lines) for screen readers.

A log may bring thousands of lines a second; a screen reader that spoke each would be useless
and would fall behind for minutes. New lines are counted as they arrive and, at most once per
``INTERVAL_MS``, one polite announcement says them: the lines themselves when there are a few,
else how many came and the last one. Nothing is announced while the view is hidden (another tab)
or not following the end (the person is reading further up).
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

FEW = 3  # up to this many new lines are read out whole
MAX_CHARS = 300  # of one announcement
KEPT = 20  # last announcements kept (what was said, for tests and the curious)


class LineAnnouncer(QObject):
    announced = Signal(str)

    INTERVAL_MS = 2000

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self._target = target
        self._count = 0
        self._recent: deque[str] = deque(maxlen=FEW)
        self.history: deque[str] = deque(maxlen=KEPT)
        self.enabled = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._announce)

    def lines_added(self, count: int, last: list[str]) -> None:
        """``count`` new lines came, ``last`` the texts of the last few (cheap: a flood's other
        lines are only counted)."""
        if count <= 0 or not self.enabled:
            return
        self._count += count
        self._recent.extend(last[-FEW:])
        if not self._timer.isActive():
            self._timer.start(self.INTERVAL_MS)

    def reset(self) -> None:
        self._count = 0
        self._recent.clear()
        self._timer.stop()

    def message(self) -> str:
        if self._count <= FEW:
            text = ". ".join(t.strip() for t in list(self._recent)[-self._count:])
        else:
            text = self.tr("%Ln new lines, the last: {0}", "", self._count).format(self._recent[-1].strip())
        return text[:MAX_CHARS]

    @Slot()
    def _announce(self) -> None:
        speak = self._count and self._target.isVisible() and getattr(self._target, "following", True)
        text = self.message() if speak else ""
        self.reset()
        if not text:
            return
        self.history.append(text)
        event = QAccessibleAnnouncementEvent(self._target, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
        self.announced.emit(text)
