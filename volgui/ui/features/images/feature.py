"""Images: pull, push, tag, history, save and load, remove, prune, and what takes space.

Installs an Image menu, the images view's right-click actions (Delete removes) and its empty
state's "Pull an image…". Inspect and "Run this image…" come from the actions and mounting
features and are listed in the same menu. Every dialog shows its ``docker image …`` command;
the work runs on the session's worker (remove, prune, tag) or in a job of its own (pull, push,
save, load). The dialogs load on first use (start-up time).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from volgui.engine.present import image_commands
from volgui.engine.present.display import human_size
from volgui.ui.window.context import WindowContext, engine_session


class ImagesController(QObject):
    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.window = ctx.window
        self.dialog: QDialog | None = None  # the last dialog opened (tests reach it here)
        self.disk_dialog: QDialog | None = None
        self.last_request = None
        self._on_accept: dict[QDialog, object] = {}
        self._open: list[QDialog] = []  # closed with the window (a running pull is cancelled, waited for)
        self.actions: dict[str, QAction] = {}
        for key, text, tip, slot in (
            ("pull", QT_TR_NOOP("&Pull image…"),
             QT_TR_NOOP("Download an image from a registry (docker image pull)"), self.open_pull),
            ("push", QT_TR_NOOP("P&ush…"), QT_TR_NOOP("Upload a tag of the selected image to its registry"),
             self.open_push),
            ("tag", QT_TR_NOOP("&Tag…"), QT_TR_NOOP("Give the selected image another name"), self.open_tag),
            ("history", QT_TR_NOOP("&History"),
             QT_TR_NOOP("The selected image's layers and the steps that made them"),
             self.open_history),
            ("save", QT_TR_NOOP("&Save to file…"), QT_TR_NOOP("Write the selected images into a tar file"),
             self.open_save),
            ("load", QT_TR_NOOP("&Load from file…"),
             QT_TR_NOOP("Load images from a tar file made by docker image save"),
             self.open_load),
            ("remove", QT_TR_NOOP("Re&move image…"),
             QT_TR_NOOP("Remove the selected images (names the containers that use them)"),
             self.open_remove),
            ("prune", QT_TR_NOOP("Prune unused &images…"),
             QT_TR_NOOP("Remove images no container uses (lists them first)"),
             self.open_prune),
            ("disk", QT_TR_NOOP("&What takes space…"),
             QT_TR_NOOP("Disk use of images, containers, volumes and build cache "
                        "(docker system df -v)"), self.open_disk_use)):
            action = QAction(self.tr(text), self.window)
            action.setObjectName(f"{key}ImageAction")
            action.setToolTip(self.tr(tip))
            action.setStatusTip(self.tr(tip))
            action.triggered.connect(slot)
            self.actions[key] = action
        remove = self.actions["remove"]
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        view = ctx.images_view
        view.addAction(remove)
        self._build_menu()
        view.context_actions.extend(self.actions[k] for k in ("history", "tag", "push", "save", "remove"))
        if view.empty_action is None:
            view.empty_action = self.actions["pull"]
        if ctx.features.actions_controller is not None:
            ctx.features.actions_controller.action_succeeded.connect(self._after_other_action)
        ctx.closing.connect(self._on_window_closing)
        ctx.selection.images_selected.connect(self._update_actions)
        ctx.session.state_changed.connect(self._update_actions)
        self._update_actions()

    def _build_menu(self) -> None:
        menu = self.window.menuBar().addMenu(self.tr("Ima&ge"))
        menu.setObjectName("imageMenu")
        features = self.ctx.features
        if features.actions_controller is not None:
            menu.addAction(features.actions_controller.inspect_actions["image"])
        if features.mounting is not None:
            menu.addAction(features.mounting.run_image_action)
        for keys in (("pull", "push", "tag", "history"), ("save", "load"), ("remove", "prune"), ("disk",)):
            menu.addSeparator()
            for key in keys:
                menu.addAction(self.actions[key])
        self.menu = menu

    # -- state ------------------------------------------------------------------------------------
    def selected(self) -> list:
        return list(self.ctx.selection.selected_images())

    @Slot()
    def _update_actions(self, *_args) -> None:
        connected = self.ctx.session.state.connected
        images = self.selected()
        one = len(images) == 1
        for key in ("pull", "load", "prune", "disk"):
            self.actions[key].setEnabled(connected)
        self.actions["push"].setEnabled(connected and one and bool(images[0].tags))
        self.actions["tag"].setEnabled(connected and one)
        self.actions["history"].setEnabled(connected and one)
        self.actions["save"].setEnabled(connected and bool(images))
        self.actions["remove"].setEnabled(connected and bool(images))

    def session(self):
        return engine_session(self.ctx.session)

    # -- opening ----------------------------------------------------------------------------------
    def _show(self, dialog: QDialog, on_accept=None) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_accept is not None:
            self._on_accept[dialog] = on_accept
        dialog.finished.connect(self._on_dialog_finished)
        self._open.append(dialog)
        dialog.show()
        return dialog

    @Slot()
    def _on_window_closing(self) -> None:
        for dialog in list(self._open):
            dialog.done(QDialog.DialogCode.Rejected)

    @Slot(int)
    def _on_dialog_finished(self, result: int) -> None:
        """Forget the dialog (it deletes itself on close); an accepted one's action runs."""
        dialog = self.sender()
        action = self._on_accept.pop(dialog, None)
        if dialog in self._open:
            self._open.remove(dialog)
        if dialog is self.dialog:
            self.dialog = None
        if dialog is self.disk_dialog:
            self.disk_dialog = None
        if result == QDialog.DialogCode.Accepted and action is not None:
            action(dialog.accepted_values())

    def _parent(self) -> QWidget:
        disk = self.disk_dialog
        return disk if disk is not None and disk.isVisible() else self.window

    @Slot()
    def open_pull(self, reference: str = ""):
        from volgui.ui.features.images.transfer_dialog import PullDialog  # lazy: start-up time

        dialog = PullDialog(self.session(), reference if isinstance(reference, str) else "", self.window)
        dialog.finished_job.connect(self._on_job_finished)
        return self._show(dialog)

    @Slot()
    def open_push(self):
        from volgui.ui.features.images.transfer_dialog import PushDialog  # lazy: start-up time

        images = self.selected()
        if len(images) != 1 or not images[0].tags:
            return None
        dialog = PushDialog(self.session(), list(images[0].tags), self.window)
        dialog.finished_job.connect(self._on_job_finished)
        return self._show(dialog)

    @Slot()
    def open_save(self):
        from volgui.ui.features.images.archive_dialogs import SaveImagesDialog  # lazy: start-up time

        images = self.selected()
        if not images:
            return None
        refs = [r for i in images for r in image_commands.image_ref(i.id, i.tags)]
        dialog = SaveImagesDialog(self.session(), refs, sum(i.size for i in images), parent=self.window)
        dialog.finished_job.connect(self._on_job_finished)
        return self._show(dialog)

    @Slot()
    def open_load(self):
        from volgui.ui.features.images.archive_dialogs import LoadImagesDialog  # lazy: start-up time

        dialog = LoadImagesDialog(self.session(), parent=self.window)
        dialog.finished_job.connect(self._on_job_finished)
        return self._show(dialog)

    @Slot()
    def open_history(self):
        from volgui.ui.features.images.history_dialog import ImageHistoryDialog  # lazy: start-up time

        images = self.selected()
        if len(images) != 1:
            return None
        return self._show(ImageHistoryDialog(self.session(), image_commands.image_ref(
            images[0].id, images[0].tags)[0], self.window))

    @Slot()
    def open_tag(self):
        from volgui.ui.features.images.dialogs import TagImageDialog  # lazy: start-up time

        images = self.selected()
        if len(images) != 1:
            return None
        source = image_commands.image_ref(images[0].id, images[0].tags)[0]
        return self._show(TagImageDialog(images[0].id, source, self.window), self._submit_tag)

    @Slot()
    def open_remove(self):
        from volgui.ui.features.images.dialogs import RemoveImagesDialog  # lazy: start-up time

        images = self.selected()
        if not images:
            return None
        dialog = RemoveImagesDialog([i.id for i in images], self.session().submit, self.window)
        return self._show(dialog, self._submit_remove)

    @Slot()
    def open_prune(self, unused: bool = False):
        from volgui.ui.features.images.dialogs import PruneImagesDialog  # lazy: start-up time

        dialog = PruneImagesDialog(self.session().submit, unused is True, self._parent())
        return self._show(dialog, self._submit_prune)

    @Slot()
    def open_disk_use(self):
        from volgui.ui.features.images.disk_use import DiskUseDialog  # lazy: start-up time

        if self.disk_dialog is not None:
            self.disk_dialog.raise_()
            return self.disk_dialog
        dialog = DiskUseDialog(self.session(), self.window)
        dialog.reclaim_requested.connect(self.reclaim)
        self.disk_dialog = dialog
        return self._show(dialog)

    # -- running ----------------------------------------------------------------------------------
    def _submit(self, fn, *args, label: str, command: str, **kwargs):
        actions = self.ctx.features.actions_controller
        if actions is not None:  # its error box and status messages, the activity log
            request = actions.submit(fn, *args, label=label, command=command, **kwargs)
        else:
            request = self.session().submit(fn, *args, label=label, command=command, **kwargs)
        if request is not None:
            request.succeeded.connect(self._on_done)
        self.last_request = request
        return request

    def _submit_remove(self, values: dict):
        from volgui.operations import images as ops  # lazy: start-up time

        n = len(values["image_ids"])
        return self._submit(ops.remove_images, values["image_ids"],
                            remove_containers_too=values["remove_containers_too"],
                            label=self.tr("Remove %Ln image(s)", "", n), command=values["command"],
                            with_progress=True)

    def _submit_prune(self, values: dict):
        from volgui.operations import images as ops  # lazy: start-up time

        ids = values["image_ids"]
        return self._submit(ops.prune_images, ids, label=self.tr("Prune %Ln unused image(s)", "", len(ids)),
                            command=values["command"], with_progress=True)

    def _submit_tag(self, values: dict):
        from volgui.operations import images as ops  # lazy: start-up time

        return self._submit(ops.tag_image, values["image_id"], values["target"],
                            label=self.tr("Tag {0}").format(values["target"]), command=values["command"])

    def _submit_build_cache(self, values: dict):
        from volgui.operations import images as ops  # lazy: start-up time

        return self._submit(ops.prune_build_cache, label=self.tr("Prune build cache"),
                            command=values["command"])

    @Slot(object)
    def _on_done(self, result) -> None:
        freed = getattr(result, "freed", None)
        if freed:
            self.window.statusBar().showMessage(self.tr("Freed {0}").format(human_size(freed)), 8000)
        elif isinstance(result, str):
            self.window.statusBar().showMessage(self.tr("Tagged {0}").format(result), 8000)
        if self.disk_dialog is not None:
            self.disk_dialog.refresh()

    @Slot(object)
    def _on_job_finished(self, result) -> None:
        text = getattr(result, "reference", "") or getattr(result, "path", "")
        if text:
            self.window.statusBar().showMessage(self.tr("Done: {0}").format(text), 8000)

    @Slot(str, object)
    def reclaim(self, kind: str, group) -> None:
        """A disk-use group's clean-up, through that action's own preview."""
        actions = self.ctx.features.actions_controller
        if kind == "images":
            self.open_prune(True)
        elif kind == "build_cache":
            from volgui.ui.features.images.dialogs import PruneBuildCacheDialog  # lazy: start-up time

            self._show(PruneBuildCacheDialog(list(group.rows), self._parent()), self._submit_build_cache)
        elif actions is not None and kind == "volumes":
            actions.prune()
        elif actions is not None and kind == "containers":
            stopped = {r.key for r in group.rows if r.reclaimable}
            containers = [c for c in self.ctx.container_model.objects() if c.id in stopped]
            if containers:
                actions.remove_containers(containers)

    @Slot(object)
    def _after_other_action(self, _request) -> None:
        """A volume prune or container removal (maybe from the disk-use view): measure again."""
        if self.disk_dialog is not None:
            self.disk_dialog.refresh()


def install(ctx: WindowContext) -> None:
    ctx.features.images = ImagesController(ctx)
