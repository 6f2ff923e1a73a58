"""The service dialogs: mount a volume (add, replace, remove), scale, restart.

Each collects its input and shows the ``docker service …`` line it stands for; the feature runs
the operation when it is accepted (``accepted_values()``). Nothing here talks to the engine.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from volgui.engine.containers.mounts import MountSpec, check_destination, normalize
from volgui.engine.present import services as text
from volgui.engine.swarm.mounts import targets
from volgui.engine.swarm.objects import Service
from volgui.ui.dialogs.base import ActionDialog, note_label

ROLLING = ("The orchestrator replaces the service's tasks by its update policy (a rolling update): "
           "volgui re-creates nothing itself.")


class ServiceMountDialog(ActionDialog):
    """``kind``: add (a dropped volume), replace or remove the mount at ``target``."""

    def __init__(self, service: Service, kind: str, volume: str = "", target: str = "",
                 suggested: str = "/data", volumes: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        titles = {"add": (self.tr("Mount a volume into a service"), self.tr("Update service")),
                  "replace": (self.tr("Replace a mount of a service"), self.tr("Update service")),
                  "remove": (self.tr("Remove a mount from a service"), self.tr("Remove mount"))}
        super().__init__(*titles[kind], parent, destructive=kind == "remove")
        self.setObjectName("serviceMountDialog")
        self.service = service
        self.kind = kind
        self.path_problem: str | None = None
        intro = {"add": self.tr("Mount the volume into every task of {0}."),
                 "replace": self.tr("Mount another volume in place of the one at {1} in {0}."),
                 "remove": self.tr("Stop mounting {1} in the tasks of {0}. The volume and its data stay.")}
        form = QFormLayout()
        self.target_combo = QComboBox()  # which mount to replace or remove
        for m in service.mounts:
            self.target_combo.addItem(f"{m.target} ({m.source or m.type})", m.target)
        if target:
            self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(target)))
        self.old_target = self.target_combo.currentData() or target
        if kind != "add":
            form.addRow(self.tr("&Mount:"), self.target_combo)
        self.volume_combo = QComboBox()
        self.volume_combo.setEditable(True)
        self.volume_combo.addItems(volumes or ([volume] if volume else []))
        self.volume_combo.setCurrentText(volume)
        self.path_edit = QLineEdit(self.old_target if kind == "replace" else suggested)
        self.path_edit.setObjectName("servicePath")
        self.path_message = note_label(tone="error")
        self.ro_check = QCheckBox(self.tr("Read-only"))
        if kind != "remove":
            form.addRow(self.tr("&Volume:"), self.volume_combo)
            form.addRow(self.tr("&Path in the tasks:"), self.path_edit)
            form.addRow("", self.path_message)
            form.addRow("", self.ro_check)
            if len(service.volume_names) and kind == "add":
                form.addRow("", note_label(self.tr("Already mounted: {0}").format(
                    text.service_mounts(service)), tone="hint"))
        self.body.addLayout(form)
        self.intro.setText(intro[kind].format(service.name, self.old_target) + " " + self.tr(ROLLING))
        if kind != "remove":
            self.body.addWidget(note_label(self.tr(
                "A local volume exists on each node apart: a task that moves to another node gets that "
                "node's copy of the volume, created empty if it is not there yet."), tone="hint"))
        self.path_edit.textChanged.connect(self._update)
        self.volume_combo.currentTextChanged.connect(self._update)
        self.ro_check.toggled.connect(self._update)
        self.target_combo.currentIndexChanged.connect(self._on_target)
        self._update()

    @Slot()
    def _on_target(self, *_args) -> None:
        self.old_target = self.target_combo.currentData() or ""
        self._update()

    def _mount(self) -> MountSpec:
        return MountSpec("volume", self.volume_combo.currentText().strip(), self.path_edit.text(),
                         self.ro_check.isChecked())

    @Slot()
    def _update(self, *_args) -> None:
        if self.kind == "remove":
            self.command_box.set_command(text.mount_rm(self.service.name, self.old_target))
            return
        existing = [t for t in targets(self.service.mounts)
                    if self.kind != "replace" or t.destination != normalize(self.old_target)]
        self.path_problem = check_destination(self.path_edit.text(), existing)
        if not self.volume_combo.currentText().strip():
            self.path_problem = self.tr("Choose the volume to mount.")
        self.path_message.setText(self.path_problem or "")
        self.path_message.setVisible(bool(self.path_problem))
        self.ok_button.setEnabled(self.path_problem is None)
        mount = self._mount()
        if self.kind == "add":
            command = text.mount_add(self.service.name, mount.as_flag())
        else:
            command = text.mount_replace(self.service.name, self.old_target, mount.as_flag())
        self.command_box.set_command(command)

    def accepted_values(self) -> dict:
        mount = self._mount()
        return {"kind": self.kind, "volume": mount.source, "target": normalize(mount.target) if
                self.kind != "remove" else "", "old_target": self.old_target, "read_only": mount.read_only}


class ScaleDialog(ActionDialog):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Scale a service"), self.tr("Scale"), parent)
        self.setObjectName("scaleDialog")
        self.service = service
        self.intro.setText(self.tr("How many tasks of {0} should run? The orchestrator starts or stops "
                                   "tasks until that many run.").format(service.name))
        self.spin = QSpinBox()
        self.spin.setRange(0, 10_000)
        self.spin.setValue(service.replicas or 0)
        form = QFormLayout()
        form.addRow(self.tr("&Replicas:"), self.spin)
        self.body.addLayout(form)
        self.spin.valueChanged.connect(self._update)
        self._update()

    @Slot()
    def _update(self, *_args) -> None:
        self.command_box.set_command(text.scale(self.service.name, self.spin.value()))

    def accepted_values(self) -> dict:
        return {"replicas": self.spin.value()}


class RestartDialog(ActionDialog):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Restart a service"), self.tr("Restart"), parent)
        self.setObjectName("restartServiceDialog")
        self.service = service
        self.intro.setText(self.tr("Replace every task of {0} with a new one, although nothing in the "
                                   "service changed (a forced update).").format(service.name)
                           + " " + self.tr(ROLLING))
        self.command_box.set_command(text.restart(service.name))

    def accepted_values(self) -> dict:
        return {}
