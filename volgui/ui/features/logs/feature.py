"""The "Logs" and "Stats" tabs in the main window's bottom tabs (not closable).

Both follow the selected container (the first one when several are selected), stream only
while their tab is the one shown, stop when the container stops or is removed, and pick up
again when it starts and after an engine reconnect.

Other features reach them as ``ctx.features.logs_feature.logs_view`` / ``.stats_view``;
``ctx.features.logs_feature.stats_updated`` (container id, ContainerStats) reports each sample,
e.g. for a CPU/memory column in the containers view.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QTabBar

from volgui.engine.present.display import human_size
from volgui.ui.features.logs.logs_tab import LogsView
from volgui.ui.features.logs.stats_tab import StatsView
from volgui.ui.views.descriptions import describe_tab
from volgui.ui.window.context import WindowContext


def install(ctx: WindowContext) -> None:
    if ctx.features.logs_feature is None:
        ctx.features.logs_feature = LogsFeature(ctx)


class LogsFeature(QObject):
    stats_updated = Signal(str, object)

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.window = ctx.window
        session = ctx.session
        self.logs_view = LogsView(session)
        self.stats_view = StatsView(session)
        self.stats_view.stats_updated.connect(self.stats_updated)
        self.stats_updated.connect(self._on_stats)
        tabs = ctx.bottom_tabs
        logs_what = self.tr("What the selected container wrote, as it arrives")
        stats_what = self.tr("CPU, memory, network and disk use of the selected container")
        for view, title, what in ((self.logs_view, self.tr("Logs"), logs_what),
                                  (self.stats_view, self.tr("Stats"), stats_what)):
            index = tabs.addTab(view, title)
            describe_tab(tabs, index, what)
            bar = tabs.tabBar()
            for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
                if bar.tabButton(index, side) is not None:
                    bar.tabButton(index, side).hide()
                    bar.setTabButton(index, side, None)
        ctx.selection.containers_selected.connect(self._on_containers_selected)
        session.event_received.connect(self._on_event)
        session.resync_needed.connect(self._on_resync)
        ctx.closing.connect(self.shutdown)  # before the engine sessions shut down

    @Slot(str, object)
    def _on_stats(self, cid: str, stats) -> None:
        """Feed the containers view's "CPU · memory" column."""
        model = self.ctx.container_model
        cpu = stats.cpu_percent
        text = f"{cpu:.0f}% · {human_size(stats.memory_used)}" if cpu is not None \
            else f"– · {human_size(stats.memory_used)}"
        model.set_stats(cid, text, cpu if cpu is not None else 0.0)

    @Slot(list)
    def _on_containers_selected(self, containers: list) -> None:
        container = containers[0] if containers else None
        self.show_container(container)

    def show_container(self, container) -> None:
        self.logs_view.show_container(container)
        self.stats_view.show_container(container)

    @Slot(object)
    def _on_event(self, event) -> None:
        self.logs_view.on_engine_event(event)
        self.stats_view.on_engine_event(event)

    @Slot()
    def _on_resync(self) -> None:
        self.logs_view.on_resync()
        self.stats_view.on_resync()

    def shutdown(self) -> None:
        """End both streams (the window is closing)."""
        self.logs_view.shutdown()
        self.stats_view.shutdown()

