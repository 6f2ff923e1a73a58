"""Volume data in the main window: "Browse files…", "Back up…", "Restore…", "Clone…".

Adds the actions to the toolbar, a "Data" menu and the volumes view's right-click menu, opens the
browser and the transfer dialogs (non-modal, several at once), and removes helper containers
left by a crashed run once per engine when it connects, when it also applies the tools image the
person chose for that engine ("Tools image for fast backups…", kept in the settings).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu

from volgui.engine.errors import EngineError
from volgui.engine.volumes import helpers
from volgui.operations import tools_image as tools_ops
from volgui.ui.window.context import WindowContext

if TYPE_CHECKING:  # the dialogs load when first opened (start-up time)
    from volgui.ui.features.volume_data.browser import VolumeBrowserDialog
    from volgui.ui.features.volume_data.tools_dialog import ToolsImageDialog
    from volgui.ui.features.volume_data.transfer_dialogs import CloneDialog, ExportDialog, ImportDialog


def tools_key(host: str) -> str:
    """The settings key of the tools image the person chose for the engine at ``host``."""
    return "volume_data/tools_image/" + quote(host, safe="")


class VolumeDataFeature(QObject):
    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        window = ctx.window
        self.window = window
        self.dialogs: list[QDialog] = []
        self._swept: set[str] = set()
        self._sweep_request = None
        self.browse_action = QAction(self.tr("Browse files…"), window)
        self.browse_action.setToolTip(self.tr("See, preview, download and upload the files of the volume"))
        self.browse_action.triggered.connect(self.browse_selected)
        self.backup_action = QAction(self.tr("Back up…"), window)
        self.backup_action.setToolTip(self.tr("Save the volume's files to a .tar or .tar.gz file"))
        self.backup_action.triggered.connect(self.backup_selected)
        self.restore_action = QAction(self.tr("Restore…"), window)
        self.restore_action.setToolTip(
            self.tr("Restore a .tar or .tar.gz backup into a new or existing volume"))
        self.restore_action.triggered.connect(self.restore_selected)
        self.clone_action = QAction(self.tr("Clone…"), window)
        self.clone_action.setToolTip(self.tr("Copy the volume's files into a new volume"))
        self.clone_action.triggered.connect(self.clone_selected)
        self.actions = [self.browse_action, self.backup_action, self.restore_action, self.clone_action]
        self.remove_image_action = QAction(self.tr("Remove the helper image"), window)
        self.remove_image_action.setToolTip(self.tr(
            "volgui makes a tiny empty image (volgui/helper:1) to reach volume files, and volgui/tools:1 "
            "from this machine's busybox for fast backups; both are made again when needed"))
        self.remove_image_action.triggered.connect(self.remove_helper_image)
        self.tools_action = QAction(self.tr("Tools image for fast backups…"), window)
        self.tools_action.setToolTip(self.tr("Choose the image volgui runs tar in to copy volume data fast"))
        self.tools_action.triggered.connect(self.choose_tools_image)

        ctx.toolbar.addSeparator()
        for action in self.actions:
            ctx.toolbar.addAction(action)
        menu = window.menuBar().findChild(QMenu, "volumeDataMenu")
        if menu is None:
            menu = QMenu(self.tr("&Data"), window)
            menu.setObjectName("volumeDataMenu")
            help_menu = window.menuBar().findChild(QMenu, "helpMenu")
            if help_menu is not None:
                window.menuBar().insertMenu(help_menu.menuAction(), menu)
            else:
                window.menuBar().addMenu(menu)
        menu.addActions(self.actions)
        menu.addSeparator()
        menu.addAction(self.tools_action)
        menu.addAction(self.remove_image_action)
        self.menu = menu
        ctx.volumes_view.context_actions.extend(self.actions)

        session = ctx.session
        session.state_changed.connect(self._on_state)
        self._on_state(session.state)
        ctx.closing.connect(self.close_all)  # before the engine sessions shut down

    # -- what is selected ------------------------------------------------------------------------------
    def selected_volume(self) -> str | None:
        volumes = self.ctx.selection.selected_volumes()
        return volumes[0].name if volumes else None

    def volume_names(self) -> list[str]:
        return sorted(v.name for v in self.ctx.volume_model.objects())

    def _volume_or_ask(self, title: str) -> str | None:
        volume = self.selected_volume()
        if volume:
            return volume
        names = self.volume_names()
        if not names:
            self._status(self.tr("There are no volumes."))
            return None
        name, ok = QInputDialog.getItem(self.window, title, self.tr("Volume:"), names, 0, False)
        return name if ok and name else None

    # -- actions ---------------------------------------------------------------------------------------
    @Slot()
    def browse_selected(self) -> None:
        volume = self._volume_or_ask(self.tr("Browse files"))
        if volume:
            self.browse(volume)

    def browse(self, volume: str) -> VolumeBrowserDialog:
        from volgui.ui.features.volume_data.browser import VolumeBrowserDialog  # lazy: start-up time

        dialog = VolumeBrowserDialog(self.ctx.session, volume, self.window)
        return self._show(dialog)

    @Slot()
    def backup_selected(self) -> None:
        volume = self.selected_volume() or next(iter(self.volume_names()), "")
        self.backup(volume)

    def backup(self, volume: str) -> ExportDialog:
        from volgui.ui.features.volume_data.transfer_dialogs import ExportDialog  # lazy: start-up time

        dialog = ExportDialog(self.ctx.session, volume, self.volume_names(), parent=self.window)
        dialog.finished_job.connect(self._on_backup_done)
        return self._show(dialog)

    @Slot(object)
    def _on_backup_done(self, result) -> None:
        """A backup saved anywhere is listed in the Backups tab (its folder is remembered)."""
        from volgui.ui.features.volume_data.transfer_dialogs import ExportDialog  # loaded by backup()

        dialog, panel = self.sender(), self.ctx.features.backups_panel
        if isinstance(result, EngineError) or not isinstance(dialog, ExportDialog) or panel is None:
            return
        panel.remember_folder(str(Path(dialog.path_edit.text().strip()).expanduser().parent))

    @Slot()
    def restore_selected(self) -> None:
        self.restore(target=self.selected_volume())

    def restore(self, path: str | None = None, target: str | None = None) -> ImportDialog:
        from volgui.ui.features.volume_data.transfer_dialogs import ImportDialog  # lazy: start-up time

        panel = self.ctx.features.backups_panel
        if path is None and target and panel is not None:
            spec = self.ctx.session.spec
            latest = panel.latest_backup(target, spec.host if spec is not None else None)
            if latest is not None and latest.archive.exists():
                path = str(latest.archive)  # the backup just made is the one most often wanted
        return self._show(ImportDialog(self.ctx.session, self.volume_names(), path, target,
                                       parent=self.window))

    @Slot()
    def clone_selected(self) -> None:
        volume = self.selected_volume() or next(iter(self.volume_names()), "")
        self.clone(volume)

    def clone(self, volume: str) -> CloneDialog:
        from volgui.ui.features.volume_data.transfer_dialogs import CloneDialog  # lazy: start-up time

        return self._show(CloneDialog(self.ctx.session, volume, self.volume_names(), parent=self.window))

    def _show(self, dialog: QDialog) -> QDialog:
        from volgui.ui.features.volume_data.transfer_dialog import TransferDialog  # loaded with the dialog

        if isinstance(dialog, TransferDialog):
            dialog.settings = self.ctx.settings  # the stop-while-copying choice per volume
        self.dialogs.append(dialog)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.show()
        return dialog

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        dialog = self.sender()
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
            dialog.deleteLater()

    def close_all(self) -> None:
        for dialog in list(self.dialogs):
            dialog.done(QDialog.DialogCode.Rejected)  # cancels and waits for running work


    @Slot()
    def remove_helper_image(self) -> None:
        request = self.ctx.session.submit(tools_ops.remove_images, label=self.tr("Remove the helper image"),
                                          command=tools_ops.REMOVE_COMMAND)
        request.succeeded.connect(self._on_image_removed)
        request.failed.connect(self._on_failed)
        self._image_request = request

    @Slot()
    def choose_tools_image(self) -> ToolsImageDialog:
        from volgui.ui.features.volume_data.tools_dialog import ToolsImageDialog  # lazy: start-up time

        dialog = ToolsImageDialog(self.ctx.session, self.window)
        dialog.chosen.connect(self._remember_tools_image)
        return self._show(dialog)

    @Slot(str, str)
    def _remember_tools_image(self, host: str, image: str) -> None:
        if host:
            self.ctx.settings.setValue(tools_key(host), image)

    @Slot(object)
    def _on_image_removed(self, removed: bool) -> None:
        self._status(self.tr("Helper image removed.") if removed else self.tr("There was no helper image."))

    @Slot(object)
    def _on_failed(self, error) -> None:
        self._status(getattr(error, "message", str(error)))

    # -- leftovers -------------------------------------------------------------------------------------
    @Slot(object)
    def _on_state(self, state) -> None:
        for action in self.actions:  # each needs the engine (a volume is asked for when none is selected)
            action.setEnabled(state.connected)
        if not state.connected or state.info is None:
            return
        host = state.info.host
        if host in self._swept:
            return
        self._swept.add(host)
        chosen = str(self.ctx.settings.value(tools_key(host), "") or "")
        if chosen:  # the person's choice for this engine, from an earlier run
            label = self.tr("Use {0} for fast backups").format(chosen)
            self._tools_request = self.ctx.session.submit(tools_ops.choose, chosen, label=label)
        self._sweep_request = self.ctx.session.submit(helpers.sweep_helpers,
                                                      label=self.tr("Remove leftover helpers"))
        self._sweep_request.succeeded.connect(self._on_swept)

    @Slot(object)
    def _on_swept(self, removed: list) -> None:
        if removed:
            self._status(self.tr("Removed %Ln helper container(s) left by an earlier run.", "", len(removed)))

    def _status(self, text: str) -> None:
        self.window.show_status_message(text)


def install(ctx: WindowContext) -> None:
    ctx.features.volume_data = VolumeDataFeature(ctx)
