"""Create a volume: name checked as you type (Docker's rules), driver, labels, and the local
driver's options from a form (NFS, SMB, tmpfs, a host folder) or as raw ``key=value`` lines.

"Test mount" mounts the options once in a scratch volume (``operations.mount_trial``) before
anything is created, and says what the kernel answered.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from volgui.engine.present import commands
from volgui.engine.validation import ValidationError, parse_labels, validate_driver, validate_volume_name
from volgui.engine.volumes.driver_options import DriverOptions
from volgui.operations.mount_trial import trial_command, try_mount
from volgui.ui.dialogs.base import ActionDialog, fixed_font, note_label
from volgui.ui.dialogs.driver_forms import RAW, DriverForms, line_edit
from volgui.ui.views.descriptions import describe
from volgui.workers.job_runner import JobRunner, engine_factory
from volgui.workers.jobs import JobThread


class CreateVolumeDialog(ActionDialog):
    def __init__(self, existing: set[str] | None = None, drivers: list[str] | None = None,
                 parent: QWidget | None = None, session=None) -> None:
        super().__init__(self.tr("Create volume"), self.tr("Create"), parent)
        self.setObjectName("createVolumeDialog")
        self.existing = set(existing or ())
        # the test mount runs as a job with its own connection: a mount the kernel waits on (an NFS
        # server that does not answer) must not hold up the session's request worker and its views
        self.session = session
        self.runner = JobRunner(session, "volgui-mount-test", parent=self) if session is not None else None
        self.trial: JobThread | None = None  # the running test mount
        self.intro.setText(self.tr(
            "A volume keeps data outside any container: it survives when containers are removed, "
            "and several containers can share it."))
        form = QFormLayout()
        self.name_edit = line_edit("volumeName", "my_volume")
        self.name_message = note_label(tone="error")
        self.name_message.setObjectName("nameMessage")
        self.driver_combo = QComboBox()
        self.driver_combo.setEditable(True)
        for driver in drivers or ["local"]:
            self.driver_combo.addItem(driver)
        self.driver_combo.setToolTip(self.tr("“local” stores the data on the engine's disk, or mounts what "
                                             "the kind below says. Other drivers come from plugins."))
        self.forms = DriverForms()
        self.options_edit = self.forms.options_edit  # the raw options, as before the forms
        self.labels_edit = QPlainTextEdit()
        self.labels_edit.setObjectName("volumeLabels")
        describe(self.labels_edit, self.tr("Labels to find the volume by, one key=value a line"))
        self.labels_edit.setPlaceholderText("com.example.owner=alice\nproject=shop")
        self.labels_edit.setFont(fixed_font())
        self.labels_edit.setFixedHeight(56)
        self.labels_edit.setTabChangesFocus(True)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", self.name_message)
        form.addRow(self.tr("&Driver:"), self.driver_combo)
        form.addRow(self.tr("&Kind:"), self.forms.kind_combo)
        form.addRow("", self.forms)
        self.options_message = note_label(tone="error")
        self.options_message.setObjectName("optionsMessage")
        form.addRow("", self.options_message)
        form.addRow(self.tr("&Labels:"), self.labels_edit)
        self.body.addLayout(form)
        self.options_note = note_label(tone="warn")
        self.options_note.setObjectName("optionsNote")
        self.body.addWidget(self.options_note)
        trial_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test mount"))
        self.test_button.setObjectName("testMountButton")
        self.test_button.setAutoDefault(False)
        self.test_button.setToolTip(self.tr("Mount these options once in a scratch volume, before creating "
                                            "anything, and say what the engine's kernel answered"))
        self.test_button.clicked.connect(self.test_mount)
        self.trial_result = note_label()
        self.trial_result.setObjectName("mountResult")
        trial_row.addWidget(self.test_button, 0)
        trial_row.addWidget(self.trial_result, 1)
        self.body.addLayout(trial_row)
        hint = note_label(self.tr("Labels and raw options: one key=value a line."), tone="hint")
        self.body.addWidget(hint)
        self.name_edit.textChanged.connect(self._update)
        self.driver_combo.currentTextChanged.connect(self._update)
        self.labels_edit.textChanged.connect(self._update)
        self.forms.changed.connect(self._update)
        self.forms.changed.connect(self._forget_trial)
        self.forms.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.values: dict | None = None
        self._update()

    @Slot()
    def _update(self, *_args) -> None:
        name = self.name_edit.text()
        problems = []
        values = None
        note = ""
        guided = self.forms.kind() != RAW
        if guided and self.driver_combo.currentText() != "local":
            self.driver_combo.setCurrentText("local")  # the forms are the local driver's options
        self.driver_combo.setEnabled(not guided)
        option_problem = ""
        try:
            driver = validate_driver(self.driver_combo.currentText())
            labels = parse_labels(self.labels_edit.toPlainText())
            try:
                made = self.forms.options()
            except ValidationError as exc:
                option_problem = exc.message
                made = DriverOptions({})
            options, note = made.options, made.note
            checked = ""
            try:
                checked = validate_volume_name(name, driver)
            except ValidationError as exc:
                problems.append(exc.message if name else "")
            if checked in self.existing:
                problems.append(self.tr("A volume named “{0}” already exists.").format(checked))
            if not problems and not option_problem:
                values = {"name": checked, "driver": driver, "labels": labels, "options": options}
        except ValidationError as exc:
            problems.append(exc.message)
            labels, options, driver = {}, {}, "local"
        message = " ".join(p for p in problems if p)
        self.name_message.setText(message)
        self.name_message.setVisible(bool(message))
        self.options_message.setText(option_problem)
        self.options_message.setVisible(bool(option_problem))
        self.options_note.setText(note)
        self.options_note.setVisible(bool(note))
        self.values = values
        busy = self.trial is not None
        self.ok_button.setEnabled(values is not None and not busy)
        self.test_button.setEnabled(self._trial_inputs() is not None and not busy and self.runner is not None)
        if values is not None:
            self.command_box.set_command(commands.create_volume(**values))
        else:
            self.command_box.set_command(commands.create_volume(name or "NAME", driver, labels, options))

    def _trial_inputs(self) -> tuple[str, dict] | None:
        """(driver, options) to test, when they are valid whatever the name is."""
        try:
            return validate_driver(self.driver_combo.currentText()), self.forms.options().options
        except ValidationError:
            return None

    @Slot()
    def _on_kind(self, *_args) -> None:
        QTimer.singleShot(0, self.adjustSize)  # each kind's form has its own height

    @Slot()
    def _forget_trial(self) -> None:
        self.trial_result.setText("")

    @Slot()
    def test_mount(self) -> None:
        inputs = self._trial_inputs()
        if inputs is None or self.runner is None or self.trial is not None:
            return
        self.trial_result.setText("")
        self.show_error("")
        factory = engine_factory(self.session)
        if factory is None:
            self.show_error(self.tr("Not connected to an engine."))
            return
        self.trial = self.runner.start(factory, try_mount, *inputs, on_ok=self._on_trial_done,
                                       on_failed=self._on_trial_failed, label=self.tr("Test mount"),
                                       command=trial_command(*inputs))
        self.set_busy(self.tr("Mounting the options once…"))
        self._update()

    def _on_trial_done(self, result) -> None:
        self.trial = None
        self.set_busy("")
        self.on_preview(result)

    def _on_trial_failed(self, error) -> None:
        self.trial = None
        self.set_busy("")
        self.show_error(getattr(error, "message", str(error)))
        self._update()

    def done(self, result: int) -> None:
        if self.runner is not None:
            self.runner.close(2000)  # a mount still waiting on the kernel ends by itself, unlogged
            self.trial = None
        super().done(result)

    def on_preview(self, result) -> None:  # the test mount's answer
        colour = "#2e7d32" if result.ok else "#c62828"
        self.trial_result.setStyleSheet(f"color: {colour};")
        self.trial_result.setText(result.message)
        self.trial_result.setToolTip(result.detail)
        self._update()

    def accepted_values(self) -> dict | None:
        return self.values

    def accept(self) -> None:
        self._update()
        if self.values is None:
            return
        super().accept()
