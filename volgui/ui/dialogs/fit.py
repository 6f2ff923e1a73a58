"""Dialogs that grow when what they show grows.

A top-level layout keeps a dialog at least its minimum size, but a word-wrapped label's height
depends on its width, which a minimum size does not follow: a warning shown after a preview came
back was cut in half and painted over the check box below it. ``grow_to_fit`` makes the dialog
taller (never narrower, never smaller) whenever its layout asks for more height than it has."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget


class _GrowToFit(QObject):
    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self._pending = False
        # A timer owned by Qt (a child of this filter, so of the dialog): it dies with the dialog in
        # the GUI thread. A singleShot with a Python callable left a timer that the garbage collector
        # could destroy from a worker thread, and the GUI thread later fired it (a crash under load).
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Hide and watched is self.parent():
            # Closed: stop listening before the dialog is deleted, so no Python filter runs while
            # Qt tears its children down (ChildRemoved events during destruction).
            watched.removeEventFilter(self)
            return False
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show) and not self._pending:
            self._pending = True
            self._timer.start()
        return False

    @Slot()
    def fit(self) -> None:
        self._pending = False
        dialog = self.parent()
        layout = dialog.layout()
        if layout is None or not dialog.isVisible():
            return
        layout.activate()
        width = dialog.width()
        need = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        need = max(need, layout.totalMinimumSize().height())
        screen = dialog.screen()
        if screen is not None:
            need = min(need, screen.availableGeometry().height() - 40)
        if need > dialog.height():
            dialog.resize(width, need)


def grow_to_fit(dialog: QWidget) -> None:
    """Make ``dialog`` taller whenever its content needs more height than it has (until it is
    first hidden: a closed dialog does not grow)."""
    dialog.installEventFilter(_GrowToFit(dialog))
