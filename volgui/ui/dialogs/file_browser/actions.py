"""The file browser's changes: download, upload (also by drops from the desktop), new folder, delete.

Mixed into :class:`~volgui.ui.dialogs.file_browser.browser.FileBrowser`, whose widgets and job
helpers it uses. Transfers run in ``JobThread``s; new folders and deletions are short
requests on the session, each with its ``docker`` command.
"""

from __future__ import annotations

import posixpath
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog

from volgui.engine.errors import EngineError
from volgui.engine.present.display import human_size
from volgui.engine.volumes import entries as volume_entries
from volgui.workers.jobs import JobThread


class BrowserActions:
    """What a person changes in the volume or container from the browser."""

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

    def download(self, entries: list[volume_entries.Entry], dest: str) -> JobThread | None:
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
        return self._transfer("download", self.source.download, paths, dest, overwrite=overwrite,
                              total=total or None,
                              label=self.tr("Download from {0}").format(self.source.name),
                              command=self.source.download_command(paths, dest))

    def _tree_size(self, entry: volume_entries.Entry) -> int:
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
        job = self._transfer("upload", self.source.upload, dest, list(host_paths), owner=owner,
                             label=self.tr("Upload into {0}").format(self.source.label(dest)),
                             command=self.source.upload_command(dest, host_paths))
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
        if event.source() is not None:  # a drag out of volgui itself: never uploaded back
            event.ignore()
            return
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        if event.source() is not None:
            event.ignore()
            return
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
        command = self.source.mkdir_command(path)
        self._set_command(command)
        request = self.session.submit(self.source.make_dir, self.source.target, path, owner=owner,
                                      label=self.tr("New folder {0}").format(self.source.label(path)),
                                      command=command)
        request.succeeded.connect(self._on_changed)
        request.failed.connect(self._show_error)

    @Slot()
    def ask_delete(self) -> None:
        entries = self.selected_entries()
        if entries:
            self.delete(entries)

    def delete_description(self, entries: list[volume_entries.Entry]) -> str:
        lines = []
        for e in entries[:20]:
            if e.is_dir:
                inside = self._count(e.path)
                what = (self.tr("folder with %s, %s") % (self.tr("%Ln item(s)", "", inside[0]),
                                                          human_size(inside[1], '.1f'))
                        if inside is not None else self.tr("folder and everything in it"))
                lines.append(f"/{e.path}  ({what})")
            else:
                lines.append(f"/{e.path}  ({e.kind_text.lower()}, {human_size(e.size, '.1f')})")
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

    def delete(self, entries: list[volume_entries.Entry]) -> None:
        text = self.tr("Delete these from %s? This cannot be undone.\n\n%s") % (
            self.source.title, self.delete_description(entries))
        if not self._ask(self.tr("Delete"), text):
            return
        paths = [e.path for e in entries]
        command = self.source.delete_command(paths)
        self._set_command(command)
        request = self.session.submit(self.source.delete, self.source.target, paths,
                                      label=self.tr("Delete in {0}").format(self.source.name),
                                      command=command)
        request.succeeded.connect(self._on_changed)
        request.failed.connect(self._show_error)

    @Slot(object)
    def _on_changed(self, _result=None) -> None:
        self._invalidate(self.path)
        self.navigate(self.path)
