"""A file browser for a volume or a container: folder tree, file list, preview, download, upload,
new folder, delete.

What it browses is a :class:`~volgui.ui.dialogs.file_browser.source.FileSource`: the engine functions
and ``docker`` lines of a volume (through a helper) or of a container (its archive endpoints).

Nothing here blocks the GUI thread: listings, downloads and uploads run through a ``JobRunner``, with
their own connection (a big folder must not hold up the session's request worker); previews,
new folders and deletions are short requests on the session with their ``docker`` command.
A listing reads the folder's whole subtree once (see ``volgui.engine.volumes.listers``) and the
browser keeps it, so opening folders below costs nothing until Refresh.

This module holds the widget, its jobs and their results; the navigation and preview are in
``navigation``, the changes (download, upload, new folder, delete) in ``actions``, the file
list's model in ``volgui.models.volume_files``.
"""

from __future__ import annotations

import functools
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.errors import Cancelled, EngineError
from volgui.engine.present import commands
from volgui.engine.present.display import human_duration, human_size, stamp_text
from volgui.engine.volumes import entries as volume_entries
from volgui.engine.volumes.streaming import TransferProgress
from volgui.models.volume_files import SORT_ROLE, FileTableModel
from volgui.ui.dialogs.base import ask_yes_no
from volgui.ui.dialogs.file_browser.actions import BrowserActions
from volgui.ui.dialogs.file_browser.drag_out import DRAG_LIMIT, DragTable, FileDrag
from volgui.ui.dialogs.file_browser.navigation import PATH_ROLE, BrowserNavigation
from volgui.ui.dialogs.file_browser.source import FileSource
from volgui.ui.views.descriptions import cancel_job_text, command_text, describe
from volgui.workers.job_runner import JobRunner, engine_factory
from volgui.workers.jobs import JobThread
from volgui.workers.requests import LatestRequest


def progress_text(p: TransferProgress) -> str:
    """``12.0 MB of 300.0 MB · 250.0 MB/s · about 2 s left`` (pure, for the dialogs and tests)."""
    done = human_size(p.done, '.1f')
    parts = [f"{done} of {human_size(p.total, '.1f')}" if p.total else done]
    if p.elapsed > 0.2:
        parts.append(f"{human_size(p.speed, '.1f')}/s")
    eta = p.eta
    if eta is not None and p.elapsed > 0.2:
        parts.append(f"about {human_duration(eta)} left")
    return " · ".join(parts)


class FileBrowser(BrowserNavigation, BrowserActions, QWidget):
    """Browse the files of ``source`` on the engine behind ``session``."""

    listed = Signal(str)  # the folder shown, after its listing arrived
    model_class = FileTableModel  # the file list's model (a container's adds where files live)
    job_finished = Signal(str, object)  # kind ("download", "upload", …), result or EngineError
    PREVIEW_LIMIT = commands.PREVIEW_LIMIT

    def __init__(self, session, source: FileSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.source = source
        self.path = ""
        self.cache: dict[str, list[volume_entries.Entry]] = {}
        self.dir_entries: dict[str, volume_entries.Entry] = {}
        self.runner = JobRunner(session, "volgui-job", parent=self)
        self._scan_job: JobThread | None = None
        self._transfer_job: JobThread | None = None
        self._preview = LatestRequest(self)
        self.last_error: EngineError | None = None
        self._drag_dirs: list[str] = []
        self.setAcceptDrops(True)
        self._build()
        self.navigate("")

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QToolBar()
        self.toolbar = bar
        style = self.style()
        self.up_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogToParent),
                                 self.tr("Up"), self)
        self.up_action.triggered.connect(self.go_up)
        self.refresh_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
                                      self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.upload_action = QAction(self.tr("Upload files…"), self)
        self.upload_action.triggered.connect(self.ask_upload_files)
        self.upload_folder_action = QAction(self.tr("Upload folder…"), self)
        self.upload_folder_action.triggered.connect(self.ask_upload_folder)
        self.download_action = QAction(self.tr("Download…"), self)
        self.download_action.triggered.connect(self.ask_download)
        self.mkdir_action = QAction(self.tr("New folder…"), self)
        self.mkdir_action.triggered.connect(self.ask_make_dir)
        self.delete_action = QAction(self.tr("Delete…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.ask_delete)
        for action in (self.up_action, self.refresh_action, None, self.download_action, self.upload_action,
                       self.upload_folder_action, self.mkdir_action, self.delete_action):
            if action is None:
                bar.addSeparator()
            else:
                bar.addAction(action)
                self.addAction(action)
        layout.addWidget(bar)

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("pathEdit")
        self.path_edit.setAccessibleName(self.tr("Folder"))
        describe(self.path_edit, self.tr("The folder shown; type a path and press Enter to go there"))
        self.path_edit.returnPressed.connect(self._on_path_entered)
        layout.addWidget(self.path_edit)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.tree_model = QStandardItemModel(self)
        self.tree_model.setHorizontalHeaderLabels([self.tr("Folders")])
        drive = self.style().standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)
        root = QStandardItem(drive, self.source.name)
        root.setData("", PATH_ROLE)
        root.setEditable(False)
        self.tree_model.appendRow(root)
        self._tree_items: dict[str, QStandardItem] = {"": root}
        self.tree = QTreeView()
        self.tree.setObjectName("folderTree")
        self.tree.setAccessibleName(self.tr("Folders"))
        describe(self.tree, self.tr("The folder tree; Right opens a folder, Left closes it"))
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.clicked.connect(self._on_tree_clicked)
        self.tree.expanded.connect(self._on_tree_expanded)
        split.addWidget(self.tree)

        right = QSplitter(Qt.Orientation.Vertical)
        self.model = self.model_class(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = DragTable(self)
        self.table.setObjectName("fileList")
        self.table.setAccessibleName(self.tr("Files"))
        describe(self.table,
                 self.tr("The files of the folder; Enter opens a folder, the Menu key acts on the selection"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(FileTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._size_columns()
        right.addWidget(self.table)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("preview")
        self.preview.setAccessibleName(self.tr("File preview"))
        describe(self.preview, self.tr("The start of the selected file, to read"))
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(self.tr("Select a file to preview it"))
        right.addWidget(self.preview)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)

        status = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("browserStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        describe(self.cancel_button, cancel_job_text())
        self.cancel_button.clicked.connect(self.cancel_jobs)
        self.cancel_button.hide()
        status.addWidget(self.status, 1)
        status.addWidget(self.progress)
        status.addWidget(self.cancel_button)
        layout.addLayout(status)
        cmd_row = QHBoxLayout()
        cmd_row.addWidget(QLabel(self.tr("Command:")))
        self.command = QLineEdit()
        self.command.setObjectName("commandLine")
        self.command.setAccessibleName(self.tr("Equivalent command"))
        describe(self.command, command_text())
        self.command.setReadOnly(True)
        cmd_row.addWidget(self.command, 1)
        layout.addLayout(cmd_row)

    def _size_columns(self) -> None:
        """Every column but the name wide enough for its longest usual text; the name takes the rest
        (fixed pixel widths cut the Modified column at the default size)."""
        m = FileTableModel
        samples = {m.TYPE: "Symbolic link", m.SIZE: "1023.9 MB", m.OWNER: "65534:65534", m.MODE: "drwxrwxrwt",
                   m.MODIFIED: stamp_text(0).replace("1970", "2000")}
        header = self.table.header()
        metrics = self.table.fontMetrics()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(m.NAME, QHeaderView.ResizeMode.Stretch)
        for column, sample in samples.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max(metrics.horizontalAdvance(sample), header.fontMetrics().horizontalAdvance(title))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width + 24)  # cell margins and the sort arrow

    def _set_command(self, text: str) -> None:
        self.command.setText(text)
        self.command.setCursorPosition(0)

    # -- engine access -------------------------------------------------------------------------------
    def _factory(self):
        factory = engine_factory(self.session)
        if factory is None:
            raise EngineError("Not connected to an engine.")
        return factory

    def _start_job(self, kind: str, fn, *args, label: str, command: str, **kwargs) -> JobThread | None:
        try:
            factory = self._factory()
        except EngineError as exc:
            self._show_error(exc)
            return None
        job = self.runner.start(factory, fn, self.source.target, *args, label=label, command=command,
                                name=f"volgui-{kind}", **kwargs)
        job.setProperty("kind", kind)
        # answers run in the GUI thread, after this call: they name their job
        job.on_ok = functools.partial(self._on_job_succeeded, job)
        job.on_failed = functools.partial(self._on_job_failed, job)
        job.on_progress = functools.partial(self._on_job_progress, job)
        self._set_command(command)
        return job

    @property
    def jobs(self) -> list[JobThread]:
        """The jobs whose thread has not ended yet."""
        return self.runner.jobs

    # -- job results --------------------------------------------------------------------------------
    def _on_job_progress(self, job: JobThread, value) -> None:
        if isinstance(value, list):  # entries of a listing, as they arrive
            if job is self._scan_job and job.property("path") == self.path:
                self.model.add_entries(value)
            return
        if isinstance(value, TransferProgress):
            if value.phase == "scan":
                read = human_size(value.done, ".1f")
                self.status.setText(self.tr("Reading /%s… %s read") % (self.path, read))
                return
            fraction = value.fraction
            if fraction is None:
                self.progress.setRange(0, 0)
            else:
                self.progress.setRange(0, 1000)
                self.progress.setValue(int(fraction * 1000))
            self.status.setText(f"{job.property('kind').capitalize()}: {progress_text(value)}")

    def _on_job_succeeded(self, job: JobThread, result) -> None:
        kind = job.property("kind")
        self._release(job)
        if kind == "scan":
            self._merge_scan(result)
            if job.property("path") == self.path:
                self.model.set_entries(self.listing(self.path))
                self.status.setText(self._summary())
                self.listed.emit(self.path)
        elif kind == "download":
            self.status.setText(self.tr("Downloaded %s") % ", ".join(str(p) for p in result))
        elif kind == "upload":
            self.status.setText(self.tr("Uploaded %s") % human_size(result.bytes, '.1f'))
            self._invalidate(job.property("path"))
            if self.path == job.property("path"):
                self.navigate(self.path)
        self.job_finished.emit(kind, result)

    def _on_job_failed(self, job: JobThread, error: EngineError) -> None:
        kind = job.property("kind")
        was_current = job is self._scan_job
        self._release(job)
        if kind == "scan" and not was_current:
            pass  # replaced by a newer listing: say nothing
        elif isinstance(error, Cancelled):
            self.status.setText(self.tr("Cancelled."))
        else:
            self._show_error(error)
        self.job_finished.emit(kind, error)

    def _release(self, job) -> None:
        if job is self._scan_job:
            self._scan_job = None
        if job is self._transfer_job:
            self._transfer_job = None
        self._show_busy(bool(self.runner.pending()))

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy and self._transfer_job is None:
            self.progress.setRange(0, 0)

    @Slot()
    def cancel_jobs(self) -> None:
        for job in list(self.jobs):
            job.cancel()

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Cancel and wait for every job (closing the browser)."""
        self._preview.cancel()
        self.runner.close(timeout_ms)
        self._scan_job = self._transfer_job = None
        for folder in self._drag_dirs:
            shutil.rmtree(folder, ignore_errors=True)
        self._drag_dirs.clear()
        self.after_shutdown(timeout_ms)

    def after_shutdown(self, timeout_ms: int = 5000) -> None:
        """What a kind of browser releases when it closes (the volume's listing helper)."""

    def listing(self, path: str) -> list[volume_entries.Entry]:
        """The rows shown for folder ``path`` (a container's adds the files its write layer deleted)."""
        return self.cache.get(path, [])

    def drag_data(self) -> FileDrag | None:
        """The selected files for a drag out (see ``drag_out``); None when they cannot be dragged."""
        entries = self.selected_entries()
        if not entries or any(e.kind not in ("file", "dir", "symlink", "hardlink") for e in entries):
            return None
        size = sum(self._tree_size(e) for e in entries)
        if size > DRAG_LIMIT:
            self._show_error(EngineError(self.tr("%s is too much to drag: use Download… instead.")
                                         % human_size(size, '.1f')))
            return None
        folder = tempfile.mkdtemp(prefix="volgui-drag-")
        self._drag_dirs.append(folder)
        job = self.download(entries, folder)
        if job is None:
            return None
        return FileDrag(job, [Path(folder) / e.name for e in entries])

    # -- messages -----------------------------------------------------------------------------------
    def _summary(self) -> str:
        entries = self.cache.get(self.path, [])
        size = sum(e.size for e in entries)
        return self.tr("/%s — %s, %s in files") % (self.path, self.tr("%Ln item(s)", "", len(entries)),
                                                   human_size(size, '.1f'))

    @Slot(object)
    def _show_error(self, error) -> None:
        self.last_error = error
        message = getattr(error, "message", str(error))
        self.status.setText(message)

    def _ask(self, title: str, text: str) -> bool:
        """A yes/no question (tests replace it)."""
        return ask_yes_no(self, title, text, QMessageBox.Icon.Question)
