"""Drag and drop for GUI tests: a real drag's enter, move and drop events sent to a list's viewport."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from volgui.models.base import OBJECT_ROLE
from volgui.models.objects import VOLUME_MIME


def row_point(view, key: str) -> QPoint:
    """The centre of the row whose object has this id or name (scrolled into view)."""
    proxy = view.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        obj = index.data(OBJECT_ROLE)
        if getattr(obj, "id", None) == key or getattr(obj, "name", None) == key:
            view.tree.scrollTo(index)
            return view.tree.visualRect(index).center()
    raise AssertionError(f"{key} is not listed")


def drag_and_drop(view, point: QPoint, mime: QMimeData) -> tuple[bool, bool]:
    """Send enter, move and drop to the view's viewport; returns (move accepted, drop accepted)."""
    viewport = view.tree.viewport()
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(viewport, QDragEnterEvent(point, actions, mime, buttons, mods))
    move = QDragMoveEvent(point, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(QPointF(point), actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    return move.isAccepted(), drop.isAccepted()


def volume_mime(name: str) -> QMimeData:
    """What the volumes list puts in a drag of one volume."""
    mime = QMimeData()
    mime.setData(VOLUME_MIME, name.encode())
    mime.setText(name)
    return mime
