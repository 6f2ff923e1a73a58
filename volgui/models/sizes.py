"""Sizes the views show, measured on the request worker: write layers of the containers someone
looks at (visible or selected rows, SIZE_BATCH per request), and every volume only on demand
(``docker system df -v`` walks every file of every volume)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal, Slot

from volgui.engine.listing import container_sizes, volume_sizes
from volgui.workers.requests import Request

SIZE_BATCH = 40


class SizeRequests(QObject):
    volume_sizes_failed = Signal(str)  # a person-readable reason

    def __init__(self, session, containers, volumes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.containers, self.volumes = session, containers, volumes
        self._size_requests: list[Request] = []
        self._volume_size_request: Request | None = None

    def cancel_all(self) -> None:
        for request in self._size_requests:
            request.cancel()
        self._size_requests.clear()
        if self._volume_size_request is not None:
            self._volume_size_request.cancel()
            self._volume_size_request = None

    def want_container_sizes(self, ids) -> None:
        """Measure the write layer of these containers (visible or selected rows) if not known."""
        if not self.session.state.connected:
            return
        missing = self.containers.sizes_missing(ids)
        for start in range(0, len(missing), SIZE_BATCH):
            batch = missing[start:start + SIZE_BATCH]
            try:
                request = self.session.submit(container_sizes, batch, label=self.tr("Measure write layers"))
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
            request = self.session.submit(volume_sizes, label=self.tr("Compute volume sizes"),
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
