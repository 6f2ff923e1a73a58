"""Keeps the three table models in step with the engine, never calling it on the GUI thread.

* First load, every ``session.resync_needed`` (reconnect, Refresh) and every burst of engine
  events (coalesced by a short timer) reload the snapshot on the request worker — three cheap
  requests — and diff-apply it to the models: per-row inserts, removals and cell updates.
* A reload asked for while one is running is remembered and done right after it, so the last
  event of a burst is never missed and requests never pile up.
* Write-layer sizes of containers are measured only for the rows someone looks at
  (``want_container_sizes``); volume sizes only on demand (``compute_volume_sizes``, which walks
  every file: ``docker system df -v``).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from volgui.engine.events import EngineEvent
from volgui.workers.requests import Request

# Events that cannot change what the lists show.
_QUIET_ACTIONS = {"exec_create", "exec_start", "exec_die", "exec_detach", "attach", "detach", "resize",
                  "top", "archive-path", "extract-to-dir", "export", "commit", "copy", "mount", "unmount"}
_TYPES = {"container", "volume", "image"}
SIZE_BATCH = 40


def load_snapshot(engine):
    return engine.snapshot()


def container_sizes(engine, ids: list[str]) -> dict[str, int | None]:
    """Write-layer sizes (``SizeRw``) of these containers, in one listing filtered by id."""
    raw = engine.call("Measuring container sizes", engine.api.containers, all=True, size=True,
                      filters={"id": list(ids)})
    wanted = set(ids)
    out: dict[str, int | None] = {cid: None for cid in ids}
    for c in raw:
        if c.get("Id") in wanted:
            size = c.get("SizeRw")
            out[c["Id"]] = int(size) if size is not None and int(size) >= 0 else None
    return out


def volume_sizes(engine) -> dict[str, int | None]:
    """Every volume's size from ``api.df()`` (slow on big volumes; -1 there means unknown)."""
    df = engine.call("Measuring volume sizes", engine.api.df, command="docker system df -v")
    out: dict[str, int | None] = {}
    for v in df.get("Volumes") or []:
        size = (v.get("UsageData") or {}).get("Size", -1)
        out[v["Name"]] = int(size) if size is not None and int(size) >= 0 else None
    return out


def event_changes_lists(event: EngineEvent) -> bool:
    return event.type in _TYPES and event.base_action not in _QUIET_ACTIONS


class SnapshotLoader(QObject):
    loading_changed = Signal(bool)
    loaded = Signal()  # a snapshot was applied
    failed = Signal(str)  # a person-readable reason
    volume_sizes_failed = Signal(str)

    COALESCE_MS = 40
    TIMES_MS = 30_000

    def __init__(self, session, containers, volumes, images, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.containers, self.volumes, self.images = containers, volumes, images
        self._request: Request | None = None
        self._size_requests: list[Request] = []
        self._volume_size_request: Request | None = None
        self._dirty = False
        self.loads = 0  # snapshots applied (tests and benchmarks read it)
        self.last_error = ""
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(self.COALESCE_MS)
        self._coalesce.timeout.connect(self.reload)
        self._times = QTimer(self)
        self._times.setInterval(self.TIMES_MS)
        self._times.timeout.connect(self._refresh_times)
        self._times.start()
        session.event_received.connect(self._on_event)
        session.resync_needed.connect(self.reload)
        session.state_changed.connect(self._on_state)
        manager = getattr(session, "manager", None)
        if manager is not None:
            manager.active_changed.connect(self._on_engine_switched)

    @property
    def loading(self) -> bool:
        return self._request is not None

    # -- snapshots ----------------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        """Reload the snapshot now (or right after the one running)."""
        self._coalesce.stop()
        if self._request is not None:
            self._dirty = True
            return
        if not self.session.state.connected:
            return
        self._dirty = False
        try:
            request = self.session.submit(load_snapshot, label="List containers, volumes and images")
        except Exception as exc:  # no engine selected
            self.last_error = str(exc)
            return
        self._request = request
        request.succeeded.connect(self._on_snapshot)
        request.failed.connect(self._on_snapshot_failed)
        self.loading_changed.emit(True)

    @Slot(object)
    def _on_event(self, event) -> None:
        if isinstance(event, EngineEvent) and event_changes_lists(event):
            if not self._coalesce.isActive():
                self._coalesce.start()

    @Slot(object)
    def _on_state(self, state) -> None:
        if state.connected and not self.containers.loaded:
            self.reload()

    @Slot(object)
    def _on_engine_switched(self, _profile) -> None:
        """Another engine is shown: drop every row and every request of the previous one."""
        self._cancel_all()
        for model in (self.containers, self.volumes, self.images):
            model.clear()
        self.loading_changed.emit(False)

    def _cancel_all(self) -> None:
        self._coalesce.stop()
        if self._request is not None:
            self._request.cancel()
            self._request = None
        for request in self._size_requests:
            request.cancel()
        self._size_requests.clear()
        if self._volume_size_request is not None:
            self._volume_size_request.cancel()
            self._volume_size_request = None
        self._dirty = False

    @Slot(object)
    def _on_snapshot(self, snapshot) -> None:
        self._request = None
        self.last_error = ""
        self.containers.apply_snapshot(snapshot)
        self.volumes.apply_snapshot(snapshot)
        self.images.apply_snapshot(snapshot)
        self.loads += 1
        self.loaded.emit()
        if self._dirty:
            self.reload()
        else:
            self.loading_changed.emit(False)

    @Slot(object)
    def _on_snapshot_failed(self, error) -> None:
        self._request = None
        self.last_error = getattr(error, "message", str(error))
        self.failed.emit(self.last_error)
        self.loading_changed.emit(False)
        if self._dirty and self.session.state.connected:
            self._coalesce.start()

    # -- sizes --------------------------------------------------------------------------------
    def want_container_sizes(self, ids) -> None:
        """Measure the write layer of these containers (visible or selected rows) if not known."""
        if not self.session.state.connected:
            return
        missing = self.containers.sizes_missing(ids)
        for start in range(0, len(missing), SIZE_BATCH):
            batch = missing[start:start + SIZE_BATCH]
            try:
                request = self.session.submit(container_sizes, batch, label="Measure write layers")
            except Exception:
                return
            self.containers.mark_size_pending(batch)
            request.succeeded.connect(self._on_container_sizes)
            request.failed.connect(self._on_container_sizes_failed)
            self._size_requests.append(request)

    def _forget(self, request) -> None:
        self._size_requests = [r for r in self._size_requests if r is not request and not r.done]

    @Slot(object)
    def _on_container_sizes(self, sizes) -> None:
        self._forget(self.sender())
        self.containers.set_sizes(sizes)

    @Slot(object)
    def _on_container_sizes_failed(self, error) -> None:
        request = self.sender()
        self._forget(request)
        ids = request.args[0] if isinstance(request, Request) else []
        self.containers.set_sizes(dict.fromkeys(ids))

    def compute_volume_sizes(self) -> Request | None:
        """Measure every volume (``docker system df -v``); shown with the time it was measured."""
        if self._volume_size_request is not None or not self.session.state.connected:
            return self._volume_size_request
        try:
            request = self.session.submit(volume_sizes, label="Compute volume sizes",
                                          command="docker system df -v")
        except Exception:
            return None
        self._volume_size_request = request
        self.volumes.set_sizes_pending(True)
        request.succeeded.connect(self._on_volume_sizes)
        request.failed.connect(self._on_volume_sizes_failed)
        return request

    @Slot(object)
    def _on_volume_sizes(self, sizes) -> None:
        self._volume_size_request = None
        self.volumes.set_sizes(sizes, datetime.now(UTC))

    @Slot(object)
    def _on_volume_sizes_failed(self, error) -> None:
        self._volume_size_request = None
        self.volumes.set_sizes_pending(False)
        self.volume_sizes_failed.emit(getattr(error, "message", str(error)))

    @Slot()
    def _refresh_times(self) -> None:
        for model in (self.containers, self.volumes, self.images):
            model.refresh_times()

    def shutdown(self) -> None:
        self._times.stop()
        self._cancel_all()
