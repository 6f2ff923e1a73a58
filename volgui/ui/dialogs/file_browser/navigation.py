"""The file browser's navigation: folders (path, tree, listing), selection and file preview.

Mixed into :class:`~volgui.ui.dialogs.file_browser.browser.FileBrowser`, whose widgets and job
helpers it uses.
"""

from __future__ import annotations

import posixpath

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QStyle

from volgui.engine import validation
from volgui.engine.errors import EngineError
from volgui.engine.present.display import human_size
from volgui.engine.volumes import entries as volume_entries
from volgui.engine.volumes import files as vf
from volgui.engine.volumes import listers
from volgui.models.volume_files import ENTRY_ROLE
from volgui.workers.entry_batcher import EntryBatcher

PATH_ROLE = Qt.ItemDataRole.UserRole + 3  # a folder's path, on the items of the folder tree


class BrowserNavigation:
    """Open folders, keep the listed ones, show the selected file."""

    def navigate(self, path: str) -> None:
        try:
            path = validation.clean_path(path)
        except EngineError as exc:
            self._show_error(exc)
            return
        self.path = path
        self.path_edit.setText("/" + path)
        self.up_action.setEnabled(bool(path))
        self.preview.clear()
        self._select_tree_item(path)
        if path in self.cache:
            self.model.set_entries(self.listing(path))
            self.status.setText(self._summary())
            self._set_command(self.source.list_command(path))
            self.listed.emit(path)
            return
        self.model.set_entries([])
        self._scan(path)

    def _scan(self, path: str) -> None:
        if self._scan_job is not None:
            self._scan_job.cancel()
        batcher = EntryBatcher()
        job = self._start_job("scan", self.source.scan, path,
                              label=self.tr("List {0}").format(self.source.label(path)),
                              command=self.source.list_command(path), on_entry=batcher)
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

    def _merge_scan(self, result: listers.Scan) -> None:
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
    def selected_entries(self) -> list[volume_entries.Entry]:
        rows = self.table.selectionModel().selectedRows()
        return [r.data(ENTRY_ROLE) for r in rows if r.data(ENTRY_ROLE) is not None]

    def select_names(self, names: list[str]) -> None:
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
        command = self.source.preview_command(path, self.PREVIEW_LIMIT)
        self._set_command(command)
        self.preview.setPlainText(self.tr("Loading…"))
        request = self._preview.replace(self.session.submit(
            self.source.read_file, self.source.target, path, self.PREVIEW_LIMIT,
            label=self.tr("Preview {0}").format(self.source.label(path)),
            command=command))
        request.succeeded.connect(self._on_preview)
        request.failed.connect(self._on_preview_failed)

    @Slot(object)
    def _on_preview(self, preview: vf.Preview) -> None:
        if not preview.is_text:
            self.preview.setPlainText(self.tr("Binary file, %s — no preview. Download it to open it.")
                                      % human_size(preview.size, '.1f'))
            return
        text = preview.text()
        if preview.truncated:
            text += "\n\n" + self.tr("[… the first %s of %s are shown]") % (
                human_size(len(preview.data), '.1f'), human_size(preview.size, '.1f'))
        self.preview.setPlainText(text)

    @Slot(object)
    def _on_preview_failed(self, error: EngineError) -> None:
        self.preview.setPlainText(error.message)
