"""Pull an image from any registry, or push one of an image's tags, with each layer's progress.

The credentials are the Docker CLI's (``~/.docker/config.json`` or ``$DOCKER_CONFIG``): the
dialog says whom the engine signs in as before anything moves.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QTableView, QWidget

from volgui.engine.errors import EngineError
from volgui.engine.images import refs
from volgui.engine.images.progress import TransferProgress
from volgui.engine.images.transfer import TransferResult
from volgui.engine.present import image_commands
from volgui.models.image_tables import LayerProgressModel
from volgui.operations import image_transfer
from volgui.ui.dialogs.base import fixed_font, note_label
from volgui.ui.features.images.job_dialog import ImageJobDialog
from volgui.ui.views.descriptions import describe


def say(label, text: str) -> None:
    """A note shown only when it says something (an empty one would leave a gap)."""
    label.setText(text)
    label.setVisible(bool(text))


class ImageTransferDialog(ImageJobDialog):
    """Shared by pull and push: the reference, whom the engine signs in as, the layers."""

    verb = "Pull"

    def __init__(self, session, title: str, parent: QWidget | None = None) -> None:
        super().__init__(session, title, self.tr(self.verb), parent)
        self.problem = note_label(tone="error")
        self.problem.setObjectName("referenceProblem")
        self.credentials = note_label(tone="hint")
        self.credentials.setObjectName("registryCredentials")
        self.layers = LayerProgressModel(self)
        self.table = QTableView()
        self.table.setObjectName("layersTable")
        self.table.setAccessibleName(self.tr("Layers"))
        describe(self.table, self.tr("Each layer of the image with how much of it has been sent"))
        self.table.setModel(self.layers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(150)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)  # a short id: 12 characters
        header.resizeSection(0, QFontMetrics(fixed_font()).horizontalAdvance("0" * 13) + 12)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.credentials)
        self.body.addWidget(self.table)
        self._auth_request = None
        self._auth_timer = QTimer(self)
        self._auth_timer.setSingleShot(True)
        self._auth_timer.setInterval(300)
        self._auth_timer.timeout.connect(self._ask_credentials)

    def reference(self) -> str:
        raise NotImplementedError

    @Slot()
    def reference_changed(self) -> None:
        ref = self.reference()
        try:
            refs.check_reference(ref)
        except EngineError as exc:
            self.command.set_command("")
            say(self.problem, exc.message if ref.strip() else "")
            say(self.credentials, "")
            self.start_button.setEnabled(False)
            return
        say(self.problem, "")
        self.command.set_command(self.command_for(ref.strip()))
        self.start_button.setEnabled(self.job_thread is None)
        self._auth_timer.start()

    def command_for(self, ref: str) -> str:
        return image_commands.pull(ref) if self.verb == "Pull" else image_commands.push(ref)

    @Slot()
    def _ask_credentials(self) -> None:
        if self._auth_request is not None:
            self._auth_request.cancel()
        ref = self.reference().strip()
        self._auth_request = self.session.submit(image_transfer.credentials, ref,
                                                 label=self.tr("Registry credentials"))
        self._auth_request.succeeded.connect(self._on_credentials)
        self._auth_request.failed.connect(self._on_credentials_failed)

    @Slot(object)
    def _on_credentials(self, found) -> None:
        say(self.credentials, found.describe())

    @Slot(object)
    def _on_credentials_failed(self, error) -> None:
        say(self.credentials, getattr(error, "message", str(error)))

    def job(self) -> tuple | None:
        ref = self.reference().strip()
        try:
            refs.check_reference(ref)
        except EngineError as exc:
            self.fail(exc)
            return None
        if not self.credentials.text():
            self._ask_credentials()  # clicked before the pause after typing: say it now
        fn = image_transfer.pull_image if self.verb == "Pull" else image_transfer.push_image
        self.layers.update_layers(())
        return fn, (ref,), f"{self.verb} {ref}", self.command_for(ref)

    def progress_words(self, p: TransferProgress) -> str:
        """``2 of 5 layers done`` and the engine's last general message."""
        done = self.tr("{0} of %Ln layer(s) done", "", len(p.layers)).format(p.finished_layers)
        parts = [done] if p.layers else []
        if p.untracked:
            parts.append(self.tr("{0} more not listed").format(p.untracked))
        if p.message:
            parts.append(p.message)
        return " · ".join(parts) or self.tr("Waiting for the engine…")

    def show_progress(self, value) -> None:
        if not isinstance(value, TransferProgress):
            return
        self.layers.update_layers(value.layers)
        self.set_fraction(value.fraction if value.layers else None)
        self.status.setText(self.progress_words(value))

    def show_result(self, result: TransferResult) -> None:
        self.layers.update_layers(result.progress.layers)
        digest = f" ({result.digest[:19]}…)" if result.digest else ""
        done = "Pulled" if self.verb == "Pull" else "Pushed"
        self.status.setText(self.tr("{0} {1}{2}.").format(done, result.reference, digest))

    def done(self, result: int) -> None:
        if self._auth_request is not None:
            self._auth_request.cancel()
        super().done(result)


class PullDialog(ImageTransferDialog):
    verb = "Pull"

    def __init__(self, session, reference: str = "", parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Pull an image"), parent)
        self.setObjectName("pullImageDialog")
        self.intro.setText(self.tr("Download an image from a registry: Docker Hub (busybox, nginx:1.27) or "
                                   "any other (registry.example.com/team/app:1.2)."))
        self.reference_edit = QLineEdit(reference)
        self.reference_edit.setObjectName("pullReference")
        self.reference_edit.setPlaceholderText("busybox:latest")
        self.reference_edit.textChanged.connect(self.reference_changed)
        self.form.addRow(self.tr("Image:"), self.reference_edit)
        self.reference_changed()

    def reference(self) -> str:
        return self.reference_edit.text()


class PushDialog(ImageTransferDialog):
    verb = "Push"

    def __init__(self, session, tags: list[str], parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Push an image"), parent)
        self.setObjectName("pushImageDialog")
        self.intro.setText(self.tr("Upload one tag of this image to the registry its name points to. "
                                   "Name it for another registry first with Tag…"))
        self.tag_combo = QComboBox()
        self.tag_combo.setObjectName("pushTag")
        describe(self.tag_combo, self.tr("The tag to upload; its name says which registry receives it"))
        self.tag_combo.addItems(tags)
        self.tag_combo.currentTextChanged.connect(self.reference_changed)
        self.form.addRow(self.tr("Tag:"), self.tag_combo)
        self.reference_changed()

    def reference(self) -> str:
        return self.tag_combo.currentText()
