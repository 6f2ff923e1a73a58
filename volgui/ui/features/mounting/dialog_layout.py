"""The mount dialog's widgets: the form, the plan's details, the commands, progress and buttons.

Mixed into :class:`~volgui.ui.features.mounting.dialog.MountDialog`, which fills them in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.present import display
from volgui.ui.dialogs.base import note_label
from volgui.ui.dialogs.snapshot_first import snapshot_first_check
from volgui.ui.views.command import CommandView
from volgui.ui.views.descriptions import describe, describe_buttons, read_only_text, read_write_text

LAYER_CHOICES = (
    ("copy", "Copy them into the new container",
     "Added and changed files are copied; files deleted in the container come back from the image."),
    ("snapshot", "Keep them exactly (snapshot image)",
     "The container is saved as an image (docker commit) and re-created from it."),
    ("discard", "Discard them", "The new container starts from the image as it is."),
)


class MountDialogLayout:
    """Builds the dialog's widgets (``_build``), once, from ``__init__``."""

    def _build(self, destination: str | None, volumes: list[str] | None) -> None:
        outer = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.header)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.volume_combo = QComboBox()
        self.volume_combo.setObjectName("volumeCombo")
        describe(self.volume_combo, self.tr("The volume to mount into the container"))
        if self.kind != "remove":
            if self.mount_type == "bind":
                form.addRow(self.tr("Folder on the host:"), QLabel(self.source))
            else:
                names = sorted(set(volumes or []) | ({self.source} if self.source else set()))
                self.volume_combo.addItems(names)
                if self.source:
                    self.volume_combo.setCurrentText(self.source)
                self.volume_combo.currentTextChanged.connect(self._on_volume_changed)
                form.addRow(self.tr("Volume:"), self.volume_combo)
        self.path_edit = QLineEdit(destination or "")
        self.path_edit.setObjectName("pathEdit")
        self.path_edit.setAccessibleName(self.tr("Mount path in the container"))
        self.path_edit.setPlaceholderText("/data")
        self.path_edit.setReadOnly(self.kind != "add")
        if self.kind != "add":
            self.path_edit.setFrame(False)
            self.path_edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.path_edit.textEdited.connect(self._on_path_edited)
        self.path_message = note_label(tone="error")
        self.path_message.setObjectName("pathMessage")
        path_box = QVBoxLayout()
        path_box.setSpacing(2)
        path_box.addWidget(self.path_edit)
        path_box.addWidget(self.path_message)
        form.addRow(self.tr("Path in the container:"), path_box)
        self.rw_radio = QRadioButton(self.tr("Read-write"))
        self.ro_radio = QRadioButton(self.tr("Read-only"))
        describe(self.rw_radio, read_write_text())
        describe(self.ro_radio, read_only_text())
        self.rw_radio.setChecked(True)
        access = QHBoxLayout()
        access.addWidget(self.rw_radio)
        access.addWidget(self.ro_radio)
        access.addStretch(1)
        self.ro_radio.toggled.connect(self._schedule_plan)
        if self.kind == "add":
            form.addRow(self.tr("Access:"), access)
        else:
            self.rw_radio.hide()
            self.ro_radio.hide()
        outer.addLayout(form)

        # the plan's details scroll on small screens rather than squeeze
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 4, 0)
        scroll = QScrollArea()
        scroll.setObjectName("planDetails")
        scroll.setAccessibleName(self.tr("What will happen"))
        describe(scroll, self.tr("The steps of the re-create and what each one keeps"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(details)
        scroll.setMinimumHeight(220)
        outer.addWidget(scroll, 1)

        self.happens = QGroupBox(self.tr("What happens"))
        happens = QVBoxLayout(self.happens)
        self.recreate_note = note_label()
        self.kept_label = note_label(tone="hint")
        self.kept_label.setObjectName("keptLabel")
        happens.addWidget(self.recreate_note)
        happens.addWidget(self.kept_label)
        details_layout.addWidget(self.happens)

        self.layer_box = QGroupBox(self.tr("Files in the container's write layer (outside volumes)"))
        self.layer_box.setToolTip(display.Display.tr(display.WRITE_LAYER_EXPLAINED))
        layer = QVBoxLayout(self.layer_box)
        self.layer_note = note_label(display.Display.tr(display.WRITE_LAYER_EXPLAINED), tone="hint")
        self.layer_note.setObjectName("writeLayerNote")
        layer.addWidget(self.layer_note)
        self.layer_summary = note_label()
        self.layer_list = QListWidget()
        self.layer_list.setObjectName("layerList")
        self.layer_list.setMaximumHeight(96)
        layer.addWidget(self.layer_summary)
        layer.addWidget(self.layer_list)
        self.layer_group = QButtonGroup(self)
        self.layer_radios: dict[str, QRadioButton] = {}
        for mode, text, tip in LAYER_CHOICES:
            radio = QRadioButton(self.tr(text))
            radio.setObjectName(f"layer_{mode}")
            radio.setToolTip(self.tr(tip) + (" " + display.Display.tr(display.SNAPSHOT_IMAGE_EXPLAINED)
                                             if mode == "snapshot" else ""))
            self.layer_group.addButton(radio)
            self.layer_radios[mode] = radio
            layer.addWidget(radio)
        self.snapshot_note = note_label(display.Display.tr(display.SNAPSHOT_IMAGE_EXPLAINED), tone="hint")
        self.snapshot_note.setObjectName("snapshotNote")
        layer.addWidget(self.snapshot_note)
        self.layer_radios["copy"].setChecked(True)
        self.layer_group.buttonToggled.connect(self._on_layer_toggled)
        details_layout.addWidget(self.layer_box)

        self.warnings = note_label(tone="warn")
        self.warnings.setObjectName("warnings")
        self.problems = note_label(tone="error")
        self.problems.setObjectName("problems")
        details_layout.addWidget(self.warnings)
        details_layout.addWidget(self.problems)
        details_layout.addStretch(1)

        self.command_box = CommandView(self.tr("Equivalent commands, step by step:"), lines=6)
        outer.addWidget(self.command_box)

        status = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setMaximumWidth(180)
        self.status = QLabel()
        self.status.setWordWrap(True)
        status.addWidget(self.progress)
        status.addWidget(self.status, 1)
        outer.addLayout(status)
        self.error = note_label(tone="error")
        self.error.setObjectName("errorLabel")
        outer.addWidget(self.error)
        self.backup_check = self._backup_first_check()
        if self.backup_check is not None:
            outer.addWidget(self.backup_check)
        self.snapshot_check = snapshot_first_check(self, self.tr("the volumes it mounts"))
        if self.snapshot_check is not None and self._backup_volumes():
            outer.addWidget(self.snapshot_check)
        else:
            self.snapshot_check = None

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText({"add": self.tr("Mount and re-create"),
                                "remove": self.tr("Remove and re-create"),
                                "replace": self.tr("Replace and re-create")}[self.kind])
        self.buttons.accepted.connect(self.accept)
        describe(self.ok_button,
                 self.tr("Re-create the container with the changed mounts, as the steps above say"))
        describe_buttons(self.buttons)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._set_header()
        self._show_plan(None)
