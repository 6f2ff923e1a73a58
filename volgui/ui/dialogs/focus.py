"""First focus and tab order of a dialog, from its layout.

Widgets made in a base class before a subclass fills the body (the command's Copy button) come
first in Qt's focus chain, so typing into a fresh dialog would land on them. ``settle_focus``
orders Tab as the eye reads the layout and puts the focus in the first field a person types into.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QWidget,
)

NO_FIRST_FOCUS = "noFirstFocus"  # a dynamic property: never the first focus (e.g. a Copy button)


def _in_order(widget: QWidget, out: list[QWidget]) -> None:
    layout = widget.layout()
    if layout is None:
        for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            _visit(child, out)
        return
    seen: list[QWidget] = []
    _walk_layout(layout, seen)
    for child in seen:
        _visit(child, out)
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if child not in seen and not child.isWindow():  # not in a layout (rare): after the rest
            _visit(child, out)


def _walk_layout(layout: QLayout, out: list[QWidget]) -> None:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            out.append(item.widget())
        elif item.layout() is not None:
            _walk_layout(item.layout(), out)


def _visit(widget: QWidget, out: list[QWidget]) -> None:
    if widget.isWindow():
        return
    if isinstance(widget, QDialogButtonBox):  # its own order (platform's), as one unit
        out.extend(b for b in widget.buttons() if b.focusPolicy() & Qt.FocusPolicy.TabFocus)
        return
    if isinstance(widget, QScrollArea):  # a scrolled form: its fields, not the area
        if widget.widget() is not None:
            _visit(widget.widget(), out)
        return
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        if widget.focusProxy() is None:
            out.append(widget)
        return  # a focusable widget's children are its own parts (viewport, scroll bars, line edit)
    _in_order(widget, out)


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab reaches under ``root``, in the order of its layouts."""
    out: list[QWidget] = []
    _in_order(root, out)
    return out


def is_input(widget: QWidget) -> bool:
    """A field a person types into."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QAbstractSpinBox) and not widget.isReadOnly()


def settle_focus(root: QWidget, first: QWidget | None = None) -> QWidget | None:
    """Tab follows the layout; focus goes to ``first``, else the first field one types into, else
    the default button. Widgets marked ``noFirstFocus`` never get the first focus. Returns it."""
    chain = focus_chain(root)
    for a, b in pairwise(chain):
        QWidget.setTabOrder(a, b)
    usable = [w for w in chain if w.isEnabled() and not w.isHidden() and not w.property(NO_FIRST_FOCUS)]
    target = first
    if target is None:
        target = next((w for w in usable if is_input(w)), None)
    if target is None:
        target = next((w for w in usable if isinstance(w, QPushButton) and w.isDefault()), None)
    if target is None:
        target = next((w for w in usable if not isinstance(w, QAbstractButton) or w.isCheckable()
                       or isinstance(w, QPushButton)), None)
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)
    return target


class _SettleOnShow(QObject):
    def __init__(self, dialog: QWidget, first: QWidget | None) -> None:
        super().__init__(dialog)
        self._first = first

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.parent():
            watched.removeEventFilter(self)
            settle_focus(watched, self._first)
        return False


def settle_on_show(dialog: QWidget, first: QWidget | None = None) -> None:
    """``settle_focus`` when the dialog is first shown (its body is complete by then)."""
    dialog.installEventFilter(_SettleOnShow(dialog, first))
