"""Keeps the swarm models in step with the engine: one snapshot request, off the GUI thread.

A swarm snapshot is four requests (``/info``, services with counts, tasks, nodes), cheap whatever
their size, so the loader simply fetches all of it again: after a (re)connect or Refresh, after
service and node events and after container events of swarm tasks (gathered for
``COALESCE_MS`` into one fetch), and every ``REFRESH_MS`` while the swarm view is on screen (a
task's state moves without an event on the manager when it runs on another node). One request at
a time; what arrives meanwhile asks for one more fetch after it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from volgui.engine.errors import EngineError
from volgui.engine.streams.events import EngineEvent
from volgui.engine.swarm.objects import SwarmSnapshot
from volgui.models.swarm import NodeTableModel, ServiceTableModel
from volgui.operations import services as ops

SWARM_EVENT_TYPES = frozenset({"service", "node"})
TASK_LABEL = "com.docker.swarm.task.id"


def concerns_swarm(event: EngineEvent) -> bool:
    """A service or node event, or a container event of a swarm task."""
    if event.type in SWARM_EVENT_TYPES:
        return True
    return event.type == "container" and any(k == TASK_LABEL for k, _ in event.attributes)


class SwarmLoader(QObject):
    snapshot_changed = Signal(object)  # SwarmSnapshot, after the models were updated
    failed = Signal(str)

    COALESCE_MS = 300
    REFRESH_MS = 5000

    def __init__(self, session, services: ServiceTableModel, nodes: NodeTableModel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.services = services
        self.nodes = nodes
        self.snapshot: SwarmSnapshot | None = None
        self._request = None
        self._again = False
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(self.COALESCE_MS)
        self._coalesce.timeout.connect(self.reload)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(self.REFRESH_MS)
        self.refresh_timer.timeout.connect(self.reload)
        session.event_received.connect(self._on_event)
        session.resync_needed.connect(self._on_resync)

    def set_watching(self, watching: bool) -> None:
        """The swarm view is on screen: refresh now and then besides the events."""
        if watching and not self.refresh_timer.isActive():
            self.refresh_timer.start()
            self.reload()
        elif not watching:
            self.refresh_timer.stop()

    @Slot()
    def reload(self) -> None:
        if self._request is not None:
            self._again = True
            return
        if not self.session.state.connected:
            return
        self._again = False
        request = self.session.submit(ops.swarm_snapshot, label=self.tr("Listing swarm services"))
        request.succeeded.connect(self._on_loaded)
        request.failed.connect(self._on_failed)
        self._request = request

    @Slot(object)
    def _on_loaded(self, snapshot: SwarmSnapshot) -> None:
        self._request = None
        self.snapshot = snapshot
        self.nodes.this_node = snapshot.node_id
        self.services.apply(snapshot.services)
        self.nodes.apply(snapshot.nodes)
        self.snapshot_changed.emit(snapshot)
        self._next()

    @Slot(object)
    def _on_failed(self, error: EngineError) -> None:
        self._request = None
        self.failed.emit(error.message)
        self._next()

    def _next(self) -> None:
        if self._again:
            self._coalesce.start()

    @Slot(object)
    def _on_event(self, event) -> None:
        if isinstance(event, EngineEvent) and concerns_swarm(event) and not self._coalesce.isActive():
            self._coalesce.start()

    @Slot()
    def _on_resync(self) -> None:
        self.reload()

    def shutdown(self) -> None:
        self.refresh_timer.stop()
        self._coalesce.stop()
        if self._request is not None:
            self._request.cancel()
            self._request = None
