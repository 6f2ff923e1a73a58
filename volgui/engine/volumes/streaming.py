"""What every volume transfer is made of (no Qt): progress, the archive endpoints' streams,
backup files read in chunks (gzip inflated on the fly) and the size estimate.

Every byte is streamed in chunks: memory use does not grow with the volume's size.
"""

from __future__ import annotations

import contextlib
import io
import os
import tarfile
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from volgui.engine.cancel import CancelToken
from volgui.engine.client import Engine
from volgui.engine.errors import Cancelled, EngineError
from volgui.engine.volumes.error_text import VolumeErrors
from volgui.engine.volumes.helpers import MOUNT

CHUNK = 1 << 20  # 1 MiB reads and writes
PROGRESS_INTERVAL = 0.1  # seconds between progress reports


# -- progress -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TransferProgress:
    """Bytes moved so far, the total when known (an estimate for volumes), elapsed seconds."""

    done: int
    total: int | None
    elapsed: float
    phase: str = ""

    @property
    def speed(self) -> float:
        """Bytes per second so far."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return min(1.0, self.done / self.total)

    @property
    def eta(self) -> float | None:
        """Seconds left, when the total is known and something moved."""
        if not self.total or self.speed <= 0:
            return None
        return max(0.0, (self.total - self.done) / self.speed)


@dataclass(frozen=True)
class TransferResult:
    volume: str
    bytes: int
    seconds: float
    command: str
    path: str = ""
    # "direct": tar ran in a container of a local image (see volume_direct); "api": the engine's
    # archive endpoints
    method: str = "api"

    @property
    def speed(self) -> float:
        return self.bytes / self.seconds if self.seconds > 0 else 0.0


class Meter:
    """Counts bytes and reports :class:`TransferProgress` at most every ``PROGRESS_INTERVAL``."""

    def __init__(self, progress: Callable | None, total: int | None = None, phase: str = "") -> None:
        self.progress = progress
        self.total = total
        self.phase = phase
        self.done = 0
        self.start = time.monotonic()
        self._last = 0.0

    def add(self, n: int) -> None:
        self.done += n
        if self.progress is None:
            return
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL:
            self._last = now
            self.report(now)

    def report(self, now: float | None = None) -> None:
        if self.progress is not None:
            now = time.monotonic() if now is None else now
            total = self.total
            if total is not None and self.done > total:
                total = self.done  # the estimate was short
            self.progress(TransferProgress(self.done, total, now - self.start, self.phase))

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.start


def cancel_token(cancel: CancelToken | None) -> CancelToken:
    """``cancel``, or a token nobody cancels."""
    return cancel if cancel is not None else CancelToken()



# -- size estimate ---------------------------------------------------------------------------------


def volume_size(engine, name: str) -> int | None:
    """The engine's own measure of the volume (``docker system df -v``); None when unknown.

    It walks every volume's files, so it is run on demand only, next to the transfer.
    """
    df = engine.api.df()
    for vol in df.get("Volumes") or []:
        if vol.get("Name") == name:
            size = (vol.get("UsageData") or {}).get("Size", -1)
            return size if size is not None and size >= 0 else None
    return None


class _Estimator(threading.Thread):
    """Asks for the volume's size on its own connection while the transfer already runs."""

    def __init__(self, engine, names: list[str], meter: Meter) -> None:
        super().__init__(name="volgui-size-estimate", daemon=True)
        self.spec = engine.spec
        self.names = names
        self.meter = meter

    def run(self) -> None:
        try:
            other = Engine.connect(self.spec, timeout=120)
        except Exception:
            return
        try:
            total = sum(volume_size(other, n) or 0 for n in self.names)
            if total and self.meter.total is None:
                # archive ≈ file bytes + 512-byte headers; slightly short is fine
                self.meter.total = total
        except Exception:
            pass
        finally:
            other.close()


@contextlib.contextmanager
def estimating(engine, names: list[str], meter: Meter, enabled: bool) -> Iterator[None]:
    """While the block runs, ``meter.total`` is filled in from the volumes' size (``enabled``)."""
    thread = None
    if enabled:
        thread = _Estimator(engine, names, meter)
        thread.start()
    try:
        yield
    finally:
        if thread is not None:
            thread.join(1.0)  # a slow df is left to finish on its own (daemon, own connection)


# -- streaming primitives -------------------------------------------------------------------------


def archive_stream(engine, helper_id: str, path: str,
                   chunk_size: int = CHUNK) -> tuple[Iterator[bytes], dict]:
    """``get_archive`` of ``path`` in the helper: an iterator of chunks and the path's stat."""
    return engine.call(VolumeErrors.tr("Reading from the volume"), engine.api.get_archive, helper_id, path,
                       chunk_size=chunk_size)


def counted(chunks: Iterable[bytes], cancel: CancelToken, meter: Meter) -> Iterator[bytes]:
    """``chunks``, counted by ``meter``; raises :class:`Cancelled` between chunks."""
    for chunk in chunks:
        if cancel.cancelled:
            raise Cancelled()
        meter.add(len(chunk))
        yield chunk
    cancel.raise_if_cancelled()


def file_chunks(path: str | os.PathLike, cancel: CancelToken, meter: Meter) -> Iterator[bytes]:
    """The tar in ``path`` as chunks; gzip is decompressed on the fly (by magic, not by name).

    ``meter`` counts bytes read from the file, so the total is the file's size.
    """
    with open(path, "rb") as fh:
        magic = fh.read(2)
        fh.seek(0)
        gz = magic == b"\x1f\x8b"
        inflater = zlib.decompressobj(wbits=47) if gz else None
        while True:
            if cancel.cancelled:
                raise Cancelled()
            raw = fh.read(CHUNK)
            if not raw:
                break
            meter.add(len(raw))
            if inflater is None:
                yield raw
                continue
            out = inflater.decompress(raw, 4 * CHUNK)
            if out:
                yield out
            while inflater.unconsumed_tail:
                out = inflater.decompress(inflater.unconsumed_tail, 4 * CHUNK)
                if out:
                    yield out
            if inflater.eof and inflater.unused_data:
                # concatenated gzip members (e.g. from pigz or appended archives)
                rest = inflater.unused_data
                inflater = zlib.decompressobj(wbits=47)
                out = inflater.decompress(rest)
                if out:
                    yield out
        if inflater is not None:
            tail = inflater.flush()
            if tail:
                yield tail


class RootHeader:
    """Remembers the archive's first entry when it is the root folder (``./``).

    Docker skips an entry named ``./`` (it applies ``/`` only), so the volume's root would keep
    its own owner, mode and time; :meth:`reapply` sends that header again as ``/`` at the end.
    """

    def __init__(self) -> None:
        self.info: tarfile.TarInfo | None = None

    def watch(self, chunks: Iterable[bytes]) -> Iterator[bytes]:
        first = True
        for chunk in chunks:
            if first:
                first = False
                self._sniff(chunk)
            yield chunk

    def _sniff(self, chunk: bytes) -> None:
        try:
            with tarfile.open(fileobj=io.BytesIO(chunk), mode="r|") as tar:
                info = tar.next()
        except Exception:  # compressed, short or not a tar: the engine will say so
            return
        if info is not None and info.isdir() and info.name.rstrip("/") in (".", ""):
            self.info = info

    def reapply(self, engine, helper_id: str) -> None:
        if self.info is None:
            return
        info = tarfile.TarInfo("/")  # "./" and "." are skipped by the engine; "/" is the root
        info.type = tarfile.DIRTYPE
        info.mode, info.uid, info.gid, info.mtime = self.info.mode, self.info.uid, self.info.gid, \
            self.info.mtime
        info.uname, info.gname = self.info.uname, self.info.gname
        data = info.tobuf(tarfile.PAX_FORMAT) + b"\0" * (2 * tarfile.BLOCKSIZE)
        with contextlib.suppress(Exception):
            engine.api.put_archive(helper_id, MOUNT, data)


def put_stream(engine, helper_id: str, path: str, chunks: Iterable[bytes], action: str) -> None:
    """``put_archive`` with a streamed (chunked) request body."""
    ok = engine.call(action, engine.api.put_archive, helper_id, path, chunks)
    if not ok:
        raise EngineError(VolumeErrors.tr("{0} failed: the engine did not accept the archive.")
                          .format(action))

