"""The containers, volumes and images views, with the drag-and-drop contract.

Drag and drop: the volumes view starts drags of ``application/x-volgui-volume`` (the volume
name in UTF-8, also as text/plain). The containers view accepts it and emits
``volume_dropped(container_id, volume_name)``; it also accepts local folders
(``text/uri-list``) and emits ``folder_dropped(container_id, path)``. The row under the cursor
is highlighted while dragging. ``containers_view.drop_validator(container, volume_name)``
returns why a drop is not possible (shown as a tooltip and in the status bar) or ``None``;
``folder_validator(container, path)`` does the same for folders.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QToolTip

from volgui.engine.dto.objects import Container
from volgui.models.base import OBJECT_ROLE
from volgui.models.objects import VOLUME_MIME, ContainerTableModel, ImageTableModel, VolumeTableModel
from volgui.ui.views.table_view import ObjectTree, ObjectView, single_shot, visible_keys


class DropTree(ObjectTree):
    """The containers list: accepts volumes and folders dropped onto a row."""

    def __init__(self, view: ContainersView) -> None:
        super().__init__(view)
        self._view = view
        self.drop_row = -1
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(False)

    def _set_drop_row(self, row: int) -> None:
        if row != self.drop_row:
            self.drop_row = row
            self.viewport().update()

    def dragEnterEvent(self, event) -> None:
        if self._view.drop_payload(event.mimeData()) is None:
            event.ignore()
            return
        self.dragMoveEvent(event)  # highlight and hint for where the drag came in
        event.acceptProposedAction()  # stay interested: a valid row may come next

    def dragMoveEvent(self, event) -> None:
        payload = self._view.drop_payload(event.mimeData())
        if payload is None:
            event.ignore()
            return
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        self._set_drop_row(index.row() if index.isValid() else -1)
        container = index.data(OBJECT_ROLE) if index.isValid() else None
        reason = self._view.drop_refusal(container, payload)
        if reason:
            event.ignore(self.visualRect(index) if index.isValid() else QRect())
            self._view.show_drop_hint(reason, self.viewport().mapToGlobal(pos))
        else:
            event.acceptProposedAction()
            self._view.show_drop_hint("", self.viewport().mapToGlobal(pos))

    def dragLeaveEvent(self, event) -> None:
        self._set_drop_row(-1)
        self._view.show_drop_hint("", QPoint())
        event.accept()

    def dropEvent(self, event) -> None:
        payload = self._view.drop_payload(event.mimeData())
        index = self.indexAt(event.position().toPoint())
        self._set_drop_row(-1)
        self._view.show_drop_hint("", QPoint())
        container = index.data(OBJECT_ROLE) if index.isValid() else None
        if payload is None or container is None or self._view.drop_refusal(container, payload):
            event.ignore()
            return
        event.acceptProposedAction()
        self._view.deliver_drop(container, payload)

    def paintEvent(self, event) -> None:
        # the drop target is painted over the finished rows (a drawRow override would be a call
        # into Python for every visible row of every paint, drag or not)
        super().paintEvent(event)
        if self.drop_row < 0 or self.model() is None:
            return
        cell = self.visualRect(self.model().index(self.drop_row, 0))
        if not cell.isValid():
            return
        rect = QRect(0, cell.top(), self.viewport().width(), cell.height())
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        painter = QPainter(self.viewport())
        fill = QColor(colour)
        fill.setAlpha(70)
        painter.fillRect(rect, fill)
        painter.setPen(QPen(colour, 2))
        painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.end()


class ContainersView(ObjectView):
    KIND = "containers"
    OBJECT_NAME = "containersView"
    C = ContainerTableModel
    DEFAULT_WIDTHS = (150, 110, 230, 150, 120, 115, 150, 110, 110, 120)  # "Capa de escritura" fits
    DEFAULT_HIDDEN = (C.STATUS, C.CREATED)
    DEFAULT_ORDER = (C.NAME, C.STATE, C.IMAGE, C.MOUNTS)  # the image on screen at the default size

    volume_dropped = Signal(str, str)  # container id, volume name
    folder_dropped = Signal(str, str)  # container id, local folder path
    sizes_wanted = Signal(list)  # container ids on screen whose write layer is not measured

    def __init__(self, model: ContainerTableModel, settings=None, parent=None) -> None:
        super().__init__(model, settings, parent)
        self.drop_validator: Callable[[Container, str], str | None] | None = None
        self.folder_validator: Callable[[Container, str], str | None] | None = None
        self.drop_hint = ""
        self._sizes_timer = single_shot(self, 250, self._ask_sizes)
        self.tree.verticalScrollBar().valueChanged.connect(self._schedule_sizes)
        self.tree.selectionModel().selectionChanged.connect(self._schedule_sizes)
        self.tree.header().sectionResized.connect(self._schedule_sizes)
        for signal in (self.proxy.rowsInserted, self.proxy.modelReset, self.proxy.layoutChanged,
                       self.proxy.filter_changed):
            signal.connect(self._schedule_sizes)

    def _make_tree(self) -> ObjectTree:
        return DropTree(self)

    def title_name(self) -> str:
        return self.tr("Containers")

    def filter_placeholder(self) -> str:
        return self.tr("Filter containers: name, image, label…")

    def related_menu_label(self) -> str:
        return self.tr("Only containers using the selected volumes")

    def related_tooltip(self) -> str:
        return self.tr("Show only the containers that mount the volumes selected on the right")

    def related_empty_text(self) -> str:
        return self.tr("No container uses the selected volume")

    def empty_texts(self):
        return (self.tr("No containers yet"),
                self.tr("Containers are made from images (docker run). Create one to see it here."),
                self.tr("Create container…"))

    # -- drag and drop ------------------------------------------------------------------------
    def drop_payload(self, mime) -> tuple[str, str] | None:
        """``("volume", name)`` or ``("folder", path)`` from a drag's data, else None."""
        if mime.hasFormat(VOLUME_MIME):
            name = bytes(mime.data(VOLUME_MIME).data()).decode("utf-8", "replace").strip()
            return ("volume", name) if name else None
        if mime.hasUrls():
            for url in mime.urls():
                if url.isLocalFile() and os.path.isdir(url.toLocalFile()):
                    return ("folder", url.toLocalFile())
        return None

    def drop_refusal(self, container: Container | None, payload: tuple[str, str]) -> str | None:
        kind, value = payload
        if container is None:
            return self.tr("Drop onto a container to mount it there")
        validator = self.drop_validator if kind == "volume" else self.folder_validator
        if validator is None:
            return None
        try:
            return validator(container, value) or None
        except Exception as exc:  # a broken validator must not break dragging
            return str(exc) or None

    def show_drop_hint(self, reason: str, global_pos: QPoint) -> None:
        if reason == self.drop_hint:
            return
        self.drop_hint = reason
        if QGuiApplication.platformName() != "offscreen":  # no tooltip windows there
            if reason:
                QToolTip.showText(global_pos, reason, self.tree.viewport())
            else:
                QToolTip.hideText()
        self.status_message.emit(reason)

    def deliver_drop(self, container: Container, payload: tuple[str, str]) -> None:
        kind, value = payload
        if kind == "volume":
            self.volume_dropped.emit(container.id, value)
        else:
            self.folder_dropped.emit(container.id, value)

    # -- lazy write-layer sizes ---------------------------------------------------------------
    @Slot()
    def _schedule_sizes(self, *_args) -> None:
        if not self.tree.header().isSectionHidden(ContainerTableModel.SIZE):
            self._sizes_timer.start()

    @Slot()
    def _ask_sizes(self) -> None:
        keys = visible_keys(self)
        if keys:
            self.sizes_wanted.emit(keys)

    def copy_text(self, obj) -> str:
        return obj.name

    def _row_menu_actions(self):
        actions = super()._row_menu_actions()
        measure = QAction(self.tr("Measure write layer again"), self)
        measure.triggered.connect(self.measure_selected_again)
        actions.append(measure)
        return actions

    @Slot()
    def measure_selected_again(self) -> None:
        """Forget the selected rows' write-layer sizes and measure them now."""
        keys = self.selected_keys()
        self.model.forget_sizes(keys)
        if keys:
            self.sizes_wanted.emit(keys)


class VolumesView(ObjectView):
    KIND = "volumes"
    OBJECT_NAME = "volumesView"
    V = VolumeTableModel
    DEFAULT_WIDTHS = (210, 190, 130, 90, 180, 110, 60, 120)
    DEFAULT_HIDDEN = (V.DRIVER,)
    DEFAULT_ORDER = (V.NAME, V.SIZE, V.USED_BY, V.MOUNT_PATHS)  # the size on screen at the default size

    compute_sizes_requested = Signal()

    def __init__(self, model: VolumeTableModel, settings=None, parent=None) -> None:
        super().__init__(model, settings, parent)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.sizes_button = QPushButton(self.tr("Compute sizes"))
        self.sizes_button.setToolTip(self.tr("Measure every volume (docker system df -v). It reads all "
                                             "files, so it can take a while on big volumes."))
        self.sizes_button.clicked.connect(self.compute_sizes_requested)
        self.tools.addWidget(self.sizes_button)

    def set_connected(self, connected: bool) -> None:
        super().set_connected(connected)
        self.sizes_button.setEnabled(connected)

    def title_name(self) -> str:
        return self.tr("Volumes")

    def filter_placeholder(self) -> str:
        return self.tr("Filter volumes: name, container, label…")

    def related_menu_label(self) -> str:
        return self.tr("Only volumes of the selected containers")

    def related_tooltip(self) -> str:
        return self.tr("Show only the volumes mounted by the containers selected on the left")

    def related_empty_text(self) -> str:
        return self.tr("The selected container mounts no volume")

    def empty_texts(self):
        return (self.tr("No volumes yet — create one"),
                self.tr("A volume keeps data apart from any container: it survives when a container "
                        "is removed and can be shared between containers."),
                self.tr("Create volume…"))

    def _row_menu_actions(self):
        actions = super()._row_menu_actions()
        actions.append(self._make_action(self.tr("Compute sizes"), self.compute_sizes_requested))
        return actions

    def _make_action(self, text, signal):
        action = QAction(text, self)
        action.triggered.connect(signal)
        return action


class ImagesView(ObjectView):
    KIND = "images"
    OBJECT_NAME = "imagesView"
    DEFAULT_WIDTHS = (260, 110, 80, 110, 95)  # "Contenedores" fits

    def __init__(self, model: ImageTableModel, settings=None, parent=None) -> None:
        super().__init__(model, settings, parent)
        self.related_toggle.hide()

    def title_name(self) -> str:
        return self.tr("Images")

    def filter_placeholder(self) -> str:
        return self.tr("Filter images: tag, id, label…")

    def empty_texts(self):
        return (self.tr("No images"),
                self.tr("Images are pulled or built with docker; the ones on this engine are listed "
                        "here."), "")

    def copy_text(self, obj) -> str:
        return obj.tags[0] if obj.tags else obj.id

    def _row_menu_actions(self) -> list[QAction]:
        copy_id = QAction(self.tr("Copy ID"), self)
        copy_id.setObjectName("copyImageIdAction")
        copy_id.triggered.connect(self._copy_ids)
        return [*super()._row_menu_actions(), copy_id]

    @Slot()
    def _copy_ids(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(o.short_id for o in self.selected_objects()))
