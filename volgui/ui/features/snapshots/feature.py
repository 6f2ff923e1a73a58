"""Snapshots in the main window: "Snapshot now", the per-volume timeline, and "snapshot first".

Adds "Snapshot now" and "Snapshots and roll back…" to the volumes view's right-click menu and
the Data menu, and "Snapshot its volumes" to the containers view's. Other features reach it
through ``ctx.features.snapshots`` to take a snapshot before a risky action
(:meth:`SnapshotsFeature.run_first`). The work runs through a ``JobRunner``, logged with
the equivalent command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from volgui.engine.present.commands import export_command, put_back_command
from volgui.engine.volumes.backups import BackupInfo
from volgui.engine.volumes.interrupted import LeftAside
from volgui.engine.volumes.snapshots import Snapshot
from volgui.operations import snapshots as snap_ops
from volgui.ui.views.request_labels import then
from volgui.ui.window.context import WindowContext
from volgui.workers.job_runner import JobRunner, engine_factory
from volgui.workers.jobs import JobThread

if TYPE_CHECKING:  # the dialogs load when first opened (start-up time)
    from volgui.ui.features.snapshots.timeline import TimelineDialog


def snapshot_command(volumes: list[str]) -> str:
    """The docker lines a snapshot of ``volumes`` corresponds to (without the manifest)."""
    folder = snap_ops.folder()
    return " && ".join(export_command(v, folder / f"{v}--DATE.tar") for v in volumes)


class SnapshotsFeature(QObject):
    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.window = ctx.window
        self.runner = JobRunner(ctx.session, "volgui-snapshots", self._on_error, self)
        self.dialogs: list[QDialog] = []
        self.snapshot_action = QAction(self.tr("Snapshot now"), self.window)
        self.snapshot_action.setToolTip(self.tr("Keep a verified copy of the volume to roll back to"))
        self.snapshot_action.triggered.connect(self.snapshot_selected)
        self.timeline_action = QAction(self.tr("Snapshots and roll back…"), self.window)
        self.timeline_action.setToolTip(self.tr("The volume's snapshots: roll back, or see what changed"))
        self.timeline_action.triggered.connect(self.timeline_selected)
        self.container_action = QAction(self.tr("Snapshot its volumes"), self.window)
        self.container_action.setToolTip(self.tr("A snapshot of every volume the container mounts"))
        self.container_action.triggered.connect(self.snapshot_container_volumes)
        ctx.volumes_view.context_actions.extend([self.snapshot_action, self.timeline_action])
        ctx.containers_view.context_actions.append(self.container_action)
        menu = self.window.menuBar().findChild(QMenu, "volumeDataMenu")
        if menu is not None:
            menu.addSeparator()
            menu.addActions([self.snapshot_action, self.timeline_action])
        ctx.closing.connect(self.shutdown)

    # -- jobs ----------------------------------------------------------------------------------
    def start(self, fn: Callable, *args, on_ok: Callable | None = None, on_failed: Callable | None = None,
              label: str = "", command: str = "", progress: Callable | None = None,
              **kwargs) -> JobThread | None:
        """Run ``fn`` in a job on the active engine; the callbacks run in the GUI thread."""
        factory = engine_factory(self.ctx.session)
        if factory is None:
            self._status(self.tr("Not connected."))
            return None
        return self.runner.start(factory, fn, *args, on_ok=on_ok, on_failed=on_failed, on_progress=progress,
                                 label=label, command=command, **kwargs)

    def _on_error(self, error) -> None:
        self._status(getattr(error, "message", str(error)))

    def busy(self) -> bool:
        return self.runner.busy()

    @Slot()
    def shutdown(self) -> None:
        for dialog in list(self.dialogs):
            dialog.close()
        self.runner.close()

    # -- snapshots -----------------------------------------------------------------------------
    def snapshot(self, volumes: list[str], note: str = "", on_ok: Callable | None = None,
                 on_failed: Callable | None = None) -> JobThread | None:
        self._status(self.tr("Taking a snapshot of {0}…").format(", ".join(volumes)))
        label = self.tr("Snapshot of {0}").format(volumes[0]) if len(volumes) == 1 else \
            self.tr("Snapshot of %Ln volume(s)", "", len(volumes))
        return self.start(snap_ops.take, volumes, note, on_ok=on_ok or self._on_taken, on_failed=on_failed,
                          label=label, command=snapshot_command(volumes))

    def _on_taken(self, made) -> None:
        self._status(self.tr("Snapshot taken of {0}.").format(", ".join(s.volume for s in made)))

    def run_first(self, names: list[str], reason: str, action: Callable, *args, label: str, command: str,
                  on_ok: Callable | None = None, on_failed: Callable | None = None,
                  **kwargs) -> JobThread | None:
        """A snapshot of each existing volume in ``names``, then ``action`` — one logged job; the
        action does not run if a snapshot fails (so it can always be undone)."""
        return self.start(snap_ops.snapshot_first, list(names), reason, action, *args, on_ok=on_ok,
                          on_failed=on_failed, label=then(self.tr, QT_TR_NOOP("Snapshot, then {0}"), label),
                          command=f"{snapshot_command(list(names))} && {command}", **kwargs)

    def put_back_command(self, volume: str, found: LeftAside) -> str:
        """The docker lines of putting back what an interrupted roll back left in ``found``."""
        return f"{snapshot_command([volume])} && {put_back_command(volume, found.name, found.extracted)}"

    def put_back(self, volume: str, found: LeftAside, on_ok: Callable, on_failed: Callable,
                 progress: Callable) -> JobThread | None:
        """A snapshot of ``volume``, then the entries in ``found`` put back (``snap_ops.put_back``)."""
        return self.start(snap_ops.put_back, volume, found.name, on_ok=on_ok, on_failed=on_failed,
                          progress=progress, label=self.tr("Put back the files of {0}").format(volume),
                          command=self.put_back_command(volume, found))

    @Slot()
    def snapshot_selected(self) -> None:
        volumes = [v.name for v in self.ctx.selection.selected_volumes()]
        if not volumes:
            self._status(self.tr("Select a volume first."))
            return
        self.snapshot(volumes)

    @Slot()
    def snapshot_container_volumes(self) -> None:
        names = [m.name for c in self.ctx.selection.selected_containers() for m in c.mounts
                 if m.is_volume and m.name]
        if not names:
            self._status(self.tr("The selected container mounts no volume."))
            return
        self.snapshot(list(dict.fromkeys(names)))

    @Slot()
    def timeline_selected(self) -> None:
        volumes = self.ctx.selection.selected_volumes()
        if volumes:
            self.timeline(volumes[0].name)
        else:
            self._status(self.tr("Select a volume first."))

    def timeline(self, volume: str) -> TimelineDialog:
        from volgui.ui.features.snapshots.timeline import TimelineDialog  # lazy: start-up time

        dialog = TimelineDialog(self, volume, self.window)
        self.dialogs.append(dialog)
        dialog.finished.connect(self._forget_dialog)
        dialog.show()
        return dialog

    @Slot()
    def _forget_dialog(self) -> None:
        dialog = self.sender()
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)

    def show_changes(self, backup: BackupInfo, parent: QWidget | None = None) -> QDialog:
        """What changed in the volume since ``backup`` (one of the Backups tab's, or any manifest)."""
        from volgui.ui.features.snapshots.changes_dialog import ChangesDialog  # lazy: start-up time

        dialog = ChangesDialog(self, Snapshot(backup), parent or self.window, backup=True)
        dialog.show()
        return dialog

    def running_users(self, volume: str) -> list[str]:
        """Names of the running containers that mount ``volume``, as the containers view knows them."""
        return sorted(c.name for c in self.ctx.container_model.objects() if c.state == "running"
                      and any(m.is_volume and m.name == volume for m in c.mounts))

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)


def install(ctx: WindowContext) -> None:
    ctx.features.snapshots = SnapshotsFeature(ctx)
