"""Save images to a tar file, and load images from one (for machines without a registry).

Load asks the engine side first what the file holds (its ``manifest.json``), so a file that is
not an image archive is refused in the dialog, before anything is sent.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget

from volgui.engine.errors import EngineError
from volgui.engine.images.archive import ByteProgress, ImageArchive, LoadResult, SaveResult
from volgui.engine.present import image_commands
from volgui.engine.present.display import human_size
from volgui.operations import image_transfer
from volgui.ui.dialogs.base import ask_yes_no, note_label
from volgui.ui.features.images.job_dialog import ImageJobDialog
from volgui.ui.views.descriptions import describe


def byte_words(p: ByteProgress) -> str:
    if p.total:
        return f"{human_size(p.done, '.1f')} of about {human_size(p.total, '.1f')}"
    return human_size(p.done, ".1f")


def default_archive_name(refs: list[str]) -> str:
    first = refs[0] if refs else "images"
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in first)[:80]
    return f"{safe}.tar"


class SaveImagesDialog(ImageJobDialog):
    def __init__(self, session, refs: list[str], size: int, folder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Save images to a file"), self.tr("Save"), parent)
        self.setObjectName("saveImagesDialog")
        self.refs = list(refs)
        self.size = size
        self.intro.setText(self.tr("Write {0} ({1}) into one tar file; Load… on another engine brings them "
                                   "back without a registry.").format(", ".join(self.refs),
                                                                       human_size(size)))
        start = Path(folder or Path.home()) / default_archive_name(self.refs)
        self.path_edit = QLineEdit(str(start))
        self.path_edit.setObjectName("savePath")
        self.path_edit.setAccessibleName(self.tr("File to write"))
        describe(self.path_edit, self.tr("The tar file the images are written to, on this computer"))
        self.path_edit.textChanged.connect(self._update_command)
        self.form.addRow(self.tr("File:"), self.path_row(self.path_edit, self._browse))
        self._update_command()

    @Slot()
    def _update_command(self) -> None:
        path = self.path_edit.text().strip()
        self.command.set_command(image_commands.save(self.refs, path) if path else "")
        self.start_button.setEnabled(bool(path) and self.job_thread is None)

    @Slot()
    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path_edit.text(),
                                              self.tr("Tar archives (*.tar)"))
        if path:
            self.path_edit.setText(path)

    def job(self) -> tuple | None:
        path = self.path_edit.text().strip()
        folder = os.path.dirname(path) or "."
        if not os.path.isdir(folder):
            self.fail(EngineError(self.tr("The folder {0} does not exist.").format(folder)))
            return None
        if os.path.exists(path) and not self.confirm_overwrite(path):
            return None
        return (image_transfer.save_images, (self.refs, path, self.size),
                f"Save {', '.join(self.refs)}", image_commands.save(self.refs, path))

    def confirm_overwrite(self, path: str) -> bool:
        return ask_yes_no(self, self.windowTitle(), self.tr("{0} exists. Replace it?").format(path))

    def show_progress(self, value) -> None:
        if isinstance(value, ByteProgress):
            self.set_fraction(value.fraction if value.total else None)
            self.status.setText(byte_words(value))

    def show_result(self, result: SaveResult) -> None:
        size = human_size(result.size, ".1f")
        self.status.setText(self.tr("Saved {0} into {1}.").format(size, result.path))


class LoadImagesDialog(ImageJobDialog):
    def __init__(self, session, path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Load images from a file"), self.tr("Load"), parent)
        self.setObjectName("loadImagesDialog")
        self.intro.setText(self.tr("Bring back images that docker image save (or Save…) wrote into a tar "
                                   "file, gzip-compressed or not."))
        self.path_edit = QLineEdit(path)
        self.path_edit.setObjectName("loadPath")
        self.path_edit.setAccessibleName(self.tr("Archive to load"))
        describe(self.path_edit, self.tr("The tar file to load the images from, on this computer"))
        self.path_edit.textChanged.connect(self._path_changed)
        self.form.addRow(self.tr("File:"), self.path_row(self.path_edit, self._browse))
        self.contents = note_label()
        self.contents.setObjectName("archiveContents")
        self.body.addWidget(self.contents)
        self.archive: ImageArchive | None = None
        self._check = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._check_archive)
        self._path_changed()

    @Slot()
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), self.path_edit.text(),
                                              self.tr("Image archives (*.tar *.tar.gz *.tgz);;All files (*)"))
        if path:
            self.path_edit.setText(path)

    @property
    def waiting(self) -> bool:
        return self._check is not None or self._timer.isActive()

    @Slot()
    def _path_changed(self) -> None:
        self.archive = None
        self.start_button.setEnabled(False)
        path = self.path_edit.text().strip()
        self.command.set_command(image_commands.load(path) if path else "")
        self.contents.setText("")
        if path:
            self._timer.start()

    @Slot()
    def _check_archive(self) -> None:
        if self._check is not None:
            self._check.cancel()
        path = self.path_edit.text().strip()
        self.contents.setStyleSheet("")
        self.contents.setText(self.tr("Reading {0}…").format(os.path.basename(path)))
        self._check = self.session.submit(image_transfer.check_archive, path,
                                          label=self.tr("Read an image archive"))
        self._check.succeeded.connect(self._on_checked)
        self._check.failed.connect(self._on_refused)

    @Slot(object)
    def _on_checked(self, archive: ImageArchive) -> None:
        self._check = None
        self.archive = archive
        names = ", ".join(archive.tags) if archive.tags else self.tr("untagged images")
        self.contents.setText(self.tr("{0}, {1}: brings {2}.").format(
            os.path.basename(archive.path), human_size(archive.size), names))
        self.start_button.setEnabled(self.job_thread is None)

    @Slot(object)
    def _on_refused(self, error) -> None:
        self._check = None
        self.contents.setStyleSheet("color: #c62828;")
        self.contents.setText(getattr(error, "message", str(error)))

    def job(self) -> tuple | None:
        if self.archive is None:
            return None
        path = self.archive.path
        label = f"Load {os.path.basename(path)}"
        return image_transfer.load_images, (path,), label, image_commands.load(path)

    def show_progress(self, value) -> None:
        if isinstance(value, ByteProgress):
            self.set_fraction(value.fraction)
            self.status.setText(byte_words(value))

    def show_result(self, result: LoadResult) -> None:
        names = ", ".join(result.loaded) or self.tr("nothing new")
        self.status.setText(self.tr("Loaded {0}.").format(names))

    def done(self, result: int) -> None:
        if self._check is not None:
            self._check.cancel()
        super().done(result)
