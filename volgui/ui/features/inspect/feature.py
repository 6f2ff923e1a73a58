"""Installs the inspect panel beside the views and wires it to the selection and the engine."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from volgui.engine.dto.inspect import VolumeSize
from volgui.ui.features.inspect.panel import InspectPanel
from volgui.ui.views.descriptions import describe_tab
from volgui.ui.window.context import WindowContext


class InspectLinks(QObject):
    """Connects the panel to ``ctx.selection`` and the engines."""

    def __init__(self, ctx: WindowContext, panel: InspectPanel) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.window = ctx.window
        self.panel = panel
        self.selection = ctx.selection
        panel.volume_requested.connect(self._select_volume)
        panel.container_requested.connect(self._select_container)
        panel.image_requested.connect(self._select_image)
        panel.views["container"].mount_change_requested.connect(self._change_mount)
        session = ctx.session
        session.event_received.connect(panel.on_engine_event)
        session.resync_needed.connect(panel.on_resync)
        if ctx.engines is not None:
            ctx.engines.active_changed.connect(self._on_engine_switched)
        # volume sizes: share measurements with the volumes view ("Compute sizes") both ways
        self.volume_model = ctx.volume_model
        panel.size_lookup = self._model_size
        panel.sizes_measured.connect(self._on_sizes_measured)
        self.volume_model.dataChanged.connect(self._on_volume_model_changed)
        self.selection.current_changed.connect(panel.show_object)
        if self.selection.current is not None:
            panel.show_object(self.selection.current)

    @Slot(str, object)
    def _change_mount(self, kind: str, row) -> None:
        """The mounts table's context menu: the same re-create flow as the containers view's."""
        mounting = self.ctx.features.mounting
        summary = self.panel.views["container"].summary
        container = self.ctx.container_model.object(summary.id) if summary is not None else None
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

    @Slot(str)
    def _select_volume(self, name: str) -> None:
        self.selection.select_volume(name)

    @Slot(str)
    def _select_container(self, container_id: str) -> None:
        self.selection.select_container(container_id)

    @Slot(str)
    def _select_image(self, image_id: str) -> None:
        self.selection.select_image(image_id)

    @Slot(object)
    def _on_engine_switched(self, _profile) -> None:
        self.panel.clear()
        self.panel.forget_sizes()


def install(ctx: WindowContext) -> None:
    panel = InspectPanel(ctx.session)
    panel.setObjectName("inspectPanel")
    side = ctx.side_tabs
    describe_tab(side, side.insertTab(0, panel, ctx.window.tr("Inspect")),
                 ctx.window.tr("Everything the engine says about the selected object"))
    side.setCurrentWidget(panel)
    side.show()
    ctx.features.inspect_panel = panel
    InspectLinks(ctx, panel)
