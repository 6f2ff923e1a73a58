"""The mount dialog: add, remove or replace a mount of a container, by a checked re-create.

It asks the engine for a plan (on the session's worker), shows what the re-create keeps, the
files of the write layer and what to do with them, the warnings and the equivalent commands,
re-plans as the person edits (path checked on every keystroke), then runs the transaction
with a step-by-step progress bar. Cancel during the run rolls everything back.

The plan run is the plan shown (``self.plan``); the work is in ``volgui.operations.mount``,
the widgets in ``dialog_layout``.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from volgui.engine.cancel import CancelToken
from volgui.engine.containers.mounts import check_destination
from volgui.engine.containers.recreate.plan import RecreatePlan, RecreateProgress
from volgui.engine.dto.objects import Container
from volgui.engine.errors import Cancelled
from volgui.engine.present import display
from volgui.operations.mount import make_plan, run_plan
from volgui.ui.dialogs.fit import grow_to_fit
from volgui.ui.dialogs.focus import settle_on_show
from volgui.ui.features.mounting.dialog_layout import MountDialogLayout
from volgui.ui.window.context import context_of


def _bullets(items: list[str]) -> str:
    return "\n".join(f"• {item}" for item in items)


class MountDialog(MountDialogLayout, QDialog):
    """``kind`` is "add" (a volume, or a host folder with ``mount_type="bind"``), "remove" or "replace"."""

    recreated = Signal(object)  # RecreateResult

    def __init__(self, session, container: Container, kind: str = "add", source: str = "",
                 destination: str | None = None, mount_type: str = "volume",
                 volumes: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settle_on_show(self)  # Tab follows the layout; typing goes to the first field
        grow_to_fit(self)  # a warning shown later is not cut
        self.setObjectName("mountDialog")
        self.session, self.container, self.kind = session, container, kind
        self.mount_type = mount_type
        self.source = source
        self.plan: RecreatePlan | None = None
        self._plan_request = None
        self._run_request = None
        self._user_cancel: CancelToken | None = None
        self._path_edited = destination is not None
        self.path_problem: str | None = None
        self.result_value = None
        self.setWindowTitle({"add": self.tr("Mount in {0}"), "remove": self.tr("Remove a mount from {0}"),
                             "replace": self.tr("Replace a volume of {0}")}[kind].format(container.name))
        self.setMinimumWidth(680)
        self._build(destination, volumes)
        ctx = context_of(parent)
        if kind == "add" and ctx is not None and ctx.features.compose is not None:
            ctx.features.compose.offer_compose_edit(self)  # the next compose up would lose the mount
        self._replan_timer = QTimer(self)
        self._replan_timer.setSingleShot(True)
        self._replan_timer.setInterval(250)
        self._replan_timer.timeout.connect(self.request_plan)
        self._validate_path()
        self.request_plan(suggest=destination is None and kind == "add")

    def _backup_volumes(self) -> tuple[str, ...]:
        return tuple(m.name for m in self.container.mounts if m.is_volume and m.name)

    def _backup_first_check(self):
        """"Back up its volumes first" — on by default when one was never backed up."""
        self._backup_folder = None
        ctx = context_of(self.parent())
        panel = ctx.features.backups_panel if ctx is not None else None
        names = self._backup_volumes()
        if panel is None or not names:
            return None
        from PySide6.QtWidgets import QCheckBox

        check = QCheckBox(self.tr("Back up its volumes first, into the Backups tab's folder"))
        check.setToolTip(self.tr("{0} into {1}").format(", ".join(names), panel.folder))
        check.setObjectName("backupFirstCheck")
        check.setChecked(any(panel.model.last_backup(n) is None for n in names))
        self._backup_folder = str(panel.folder)
        return check

    def _set_header(self) -> None:
        name = f"<b>{self.container.name}</b>"
        what = f"<b>{self.current_source()}</b>"
        if self.kind == "add":
            thing = self.tr("the folder {0}") if self.mount_type == "bind" else self.tr("the volume {0}")
            text = self.tr("Mount {0} in {1}.").format(thing.format(what), name)
        elif self.kind == "remove":
            text = self.tr("Remove the mount at <b>{0}</b> from {1}.").format(self.path_edit.text(), name)
        else:
            text = self.tr("Mount the volume {0} at <b>{1}</b> in {2}, instead of what is mounted there now."
                           ).format(what, self.path_edit.text(), name)
        self.header.setText(text)

    # -- values -----------------------------------------------------------------------------------
    def current_source(self) -> str:
        if self.mount_type == "bind" or self.kind == "remove":
            return self.source
        return self.volume_combo.currentText() or self.source

    def write_layer(self) -> str:
        return next((m for m, r in self.layer_radios.items() if r.isChecked()), "copy")

    def read_only(self) -> bool | None:
        if self.kind == "replace":
            return None  # keep the mount's access
        return self.ro_radio.isChecked()

    # -- planning ---------------------------------------------------------------------------------
    @Slot(str)
    def _on_path_edited(self, _text: str = "") -> None:
        self._path_edited = True
        self._set_header()
        if self._validate_path():
            self._schedule_plan()
        else:
            self._replan_timer.stop()
            self._cancel_plan()
            self.command_box.set_command("")
            self._update_ok()

    @Slot(str)
    def _on_volume_changed(self, _text: str = "") -> None:
        self._set_header()
        self._schedule_plan()

    def _on_layer_toggled(self, _button=None, checked: bool = True) -> None:
        if checked:
            self._schedule_plan()

    def _validate_path(self) -> bool:
        if self.kind != "add":
            self.path_message.hide()
            return True
        targets = self.plan.targets if self.plan is not None else []
        problem = check_destination(self.path_edit.text(), targets)
        self.path_problem = problem
        self.path_message.setText(problem or "")
        self.path_message.setVisible(bool(problem))
        return problem is None

    def _schedule_plan(self, *_args) -> None:
        self._failure = ""  # the person changed something: the old refusal no longer applies
        if self._run_request is None:
            self._ok_waiting()
            self._replan_timer.start()

    def _cancel_plan(self) -> None:
        if self._plan_request is not None:
            self._plan_request.cancel()
            self._plan_request = None

    @Slot()
    def request_plan(self, suggest: bool = False) -> None:
        if self._run_request is not None:
            return
        self._cancel_plan()
        destination = None if suggest else self.path_edit.text()
        self.status.setText(self.tr("Checking the container…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self._ok_waiting()
        request = self.session.submit(make_plan, self.kind, self.container.id, self.current_source(),
                                      destination, self.read_only(), self.write_layer(), self.mount_type,
                                      label=self.tr("Check a mount change"))
        request.succeeded.connect(self._on_plan)
        request.failed.connect(self._on_plan_failed)
        self._plan_request = request

    def _ok_waiting(self) -> None:
        self.ok_button.setEnabled(False)

    @Slot(object)
    def _on_plan(self, plan: RecreatePlan) -> None:
        if self.sender() is not self._plan_request:
            return
        self._plan_request = None
        self.progress.hide()
        self.status.clear()
        if self.kind == "add" and not self._path_edited and plan.add is not None:
            self.path_edit.setText(plan.add.target)
            self._set_header()
        self.plan = plan
        self._validate_path()
        self._show_plan(plan)

    @Slot(object)
    def _on_plan_failed(self, error) -> None:
        if self.sender() is not self._plan_request:
            return
        self._plan_request = None
        self.progress.hide()
        self.status.clear()
        self.error.setText(getattr(error, "message", str(error)))
        self.error.show()
        self._update_ok()

    def _show_plan(self, plan: RecreatePlan | None) -> None:
        # why the last OK was refused stays in view after the automatic look again
        self.error.setText(self._failure)
        self.error.setVisible(bool(self._failure))
        if plan is None:
            self.recreate_note.setText(self.tr("Docker cannot change the mounts of an existing container: "
                                               "volgui re-creates it with the same settings."))
            self.kept_label.clear()
            self.layer_summary.setText(self.tr("Looking at the write layer…"))
            self.warnings.hide()
            self.problems.hide()
            self.command_box.set_command("")
            self._update_ok()
            return
        if plan.was_running:
            note = self.tr("{0} will be re-created with the same settings and restarted. It is running now, "
                           "so {1}.").format(plan.name, self.tr(display.recreate_pause(plan.stop_timeout)))
        else:
            note = self.tr("{0} will be re-created with the same settings. It is not running and will not "
                           "be started.").format(plan.name)
        self.recreate_note.setText(note)
        self.kept_label.setText(self.tr("Kept: {0}.").format("; ".join(plan.kept)))
        self.layer_list.clear()
        for change in plan.layer_changes:
            self.layer_list.addItem(f"{change.kind:9} {change.path}")
        n = len(plan.layer_changes)
        if n:
            self.layer_summary.setText(self.tr("{0} added, changed or deleted outside volumes "
                                               "since the container was created. Without care they would "
                                               "be lost:").format(display.count(n, "path")))
        else:
            self.layer_summary.setText(self.tr("Nothing was written outside volumes: nothing to lose."))
        self.layer_list.setVisible(bool(n))
        for radio in self.layer_radios.values():
            radio.setEnabled(bool(n) or radio.isChecked())
        self.warnings.setText(_bullets(plan.warnings))
        self.warnings.setVisible(bool(plan.warnings))
        problems = [p for p in plan.problems if p != self.path_problem]
        self.problems.setText(_bullets(problems))
        self.problems.setVisible(bool(problems))
        self.command_box.set_command("\n".join(plan.commands) if plan.ok else "",
                                     "\n".join(plan.commands_with_secrets) if plan.ok else "")
        self._update_ok()

    def _update_ok(self) -> None:
        ready = (self.plan is not None and self.plan.ok and self._plan_request is None
                 and self._run_request is None and not self._replan_timer.isActive()
                 and self.path_problem is None)
        self.ok_button.setEnabled(ready)

    # -- running ----------------------------------------------------------------------------------
    @property
    def running_request(self):
        """The re-create in progress (a ``Request``), or None."""
        return self._run_request

    def accept(self) -> None:
        if self._run_request is not None or self.plan is None or not self.plan.ok:
            return
        plan = self.plan
        self._user_cancel = CancelToken()
        for widget in (self.path_edit, self.volume_combo, self.rw_radio, self.ro_radio,
                       *self.layer_radios.values()):
            widget.setEnabled(False)
        self._failure = ""
        self.error.hide()
        self.progress.setRange(0, len(plan.steps))
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Starting…"))
        backup = self.backup_check is not None and self.backup_check.isChecked()
        snapshot = self.snapshot_check is not None and self.snapshot_check.isChecked()
        request = self.session.submit(run_plan, plan, self._user_cancel, label=plan.describe(),
                                      command=" && ".join(plan.commands), with_progress=True,
                                      backup_to=self._backup_folder if backup else None,
                                      backup_volumes=self._backup_volumes() if backup else (),
                                      snapshot_volumes=self._backup_volumes() if snapshot else ())
        request.progressed.connect(self._on_progress)
        request.succeeded.connect(self._on_done)
        request.failed.connect(self._on_failed)
        self._run_request = request
        self._update_ok()

    @Slot(object)
    def _on_progress(self, step: RecreateProgress) -> None:
        self.progress.setValue(step.index)
        self.status.setText(step.text)

    @Slot(object)
    def _on_done(self, result) -> None:
        self._run_request = None
        self.result_value = result
        self.progress.setValue(self.progress.maximum())
        self.recreated.emit(result)
        super().accept()

    @Slot(object)
    def _on_failed(self, error) -> None:
        self._run_request = None
        cancelled = isinstance(error, Cancelled)
        for widget in (self.path_edit, self.volume_combo, self.rw_radio, self.ro_radio,
                       *self.layer_radios.values()):
            widget.setEnabled(True)
        self.progress.hide()
        self.status.clear()
        if cancelled and self._user_cancel is not None and self._user_cancel.cancelled and self._closing:
            super().reject()
            return
        self._failure = getattr(error, "message", str(error))
        self.error.setText(self._failure)
        self.error.show()
        self.request_plan()  # the container is back as it was: look again

    _closing = False
    _failure = ""  # the message of the last failed run, kept until the person changes something

    def reject(self) -> None:
        if self._run_request is not None:
            # roll back first; the dialog closes when the engine has put everything back
            self._closing = True
            self.status.setText(self.tr("Cancelling — putting everything back…"))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
            if self._user_cancel is not None:
                self._user_cancel.cancel()
            return
        self._cancel_plan()
        self._replan_timer.stop()
        super().reject()

    def done(self, result: int) -> None:
        self._cancel_plan()
        self._replan_timer.stop()
        super().done(result)
