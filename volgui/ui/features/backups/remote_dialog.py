"""Choose an SFTP backups folder: its address, and a password kept in the desktop keyring.

The address is checked as typed (``SftpTarget.parse``). The password is optional (keys from the
agent or ~/.ssh/config are tried first); it is saved only in the desktop keyring, and when there
is none the dialog says so and volgui asks again next time. "Test connection" connects once —
host key, login, folder — before anything is saved.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPushButton, QWidget

from volgui.engine import keyring_store
from volgui.engine.errors import EngineError
from volgui.engine.volumes import remote_folders
from volgui.engine.volumes.s3 import S3Target
from volgui.engine.volumes.sftp import SftpTarget
from volgui.operations.remote_backups import check_folder
from volgui.ui.dialogs.base import ActionDialog, note_label
from volgui.ui.views.descriptions import describe


class RemoteFolderDialog(ActionDialog):
    def __init__(self, current: str, submit, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Remote backups folder"), self.tr("Use this folder"), parent)
        self.setObjectName("remoteFolderDialog")
        self.submit = submit
        self.intro.setText(self.tr(
            "Keep backups on another machine over SFTP (sftp://user@server/folder), or in an "
            "S3-compatible bucket (s3+https://KEYID@server/bucket/folder). An SSH server's host key must "
            "already be known (connect once with ssh); keys from your SSH agent or ~/.ssh/config are tried "
            "before a password. For S3 the password is the secret key."))
        form = QFormLayout()
        self.address = QLineEdit(current)
        self.address.setObjectName("remoteAddress")
        self.address.setPlaceholderText("sftp://user@server/srv/backups")
        self.password = QLineEdit()
        self.password.setObjectName("remotePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("(only if the server asks for one)"))
        self.remember = QCheckBox(self.tr("Remember the password in the desktop keyring"))
        self.remember.setObjectName("rememberPassword")
        describe(self.remember, self.tr("Keep the password in the desktop keyring, so it is not asked again"))
        why = keyring_store.why_unavailable()
        self.remember.setChecked(not why)
        self.remember.setEnabled(not why)
        self.keyring_note = note_label(why, tone="hint")
        self.keyring_note.setVisible(bool(why))
        self.message = note_label(tone="error")
        self.message.setObjectName("remoteMessage")
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.result = note_label()
        self.result.setObjectName("connectionResult")
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow("", self.message)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.keyring_note)
        form.addRow(self.test_button, self.result)
        self.body.addLayout(form)
        self.address.textChanged.connect(self._update)
        self.target: SftpTarget | S3Target | None = None
        self._update()

    @Slot()
    def _update(self, *_args) -> None:
        try:
            self.target = remote_folders.target(self.address.text())
            self.message.setText("")
        except EngineError as exc:
            self.target = None
            self.message.setText(exc.message if self.address.text() else "")
        self.message.setVisible(bool(self.message.text()))
        self.command_box.set_command(self.target.command() if self.target is not None else "")
        ok = self.target is not None and not self.waiting
        self.ok_button.setEnabled(ok)
        self.test_button.setEnabled(ok)
        self.result.setText("")

    def password_text(self) -> str | None:
        return self.password.text() or None

    @Slot()
    def test_connection(self) -> None:
        if self.target is None:
            return
        self.show_error("")
        self.ask(self.submit, check_folder, self.target.url, self.password_text(),
                 busy_text=self.tr("Connecting to {0}…").format(self.target.host))

    def on_preview(self, result) -> None:
        self._update()
        self.result.setText(result)

    @Slot(object)
    def _on_failed(self, error) -> None:
        super()._on_failed(error)
        self._update()

    def accept(self) -> None:
        if self.target is None:
            return
        if self.password_text() and self.remember.isChecked():
            try:
                keyring_store.set_password(self.target.account, self.password.text())
            except EngineError as exc:
                self.show_error(exc.message)
                return
        super().accept()
