"""An accessibility audit of a widget tree, through the interfaces a screen reader gets.

``unnamed_controls(root)``: one line per control a person can reach with Tab (shown, enabled,
taking focus by Tab) whose ``QAccessibleInterface`` has no name: a screen reader would say
"button" or "edit" and nothing else. ``undescribed_controls(root)``: those with a name but no
description (no tooltip, no accessible description), a softer finding, reported, not failed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget


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


def undescribed_controls(root: QWidget) -> list[str]:
    out = []
    for w in reachable_controls(root):
        iface = QAccessible.queryAccessibleInterface(w)
        if iface is not None and not iface.text(QAccessible.Text.Description).strip():
            out.append(_label(w))
    return out
