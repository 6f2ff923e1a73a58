"""The Engines sidebar: every engine volgui knows, its state, and adding remote ones."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.client import Engine
from volgui.engine.errors import EngineError
from volgui.engine.profiles import EngineProfile, make_custom_profile
from volgui.models.engine_list import KEY_ROLE, PROFILE_ROLE, EngineListModel
from volgui.ui.dialogs.fit import grow_to_fit
from volgui.ui.dialogs.focus import settle_on_show
from volgui.ui.views.descriptions import describe, describe_buttons
from volgui.ui.window.context import WindowContext
from volgui.workers.engines import EngineManager
from volgui.workers.requests import RequestWorker


def _test_connection(_engine, spec) -> str:
    """Runs in a throwaway worker thread: connect once to the typed engine."""
    engine = Engine.connect(spec, timeout=15)
    try:
        return engine.info.describe()
    finally:
        engine.close()


class AddEngineDialog(QDialog):
    """Name, address and (for tcp://) TLS files; checked as typed, with a Test button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settle_on_show(self)  # Tab follows the layout; typing goes to the first field
        grow_to_fit(self)  # a warning shown later is not cut
        self.setWindowTitle(self.tr("Add engine"))
        self.setMinimumWidth(520)
        self.profile: EngineProfile | None = None
        self._tester: RequestWorker | None = None
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. build server"))
        describe(self.name, self.tr("A name of your choice, shown in the list of engines"))
        self.host = QLineEdit()
        describe(self.host, self.tr("Where the engine answers: an ssh://, tcp:// or unix:// address"))
        self.host.setPlaceholderText("ssh://me@server   tcp://server:2376   unix:///run/docker.sock")
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Address:"), self.host)
        self.ca = self._file_row(form, self.tr("CA certificate:"))
        self.cert = self._file_row(form, self.tr("Client certificate:"))
        self.key = self._file_row(form, self.tr("Client key:"))
        self.verify = QCheckBox(self.tr("Verify the engine's certificate (recommended)"))
        self.verify.setChecked(True)
        describe(self.verify, self.tr("Refuse an engine whose certificate the CA above did not sign"),
                 tip=True)
        form.addRow("", self.verify)
        self.hint = QLabel(self.tr(
            "SSH uses your ~/.ssh/config and known_hosts; only paths to certificates are saved, "
            "never keys or passwords."))
        self.hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.test_button = self.buttons.addButton(self.tr("Test connection"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test_connection)
        describe(self.test_button, self.tr("Try to connect with these settings and show what answered"),
                 tip=True)
        describe_buttons(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for w in (self.name, self.host, self.ca, self.cert, self.key):
            w.textChanged.connect(self.validate)
        self.verify.toggled.connect(self.validate)
        self.validate()

    def _file_row(self, form: QFormLayout, label: str) -> QLineEdit:
        edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(browse)
        form.addRow(label, row)
        edit.setAccessibleName(label.rstrip(":"))
        describe(edit, self.tr("The path of the file on this computer"))
        browse.setAccessibleDescription(self.tr("Choose the file for {0}").format(label.rstrip(":")))
        browse.clicked.connect(lambda: self._browse(edit))  # GUI-thread signal: a lambda is fine
        return edit

    def _browse(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), edit.text(),
                                              self.tr("PEM files (*.pem *.crt *.key);;All files (*)"))
        if path:
            edit.setText(path)

    @Slot()
    def validate(self) -> bool:
        tls_fields = any(w.text().strip() for w in (self.ca, self.cert, self.key))
        try:
            checked = make_custom_profile(
                self.name.text(), self.host.text(), ca_cert=self.ca.text().strip(),
                client_cert=self.cert.text().strip(), client_key=self.key.text().strip(),
                tls=True if tls_fields or not self.verify.isChecked() else None,
                verify=self.verify.isChecked())
        except EngineError as exc:
            self.profile = None
            self.message.setText(exc.message)
            self.message.setStyleSheet("color: #c62828;")
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.test_button.setEnabled(False)
            return False
        self.profile = checked.profile
        self.message.setText("\n".join("⚠ " + w for w in checked.warnings))
        self.message.setStyleSheet("color: #b26a00;" if checked.warnings else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.test_button.setEnabled(True)
        return True

    @Slot()
    def test_connection(self) -> None:
        if self.profile is None:
            return
        if self._tester is None:
            self._tester = RequestWorker(lambda: None, name="volgui-engine-test")
        self.message.setText(self.tr("Connecting to {0}…").format(self.profile.host))
        self.message.setStyleSheet("")
        req = self._tester.submit(_test_connection, self.profile.spec())
        req.succeeded.connect(self._on_test_ok)
        req.failed.connect(self._on_test_failed)
        self._test_request = req

    @Slot(object)
    def _on_test_ok(self, text: str) -> None:
        self.message.setText(self.tr("✔ Connected: {0}").format(text))
        self.message.setStyleSheet("color: #2e7d32;")

    @Slot(object)
    def _on_test_failed(self, error: EngineError) -> None:
        self.message.setText(error.message)
        self.message.setStyleSheet("color: #c62828;")

    def done(self, result: int) -> None:
        if self._tester is not None:
            self._tester.shutdown(grace_ms=0)  # a connection test changes nothing: cut it at once
            self._tester = None
        super().done(result)


class EnginesPanel(QWidget):
    """A list of engines; selecting one shows it in the views."""

    def __init__(self, manager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        self.model = EngineListModel(manager, self)
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Engines"))
        describe(self.list, self.tr("Select an engine to connect to it"))
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.clicked.connect(self._on_clicked)
        self.list.activated.connect(self._on_clicked)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add an engine reached over SSH, TLS or a socket path"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setEnabled(False)
        describe(self.remove_button, self.tr("Remove the selected engine from the list"), tip=True)
        self.add_button.clicked.connect(self.add_engine)
        self.remove_button.clicked.connect(self.remove_engine)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        manager.active_changed.connect(self._on_active_changed)
        self.dialog: AddEngineDialog | None = None

    @Slot(object)
    def _on_clicked(self, index) -> None:
        key = index.data(KEY_ROLE)
        if key:
            self.manager.activate(key)

    @Slot(object)
    def _on_active_changed(self, profile) -> None:
        row = self.model.row_of(profile.key) if profile else -1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        self.remove_button.setEnabled(bool(profile and profile.editable))

    @Slot()
    def add_engine(self) -> None:
        self.dialog = AddEngineDialog(self)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()

    @Slot()
    def _on_dialog_accepted(self) -> None:
        if self.dialog is not None and self.dialog.profile is not None:
            profile = self.dialog.profile
            try:
                self.manager.add_profile(profile)
            except (EngineError, OSError) as exc:
                QMessageBox.warning(self, self.tr("Add engine"), str(exc))
                return
            self.manager.activate(profile.key)

    @Slot()
    def remove_engine(self) -> None:
        profile = self.list.currentIndex().data(PROFILE_ROLE)
        if profile is None or not profile.editable:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove engine"),
            self.tr("Forget the engine “{0}” ({1})? Nothing on the engine itself is changed.").format(
                profile.name, profile.host))
        if answer == QMessageBox.StandardButton.Yes:
            self.manager.remove_profile(profile.key)
            self.manager.activate_initial()


class _LastEngine(QObject):
    """Remembers the last engine shown (``build_window`` returns to it at start-up)."""

    def __init__(self, ctx: WindowContext, manager: EngineManager) -> None:
        super().__init__(ctx.window)
        self.settings = ctx.settings
        manager.active_changed.connect(self._on_active)

    @Slot(object)
    def _on_active(self, profile) -> None:
        if profile is not None:
            self.settings.setValue("engines/last", profile.key)


def install(ctx: WindowContext) -> None:
    manager = ctx.engines
    if manager is None:
        return
    window = ctx.window
    panel = EnginesPanel(manager)
    dock = QDockWidget(window.tr("Engines"), window)
    dock.setObjectName("enginesDock")
    dock.setWidget(panel)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.resizeDocks([dock], [150], Qt.Orientation.Horizontal)  # the views need the width
    ctx.features.engines_panel = panel
    ctx.view_menu.addAction(dock.toggleViewAction())
    _LastEngine(ctx, manager)
