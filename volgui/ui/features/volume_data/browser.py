"""A file browser for one volume: folder tree, file list, preview, download, upload, new folder, delete.

Nothing here blocks the GUI thread: listings, downloads and uploads run in ``JobThread``s with
their own connection (a big folder must not hold up the session's request worker); previews,
new folders and deletions are short requests on the session with their ``docker`` command.
A listing reads the folder's whole subtree once (see ``volgui.engine.volumes.files``) and the
browser keeps it, so opening folders below costs nothing until Refresh.
"""

from __future__ import annotations

import functools
import posixpath
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
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

from volgui.engine.client import Engine
from volgui.engine.errors import Cancelled, EngineError
from volgui.engine.volumes import files as vf
from volgui.engine.volumes.streaming import TransferProgress
from volgui.ui.dialogs.base import ask_yes_no
from volgui.workers import registry
from volgui.workers.jobs import JobThread, finish_logged, log_request
from volgui.workers.requests import LatestRequest

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
PATH_ROLE = Qt.ItemDataRole.UserRole + 3
_ROOT = QModelIndex()


def entry_label(entry: vf.Entry) -> str:
    """The name as listed: symlinks and hard links with their targets."""
    if entry.kind == "symlink":
        return f"{entry.name} → {entry.link_target}"
    if entry.kind == "hardlink":
        return f"{entry.name} ⇒ /{entry.link_target}"
    return entry.name


def time_text(ts: float) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M:%S")


def progress_text(p: TransferProgress) -> str:
    """``12.0 MB of 300.0 MB · 250.0 MB/s · about 2 s left`` (pure, for the dialogs and tests)."""
    done = vf.human_size(p.done)
    parts = [f"{done} of {vf.human_size(p.total)}" if p.total else done]
    if p.elapsed > 0.2:
        parts.append(f"{vf.human_size(p.speed)}/s")
    eta = p.eta
    if eta is not None and p.elapsed > 0.2:
        parts.append(f"about {_duration(eta)} left")
    return " · ".join(parts)


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


class FileTableModel(QAbstractTableModel):
    """The entries of one folder."""

    NAME, TYPE, SIZE, OWNER, MODE, MODIFIED = range(6)
    HEADERS = ("Name", "Type", "Size", "Owner", "Mode", "Modified")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[vf.Entry] = []
        self._icons = None

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def set_entries(self, entries: list[vf.Entry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def add_entries(self, entries: list[vf.Entry]) -> None:
        known = {e.path for e in self.entries}
        new = [e for e in entries if e.path not in known]
        if not new:
            return
        first = len(self.entries)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self.entries.extend(new)
        self.endInsertRows()

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None

    def _icon(self, entry: vf.Entry):
        from PySide6.QtWidgets import QApplication

        style = QApplication.style()
        if entry.is_dir:
            return style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        if entry.kind == "symlink":
            return style.standardIcon(QStyle.StandardPixmap.SP_FileLinkIcon)
        return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        entry = self.entries[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return entry_label(entry)
            if col == self.TYPE:
                return entry.kind_text
            if col == self.SIZE:
                return vf.human_size(entry.size) if entry.kind == "file" else ""
            if col == self.OWNER:
                return entry.owner_text
            if col == self.MODE:
                return entry.mode_text
            if col == self.MODIFIED:
                return time_text(entry.mtime)
        elif role == SORT_ROLE:
            if col == self.NAME:
                return ("0" if entry.is_dir else "1") + entry.name.lower()
            if col == self.SIZE:
                return entry.size
            if col == self.MODIFIED:
                return entry.mtime
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        elif role == ENTRY_ROLE:
            return entry
        elif role == Qt.ItemDataRole.DecorationRole and col == self.NAME:
            return self._icon(entry)
        elif role == Qt.ItemDataRole.ToolTipRole and col == self.NAME:
            return "/" + entry.path + (f"\n→ {entry.link_target}" if entry.link_target else "")
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class _EntryBatcher:
    """Called in the job's thread for each entry; sends them to the GUI in batches."""

    def __init__(self) -> None:
        self.job: JobThread | None = None
        self.batch: list = []
        self.last = 0.0

    def __call__(self, entry) -> None:
        self.batch.append(entry)
        now = time.monotonic()
        if now - self.last > 0.1 and self.job is not None:
            self.last = now
            batch, self.batch = self.batch, []
            self.job.progressed.emit(batch)


class VolumeBrowser(QWidget):
    """Browse volume ``volume`` of the engine behind ``session``."""

    listed = Signal(str)  # the folder shown, after its listing arrived
    job_finished = Signal(str, object)  # kind ("download", "upload", …), result or EngineError
    PREVIEW_LIMIT = vf.PREVIEW_LIMIT

    def __init__(self, session, volume: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.volume = volume
        self.path = ""
        self.cache: dict[str, list[vf.Entry]] = {}
        self.dir_entries: dict[str, vf.Entry] = {}
        self.jobs: list[JobThread] = []
        self._scan_job: JobThread | None = None
        self._transfer_job: JobThread | None = None
        self._preview = LatestRequest(self)
        self._logged: dict[int, object] = {}
        self.last_error: EngineError | None = None
        self.lister = vf.BrowseLister(volume)
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
        self.path_edit.returnPressed.connect(self._on_path_entered)
        layout.addWidget(self.path_edit)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.tree_model = QStandardItemModel(self)
        self.tree_model.setHorizontalHeaderLabels([self.tr("Folders")])
        root = QStandardItem(self.style().standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon), self.volume)
        root.setData("", PATH_ROLE)
        root.setEditable(False)
        self.tree_model.appendRow(root)
        self._tree_items: dict[str, QStandardItem] = {"": root}
        self.tree = QTreeView()
        self.tree.setObjectName("folderTree")
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.clicked.connect(self._on_tree_clicked)
        self.tree.expanded.connect(self._on_tree_expanded)
        split.addWidget(self.tree)

        right = QSplitter(Qt.Orientation.Vertical)
        self.model = FileTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTreeView()
        self.table.setObjectName("fileList")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(FileTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        m = FileTableModel
        for column, width in ((m.NAME, 240), (m.TYPE, 100), (m.SIZE, 80), (m.OWNER, 80), (m.MODE, 90)):
            self.table.setColumnWidth(column, width)
        right.addWidget(self.table)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("preview")
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
        self.command.setReadOnly(True)
        cmd_row.addWidget(self.command, 1)
        layout.addLayout(cmd_row)

    def _set_command(self, text: str) -> None:
        self.command.setText(text)
        self.command.setCursorPosition(0)

    # -- engine access -------------------------------------------------------------------------------
    def _factory(self):
        spec = self.session.spec
        if spec is None:
            raise EngineError("Not connected to an engine.")
        return functools.partial(Engine.connect, spec)

    def _start_job(self, kind: str, fn, *args, label: str, command: str, **kwargs) -> JobThread | None:
        try:
            factory = self._factory()
        except EngineError as exc:
            self._show_error(exc)
            return None
        job = JobThread(factory, fn, self.volume, *args, name=f"volgui-{kind}", **kwargs)
        job.setProperty("kind", kind)
        job.progressed.connect(self._on_job_progress)
        job.succeeded.connect(self._on_job_succeeded)
        job.failed.connect(self._on_job_failed)
        job.finished.connect(self._on_job_thread_finished)
        self.jobs.append(job)
        self._logged[id(job)] = log_request(self.session, label, command)
        self._set_command(command)
        job.start()
        return job

    def _end_job(self, job: JobThread, result=None, error=None) -> None:
        finish_logged(self.session, self._logged.pop(id(job), None), result, error)

    # -- navigation --------------------------------------------------------------------------------
    def navigate(self, path: str) -> None:
        try:
            path = vf.clean_path(path)
        except EngineError as exc:
            self._show_error(exc)
            return
        self.path = path
        self.path_edit.setText("/" + path)
        self.up_action.setEnabled(bool(path))
        self.preview.clear()
        self._select_tree_item(path)
        if path in self.cache:
            self.model.set_entries(self.cache[path])
            self.status.setText(self._summary())
            self._set_command(vf.list_command(self.volume, path))
            self.listed.emit(path)
            return
        self.model.set_entries([])
        self._scan(path)

    def _scan(self, path: str) -> None:
        if self._scan_job is not None:
            self._scan_job.cancel()
        batcher = _EntryBatcher()
        job = self._start_job("scan", self.lister.scan, path, label=f"List {self.volume}:/{path}",
                              command=vf.list_command(self.volume, path), on_entry=batcher)
        if job is None:
            return
        batcher.job = job
        job.setProperty("path", path)
        self._scan_job = job
        self.status.setText(self.tr("Reading /%s…") % path)
        self._show_busy(True)

    @Slot()
    def refresh(self) -> None:
        self.cache.clear()
        self.dir_entries.clear()
        self.navigate(self.path)

    @Slot()
    def go_up(self) -> None:
        if self.path:
            self.navigate(posixpath.dirname(self.path))

    @Slot()
    def _on_path_entered(self) -> None:
        self.navigate(self.path_edit.text())

    @Slot(QModelIndex)
    def _on_tree_clicked(self, index: QModelIndex) -> None:
        path = index.data(PATH_ROLE)
        if path is not None and path != self.path:
            self.navigate(path)

    @Slot(QModelIndex)
    def _on_tree_expanded(self, index: QModelIndex) -> None:
        item = self.tree_model.itemFromIndex(index)
        if item is None:
            return
        for row in range(item.rowCount()):
            child = item.child(row)
            self._fill_tree(child.data(PATH_ROLE))

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if entry is not None and entry.is_dir:
            self.navigate(entry.path)

    def _ensure_tree_item(self, path: str) -> QStandardItem:
        item = self._tree_items.get(path)
        if item is not None:
            return item
        parent = self._ensure_tree_item(posixpath.dirname(path))
        item = QStandardItem(self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon),
                             posixpath.basename(path))
        item.setData(path, PATH_ROLE)
        item.setEditable(False)
        parent.appendRow(item)
        self._tree_items[path] = item
        return item

    def _fill_tree(self, path: str) -> None:
        """Add the subfolders of ``path`` (when known) to the folder tree."""
        for entry in self.cache.get(path, ()):
            if entry.is_dir:
                self._ensure_tree_item(entry.path)

    def _select_tree_item(self, path: str) -> None:
        item = self._ensure_tree_item(path)
        index = self.tree_model.indexFromItem(item)
        self.tree.setCurrentIndex(index)
        self.tree.expand(index)

    def _merge_scan(self, result: vf.Scan) -> None:
        for folder, entries in result.children.items():
            self.cache[folder] = entries
            for entry in entries:
                if entry.is_dir:
                    self.dir_entries[entry.path] = entry
        if result.root_entry is not None:
            self.dir_entries[result.root] = result.root_entry
        self._fill_tree(result.root)
        for entry in result.children.get(result.root, ()):
            if entry.is_dir:
                self._fill_tree(entry.path)
        self.tree.expand(self.tree_model.indexFromItem(self._ensure_tree_item(result.root)))

    def _invalidate(self, path: str) -> None:
        """Forget ``path`` and everything below (and its parent's sizes): re-read on next visit."""
        for key in list(self.cache):
            if key == path or key.startswith(path + "/") or not path:
                del self.cache[key]

    # -- selection and preview ----------------------------------------------------------------------
    def selected_entries(self) -> list[vf.Entry]:
        rows = self.table.selectionModel().selectedRows()
        return [r.data(ENTRY_ROLE) for r in rows if r.data(ENTRY_ROLE) is not None]

    def select_names(self, names: list[str]) -> None:
        from PySide6.QtCore import QItemSelectionModel

        sm = self.table.selectionModel()
        sm.clearSelection()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ENTRY_ROLE).name in names:
                sm.select(index, QItemSelectionModel.SelectionFlag.Select
                          | QItemSelectionModel.SelectionFlag.Rows)

    @Slot()
    def _on_selection_changed(self, *_args) -> None:
        entries = self.selected_entries()
        if len(entries) != 1:
            self._preview.cancel()
            self.preview.clear()
            return
        entry = entries[0]
        if entry.is_dir:
            self.preview.setPlainText(self.tr("Folder /%s") % entry.path)
            return
        if entry.kind == "symlink":
            self.preview.setPlainText(self.tr("Symbolic link to %s") % entry.link_target)
            return
        if entry.kind not in ("file", "hardlink"):
            self.preview.setPlainText(entry.kind_text)
            return
        self.show_preview(entry.path)

    def show_preview(self, path: str) -> None:
        command = vf.preview_command(self.volume, path, self.PREVIEW_LIMIT)
        self._set_command(command)
        self.preview.setPlainText(self.tr("Loading…"))
        request = self._preview.replace(self.session.submit(
            vf.read_file, self.volume, path, self.PREVIEW_LIMIT, label=f"Preview {self.volume}:/{path}",
            command=command))
        request.succeeded.connect(self._on_preview)
        request.failed.connect(self._on_preview_failed)

    @Slot(object)
    def _on_preview(self, preview: vf.Preview) -> None:
        if not preview.is_text:
            self.preview.setPlainText(self.tr("Binary file, %s — no preview. Download it to open it.")
                                      % vf.human_size(preview.size))
            return
        text = preview.text()
        if preview.truncated:
            text += "\n\n" + self.tr("[… the first %s of %s are shown]") % (
                vf.human_size(len(preview.data)), vf.human_size(preview.size))
        self.preview.setPlainText(text)

    @Slot(object)
    def _on_preview_failed(self, error: EngineError) -> None:
        self.preview.setPlainText(error.message)

    # -- download / upload --------------------------------------------------------------------------
    @Slot()
    def ask_download(self) -> None:
        entries = self.selected_entries()
        if not entries:
            self._show_error(EngineError(self.tr("Select the files or folders to download first.")))
            return
        dest = QFileDialog.getExistingDirectory(self, self.tr("Download to folder"), str(Path.home()))
        if dest:
            self.download(entries, dest)

    def download(self, entries: list[vf.Entry], dest: str) -> JobThread | None:
        existing = [e.name for e in entries if (Path(dest) / e.name).exists()]
        overwrite = False
        if existing:
            if not self._ask(self.tr("Replace files?"),
                             self.tr("These already exist in %s and will be replaced:\n%s")
                             % (dest, "\n".join(existing))):
                return None
            overwrite = True
        total = sum(self._tree_size(e) for e in entries)
        paths = [e.path for e in entries]
        return self._transfer("download", vf.download, paths, dest, overwrite=overwrite, total=total or None,
                              label=f"Download from {self.volume}",
                              command=vf.download_command(self.volume, paths, dest))

    def _tree_size(self, entry: vf.Entry) -> int:
        if not entry.is_dir:
            return entry.size
        return sum(self._tree_size(e) for e in self.cache.get(entry.path, ()))

    @Slot()
    def ask_upload_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Upload files"), str(Path.home()))
        if files:
            self.upload(files)

    @Slot()
    def ask_upload_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Upload folder"), str(Path.home()))
        if folder:
            self.upload([folder])

    def upload(self, host_paths: list[str], dest: str | None = None) -> JobThread | None:
        dest = self.path if dest is None else dest
        names = {e.name for e in self.cache.get(dest, ())}
        clashes = [Path(p).name for p in host_paths if Path(p).name in names]
        if clashes and not self._ask(self.tr("Replace files?"),
                                     self.tr("These already exist in /%s and will be replaced:\n%s")
                                     % (dest, "\n".join(clashes))):
            return None
        owner_entry = self.dir_entries.get(dest)
        owner = (owner_entry.uid, owner_entry.gid) if owner_entry is not None else None
        job = self._transfer("upload", vf.upload, dest, list(host_paths), owner=owner,
                             label=f"Upload into {self.volume}:/{dest}",
                             command=vf.upload_command(self.volume, dest, host_paths))
        if job is not None:
            job.setProperty("path", dest)
        return job

    def _transfer(self, kind: str, fn, *args, label: str, command: str, **kwargs) -> JobThread | None:
        if self._transfer_job is not None:
            self._show_error(EngineError(self.tr("Wait for the current transfer to end (or cancel it).")))
            return None
        job = self._start_job(kind, fn, *args, label=label, command=command, **kwargs)
        if job is not None:
            self._transfer_job = job
            self.status.setText(label + "…")
            self._show_busy(True)
        return job

    # drops from the desktop's file manager
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.upload(paths)

    # -- new folder / delete ------------------------------------------------------------------------
    @Slot()
    def ask_make_dir(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New folder"), self.tr("Name of the new folder:"))
        if ok and name.strip():
            self.make_dir(name.strip())

    def make_dir(self, name: str) -> None:
        if "/" in name or name in (".", ".."):
            self._show_error(EngineError(self.tr("A folder name cannot contain “/”.")))
            return
        path = posixpath.join(self.path, name) if self.path else name
        owner_entry = self.dir_entries.get(self.path)
        owner = (owner_entry.uid, owner_entry.gid) if owner_entry is not None else (0, 0)
        command = vf.mkdir_command(self.volume, path)
        self._set_command(command)
        request = self.session.submit(vf.make_dir, self.volume, path, owner=owner,
                                      label=f"New folder {self.volume}:/{path}", command=command)
        request.succeeded.connect(self._on_changed)
        request.failed.connect(self._show_error)

    @Slot()
    def ask_delete(self) -> None:
        entries = self.selected_entries()
        if entries:
            self.delete(entries)

    def delete_description(self, entries: list[vf.Entry]) -> str:
        lines = []
        for e in entries[:20]:
            if e.is_dir:
                inside = self._count(e.path)
                what = self.tr("folder with %d items, %s") % (inside[0], vf.human_size(inside[1])) \
                    if inside is not None else self.tr("folder and everything in it")
                lines.append(f"/{e.path}  ({what})")
            else:
                lines.append(f"/{e.path}  ({e.kind_text.lower()}, {vf.human_size(e.size)})")
        if len(entries) > 20:
            lines.append(self.tr("… and %d more") % (len(entries) - 20))
        return "\n".join(lines)

    def _count(self, path: str) -> tuple[int, int] | None:
        if path not in self.cache:
            return None
        n, size = 0, 0
        for e in self.cache[path]:
            n += 1
            size += e.size
            if e.is_dir:
                sub = self._count(e.path)
                if sub is None:
                    return None
                n, size = n + sub[0], size + sub[1]
        return n, size

    def delete(self, entries: list[vf.Entry]) -> None:
        text = self.tr("Delete these from volume %s? This cannot be undone.\n\n%s") % (
            self.volume, self.delete_description(entries))
        if not self._ask(self.tr("Delete"), text):
            return
        paths = [e.path for e in entries]
        command = vf.delete_command(self.volume, paths)
        self._set_command(command)
        request = self.session.submit(vf.delete, self.volume, paths, label=f"Delete in {self.volume}",
                                      command=command)
        request.succeeded.connect(self._on_changed)
        request.failed.connect(self._show_error)

    @Slot(object)
    def _on_changed(self, _result=None) -> None:
        self._invalidate(self.path)
        self.navigate(self.path)

    # -- job results --------------------------------------------------------------------------------
    @Slot(object)
    def _on_job_progress(self, value) -> None:
        job = self.sender()
        if isinstance(value, list):  # entries of a listing, as they arrive
            if job is self._scan_job and job.property("path") == self.path:
                self.model.add_entries(value)
            return
        if isinstance(value, TransferProgress):
            if value.phase == "scan":
                self.status.setText(self.tr("Reading /%s… %s read") % (self.path, vf.human_size(value.done)))
                return
            fraction = value.fraction
            if fraction is None:
                self.progress.setRange(0, 0)
            else:
                self.progress.setRange(0, 1000)
                self.progress.setValue(int(fraction * 1000))
            self.status.setText(f"{job.property('kind').capitalize()}: {progress_text(value)}")

    @Slot(object)
    def _on_job_succeeded(self, result) -> None:
        job = self.sender()
        kind = job.property("kind")
        self._release(job)
        self._end_job(job, result=result)
        if kind == "scan":
            self._merge_scan(result)
            if job.property("path") == self.path:
                self.model.set_entries(self.cache.get(self.path, []))
                self.status.setText(self._summary())
                self.listed.emit(self.path)
        elif kind == "download":
            self.status.setText(self.tr("Downloaded %s") % ", ".join(str(p) for p in result))
        elif kind == "upload":
            self.status.setText(self.tr("Uploaded %s") % vf.human_size(result.bytes))
            self._invalidate(job.property("path"))
            if self.path == job.property("path"):
                self.navigate(self.path)
        self.job_finished.emit(kind, result)

    @Slot(object)
    def _on_job_failed(self, error: EngineError) -> None:
        job = self.sender()
        kind = job.property("kind")
        was_current = job is self._scan_job
        self._release(job)
        self._end_job(job, error=error)
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

    @Slot()
    def _on_job_thread_finished(self) -> None:
        job = self.sender()
        self._release(job)
        if job in self.jobs:
            self.jobs.remove(job)
        job.deleteLater()
        self._show_busy(bool(self.jobs))

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
        for job in list(self.jobs):
            job.finish(timeout_ms)
            self._end_job(job, error=Cancelled())
        self.jobs.clear()
        if self.lister.lister is not None:  # the running listing helper: remove it now
            try:
                closer = JobThread(self._factory(), self.lister.close, name="volgui-lister-close",
                                   with_progress=False)
            except EngineError:
                return  # not connected: sweep_helpers removes it at the next start
            closer.start()
            if closer.wait(timeout_ms):
                closer.deleteLater()
            else:  # never delete a running thread: it goes when it has finished
                registry.keep_until_finished(closer)
                closer.finished.connect(closer.deleteLater)

    # -- messages -----------------------------------------------------------------------------------
    def _summary(self) -> str:
        entries = self.cache.get(self.path, [])
        size = sum(e.size for e in entries)
        return self.tr("/%s — %d items, %s in files") % (self.path, len(entries), vf.human_size(size))

    @Slot(object)
    def _show_error(self, error) -> None:
        self.last_error = error
        message = getattr(error, "message", str(error))
        self.status.setText(message)

    def _ask(self, title: str, text: str) -> bool:
        """A yes/no question (tests replace it)."""
        return ask_yes_no(self, title, text, QMessageBox.Icon.Question)


class VolumeBrowserDialog(QDialog):
    """A non-modal window around a :class:`VolumeBrowser`."""

    def __init__(self, session, volume: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Files of volume %s") % volume)
        self.setObjectName("volumeBrowserDialog")
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.browser = VolumeBrowser(session, volume, self)
        layout.addWidget(self.browser)

    def done(self, result: int) -> None:
        self.browser.shutdown()
        super().done(result)

    def closeEvent(self, event) -> None:
        self.browser.shutdown()
        super().closeEvent(event)
