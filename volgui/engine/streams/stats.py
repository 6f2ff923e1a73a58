"""Live resource usage of a container without Qt: ``/containers/{id}/stats`` parsed into frozen
dataclasses, with the figures computed the way the docker CLI computes them::

    stream = StatsStream(engine, container_id)
    for stats in stream.samples():        # ContainerStats, about one a second
        print(stats.cpu_percent, stats.memory_used, stats.memory_limit)
    stream.close()                        # from any thread: samples() returns

- CPU %: ``(cpu_stats.total_usage - precpu_stats.total_usage) / (cpu_stats.system_cpu_usage -
  precpu_stats.system_cpu_usage) × online CPUs × 100`` — 100 % is one core busy. The first sample
  of a stream has no previous reading: its CPU % is ``None``.
- Memory used: ``usage`` minus the inactive page cache (``total_inactive_file`` on cgroup v1,
  ``inactive_file`` on v2) when smaller than ``usage``, like ``docker stats``.
- Network: received and sent bytes summed over the container's interfaces; block I/O: read and
  written bytes summed over devices.

The engine keeps the stream open after the container stops, sending empty samples dated
``0001-01-01``: :meth:`StatsStream.samples` ends at the first one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass

from volgui.engine import raw_api
from volgui.engine.error_text import ConnectionErrors
from volgui.engine.errors import EngineError, from_docker
from volgui.engine.present.commands import stats_command

ZERO_TIME = "0001-01-01T00:00:00Z"


@dataclass(frozen=True, slots=True)
class ContainerStats:
    read: str  # the engine's time of the sample
    cpu_percent: float | None  # 100 = one core; None when there is no previous reading
    online_cpus: int
    memory_used: int  # bytes, without the inactive page cache
    memory_limit: int  # bytes; the host's memory when the container has no limit
    network_rx: int | None  # bytes; None when the container has no network interface
    network_tx: int | None
    block_read: int
    block_write: int
    pids: int | None

    @property
    def memory_percent(self) -> float | None:
        if not self.memory_limit:
            return None
        return self.memory_used / self.memory_limit * 100.0


def is_stopped_sample(raw: dict) -> bool:
    """The engine's empty samples for a container that is not running."""
    return (raw.get("read") or ZERO_TIME).startswith("0001-")


def cpu_percent(raw: dict) -> float | None:
    """CPU % like ``docker stats`` (Linux): delta of the container's CPU time over the delta of
    the host's, times the online CPUs."""
    cpu = raw.get("cpu_stats") or {}
    pre = raw.get("precpu_stats") or {}
    total = (cpu.get("cpu_usage") or {}).get("total_usage")
    pre_total = (pre.get("cpu_usage") or {}).get("total_usage")
    system = cpu.get("system_cpu_usage")
    pre_system = pre.get("system_cpu_usage")
    if total is None or pre_total is None or not system or not pre_system:
        return None
    cpu_delta = total - pre_total
    system_delta = system - pre_system
    if system_delta <= 0 or cpu_delta < 0:
        return None
    return cpu_delta / system_delta * online_cpus(raw) * 100.0


def online_cpus(raw: dict) -> int:
    cpu = raw.get("cpu_stats") or {}
    online = cpu.get("online_cpus")
    if online:
        return int(online)
    return len((cpu.get("cpu_usage") or {}).get("percpu_usage") or []) or 1


def memory_used(raw: dict) -> int:
    """``usage`` minus inactive file cache, as the docker CLI does (cgroup v1 and v2)."""
    mem = raw.get("memory_stats") or {}
    usage = int(mem.get("usage") or 0)
    stats = mem.get("stats") or {}
    for key in ("total_inactive_file", "inactive_file"):
        value = stats.get(key)
        if value is not None and value < usage:
            return usage - int(value)
    return usage


def network_totals(raw: dict) -> tuple[int | None, int | None]:
    networks = raw.get("networks")
    if not networks:
        return None, None
    rx = sum(int(n.get("rx_bytes") or 0) for n in networks.values())
    tx = sum(int(n.get("tx_bytes") or 0) for n in networks.values())
    return rx, tx


def block_totals(raw: dict) -> tuple[int, int]:
    entries = (raw.get("blkio_stats") or {}).get("io_service_bytes_recursive") or []
    read = write = 0
    for entry in entries:
        op = (entry.get("op") or "").lower()
        if op == "read":
            read += int(entry.get("value") or 0)
        elif op == "write":
            write += int(entry.get("value") or 0)
    return read, write


def parse_stats(raw: dict) -> ContainerStats | None:
    """One sample; ``None`` for the empty samples of a container that is not running."""
    if is_stopped_sample(raw):
        return None
    rx, tx = network_totals(raw)
    block_read, block_write = block_totals(raw)
    mem = raw.get("memory_stats") or {}
    pids = (raw.get("pids_stats") or {}).get("current")
    return ContainerStats(
        read=raw.get("read") or "",
        cpu_percent=cpu_percent(raw),
        online_cpus=online_cpus(raw),
        memory_used=memory_used(raw),
        memory_limit=int(mem.get("limit") or 0),
        network_rx=rx,
        network_tx=tx,
        block_read=block_read,
        block_write=block_write,
        pids=int(pids) if pids is not None else None,
    )


class StatsStream:
    """One stats request on its own connection (the engine must not be shared between threads)."""

    def __init__(self, engine, container_id: str) -> None:
        self.engine = engine
        self.container_id = container_id
        self._response = None
        self._closed = threading.Event()
        self._lock = threading.Lock()

    def open(self) -> None:
        api = self.engine.api
        try:
            res = raw_api.stats_response(api, self.container_id)
        except Exception as exc:
            raise from_docker(exc, host=self.engine.spec.host, action=ConnectionErrors.tr("Reading stats"),
                              command=stats_command(self.container_id[:12])) from exc
        with self._lock:
            self._response = res
        if self._closed.is_set():
            raw_api.shutdown_response(res)

    def samples(self) -> Iterator[ContainerStats]:
        """Parsed samples until the container stops (or :meth:`close`)."""
        if self._response is None:
            self.open()
        res = self._response
        api = self.engine.api
        try:
            for raw in raw_api.json_stream(api, res):
                if self._closed.is_set():
                    return
                stats = parse_stats(raw)
                if stats is None:
                    return
                yield stats
        except Exception as exc:
            if self._closed.is_set():
                return
            raise EngineError(ConnectionErrors.tr("The stats stream broke off."), detail=str(exc)) from exc

    def close(self) -> None:
        self._closed.set()
        with self._lock:
            res = self._response
        if res is not None:
            raw_api.shutdown_response(res)
