"""A container's whole filesystem in the shared file browser, marked with where each file lives.

The rows say what a beginner must learn from ``docker run``: what the write layer added or changed
(green, brown) dies with the container, what a volume holds (named in "Stored in") does not; files
the write layer deleted are listed struck out. "Move to a volume…" turns a folder of the write
layer into a volume mounted at the same path (``engine/containers/to_volume``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QStyle, QWidget

from volgui.engine.containers import to_volume
from volgui.engine.containers.fs_marks import FileMarks, file_marks
from volgui.engine.errors import EngineError
from volgui.engine.present import commands
from volgui.models.container_files import ContainerFileTableModel, deleted_entry
from volgui.ui.dialogs.file_browser.browser import FileBrowser
from volgui.ui.dialogs.file_browser.source import container_source
from volgui.workers.requests import LatestRequest


class ContainerBrowser(FileBrowser):
    """Browse the files of container ``container_id`` (running or not)."""

    model_class = ContainerFileTableModel
    recreated = Signal(str)  # the new container's id, after "Move to a volume…"
    marked = Signal()  # the marks (mounts, write-layer changes) arrived

    def __init__(self, session, container_id: str, name: str, parent: QWidget | None = None) -> None:
        self.marks: FileMarks | None = None
        super().__init__(session, container_source(container_id, name), parent)
        self._marks_request = LatestRequest(self)
        self.move_action = QAction(self.tr("Move to a volume…"), self)
        self.move_action.setToolTip(self.tr("Put this folder of the write layer in a new volume, mounted at "
                                            "the same path, so its files outlive the container"))
        self.move_action.setEnabled(False)
        self.move_action.triggered.connect(self.ask_move)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.move_action)
        self.legend = QLabel()
        self.legend.setObjectName("layerLegend")
        self.legend.setWordWrap(True)
        self.layout().insertWidget(1, self.legend)
        self.table.selectionModel().selectionChanged.connect(self._update_move_action)
        self.job_finished.connect(self._on_finished)
        self.load_marks()

    def _size_columns(self) -> None:
        """The type shows in the icon (and a deleted file's row): its room goes to "Stored in"."""
        super()._size_columns()
        m = ContainerFileTableModel
        self.table.setColumnHidden(m.TYPE, True)
        sample = self.table.fontMetrics().horizontalAdvance("write layer · changed")
        self.table.setColumnWidth(m.STORED, sample + 24)

    # -- marks ----------------------------------------------------------------------------------------
    def load_marks(self) -> None:
        request = self._marks_request.replace(self.session.submit(
            file_marks, self.source.target, label=self.tr("Changes of {0}").format(self.source.name),
            command=commands.container_diff(self.source.name)))
        request.succeeded.connect(self._on_marks)
        request.failed.connect(self._show_error)

    @Slot(object)
    def _on_marks(self, marks: FileMarks) -> None:
        self.marks = marks
        self.model.set_marks(marks)
        if self.path in self.cache and self.listing(self.path) != self.model.entries:
            self.model.set_entries(self.listing(self.path))  # rows of deleted files came or went
        drive = self.style().standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)
        for mount in marks.mounts:
            if mount.path:
                item = self._ensure_tree_item(mount.path)
                item.setIcon(drive)
                item.setToolTip(mount.text)
        changed = self.tr("%Ln change(s)", "", len(marks.changes))
        self.legend.setText(self.tr(
            "Write layer: %s (green: added, brown: changed, struck out: deleted), lost when the container is "
            "removed. Files in a volume stay.") % changed)
        self._update_move_action()
        self.marked.emit()

    def listing(self, path: str):
        entries = super().listing(path)
        if self.marks is None or path not in self.cache:
            return entries
        listed = {e.path for e in entries}
        return entries + [deleted_entry(p) for p in self.marks.deleted_in(path) if p not in listed]

    def refresh(self) -> None:
        self.load_marks()
        super().refresh()

    def _invalidate(self, path: str) -> None:
        """After every change (upload, new folder, delete) the write layer changed too."""
        super()._invalidate(path)
        self.load_marks()

    # -- move to a volume -------------------------------------------------------------------------------
    def movable(self) -> str | None:
        """The selected folder when it can move to a volume (one folder of the write layer)."""
        entries = self.selected_entries()
        if len(entries) != 1 or not entries[0].is_dir or self.marks is None:
            return None
        return entries[0].path if self.marks.in_write_layer(entries[0].path) else None

    @Slot()
    def _update_move_action(self, *_args) -> None:
        self.move_action.setEnabled(self.movable() is not None)

    @Slot()
    def ask_move(self) -> None:
        path = self.movable()
        if path is None:
            self._show_error(EngineError(self.tr("Select one folder of the write layer (green) first.")))
            return
        name, ok = QInputDialog.getText(self, self.tr("Move to a volume"), self.tr("Name of the new volume:"),
                                        QLineEdit.EchoMode.Normal,
                                        to_volume.suggested_volume_name(self.source.name, path))
        if ok and name.strip():
            self.move(path, name.strip())

    def move(self, path: str, volume: str):
        running = self.marks is not None and self.marks.running
        text = self.tr(
            "Move /%s of %s into the new volume %s?\n\n%sThe folder's files are copied into the volume "
            "(owners, modes and times kept) and compared, then %s is re-created with the volume mounted at "
            "/%s. If any step fails, the volume is removed and the container is left as it was.") % (
            path, self.source.name, volume,
            self.tr("The container is stopped meanwhile and started again.\n\n") if running else "",
            self.source.name, path)
        if not self._ask(self.tr("Move to a volume"), text):
            return None
        return self._transfer("move", to_volume.move_to_volume, path, volume,
                              label=self.tr("Move {0} to volume {1}").format(self.source.label(path), volume),
                              command=commands.move_to_volume_command(self.source.name, path, volume))

    @Slot(str, object)
    def _on_finished(self, kind: str, result) -> None:
        if kind != "move" or not isinstance(result, to_volume.MoveResult):
            return
        self.source = container_source(result.container_id, result.name)
        self.status.setText(result.summary())
        self.recreated.emit(result.container_id)
        self.refresh()
        self.status.setText(result.summary())
