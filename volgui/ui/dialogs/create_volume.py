"""Create a volume: name checked as you type (Docker's rules), driver, labels, options."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from volgui.engine.present import commands
from volgui.engine.validation import ValidationError, parse_labels, validate_driver, validate_volume_name
from volgui.ui.dialogs.base import ActionDialog, fixed_font, note_label


class CreateVolumeDialog(ActionDialog):
    def __init__(self, existing: set[str] | None = None, drivers: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Create volume"), self.tr("Create"), parent)
        self.setObjectName("createVolumeDialog")
        self.existing = set(existing or ())
        self.intro.setText(self.tr(
            "A volume keeps data outside any container: it survives when containers are removed, "
            "and several containers can share it."))
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("volumeName")
        self.name_edit.setPlaceholderText("my_volume")
        self.name_message = note_label(tone="error")
        self.name_message.setObjectName("nameMessage")
        self.driver_combo = QComboBox()
        self.driver_combo.setEditable(True)
        for driver in drivers or ["local"]:
            self.driver_combo.addItem(driver)
        self.driver_combo.setToolTip(self.tr("“local” stores the data on the engine's disk. "
                                             "Other drivers come from plugins."))
        self.labels_edit = QPlainTextEdit()
        self.labels_edit.setObjectName("volumeLabels")
        self.labels_edit.setPlaceholderText("com.example.owner=alice\nproject=shop")
        self.labels_edit.setFont(fixed_font())
        self.labels_edit.setFixedHeight(64)
        self.labels_edit.setTabChangesFocus(True)
        self.options_edit = QPlainTextEdit()
        self.options_edit.setPlaceholderText(self.tr("(optional) e.g. type=tmpfs, device=tmpfs, o=size=100m"))
        self.options_edit.setFont(fixed_font())
        self.options_edit.setFixedHeight(48)
        self.options_edit.setTabChangesFocus(True)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", self.name_message)
        form.addRow(self.tr("&Driver:"), self.driver_combo)
        form.addRow(self.tr("&Labels:"), self.labels_edit)
        form.addRow(self.tr("Driver &options:"), self.options_edit)
        self.body.addLayout(form)
        hint = note_label(self.tr("Labels and options: one key=value a line."), tone="hint")
        self.body.addWidget(hint)
        self.name_edit.textChanged.connect(self._update)
        self.driver_combo.currentTextChanged.connect(self._update)
        self.labels_edit.textChanged.connect(self._update)
        self.options_edit.textChanged.connect(self._update)
        self.values: dict | None = None
        self._update()

    @Slot()
    def _update(self, *_args) -> None:
        name = self.name_edit.text()
        problems = []
        values = None
        try:
            driver = validate_driver(self.driver_combo.currentText())
            labels = parse_labels(self.labels_edit.toPlainText())
            options = parse_labels(self.options_edit.toPlainText(), what="option")
            checked = ""
            try:
                checked = validate_volume_name(name, driver)
            except ValidationError as exc:
                problems.append(exc.message if name else "")
            if checked in self.existing:
                problems.append(self.tr("A volume named “{0}” already exists.").format(checked))
            if not problems:
                values = {"name": checked, "driver": driver, "labels": labels, "options": options}
        except ValidationError as exc:
            problems.append(exc.message)
            labels, options, driver = {}, {}, "local"
        message = " ".join(p for p in problems if p)
        self.name_message.setText(message)
        self.name_message.setVisible(bool(message))
        self.values = values
        self.ok_button.setEnabled(values is not None)
        if values is not None:
            self.command_box.set_command(commands.create_volume(**values))
        else:
            self.command_box.set_command(commands.create_volume(name or "NAME", driver, labels, options))

    def accepted_values(self) -> dict | None:
        return self.values

    def accept(self) -> None:
        self._update()
        if self.values is None:
            return
        super().accept()
