"""An accessibility audit of a widget tree, through the interfaces a screen reader gets.

``unnamed_controls(root)``: one line per control a person can reach with Tab (shown, enabled,
taking focus by Tab) whose ``QAccessibleInterface`` has no name: a screen reader would say
"button" or "edit" and nothing else. ``undescribed_controls(root)``: those without a description
(no accessible description, no tooltip), which a reader says after the name: what the control
does. A tab bar has no description of its own in Qt; a reader says the current tab's, so each of
its tabs needs one (its tooltip).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QTabBar, QWidget


def _label(w: QWidget) -> str:
    chain, p = [], w.parentWidget()
    while p is not None and len(chain) < 3:
        if p.objectName():
            chain.append(p.objectName())
        p = p.parentWidget()
    text = getattr(w, "text", None)
    shown = repr(text()[:40]) if callable(text) and isinstance(text(), str) else ""
    return f"{type(w).__name__}({w.objectName() or '-'}){shown} in {'/'.join(chain) or '-'}"


def reachable_controls(root: QWidget) -> list[QWidget]:
    found = [root, *root.findChildren(QWidget)]
    return [w for w in found if w.isVisible() and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None]


def name_of(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None and iface.isValid() else ""


def unnamed_controls(root: QWidget) -> list[str]:
    return [_label(w) for w in reachable_controls(root) if not name_of(w)]


def _undescribed_tabs(iface) -> list[str]:
    tabs = [iface.child(i) for i in range(iface.childCount())]
    return [repr(t.text(QAccessible.Text.Name)) for t in tabs
            if t is not None and t.role() == QAccessible.Role.PageTab
            and not t.text(QAccessible.Text.Description).strip()]


def undescribed_controls(root: QWidget) -> list[str]:
    out = []
    for w in reachable_controls(root):
        iface = QAccessible.queryAccessibleInterface(w)
        if iface is None:
            continue
        if isinstance(w, QTabBar):
            out += [f"{_label(w)}: tab {tab}" for tab in _undescribed_tabs(iface)]
        elif not iface.text(QAccessible.Text.Description).strip():
            out.append(_label(w))
    return out
