"""Mounting feature: drop a volume (or a folder) on a container, remove or replace a mount, run a
container. Installs itself into the main window (``install(ctx)``).

- ``containers_view.volume_dropped`` / ``folder_dropped`` open the mount dialog;
  ``drop_validator`` / ``folder_validator`` explain drops that cannot work, while dragging.
- Container right-click menu: "Mount a volume…", "Remove mount ▸ /path", "Replace volume ▸ /path".
- "Run container…" (toolbar, Container menu, the containers view's empty state, and a volume
  dropped on an image row) opens the run dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from volgui.engine.containers.mounts import suggest_destination
from volgui.engine.containers.recreate.plan import SWARM_LABELS
from volgui.engine.containers.recreate.run import find_leftovers, restore_leftover
from volgui.engine.containers.run_spec import VolumeMount
from volgui.engine.dto.objects import Container
from volgui.models.base import OBJECT_ROLE
from volgui.models.objects import VOLUME_MIME
from volgui.ui.dialogs.run import RunDialog
from volgui.ui.features.mounting.dialog import MountDialog
from volgui.ui.window.context import WindowContext

_BAD_STATES = {"paused": "is paused: resume it first", "restarting": "keeps restarting: stop it first",
               "removing": "is being removed", "dead": "is dead"}


def drop_refusal(container: Container, volume_name: str) -> str | None:
    """Why ``volume_name`` cannot be mounted in ``container`` by a drop (from the list data only)."""
    for m in container.mounts:
        if m.is_volume and m.name == volume_name:
            return f"{volume_name} is already mounted in {container.name} at {m.destination}"
    return _container_refusal(container)


def _container_refusal(container: Container) -> str | None:
    if container.state in _BAD_STATES:
        return f"{container.name} {_BAD_STATES[container.state]}"
    labels = container.label_dict
    if any(k in labels for k in SWARM_LABELS):
        return f"{container.name} is a swarm task: change its service instead"
    return None


def is_local_engine(host: str) -> bool:
    return host.startswith(("unix://", "npipe://"))


class MountingController(QObject):
    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        window = ctx.window
        self.window = window
        self.session = ctx.session
        self.dialog: MountDialog | RunDialog | None = None
        self._to_select: tuple[str, int] = ("", 0)
        self._replaced = ""
        cview = ctx.containers_view
        cview.drop_validator = drop_refusal
        cview.folder_validator = self.folder_refusal
        cview.volume_dropped.connect(self.on_volume_dropped)
        cview.folder_dropped.connect(self.on_folder_dropped)

        self.run_action = QAction(self.tr("&Run container…"), window)
        self.run_action.setObjectName("runContainerAction")
        self.run_action.setToolTip(self.tr("Create and start a new container from an image (docker run)"))
        self.run_action.setShortcut("Ctrl+Shift+N")
        self.run_action.triggered.connect(self._on_run_triggered)
        window.addAction(self.run_action)
        self.mount_action = QAction(self.tr("&Mount a volume…"), window)
        self.mount_action.setObjectName("mountVolumeAction")
        self.mount_action.setToolTip(self.tr("Mount a volume in the selected container (re-creates it)"))
        self.mount_action.triggered.connect(self._on_mount_triggered)
        self.remove_menu = QMenu(self.tr("Remove mount"), window)
        self.remove_menu.setObjectName("removeMountMenu")
        self.remove_menu.aboutToShow.connect(self._fill_remove_menu)
        self.replace_menu = QMenu(self.tr("Replace volume"), window)
        self.replace_menu.setObjectName("replaceMountMenu")
        self.replace_menu.aboutToShow.connect(self._fill_replace_menu)
        self.remove_action = self.remove_menu.menuAction()
        self.replace_action = self.replace_menu.menuAction()

        ctx.toolbar.addAction(self.run_action)
        actions = ctx.features.actions_controller  # installed before this feature
        if actions is not None:
            menu = actions.container_menu
        else:
            menu = window.menuBar().addMenu(self.tr("&Container"))
        menu.addSeparator()
        for action in (self.run_action, self.mount_action, self.remove_action, self.replace_action):
            menu.addAction(action)
        cview.context_actions.extend([self.mount_action, self.remove_action, self.replace_action])
        if cview.empty_action is None:
            cview.empty_action = self.run_action
        ctx.closing.connect(self._on_window_closing)
        ctx.selection.containers_selected.connect(self._update_actions)
        self.session.state_changed.connect(self._update_actions)
        self.session.state_changed.connect(self._on_state_for_leftovers)
        self.leftovers_box: QMessageBox | None = None
        self._leftovers: list = []
        self._checked_host = ""
        self._leftover_request = None
        # a volume dropped on an image: run a container with it
        viewport = ctx.images_view.tree.viewport()
        ctx.images_view.tree.setAcceptDrops(True)
        viewport.setAcceptDrops(True)
        self._images_viewport = viewport
        self.run_image_action = QAction(self.tr("&Run this image…"), window)
        self.run_image_action.setObjectName("runImageAction")
        self.run_image_action.setToolTip(self.tr("Create and start a container from this image (docker run)"))
        self.run_image_action.triggered.connect(self._on_run_triggered)
        ctx.images_view.context_actions.append(self.run_image_action)
        viewport.installEventFilter(self)
        self._update_actions()

    # -- state ------------------------------------------------------------------------------------
    def _selected(self) -> Container | None:
        containers = self.ctx.selection.selected_containers()
        return containers[0] if len(containers) == 1 else None

    @Slot()
    def _update_actions(self, *_args) -> None:
        connected = self.session.state.connected
        container = self._selected()
        self.run_action.setEnabled(connected)
        usable = connected and container is not None and _container_refusal(container) is None
        self.mount_action.setEnabled(usable)
        self.mount_action.setVisible(container is not None)
        has_mounts = usable and bool(container.mounts)
        self.remove_action.setEnabled(has_mounts)
        self.remove_action.setVisible(bool(container and container.mounts))
        self.replace_action.setEnabled(has_mounts and any(m.is_volume for m in container.mounts))
        self.replace_action.setVisible(bool(container and any(m.is_volume for m in container.mounts)))

    def folder_refusal(self, container: Container, path: str) -> str | None:
        host = self.session.spec.host if self.session.spec is not None else ""
        if host and not is_local_engine(host):
            return "The engine runs on another machine: a folder of this computer cannot be mounted there"
        for m in container.mounts:
            if m.type == "bind" and m.source == path:
                return f"{path} is already mounted in {container.name} at {m.destination}"
        return _container_refusal(container)

    def volume_names(self) -> list[str]:
        return sorted(v.name for v in self.ctx.volume_model.objects())

    def image_names(self) -> list[str]:
        names = []
        for image in self.ctx.image_model.objects():
            names.extend(image.tags or [image.short_id])
        return sorted(names)

    # -- opening dialogs ----------------------------------------------------------------------------
    def _open(self, dialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)
        dialog.show()

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        dialog = self.sender()
        if dialog is self.dialog:
            self.dialog = None
        dialog.deleteLater()

    def open_mount(self, container: Container, kind: str = "add", source: str = "",
                   destination: str | None = None, mount_type: str = "volume") -> MountDialog:
        dialog = MountDialog(self.session, container, kind, source, destination, mount_type,
                             volumes=self.volume_names(), parent=self.window)
        dialog.recreated.connect(self._on_recreated)
        self._open(dialog)
        return dialog

    def open_run(self, image: str = "", mounts: list[VolumeMount] | None = None) -> RunDialog:
        dialog = RunDialog(self.session, self.image_names(), self.volume_names(), image, mounts,
                           parent=self.window)
        dialog.container_started.connect(self._on_container_started)
        self._open(dialog)
        return dialog

    @Slot(str, str)
    def on_volume_dropped(self, container_id: str, volume_name: str) -> None:
        container = self.ctx.container_model.object(container_id)
        if container is not None:
            self.open_mount(container, "add", volume_name)

    @Slot(str, str)
    def on_folder_dropped(self, container_id: str, path: str) -> None:
        container = self.ctx.container_model.object(container_id)
        if container is not None:
            self.open_mount(container, "add", path, mount_type="bind")

    @Slot()
    def _on_run_triggered(self) -> None:
        images = self.ctx.selection.selected_images()
        image = (images[0].tags[0] if images[0].tags else images[0].id) if images else ""
        self.open_run(image)

    @Slot()
    def _on_mount_triggered(self) -> None:
        container = self._selected()
        if container is None:
            return
        volumes = self.ctx.selection.selected_volumes()
        free = [v.name for v in volumes if drop_refusal(container, v.name) is None]
        names = free or [n for n in self.volume_names() if drop_refusal(container, n) is None]
        self.open_mount(container, "add", names[0] if names else "")

    def _fill_menu(self, menu: QMenu, kind: str) -> None:
        menu.clear()
        container = self._selected()
        if container is None:
            return
        for mount in sorted(container.mounts, key=lambda m: m.destination):
            if kind == "replace" and not mount.is_volume:
                continue
            what = mount.name[:12] if mount.is_volume else mount.source or mount.type
            action = menu.addAction(f"{mount.destination}  ({what})")
            action.setData((kind, container.id, mount.destination, mount.name))
            action.triggered.connect(self._on_mount_menu)

    @Slot()
    def _fill_remove_menu(self) -> None:
        self._fill_menu(self.remove_menu, "remove")

    @Slot()
    def _fill_replace_menu(self) -> None:
        self._fill_menu(self.replace_menu, "replace")

    @Slot()
    def _on_mount_menu(self) -> None:
        kind, container_id, destination, current = self.sender().data()
        container = self.ctx.container_model.object(container_id)
        if container is None:
            return
        if kind == "remove":
            self.open_mount(container, "remove", current, destination)
        else:
            others = [n for n in self.volume_names() if n != current and drop_refusal(container, n) is None]
            self.open_mount(container, "replace", others[0] if others else "", destination)

    # -- results ------------------------------------------------------------------------------------
    @Slot(object)
    def _on_recreated(self, result) -> None:
        text = self.tr("{0} re-created in {1:.1f} s").format(result.name, result.duration)
        notes = " ".join(getattr(result, "notes", ()))  # a snapshot image kept: said, not hidden
        self.window.statusBar().showMessage(f"{text}. {notes}" if notes else text, 20000 if notes else 8000)
        self.select_soon(result.container_id, result.old_id)

    def select_soon(self, container_id: str, old_id: str = "", snapshots: int = 6) -> None:
        """Select the container now and again after the next snapshots (the old row leaving the
        list may take the selection with it)."""
        self._to_select = (container_id, snapshots)
        self._replaced = old_id
        self.ctx.selection.select_container(container_id)
        self.ctx.container_model.snapshot_applied.connect(self._on_snapshot_applied,
                                                          Qt.ConnectionType.UniqueConnection)

    @Slot()
    def _on_snapshot_applied(self, *_args) -> None:
        container_id, left = self._to_select
        if not container_id or left <= 0:
            self._to_select = ("", 0)
            self.ctx.container_model.snapshot_applied.disconnect(self._on_snapshot_applied)
            return
        self._to_select = (container_id, left - 1)
        # only while nothing else was chosen meanwhile
        if self.ctx.containers_view.selected_keys() in ([], [self._replaced]):
            self.ctx.selection.select_container(container_id)

    @Slot(str, bool)
    def _on_container_started(self, container_id: str, interactive: bool) -> None:
        self.select_soon(container_id)
        terminals = self.ctx.features.terminal_feature
        if interactive and terminals is not None:
            terminals.open(container_id, None, attach=True)

    # -- originals left renamed by an interrupted re-create --------------------------------------
    @Slot(object)
    def _on_state_for_leftovers(self, state) -> None:
        if not state.connected or state.info is None or state.info.host == self._checked_host:
            return
        self._checked_host = state.info.host
        self._leftover_request = self.session.submit(find_leftovers, label=self.tr("Look for interrupted "
                                                                                   "mount changes"))
        self._leftover_request.succeeded.connect(self._on_leftovers)

    @Slot(object)
    def _on_leftovers(self, leftovers: list) -> None:
        self._leftovers = leftovers
        if not leftovers:
            return
        text = self.tr("A mount change was interrupted (volgui was stopped in the middle). The original "
                       "containers are safe, under a temporary name:")
        details = "\n".join(f"• {x.describe()}" for x in leftovers)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Interrupted mount change"), text,
                          QMessageBox.StandardButton.Close, self.window)
        box.setObjectName("leftoversBox")
        box.setInformativeText(details)
        if any(not x.name_taken_by for x in leftovers):
            restore = box.addButton(self.tr("Give back their names"), QMessageBox.ButtonRole.AcceptRole)
            restore.setObjectName("restoreNamesButton")
            restore.clicked.connect(self._on_restore_leftovers)
        box.setWindowModality(Qt.WindowModality.NonModal)
        self.leftovers_box = box
        box.show()

    @Slot()
    def _on_restore_leftovers(self) -> None:
        for leftover in self._leftovers:
            if not leftover.name_taken_by:
                command = f"docker rename {leftover.name} {leftover.original_name}"
                label = self.tr("Restore the name of {0}").format(leftover.original_name)
                request = self.session.submit(restore_leftover, leftover, label=label, command=command)
                request.failed.connect(self._on_restore_failed)

    @Slot(object)
    def _on_restore_failed(self, error) -> None:
        self.window.statusBar().showMessage(getattr(error, "message", str(error)), 10000)

    FINISH_TIMEOUT_MS = 120_000

    @Slot()
    def _on_window_closing(self) -> None:
        """Quitting during a re-create: let it finish (or roll back) before the worker is stopped."""
        request = self.dialog.running_request if isinstance(self.dialog, MountDialog) else None
        if request is None or request.done:
            return
        self.window.statusBar().showMessage(self.tr("Finishing the mount change before quitting…"))
        loop = QEventLoop(self)
        request.finished.connect(loop.quit)
        QTimer.singleShot(self.FINISH_TIMEOUT_MS, loop.quit)
        loop.exec()

    # -- a volume dropped on an image --------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if watched is not self._images_viewport:
            return False
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if event.mimeData().hasFormat(VOLUME_MIME) and self._image_at(event) is not None:
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop and event.mimeData().hasFormat(VOLUME_MIME):
            image = self._image_at(event)
            if image is None:
                event.ignore()
                return True
            event.acceptProposedAction()
            self.image_volume_dropped(image, bytes(event.mimeData().data(VOLUME_MIME).data()).decode())
            return True
        return False

    def _image_at(self, event):
        tree = self.ctx.images_view.tree
        index = tree.indexAt(event.position().toPoint())
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def image_volume_dropped(self, image, volume_name: str) -> RunDialog:
        ref = image.tags[0] if image.tags else image.id
        target = suggest_destination(None, [])
        return self.open_run(ref, [VolumeMount(volume_name.strip(), target)])


def install(ctx: WindowContext) -> None:
    ctx.features.mounting = MountingController(ctx)
