"""The run dialog: create and start a new container, with the ``docker run`` line shown live."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.containers.run_spec import RESTART_POLICIES, RunSpec, VolumeMount
from volgui.engine.validation import ValidationError, parse_env, parse_ports
from volgui.operations.containers import run as run_container
from volgui.ui.dialogs.base import note_label
from volgui.ui.dialogs.fit import grow_to_fit
from volgui.ui.dialogs.focus import settle_on_show
from volgui.ui.views.command import CommandView
from volgui.ui.views.descriptions import describe, describe_buttons, read_only_text

ANONYMOUS = "(anonymous volume)"  # not a valid volume name, so never a real one


class VolumeRow(QWidget):
    """One ``-v``: volume (or host folder, or an anonymous volume), path, read-only, remove.

    An empty name is refused rather than silently becoming an anonymous volume (``-v /data``):
    a person who left the field empty did not choose data without a name. An anonymous volume is
    an explicit choice in the list (:data:`ANONYMOUS`)."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, volumes: list[str], source: str = "", target: str = "", read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(19)
        self.source.addItems(volumes)
        self.source.addItem(self.tr(ANONYMOUS))
        self.source.setCurrentText(source)
        self.source.lineEdit().setPlaceholderText(self.tr("volume name or /host/folder"))
        self.source.setToolTip(self.tr("A volume name (a new one is created), an absolute folder on the "
                                       "engine's machine (bind mount), or “{0}” from the list").format(
                                           self.tr(ANONYMOUS)))
        self.source.setAccessibleName(self.tr("Volume or host folder"))
        self.target = QLineEdit(target)
        self.target.setPlaceholderText("/data")
        self.target.setAccessibleName(self.tr("Path in the container"))
        self.target.setMinimumWidth(150)
        self.read_only = QCheckBox(self.tr("read-only"))
        self.read_only.setChecked(read_only)
        describe(self.read_only, read_only_text())
        self.remove = QPushButton(self.tr("Remove"))
        describe(self.source, self.tr("The volume to mount, or a folder on the engine's machine"))
        self.remove.setAccessibleDescription(self.tr("Remove this volume from the list"))
        layout.addWidget(self.source, 3)
        layout.addWidget(QLabel("→"))
        layout.addWidget(self.target, 3)
        layout.addWidget(self.read_only)
        layout.addWidget(self.remove)
        self.source.currentTextChanged.connect(self.changed)
        self.target.textChanged.connect(self.changed)
        self.read_only.toggled.connect(self.changed)
        self.remove.clicked.connect(self._on_remove)

    @Slot()
    def _on_remove(self) -> None:
        self.remove_requested.emit(self)

    @property
    def anonymous(self) -> bool:
        return self.source.currentText().strip() == self.tr(ANONYMOUS)

    def problem(self) -> str:
        """Why this row cannot be run as it is ("" when it can)."""
        if self.source.currentText().strip():
            return ""
        return self.tr("The volume for {0} has no name: choose a volume or type a name for a new one "
                       "(or pick “{1}” in the list if you really want data without a name).").format(
                           self.target.text().strip() or self.tr("this row"), self.tr(ANONYMOUS))

    def value(self) -> VolumeMount:
        source = "" if self.anonymous else self.source.currentText().strip()
        return VolumeMount(source, self.target.text().strip(), self.read_only.isChecked())


class RunDialog(QDialog):
    """Image, name, command, -d or -i -t, volumes, environment, ports, restart policy, --rm."""

    container_started = Signal(str, bool)  # container id, interactive

    def __init__(self, session, images: list[str], volumes: list[str], image: str = "",
                 mounts: list[VolumeMount] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settle_on_show(self)  # Tab follows the layout; typing goes to the first field
        grow_to_fit(self)  # a warning shown later is not cut
        self.setObjectName("runDialog")
        self.setWindowTitle(self.tr("Run a container"))
        self.setMinimumWidth(700)
        self.session = session
        self.volume_names = volumes
        self._request = None
        self.rows: list[VolumeRow] = []
        outer = QVBoxLayout(self)
        intro = note_label(self.tr("Creates a new container from an image and starts it (docker run)."))
        outer.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.image = QComboBox()
        self.image.setObjectName("imageCombo")
        describe(self.image, self.tr("The image to run: pick one from the list or type a name"))
        self.image.setEditable(True)
        self.image.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.image.setMinimumContentsLength(30)
        self.image.addItems(images)
        self.image.setCurrentText(image or (images[0] if images else ""))
        form.addRow(self.tr("Image:"), self.image)
        self.name = QLineEdit()
        self.name.setObjectName("nameEdit")
        self.name.setPlaceholderText(self.tr("optional: docker picks a name"))
        form.addRow(self.tr("Name:"), self.name)
        self.command = QLineEdit()
        self.command.setObjectName("commandEdit")
        self.command.setPlaceholderText(self.tr("optional: the image's default command"))
        form.addRow(self.tr("Command:"), self.command)
        self.detached = QRadioButton(self.tr("In the background (-d)"))
        self.interactive = QRadioButton(self.tr("Interactive, with a terminal (-i -t)"))
        describe(self.detached, self.tr("Start the container and leave it running on its own"))
        describe(self.interactive, self.tr("Start the container and open a terminal into it"))
        self.detached.setChecked(True)
        mode = QHBoxLayout()
        mode.addWidget(self.detached)
        mode.addWidget(self.interactive)
        mode.addStretch(1)
        form.addRow(self.tr("Run:"), mode)
        volumes_box = QVBoxLayout()
        volumes_box.setSpacing(4)
        self.volume_rows = QVBoxLayout()
        self.volume_rows.setSpacing(4)
        volumes_box.addLayout(self.volume_rows)
        self.add_volume = QPushButton(self.tr("Add volume"))
        self.add_volume.setObjectName("addVolumeButton")
        describe(self.add_volume, self.tr("Add a row to mount one more volume into the container"), tip=True)
        self.add_volume.clicked.connect(self._on_add_volume)
        volumes_box.addWidget(self.add_volume, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Volumes:"), volumes_box)
        self.env = QPlainTextEdit()
        self.env.setObjectName("envEdit")
        describe(self.env, self.tr("Environment variables for the container, one NAME=value a line"))
        self.env.setTabChangesFocus(True)  # Tab leaves the field: a keyboard is never trapped in it
        self.env.setPlaceholderText("NAME=value\nOTHER=value")
        self.env.setMaximumHeight(70)
        form.addRow(self.tr("Environment:"), self.env)
        self.ports = QLineEdit()
        self.ports.setObjectName("portsEdit")
        self.ports.setPlaceholderText(self.tr("e.g. 8080:80, 127.0.0.1:5432:5432"))
        form.addRow(self.tr("Published ports:"), self.ports)
        self.restart = QComboBox()
        self.restart.setObjectName("restartCombo")
        describe(self.restart, self.tr("When the engine starts the container again after it stops"))
        self.restart.addItems(RESTART_POLICIES)
        self.auto_remove = QCheckBox(self.tr("Remove the container when it stops (--rm)"))
        describe(self.auto_remove,
                 self.tr("Nothing is left behind: the container and its write layer go when it stops"))
        restart_row = QHBoxLayout()
        restart_row.addWidget(self.restart)
        restart_row.addWidget(self.auto_remove)
        restart_row.addStretch(1)
        form.addRow(self.tr("Restart policy:"), restart_row)
        outer.addLayout(form)
        self.anonymous_note = note_label(tone="hint")
        self.anonymous_note.setObjectName("anonymousNote")
        self.anonymous_note.hide()
        outer.addWidget(self.anonymous_note)
        self.problems = note_label(tone="error")
        self.problems.setObjectName("problems")
        outer.addWidget(self.problems)
        self.command_box = CommandView(self.tr("Equivalent command (updated as you type):"), lines=3)
        outer.addWidget(self.command_box)
        busy = QHBoxLayout()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.hide()
        self.error = note_label(tone="error")
        self.error.setObjectName("errorLabel")
        self.error.hide()
        busy.addWidget(self.busy)
        busy.addWidget(self.error, 1)
        outer.addLayout(busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Run"))
        describe(self.ok_button, self.tr("Create and start the container as the command below says"))
        describe_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        for mount in mounts or []:
            self.add_row(mount.source, mount.target, mount.read_only)
        for signal in (self.image.currentTextChanged, self.name.textChanged, self.command.textChanged,
                       self.env.textChanged, self.ports.textChanged, self.restart.currentTextChanged):
            signal.connect(self.refresh)
        for toggle in (self.detached.toggled, self.auto_remove.toggled):
            toggle.connect(self.refresh)
        self.refresh()

    # -- volumes ------------------------------------------------------------------------------------
    def add_row(self, source: str = "", target: str = "", read_only: bool = False) -> VolumeRow:
        row = VolumeRow(self.volume_names, source, target, read_only)
        row.changed.connect(self.refresh)
        row.remove_requested.connect(self._on_remove_row)
        self.rows.append(row)
        self.volume_rows.addWidget(row)
        self.refresh()
        return row

    @Slot()
    def _on_add_volume(self) -> None:
        taken = {r.target.text() for r in self.rows}
        target, n = "/data", 1
        while target in taken:
            n += 1
            target = f"/data{n}"
        self.add_row("", target).source.setFocus()

    @Slot(object)
    def _on_remove_row(self, row: VolumeRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.refresh()

    # -- the spec -------------------------------------------------------------------------------------
    def spec(self) -> tuple[RunSpec, list[str]]:
        """The form as a RunSpec, and what is wrong with it."""
        problems = []
        try:
            env = tuple(parse_env(self.env.toPlainText()))
        except ValidationError as exc:
            env = ()
            problems.append(exc.message)
        try:
            ports = tuple(parse_ports(self.ports.text()))
        except ValidationError as exc:
            ports = ()
            problems.append(exc.message)
        spec = RunSpec(image=self.image.currentText().strip(), name=self.name.text().strip(),
                       command=self.command.text(), interactive=self.interactive.isChecked(),
                       volumes=tuple(r.value() for r in self.rows if not r.problem()), env=env, ports=ports,
                       restart=self.restart.currentText(), auto_remove=self.auto_remove.isChecked())
        problems += [p for p in (r.problem() for r in self.rows) if p]
        return spec, problems + spec.problems()

    def _anonymous_text(self, auto_remove: bool) -> str:
        if auto_remove:
            return self.tr("An anonymous volume has no name; with --rm it is removed with the container.")
        return self.tr("An anonymous volume has no name: it is kept when the container is removed, but "
                       "only its random ID finds it again. Give it a name to keep the data easy to find.")

    @Slot()
    def refresh(self, *_args) -> None:
        spec, problems = self.spec()
        self.problems.setText("\n".join(f"• {p}" for p in problems))
        self.problems.setVisible(bool(problems))
        anonymous = any(r.anonymous for r in self.rows)
        self.anonymous_note.setText(self._anonymous_text(spec.auto_remove) if anonymous else "")
        self.anonymous_note.setVisible(anonymous)
        try:
            self.command_box.set_command(spec.command_line(), spec.command_line(reveal=True))
        except ValueError:
            self.command_box.set_command("")
        self.ok_button.setEnabled(not problems and self._request is None)

    # -- running ----------------------------------------------------------------------------------------
    def accept(self) -> None:
        spec, problems = self.spec()
        if problems or self._request is not None:
            return
        self.error.hide()
        self.busy.show()
        self._interactive = spec.interactive
        request = self.session.submit(run_container, spec, label=self.tr("Run a container"),
                                      command=spec.command_line())
        request.succeeded.connect(self._on_started)
        request.failed.connect(self._on_failed)
        self._request = request
        self.refresh()

    @Slot(object)
    def _on_started(self, container_id: str) -> None:
        self._request = None
        self.busy.hide()
        self.container_started.emit(container_id, self._interactive)
        super().accept()

    @Slot(object)
    def _on_failed(self, error) -> None:
        self._request = None
        self.busy.hide()
        self.error.setText(getattr(error, "message", str(error)))
        self.error.show()
        self.refresh()

    def done(self, result: int) -> None:
        if self._request is not None:
            self._request.cancel()
            self._request = None
        super().done(result)
