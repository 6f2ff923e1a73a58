"""Volume data without pulling an image: back up, restore and clone volumes.

How it works (see also ``volgui.engine.volumes.files`` for browsing):

- volgui makes its own tiny helper image locally (``import_image_from_data`` of an in-memory tar
  holding only an empty ``volume/`` directory), labelled ``volgui.helper=1``. Nothing is pulled.
  The image is reused; :func:`remove_helper_image` deletes it (``docker image rm volgui/helper:1``).
- Helper containers are made from it with the volume mounted at ``/volume`` and are **created,
  never started**: the engine serves ``get_archive`` / ``put_archive`` on created containers, so
  no shell, tar or CPU architecture match is needed. They are labelled and always removed
  (``try/finally``); :func:`sweep_helpers` removes leftovers of a crashed run at start-up.
- Every byte is streamed in chunks: memory use does not grow with the volume's size.

Every operation has an equivalent ``docker`` command line (:func:`export_command` and friends;
``TransferResult.command``) so a person can script the same work.
"""

from __future__ import annotations

import contextlib
import io
import os
import shlex
import socket
import tarfile
import tempfile
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from volgui.engine.cancel import CancelToken
from volgui.engine.dto.objects import HELPER_LABEL
from volgui.engine.errors import Cancelled, EngineError, from_docker
from volgui.engine.volumes import direct as volume_direct
from volgui.engine.volumes.tar_headers import (
    FolderAndLinkHeaders,  # one definition: the views hide what carries it
)

HELPER_VOLUME_LABEL = "volgui.helper.volume"
HELPER_OWNER_LABEL = "volgui.helper.owner"  # "<hostname>:<pid>" of the process that made it
HELPER_REPO = "volgui/helper"
HELPER_TAG = "1"
HELPER_IMAGE = f"{HELPER_REPO}:{HELPER_TAG}"
MOUNT = "/volume"
CHUNK = 1 << 20  # 1 MiB reads and writes
PROGRESS_INTERVAL = 0.1  # seconds between progress reports
CLI_IMAGE = "busybox"  # what the equivalent commands use (any image with tar will do)


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


def _token(cancel: CancelToken | None) -> CancelToken:
    return cancel if cancel is not None else CancelToken()


# -- the helper image and containers --------------------------------------------------------------


def _helper_image_tar() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo("volume")
        info.type = tarfile.DIRTYPE
        info.mode = 0o755
        info.mtime = 0
        tar.addfile(info)
    return buf.getvalue()


def ensure_helper_image(engine) -> str:
    """The helper image's reference, importing it (≈60 ms, no pull) when missing."""
    found = engine.call("Looking for the helper image", engine.api.images, name=HELPER_REPO,
                        filters={"label": HELPER_LABEL})
    if any(HELPER_IMAGE in (img.get("RepoTags") or ()) for img in found):
        return HELPER_IMAGE
    engine.call("Making the helper image", engine.api.import_image_from_data, _helper_image_tar(),
                repository=HELPER_REPO, tag=HELPER_TAG,
                changes=[f"LABEL {HELPER_LABEL}=1", 'CMD ["/volgui-helper-is-never-started"]'],
                command=f"tar -c --files-from /dev/null | docker import -c 'LABEL {HELPER_LABEL}=1' - "
                        f"{HELPER_IMAGE}")
    return HELPER_IMAGE


def remove_helper_image(engine) -> bool:
    """Delete the helper image (``docker image rm volgui/helper:1``) after sweeping leftover helpers;
    False when it was not there. Refused (EngineError, 409) while an operation uses it."""
    sweep_helpers(engine)
    for img in engine.api.images(filters={"label": HELPER_LABEL}):
        engine.call("Removing the helper image", engine.api.remove_image, img["Id"],
                    command=f"docker image rm {HELPER_IMAGE}")
        return True
    return False


def _owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def volume_exists(engine, name: str) -> bool:
    import docker.errors

    try:
        engine.api.inspect_volume(name)
        return True
    except docker.errors.NotFound:
        return False
    except Exception as exc:
        raise from_docker(exc, host=engine.spec.host, action=f"Looking up volume {name}") from exc


def require_volume(engine, name: str) -> None:
    if not volume_exists(engine, name):
        raise EngineError(f"There is no volume named “{name}”.", status=404)


def create_helper(engine, volume: str, read_only: bool = False) -> str:
    """A created (never started) helper container with ``volume`` at /volume; returns its id."""
    import docker.types

    image = ensure_helper_image(engine)
    mount = docker.types.Mount(MOUNT, volume, type="volume", read_only=read_only, no_copy=True)
    host_config = engine.api.create_host_config(mounts=[mount], network_mode="none")
    created = engine.call(
        f"Preparing access to volume {volume}", engine.api.create_container, image,
        ["/volgui-helper-is-never-started"], network_disabled=True, host_config=host_config,
        labels={HELPER_LABEL: "1", HELPER_VOLUME_LABEL: volume, HELPER_OWNER_LABEL: _owner()})
    return created["Id"]


def remove_helper(engine, helper_id: str) -> None:
    try:
        engine.api.remove_container(helper_id, force=True, v=False)
    except Exception:
        # The connection may be gone; the label lets sweep_helpers() remove it later.
        pass


@contextlib.contextmanager
def helper(engine, volume: str, read_only: bool = False) -> Iterator[str]:
    """``with helper(engine, "data") as cid:`` — the helper is removed whatever happens."""
    cid = create_helper(engine, volume, read_only)
    try:
        yield cid
    finally:
        remove_helper(engine, cid)


def _owner_alive(owner: str) -> bool:
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_helpers(engine, everything: bool = False) -> list[str]:
    """Remove helper containers left by a crashed run; returns their ids.

    Kept unless ``everything``: helpers of this process and of another volgui process still
    running on this machine (they may be in the middle of a backup), and helpers made on
    another machine less than a day ago.
    """
    removed = []
    listed = engine.call("Looking for leftover helpers", engine.api.containers, all=True,
                         filters={"label": HELPER_LABEL})
    for c in listed:
        owner = (c.get("Labels") or {}).get(HELPER_OWNER_LABEL, "")
        host, _, pid = owner.rpartition(":")
        if not everything:
            if host == socket.gethostname():
                if pid.isdigit() and (int(pid) == os.getpid() or _owner_alive(owner)):
                    continue
            elif owner and time.time() - (c.get("Created") or 0) < 86400:
                continue
        try:
            engine.api.remove_container(c["Id"], force=True, v=False)
            removed.append(c["Id"])
        except Exception:
            pass
    return removed


# -- who uses the volume -------------------------------------------------------------------------


@dataclass(frozen=True)
class RunningUser:
    id: str
    name: str


def users_running(engine, name: str) -> list[RunningUser]:
    """Running (or paused/restarting) containers that mount volume ``name``."""
    listed = engine.call(f"Listing users of {name}", engine.api.containers,
                         filters={"volume": name, "status": ["running", "paused", "restarting"]})
    out = []
    for c in listed:
        if (c.get("Labels") or {}).get(HELPER_LABEL):
            continue
        names = [n.lstrip("/") for n in c.get("Names") or []]
        out.append(RunningUser(c["Id"], next((n for n in names if "/" not in n), c["Id"][:12])))
    return sorted(out, key=lambda u: u.name)


def stop_containers(engine, ids: Iterable[str], timeout: int = 10) -> None:
    for cid in ids:
        engine.call("Stopping a container", engine.api.stop, cid, timeout=timeout,
                    command=f"docker stop {cid[:12]}")


def start_containers(engine, ids: Iterable[str]) -> list[str]:
    """Start each container; returns the messages of those that failed (the rest still start)."""
    problems = []
    for cid in ids:
        try:
            engine.call("Starting a container", engine.api.start, cid, command=f"docker start {cid[:12]}")
        except EngineError as exc:
            problems.append(exc.message)
    return problems


@contextlib.contextmanager
def users_stopped(engine, name: str) -> Iterator[list[RunningUser]]:
    """Stop the running users of ``name`` for the duration; start them again afterwards."""
    users = users_running(engine, name)
    stopped: list[str] = []
    try:
        for user in users:
            stop_containers(engine, [user.id])
            stopped.append(user.id)
        yield users
    finally:
        problems = start_containers(engine, stopped)
        if problems:
            raise EngineError("Some containers did not start again: " + "; ".join(problems))


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
        from volgui.engine.client import Engine

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
def _estimating(engine, names: list[str], meter: Meter, enabled: bool) -> Iterator[None]:
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
    return engine.call("Reading from the volume", engine.api.get_archive, helper_id, path,
                       chunk_size=chunk_size)


def _counted(chunks: Iterable[bytes], cancel: CancelToken, meter: Meter) -> Iterator[bytes]:
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
        raise EngineError(f"{action} failed: the engine did not accept the archive.")


# -- export / import / clone -------------------------------------------------------------------------


def _q(text: str) -> str:
    return shlex.quote(str(text))


def export_command(name: str, path: str | os.PathLike, compress: bool = False) -> str:
    path = Path(path).absolute()
    return (f"docker run --rm -v {_q(name)}:/v:ro -v {_q(str(path.parent))}:/backup {CLI_IMAGE} "
            f"tar -C /v -c{'z' if compress else ''}f /backup/{_q(path.name)} .")


def import_command(path: str | os.PathLike, name: str, create: bool = False) -> str:
    path = Path(path).absolute()
    gz = str(path).endswith((".gz", ".tgz"))
    create_part = f"docker volume create {_q(name)} && " if create else ""
    return (f"{create_part}docker run --rm -v {_q(name)}:/v -v {_q(str(path.parent))}:/backup:ro "
            f"{CLI_IMAGE} tar -C /v -x{'z' if gz else ''}pf /backup/{_q(path.name)} --numeric-owner")


def clone_command(src: str, dst: str) -> str:
    return (f"docker volume create {_q(dst)} && docker run --rm -v {_q(src)}:/from:ro -v {_q(dst)}:/to "
            f"{CLI_IMAGE} sh -c 'tar -C /from -cf - . | tar -C /to -xpf - --numeric-owner'")


def _direct_image(engine, direct: bool | None) -> tuple[str, tuple[str, ...]]:
    """The image for a direct transfer, or ("", ()) for the archive endpoints."""
    if direct is False or not volume_direct.is_local(engine):
        return "", ()
    return volume_direct.find_tar_image(engine)


def export_volume(engine, name: str, path: str | os.PathLike, compress: bool = False,
                  cancel: CancelToken | None = None, progress: Callable | None = None,
                  estimate: bool = True, fsync: bool = True, level: int = 6,
                  direct: bool | None = None) -> TransferResult:
    """Write volume ``name`` as a tar (``compress``: gzip) to ``path``.

    The archive is streamed to a temporary file next to ``path`` and renamed over it at the end,
    so a cancelled or failed export leaves no partial file. The archive's entries are ``./…``
    (like ``tar -C /v -cf x.tar .``) and keep type, mode, owner, times, symlinks and hardlinks.

    ``direct``: None (default) uses :mod:`volume_direct` when the engine is local and has an image
    with tar, else the archive endpoints; False always uses the endpoints.
    """
    cancel = _token(cancel)
    target = Path(path).absolute()
    command = export_command(name, target, compress)
    require_volume(engine, name)
    if not target.parent.is_dir():
        raise EngineError(f"The folder {target.parent} does not exist.")
    if target.is_dir():
        raise EngineError(f"{target} is a folder: choose a file name for the backup.")
    meter = Meter(progress, phase="export")
    image, argv = _direct_image(engine, direct)
    method = "api"
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    tmp = Path(tmp_name)
    done = False
    try:
        with os.fdopen(fd, "wb", buffering=CHUNK) as raw, \
                _estimating(engine, [name], meter, estimate and progress is not None):
            out = raw
            gz = None
            if compress:
                import gzip

                gz = gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=level, mtime=0)
                out = gz
            if image:
                try:
                    if gz is None:  # into the file inside the kernel: no copy through this process
                        raw.flush()
                        _splice_all(volume_direct.splice_volume(engine, name, image, argv, raw.fileno(),
                                                                cancel), cancel, meter, target)
                    else:
                        _write_all(volume_direct.read_volume(engine, name, image, argv, cancel),
                                   out, cancel, meter, engine, name, target)
                    method = "direct"
                except volume_direct.DirectUnavailableError:
                    pass  # nothing was read: the archive endpoints instead
            if method == "api":
                with helper(engine, name, read_only=True) as cid:
                    chunks, _stat = archive_stream(engine, cid, f"{MOUNT}/.")
                    _write_all(chunks, out, cancel, meter, engine, name, target)
            if gz is not None:
                gz.close()
            raw.flush()
            if fsync:
                os.fsync(raw.fileno())
        os.replace(tmp, target)
        done = True
    finally:
        if not done:
            with contextlib.suppress(OSError):
                tmp.unlink()
    meter.report()
    return TransferResult(name, meter.done, meter.elapsed, command, str(target), method)


def _splice_all(counts, cancel: CancelToken, meter: Meter, target: Path) -> None:
    """Count what ``splice_volume`` moves; cancellable, with clear write errors."""
    try:
        for n in counts:
            if cancel.cancelled:
                raise Cancelled()
            meter.add(n)
    except OSError as exc:
        raise EngineError(f"Cannot write {target}: {exc.strerror or exc}") from exc
    finally:
        counts.close()


def _write_all(chunks, out, cancel: CancelToken, meter: Meter, engine, name: str, target: Path) -> None:
    """Copy an archive stream into ``out``, counting and cancellable, with clear write errors."""
    try:
        for chunk in _counted(chunks, cancel, meter):
            out.write(chunk)
    except (Cancelled, EngineError, volume_direct.DirectUnavailableError):
        raise
    except OSError as exc:
        if isinstance(exc, PermissionError | IsADirectoryError) or exc.errno in (28, 122):
            raise EngineError(f"Cannot write {target}: {exc.strerror or exc}") from exc
        raise from_docker(exc, host=engine.spec.host, action=f"Exporting {name}") from exc
    except Exception as exc:
        raise from_docker(exc, host=engine.spec.host, action=f"Exporting {name}") from exc
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            close()


def import_volume(engine, path: str | os.PathLike, name: str, create: bool = False,
                  cancel: CancelToken | None = None, progress: Callable | None = None,
                  labels: dict | None = None, direct: bool | None = None) -> TransferResult:
    """Restore the tar (or tar.gz) at ``path`` into volume ``name``.

    ``create``: make a new volume (it must not exist; it is removed again when the import fails
    or is cancelled). Otherwise the volume must exist and its files with the same names are
    overwritten; other files stay. A cancelled import into an existing volume leaves the files
    written so far.
    """
    cancel = _token(cancel)
    source = Path(path).absolute()
    command = import_command(source, name, create)
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise EngineError(f"Cannot read {source}: {exc.strerror or exc}") from exc
    if create:
        if volume_exists(engine, name):
            raise EngineError(f"A volume named “{name}” already exists.", status=409)
        engine.call(f"Creating volume {name}", engine.api.create_volume, name, labels=labels or None,
                    command=f"docker volume create {_q(name)}")
    elif not volume_exists(engine, name):
        raise EngineError(f"There is no volume named “{name}”.", status=404)
    meter = Meter(progress, total=size, phase="import")
    image, argv = _direct_image(engine, direct)
    method = "api"
    ok = False
    try:
        if image:
            headers = FolderAndLinkHeaders()
            try:
                def replay(cid: str) -> None:
                    # folders' times and symlinks' owners and times, exactly: not every tar restores
                    # them (busybox's does not); the exited tar container still has the volume at /v
                    if not headers.folders_replayed:
                        put_stream(engine, cid, "/v", headers.replay(), f"Restoring folder times in {name}")

                try:
                    with open(source, "rb", buffering=0) as fh:  # unbuffered: the fd's offset is ours
                        if fh.read(2) == b"\x1f\x8b":  # gzip: inflated here, then into the pipe
                            send = headers.watch(file_chunks(source, cancel, meter))
                        else:  # plain tar: file contents go from the file into the pipe in the kernel
                            fh.seek(0)
                            send = headers.pass_file(fh.fileno(), cancel, meter.add)
                        volume_direct.write_volume(engine, name, image, argv, send, cancel, finish=replay)
                except zlib.error as exc:
                    raise EngineError(f"{source.name} is not a valid gzip file: {exc}") from exc
                method = "direct"
            except volume_direct.DirectUnavailableError:
                pass  # tar never opened the pipe: nothing was written; the archive endpoints instead
        if method == "api":
            with helper(engine, name) as cid:
                root = RootHeader()
                try:
                    put_stream(engine, cid, MOUNT, root.watch(file_chunks(source, cancel, meter)),
                               f"Restoring into {name}")
                except (OSError, zlib.error) as exc:
                    if isinstance(exc, zlib.error):
                        raise EngineError(f"{source.name} is not a valid gzip file: {exc}") from exc
                    raise
                cancel.raise_if_cancelled()
                root.reapply(engine, cid)
        cancel.raise_if_cancelled()
        ok = True
    except EngineError as exc:
        if cancel.cancelled and not isinstance(exc, Cancelled):
            raise Cancelled() from exc
        raise
    finally:
        if create and not ok:
            with contextlib.suppress(Exception):
                engine.api.remove_volume(name, force=True)
    meter.report()
    return TransferResult(name, meter.done, meter.elapsed, command, str(source), method)


def clone_volume(engine, src: str, dst: str, cancel: CancelToken | None = None,
                 progress: Callable | None = None, estimate: bool = True,
                 labels: dict | None = None) -> TransferResult:
    """Copy every file of ``src`` into a new volume ``dst`` (streamed; nothing touches the disk)."""
    cancel = _token(cancel)
    command = clone_command(src, dst)
    require_volume(engine, src)
    if volume_exists(engine, dst):
        raise EngineError(f"A volume named “{dst}” already exists.", status=409)
    engine.call(f"Creating volume {dst}", engine.api.create_volume, dst, labels=labels or None,
                command=f"docker volume create {_q(dst)}")
    meter = Meter(progress, phase="clone")
    ok = False
    try:
        with _estimating(engine, [src], meter, estimate and progress is not None), \
                helper(engine, src, read_only=True) as src_id, helper(engine, dst) as dst_id:
            chunks, _stat = archive_stream(engine, src_id, f"{MOUNT}/.")
            root = RootHeader()
            try:
                put_stream(engine, dst_id, MOUNT, root.watch(_counted(chunks, cancel, meter)),
                           f"Cloning {src}")
            finally:
                close = getattr(chunks, "close", None)
                if close is not None:
                    close()
            cancel.raise_if_cancelled()
            root.reapply(engine, dst_id)
        cancel.raise_if_cancelled()
        ok = True
    except EngineError as exc:
        if cancel.cancelled and not isinstance(exc, Cancelled):
            raise Cancelled() from exc
        raise
    finally:
        if not ok:
            with contextlib.suppress(Exception):
                engine.api.remove_volume(dst, force=True)
    meter.report()
    return TransferResult(dst, meter.done, meter.elapsed, command)


# -- what an import would overwrite ----------------------------------------------------------------


@dataclass(frozen=True)
class OverwritePreview:
    """Files of an archive that already exist in the volume (checked for the first ``checked``)."""

    volume: str
    entries: int  # entries in the archive
    files: int  # non-folder entries in the archive
    checked: int
    existing: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return self.checked >= self.files


def overwrite_preview(engine, volume: str, archive: str | os.PathLike, limit: int = 200,
                      cancel: CancelToken | None = None,
                      progress: Callable | None = None) -> OverwritePreview:
    """Read the archive's headers (contents skipped) and ask the engine which of its first
    ``limit`` files exist in ``volume`` — what importing there would replace. Folders merge."""
    import json
    from base64 import b64decode

    cancel = _token(cancel)
    files: list[str] = []
    entries = n_files = 0
    try:
        with tarfile.open(str(archive), mode="r|*", bufsize=CHUNK) as tar:
            while True:
                cancel.raise_if_cancelled()
                info = tar.next()
                if info is None:
                    break
                tar.members.clear()
                entries += 1
                if info.isdir():
                    continue
                n_files += 1
                if len(files) < limit:
                    rel = info.name.removeprefix("./").lstrip("/")
                    if rel and ".." not in rel.split("/"):
                        files.append(rel)
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        raise EngineError(f"Cannot read {archive}: {exc}") from exc
    existing = []
    api = engine.api
    with helper(engine, volume, read_only=True) as cid:
        url = api._url("/containers/{0}/archive", cid)
        for rel in files:
            cancel.raise_if_cancelled()
            res = engine.call("Checking a path", api.head, url, params={"path": f"{MOUNT}/{rel}"})
            if res.status_code == 200:
                header = res.headers.get("X-Docker-Container-Path-Stat", "")
                stat = json.loads(b64decode(header)) if header else {}
                if not stat.get("mode", 0) & (1 << 31):  # a folder there merges, it is not replaced
                    existing.append(rel)
    return OverwritePreview(volume, entries, n_files, len(files), tuple(existing))
