"""Dragging files out of the file browser onto the desktop or a file manager.

A drop target asks for the dragged ``text/uri-list`` only when the files are dropped; the files are
not on this machine yet. So the drag starts a download into a fresh temporary folder at once, and
:class:`FileDrag` hands out the list when asked, after waiting (at most :data:`WAIT_MS`) for that
download: a short wait at the drop, never a blocking download before the drag. Only what the
listing knows to be at most :data:`DRAG_LIMIT` bytes is dragged (bigger: "Download…").
The folders are removed when the browser closes (the file manager has copied them by then).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QMetaType, QMimeData, Qt, QUrl
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import QTreeView

URI_LIST = "text/uri-list"
DRAG_LIMIT = 256 * 1000 * 1000  # bytes dragged out at most (the listing's sizes)
WAIT_MS = 120_000  # longest wait for the download when the files are dropped


class FileDrag(QMimeData):
    """``text/uri-list`` of ``paths``, ready once ``job`` (their download) has finished."""

    def __init__(self, job, paths: list[Path]) -> None:
        super().__init__()
        self.job = job
        self.paths = paths

    def formats(self) -> list[str]:
        return [URI_LIST]

    def hasFormat(self, mime_type: str) -> bool:
        return mime_type == URI_LIST

    def ready_paths(self) -> list[Path]:
        """The downloaded files, after waiting for the download (asked at the drop)."""
        if self.job is not None and not self.job.isFinished():
            self.job.wait(WAIT_MS)
        return [p for p in self.paths if p.exists() or p.is_symlink()]

    def retrieveData(self, mime_type: str, kind):
        if mime_type != URI_LIST:
            return None
        urls = [QUrl.fromLocalFile(str(p)) for p in self.ready_paths()]
        if isinstance(kind, QMetaType) and kind.id() == QMetaType.Type.QByteArray.value:
            return QByteArray(b"".join(bytes(u.toEncoded()) + b"\r\n" for u in urls))
        return urls


class DragTable(QTreeView):
    """The browser's file list: rows can be dragged out (the browser makes the data)."""

    def __init__(self, browser) -> None:
        super().__init__()
        self.browser = browser
        self.setDragEnabled(True)
        self.setDragDropMode(QTreeView.DragDropMode.DragOnly)

    def startDrag(self, _actions) -> None:
        data = self.browser.drag_data()
        if data is None:
            return
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.exec(Qt.DropAction.CopyAction)
