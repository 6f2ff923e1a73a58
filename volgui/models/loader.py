"""Keeps the three table models in step with the engine, never calling it on the GUI thread.

* The first load and every ``session.resync_needed`` (reconnect, Refresh, engine switch) load
  the whole snapshot on the request worker and diff-apply it to the models: per-row inserts,
  removals and cell updates (a reset only for the first load).
* A lone engine event is handled at once; the events of a burst are gathered (during the
  request running, or for a short moment) into one request. Only the objects they name are
  fetched: the containers by id (one filtered listing), the volumes
  by name (inspect; a full volume listing for big bursts), the images list when images changed.
  Listing every container is the expensive call (about 200 ms for 500 containers on Docker
  20.10, against 6 ms for a filtered one), so an event never lists them all. Which containers
  use which volume is then derived again from the containers model, in memory.
* Whatever arrives while a request runs is remembered and fetched right after it, so the last
  event of a burst is never missed and requests never pile up.
* Write-layer sizes of containers are measured only for the rows someone looks at
  (``want_container_sizes``); volume sizes only on demand (``compute_volume_sizes``, which walks
  every file: ``docker system df -v``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from volgui.engine.errors import EngineError
from volgui.engine.events import EngineEvent
from volgui.engine.objects import (
    Container,
    Image,
    Volume,
    is_helper,
    parse_container,
    parse_image,
    parse_volume,
    volume_users,
)
from volgui.workers.requests import Request

# Events that cannot change what the lists show.
_QUIET_ACTIONS = {"exec_create", "exec_start", "exec_die", "exec_detach", "attach", "detach", "resize",
                  "top", "archive-path", "extract-to-dir", "export", "commit", "copy", "mount", "unmount"}
_TYPES = {"container", "volume", "image"}
SIZE_BATCH = 40
FULL_LIST_OVER = 40  # more changed objects of a kind than this: list them all


def load_snapshot(engine):
    return engine.snapshot()


@dataclass(frozen=True)
class Changes:
    """What the engine says now about the objects some events named."""

    containers: tuple[Container, ...] | None = None  # those asked that still exist (all if full)
    containers_asked: tuple[str, ...] = ()
    containers_full: bool = False
    volumes: tuple[Volume, ...] | None = None  # without users: derived on the GUI side
    volumes_asked: tuple[str, ...] = ()
    volumes_full: bool = False
    images: tuple[Image, ...] | None = None


def load_changes(engine, container_ids: tuple[str, ...], volume_names: tuple[str, ...],
                 all_containers: bool, all_volumes: bool, images: bool) -> Changes:
    """Fetch the named objects (runs in the request worker)."""
    out: dict = {}
    if all_containers or len(container_ids) > FULL_LIST_OVER:
        raw = engine.call("Listing containers", engine.api.containers, all=True)
        out.update(containers=tuple(parse_container(c) for c in raw if not is_helper(c)),
                   containers_full=True)
    elif container_ids:
        raw = engine.call("Listing containers", engine.api.containers, all=True,
                          filters={"id": list(container_ids)})
        wanted = set(container_ids)
        out.update(containers=tuple(parse_container(c) for c in raw
                                    if c["Id"] in wanted and not is_helper(c)),
                   containers_asked=tuple(container_ids))
    if all_volumes or len(volume_names) > FULL_LIST_OVER:
        raw = engine.call("Listing volumes", engine.api.volumes)
        out.update(volumes=tuple(parse_volume(v) for v in raw.get("Volumes") or []), volumes_full=True)
    elif volume_names:
        found = []
        for name in volume_names:
            try:
                raw = engine.call("Inspecting a volume", engine.api.inspect_volume, name)
                found.append(parse_volume(raw))
            except EngineError as exc:
                if exc.status != 404:
                    raise
        out.update(volumes=tuple(found), volumes_asked=tuple(volume_names))
    if images:
        out["images"] = tuple(parse_image(i) for i in engine.call("Listing images", engine.api.images)
                              if not is_helper(i))
    return Changes(**out)


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


def _with_users(old: Volume | None, new: Volume, users) -> Volume:
    """``new`` with its users; the row's current object when nothing differs (no copy, no update)."""
    if old is not None and old.users == users and (
            old.name, old.driver, old.mountpoint, old.created, old.labels, old.options, old.scope) == (
            new.name, new.driver, new.mountpoint, new.created, new.labels, new.options, new.scope):
        return old
    return replace(new, users=users)


def event_changes_lists(event: EngineEvent) -> bool:
    return event.type in _TYPES and event.base_action not in _QUIET_ACTIONS


class SnapshotLoader(QObject):
    loading_changed = Signal(bool)
    loaded = Signal()  # a snapshot was applied
    failed = Signal(str)  # a person-readable reason
    volume_sizes_failed = Signal(str)

    COALESCE_MS = 40  # events closer than this to the previous fetch wait for one more
    TIMES_MS = 30_000
    RETRY_MS = 1000
    RETRIES = 3

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
        self._coalesce.timeout.connect(self._fetch_changes)
        self._forget_wanted()
        self._last_fetch = 0.0
        self._failures = 0
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(self.RETRY_MS)
        self._retry.timeout.connect(self.reload)
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
        """Reload the whole snapshot now (or right after the request running)."""
        if self._request is not None:
            self._dirty = True
            return
        if not self.session.state.connected:
            return
        self._dirty = False
        self._forget_wanted()  # the snapshot covers every event so far
        try:
            request = self.session.submit(load_snapshot, label="List containers, volumes and images")
        except Exception as exc:  # no engine selected
            self.last_error = str(exc)
            return
        self._request = request
        request.succeeded.connect(self._on_snapshot)
        request.failed.connect(self._on_snapshot_failed)
        self.loading_changed.emit(True)

    def _forget_wanted(self) -> None:
        self._coalesce.stop()
        self._want_containers: set[str] = set()
        self._want_volumes: set[str] = set()
        self._want_all_containers = self._want_all_volumes = self._want_images = False

    def _wants_something(self) -> bool:
        return bool(self._want_containers or self._want_volumes or self._want_all_containers
                    or self._want_all_volumes or self._want_images)

    @Slot(object)
    def _on_event(self, event) -> None:
        if not isinstance(event, EngineEvent) or not event_changes_lists(event):
            return
        whole = not event.id or event.base_action == "prune"
        if event.type == "container":
            if whole:
                self._want_all_containers = True
            else:
                self._want_containers.add(event.id)
        elif event.type == "volume":
            if whole:
                self._want_all_volumes = True
            else:
                self._want_volumes.add(event.id)
        else:
            self._want_images = True
        if self._request is not None or self._coalesce.isActive():
            return  # fetched when the running request ends / the timer fires
        if time.monotonic() - self._last_fetch > self.COALESCE_MS / 1000:
            self._fetch_changes()  # a lone event: at once
        else:
            self._coalesce.start()  # a burst: gather it

    @Slot()
    def _fetch_changes(self) -> None:
        """The burst is over: fetch what its events named (after the running request, if any)."""
        if self._request is not None or not self._wants_something():
            return
        if not self.session.state.connected:
            return
        if not self.containers.loaded:
            self.reload()
            return
        self._last_fetch = time.monotonic()
        args = (tuple(self._want_containers), tuple(self._want_volumes), self._want_all_containers,
                self._want_all_volumes, self._want_images)
        self._forget_wanted()
        try:
            request = self.session.submit(load_changes, *args, label="Fetch changed objects")
        except Exception as exc:
            self.last_error = str(exc)
            return
        self._request = request
        request.succeeded.connect(self._on_changes)
        request.failed.connect(self._on_snapshot_failed)

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        self._request = None
        self._failures = 0
        self.apply_changes(changes)
        self._next()

    def apply_changes(self, changes: Changes) -> None:
        """Per-row updates from fetched objects; volume users derived from the containers model."""
        cm, vm = self.containers, self.volumes
        if changes.containers is not None:
            if changes.containers_full:
                cm.apply(changes.containers)
            else:
                present = {c.id for c in changes.containers}
                cm.update(changes.containers, [i for i in changes.containers_asked if i not in present])
        users = volume_users(cm.objects()) if changes.containers is not None or changes.volumes else None
        if changes.volumes is not None:
            fresh = [_with_users(vm.object(v.name), v, users.get(v.name, ())) for v in changes.volumes]
            if changes.volumes_full:
                vm.apply(fresh)
            else:
                present = {v.name for v in fresh}
                vm.update(fresh, [n for n in changes.volumes_asked if n not in present])
        if changes.containers is not None:
            relinked = [replace(v, users=users.get(v.name, ())) for v in vm.objects()
                        if v.users != users.get(v.name, ())]
            if relinked:
                vm.update(relinked)
            self.images.set_usage(cm.objects())
        if changes.images is not None:
            self.images.apply(changes.images)
        self.loads += 1
        self.loaded.emit()

    def _next(self) -> None:
        """After a request: a pending full reload first, else the changes gathered meanwhile."""
        if self._dirty:
            self.reload()
        elif self._wants_something():
            self._fetch_changes()
            if self._request is None:
                self.loading_changed.emit(False)
        else:
            self.loading_changed.emit(False)

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
        self._forget_wanted()
        self._retry.stop()
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
        self._failures = 0
        self.last_error = ""
        self.containers.apply_snapshot(snapshot)
        self.volumes.apply_snapshot(snapshot)
        self.images.apply_snapshot(snapshot)
        self.loads += 1
        self.loaded.emit()
        self._next()

    @Slot(object)
    def _on_snapshot_failed(self, error) -> None:
        self._request = None
        self.last_error = getattr(error, "message", str(error))
        self.failed.emit(self.last_error)
        self.loading_changed.emit(False)
        # What the failed request was to bring is unknown now: reload everything a little later
        # (a few times; a reconnect brings a resync anyway).
        self._dirty = False
        self._failures += 1
        if self.session.state.connected and self._failures <= self.RETRIES:
            self._retry.start()

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
