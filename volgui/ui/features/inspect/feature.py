"""Installs the inspect panel beside the views and wires it to the selection and the engine."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QDockWidget

from volgui.engine.dto.inspect import VolumeSize
from volgui.ui.features.inspect.panel import InspectPanel


class InspectLinks(QObject):
    """Connects the panel to ``window.selection`` (when the views provide one) and the engines."""

    def __init__(self, window, panel: InspectPanel) -> None:
        super().__init__(window)
        self.window = window
        self.panel = panel
        self.selection = None
        panel.volume_requested.connect(self._select_volume)
        panel.container_requested.connect(self._select_container)
        panel.image_requested.connect(self._select_image)
        panel.views["container"].mount_change_requested.connect(self._change_mount)
        session = window.session
        session.event_received.connect(panel.on_engine_event)
        session.resync_needed.connect(panel.on_resync)
        manager = getattr(session, "manager", None)
        if manager is not None:
            manager.active_changed.connect(self._on_engine_switched)
        # volume sizes: share measurements with the volumes view ("Compute sizes") both ways
        self.volume_model = getattr(window, "volume_model", None)
        if self.volume_model is not None and hasattr(self.volume_model, "size_of"):
            panel.size_lookup = self._model_size
            panel.sizes_measured.connect(self._on_sizes_measured)
            self.volume_model.dataChanged.connect(self._on_volume_model_changed)

    @Slot(str, object)
    def _change_mount(self, kind: str, row) -> None:
        """The mounts table's context menu: the same re-create flow as the containers view's."""
        mounting = getattr(self.window, "mounting", None)
        summary = self.panel.views["container"].summary
        model = getattr(self.window, "container_model", None)
        container = model.object(summary.id) if model is not None and summary is not None else None
        if mounting is None or container is None:
            return
        mounting.open_mount(container, kind, row.volume if kind == "replace" else "", row.destination)

    def _model_size(self, name: str) -> VolumeSize | None:
        known = self.volume_model.size_of(name)
        if not known or known[1] is None:
            return None
        size, when = known
        return VolumeSize(name, -1 if size is None else int(size), -1, when)

    @Slot(object)
    def _on_sizes_measured(self, sizes: dict) -> None:
        if not sizes:
            return
        when = max(s.measured_at for s in sizes.values())
        self.volume_model.set_sizes({n: (s.size if s.known else None) for n, s in sizes.items()}, when)

    @Slot()
    def _on_volume_model_changed(self, *_args) -> None:
        if self.panel.kind == "volume" and self.panel.state == "shown":
            self.panel.show_known_size()

    @Slot()
    def connect_selection(self) -> bool:
        """Follow ``window.selection``; True once connected (it may be installed after this feature)."""
        hub = getattr(self.window, "selection", None)
        if hub is None or hub is self.selection:
            return hub is not None
        self.selection = hub
        hub.current_changed.connect(self.panel.show_object)
        current = getattr(hub, "current", None)
        if current is not None:
            self.panel.show_object(current)
        return True

    def _hub_call(self, method: str, key: str) -> None:
        self.connect_selection()
        fn = getattr(self.selection, method, None)
        if fn is not None:
            fn(key)

    @Slot(str)
    def _select_volume(self, name: str) -> None:
        self._hub_call("select_volume", name)

    @Slot(str)
    def _select_container(self, container_id: str) -> None:
        self._hub_call("select_container", container_id)

    @Slot(str)
    def _select_image(self, image_id: str) -> None:
        self._hub_call("select_image", image_id)

    @Slot(object)
    def _on_engine_switched(self, _profile) -> None:
        self.panel.clear()
        self.panel.forget_sizes()


def install(window) -> None:
    panel = InspectPanel(window.session)
    panel.setObjectName("inspectPanel")
    side = getattr(window, "side_tabs", None)
    if side is not None:
        side.insertTab(0, panel, window.tr("Inspect"))
        side.setCurrentWidget(panel)
        side.show()
    else:
        dock = QDockWidget(window.tr("Inspect"), window)
        dock.setObjectName("inspectDock")
        dock.setWidget(panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        window.inspect_dock = dock
        view_menu = getattr(window, "view_menu", None)
        if view_menu is not None:
            view_menu.addAction(dock.toggleViewAction())
    window.inspect_panel = panel
    links = InspectLinks(window, panel)
    window.inspect_links = links
    if not links.connect_selection():
        # the views may install their SelectionHub after this feature
        QTimer.singleShot(0, links.connect_selection)
