"""The Backups tab: every backup volgui knows, verification, restore, and backup policies.

Backups live in a folder of the person's choice (default under volgui's data dir). Due policy
backups run in the background while volgui is open, each logged in the activity log; the
``volgui-backup`` command runs them when it is closed.
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from volgui import paths
from volgui.engine.errors import EngineError
from volgui.engine.present.display import human_size
from volgui.engine.volumes import backups as bk
from volgui.engine.volumes.remote_folders import is_remote
from volgui.engine.volumes.sftp import PasswordNeeded
from volgui.engine.volumes.transfer import export_command, import_command, import_volume
from volgui.models.backups import BackupTableModel
from volgui.operations import remote_backups as remote_ops
from volgui.operations.backups import backup_and_retain, list_backups_in, no_engine, policy_backup
from volgui.ui.features.backups.policy_dialog import PolicyDialog
from volgui.ui.features.backups.remote_dialog import RemoteFolderDialog
from volgui.ui.views.descriptions import describe, describe_tab
from volgui.ui.window.context import WindowContext
from volgui.workers.job_runner import JobRunner, engine_factory
from volgui.workers.jobs import JobThread


class BackupsPanel(QWidget):
    """The list of backups and the buttons that act on them."""

    backups_changed = Signal()
    policy_failed = Signal(str, str)  # volume, why: a scheduled backup failed (for notifications)

    CHECK_MS = 5 * 60 * 1000

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.session = window.session
        try:
            self.store = bk.PolicyStore.load(paths.policy_file())
        except EngineError as exc:
            self.store = bk.PolicyStore(paths.policy_file())
            window.statusBar().showMessage(exc.message, 10000)
        self.model = BackupTableModel(self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Backups"))
        describe(self.view, self.tr("Select a backup to verify it, restore it or see what changed since"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        change = QPushButton(self.tr("Change folder…"))
        describe(change, self.tr("Choose the folder on this computer where the backups are kept"), tip=True)
        change.clicked.connect(self.choose_folder)
        self.remote_button = QPushButton(self.tr("Remote folder…"))
        self.remote_button.setToolTip(self.tr("Keep the backups on another machine (SFTP) or in a bucket "
                                              "(S3)"))
        self.remote_button.clicked.connect(self.choose_remote)
        self.remote_password: str | None = None  # in memory only (or the desktop keyring)
        self.backup_button = QPushButton(self.tr("Back up selected volume"))
        describe(self.backup_button, self.tr("Write a backup of the selected volume into the backup folder"),
                 tip=True)
        self.backup_button.clicked.connect(self.backup_selected_volume)
        self.verify_button = QPushButton(self.tr("Verify"))
        self.verify_button.setToolTip(self.tr("Restore into a scratch volume and compare every entry"))
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_button = QPushButton(self.tr("Restore into new volume…"))
        describe(self.restore_button, self.tr("Restore the selected backup into a new volume"), tip=True)
        self.restore_button.clicked.connect(self.restore_selected)
        self.changes_button = QPushButton(self.tr("What changed…"))
        self.changes_button.setToolTip(self.tr("What changed in the volume since this backup"))
        self.changes_button.clicked.connect(self.show_changes)
        self.policy_button = QPushButton(self.tr("Policy…"))
        self.policy_button.setToolTip(self.tr("Back up the selected volume every N hours or days"))
        self.policy_button.clicked.connect(self.edit_policy)
        self.status = QLabel()
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Folder:")))
        top.addWidget(self.folder_label, 1)
        top.addWidget(change)
        top.addWidget(self.remote_button)
        buttons = QHBoxLayout()
        for b in (self.backup_button, self.verify_button, self.restore_button, self.changes_button,
                  self.policy_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.runner = JobRunner(self.session, "volgui-backups", parent=self)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self.run_due)
        self.timer.start()
        self.session.state_changed.connect(self._on_state)
        self._show_folder()
        self.refresh()
        self._update_buttons()

    # -- folder and listing ------------------------------------------------------------------
    @property
    def folder(self) -> Path:
        """The local backups folder (with a remote folder chosen: the default one, for the safety
        backups made before a removal)."""
        if self.store.folder and not is_remote(self.store.folder):
            return Path(self.store.folder)
        return paths.data_dir() / "backups"

    @property
    def remote(self) -> str:
        """The sftp:// folder backups go to ("" when they stay on this computer)."""
        return self.store.folder if is_remote(self.store.folder) else ""

    def _show_folder(self) -> None:
        others = self.known_folders()
        text = self.remote or str(self.folder)
        if others:
            text += "  " + self.tr("(and backups saved elsewhere, in {0})").format(", ".join(others))
        self.folder_label.setText(text)

    def known_folders(self) -> list[str]:
        """Other folders where volgui saved backups ("Back up…" to a folder of the person's
        choice): listed too, so every backup volgui wrote is in this tab."""
        folders = self.store.data.get("known_folders")
        if not isinstance(folders, list):
            return []
        return [f for f in folders if isinstance(f, str) and f and Path(f) != self.folder][:50]

    def remember_folder(self, folder: str) -> None:
        """A backup was saved in ``folder``: list that folder's backups from now on."""
        folder = str(Path(folder).expanduser().resolve())
        if Path(folder) != self.folder.expanduser().resolve() and folder not in self.known_folders():
            self.store.data["known_folders"] = [*self.known_folders(), folder]
            try:
                self.store.save()
            except OSError as exc:
                self.status.setText(self.tr("The backups folder list cannot be saved: {0}").format(exc))
            self._show_folder()
        self.refresh()

    def latest_backup(self, volume: str, engine: str | None = None) -> bk.BackupInfo | None:
        """The newest backup of ``volume`` listed here (for Restore to offer it)."""
        return self.model.last_backup(volume, engine)

    @Slot()
    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Backups folder"), str(self.folder))
        if path:
            self.set_folder(path)

    def set_folder(self, path: str) -> None:
        if not is_remote(path):
            self.remote_password = None
        self.store.folder = path
        self.store.save()
        self._show_folder()
        self.refresh()

    @Slot()
    def choose_remote(self) -> None:
        self.remote_dialog = RemoteFolderDialog(self.remote, self.session.submit, self)
        self.remote_dialog.accepted.connect(self._on_remote_chosen)
        self.remote_dialog.open()

    @Slot()
    def _on_remote_chosen(self) -> None:
        dialog = self.remote_dialog
        self.remote_password = dialog.password_text()
        self.set_folder(dialog.target.url)

    @Slot()
    def refresh(self) -> None:
        if self.remote:
            self._start(no_engine, remote_ops.list_remote, self.remote, self.remote_password,
                        on_ok=self._on_listed, on_failed=self._on_remote_failed, progress=False)
            return
        self._start(no_engine, list_backups_in, [str(self.folder), *self.known_folders()],
                    on_ok=self._on_listed, progress=False)

    def _on_remote_failed(self, error) -> None:
        """The server wants a password: ask (kept in memory; the keyring is offered in the dialog)."""
        if not isinstance(error, PasswordNeeded):
            return
        text, ok = QInputDialog.getText(self, self.tr("Remote backups folder"), error.message,
                                        QLineEdit.EchoMode.Password)
        if ok and text:
            self.remote_password = text
            self.refresh()

    @Slot(object)
    def _on_listed(self, items) -> None:
        self.model.set_items(items)
        self.backups_changed.emit()
        self._update_buttons()

    def selected_backup(self) -> bk.BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    @Slot()
    def _update_buttons(self, *args) -> None:
        chosen = self.selected_backup() is not None
        self.verify_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen)
        self.changes_button.setEnabled(chosen)

    # -- jobs --------------------------------------------------------------------------------
    def _engine_factory(self):
        return engine_factory(self.session)

    def _start(self, factory, fn, *args, on_ok=None, on_failed=None, label="", command="", progress=True,
               **kwargs) -> JobThread | None:
        """Run ``fn`` in a job; ``on_ok(result)`` / ``on_failed(error)`` are called in the GUI thread
        (every failure is also said in the status line)."""
        def failed(error) -> None:
            self.status.setText(getattr(error, "message", str(error)))
            if on_failed is not None:
                on_failed(error)

        return self.runner.start(factory, fn, *args, on_ok=on_ok, on_failed=failed, label=label,
                                 command=command, with_progress=progress, **kwargs)

    def busy(self) -> bool:
        return self.runner.busy()

    # -- actions -----------------------------------------------------------------------------
    @Slot()
    def backup_selected_volume(self) -> None:
        volumes = self.window.selection.selected_volumes()
        if not volumes:
            self.status.setText(self.tr("Select a volume in the volumes view first."))
            return
        self.backup_volume(volumes[0].name)

    def backup_volume(self, volume: str) -> JobThread | None:
        factory = self._engine_factory()
        if factory is None:
            self.status.setText(self.tr("Not connected."))
            return None
        self.status.setText(self.tr("Backing up {0}…").format(volume))
        spec = self.session.spec
        policy = next((p for p in self.store.policies(spec.host) if p.volume == volume), None) \
            if spec is not None else None
        keep = policy.keep if policy is not None else 0
        if self.remote:
            return self._start(factory, remote_ops.backup_remote, volume, self.remote, self.remote_password,
                               keep, on_ok=self._on_backed_up, on_failed=self._on_remote_failed,
                               label=self.tr("Back up {0} to {1}").format(volume, self.remote),
                               command=f"{export_command(volume, Path(f'{volume}--DATE.tar'))} && "
                                       f"# upload it to {self.remote}")
        return self._start(factory, backup_and_retain, volume, str(self.folder), keep,
                           on_ok=self._on_backed_up, label=self.tr("Back up {0}").format(volume),
                           command=export_command(volume, self.folder / f"{volume}--DATE.tar"))

    def _on_backed_up(self, result: tuple[bk.BackupInfo, str]) -> None:
        made, note = result
        text = self.tr("Backed up {0}: {1}, {2}.").format(
            made.volume, human_size(made.archive_size, ".1f"), self.tr("%Ln entry(s)", "", made.entries))
        self.status.setText(f"{text} {note}".strip())
        self.refresh()

    @Slot()
    def verify_selected(self) -> None:
        item = self.selected_backup()
        factory = self._engine_factory()
        if item is None or factory is None:
            return
        self.status.setText(self.tr("Verifying {0}…").format(item.archive.name))
        if self.remote:
            self._start(factory, remote_ops.verify_remote, self.remote, self.remote_password,
                        item.manifest.name, on_ok=self._on_verified, on_failed=self._on_remote_failed,
                        label=self.tr("Verify {0}").format(item.archive.name),
                        command=f"# download {item.archive.name}, restore it into a scratch volume, compare")
            return
        self._start(factory, bk.verify, str(item.manifest), on_ok=self._on_verified,
                    label=self.tr("Verify {0}").format(item.archive.name),
                    command=f"# restore {item.archive.name} into a scratch volume and compare")

    def _on_verified(self, result: bk.BackupInfo) -> None:
        self.status.setText(("✔ " if result.verified else "✘ ") + result.verify_message)
        self.refresh()

    @Slot()
    def restore_selected(self) -> None:
        item = self.selected_backup()
        factory = self._engine_factory()
        if item is None or factory is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Restore"), self.tr("New volume name:"),
                                        text=f"{item.volume}-restored")
        if not ok or not name.strip():
            return
        if self.remote:
            self._start(factory, remote_ops.restore_remote, self.remote, self.remote_password,
                        item.manifest.name, name.strip(), on_ok=self._on_restored,
                        on_failed=self._on_remote_failed,
                        label=self.tr("Restore {0}").format(item.archive.name),
                        command=f"# download {item.archive.name}, then: "
                                + import_command(Path(item.archive.name), name, True))
            return
        self._start(factory, import_volume, str(item.archive), name.strip(), on_ok=self._on_restored,
                    label=self.tr("Restore {0}").format(item.archive.name),
                    command=import_command(item.archive, name, True),
                    create=True, allow_special=False)  # device nodes and set-ID files: asked in “Restore…”

    def _on_restored(self, result) -> None:
        self.status.setText(self.tr("Restored into {0}.").format(result.volume))

    @Slot()
    def show_changes(self) -> None:
        """Opened by the snapshots feature (it owns the diff), when it is installed."""
        item = self.selected_backup()
        snapshots = self.window.context.features.snapshots
        if item is not None and snapshots is not None:
            snapshots.show_changes(item, self.window)
        elif item is not None:
            self.status.setText(self.tr("Comparing with a backup needs the snapshots feature."))

    @Slot()
    def edit_policy(self) -> None:
        volumes = self.window.selection.selected_volumes()
        if not volumes or self.session.spec is None:
            QMessageBox.information(self, self.tr("Backup policy"),
                                    self.tr("Select a volume in the volumes view first."))
            return
        host = self.session.spec.host
        volume = volumes[0].name
        current = next((p for p in self.store.policies(host) if p.volume == volume), None)
        self.policy_dialog = PolicyDialog(volume, current, self)
        self.policy_dialog.accepted.connect(self._on_policy_set)
        self.policy_dialog.open()

    @Slot()
    def _on_policy_set(self) -> None:
        dialog = self.policy_dialog
        host = self.session.spec.host
        if dialog.cleared:
            self.store.remove_policy(host, dialog.volume)
            self.status.setText(self.tr("No automatic backups for {0}.").format(dialog.volume))
        else:
            self.store.set_policy(host, dialog.policy)
            self.status.setText(self.tr("{0}: every {1:g} h, keep {2}.").format(
                dialog.volume, dialog.policy.every_hours, dialog.policy.keep))
        self.store.save()
        self.run_due()

    @Slot(object)
    def _on_state(self, state) -> None:
        if state.connected:
            QTimer.singleShot(2000, self.run_due)

    @Slot()
    def run_due(self) -> None:
        """Start the policy backups that are due on the active engine (one job at a time)."""
        if not self.session.state.connected or self.session.spec is None or self.busy():
            return
        host = self.session.spec.host
        now = datetime.now(UTC)
        for policy in self.store.policies(host):
            last = self.model.last_backup(policy.volume, host)
            checked = self.store.checked_unchanged(host, policy.volume)
            since = max(last.created, checked) if last and checked else (last.created if last else None)
            if policy.due(since, now):
                if self.remote:  # a remote folder: no manifest here to compare the volume with
                    job = self.backup_volume(policy.volume)
                else:
                    job = self.policy_backup(policy, last)
                if job is not None:
                    job.on_failed = functools.partial(self._on_policy_failed, policy.volume)
                    return  # the next due one starts at the next check

    def policy_backup(self, policy: bk.Policy, last: bk.BackupInfo | None) -> JobThread | None:
        """A due policy's backup, skipped when nothing changed since ``last`` (the status says so)."""
        factory = self._engine_factory()
        if factory is None:
            return None
        self.status.setText(self.tr("Backing up {0} (policy)…").format(policy.volume))
        host = self.session.spec.host
        return self._start(factory, policy_backup, policy.volume, str(self.folder), policy.keep,
                           str(last.manifest) if last else "",
                           on_ok=functools.partial(self._on_policy_backup, host, policy.volume),
                           label=self.tr("Back up {0} (policy)").format(policy.volume),
                           command=export_command(policy.volume, self.folder / f"{policy.volume}--DATE.tar"))

    def _on_policy_backup(self, host: str, volume: str, result: tuple[bk.BackupInfo | None, str]) -> None:
        made, note = result
        if made is not None:
            self._on_backed_up(result)
            return
        self.store.set_checked_unchanged(host, volume)
        try:
            self.store.save()
        except OSError as exc:
            note += " " + self.tr("The backup policies cannot be saved: {0}").format(exc)
        self.status.setText(note)

    def _on_policy_failed(self, volume: str, error) -> None:
        self.status.setText(getattr(error, "message", str(error)))
        self.policy_failed.emit(volume, getattr(error, "message", str(error)))

    @Slot()
    def shutdown(self) -> None:
        self.timer.stop()
        self.runner.close(3000)


def install(ctx: WindowContext) -> None:
    panel = BackupsPanel(ctx.window)
    panel.setObjectName("backupsPanel")
    ctx.features.backups_panel = panel
    index = ctx.bottom_tabs.addTab(panel, ctx.window.tr("Backups"))
    describe_tab(ctx.bottom_tabs, index,
                 ctx.window.tr("Back up volumes into a folder, verify and restore the backups"))
    from PySide6.QtWidgets import QTabBar

    ctx.bottom_tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide, None)
    ctx.closing.connect(panel.shutdown)
