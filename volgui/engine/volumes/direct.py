"""Direct volume transfers: ``tar`` runs in a container, the archive flows through a pipe on this machine.

The engine's archive endpoints (``get_archive`` / ``put_archive``) work everywhere but cost the
engine a lot of work per byte: on this machine they top out at about 200–330 MB/s, while
``docker run -v VOL:/v -v DIR:/b busybox tar …`` — what people script — reaches 450–550 MB/s.
When the engine runs on this machine and has a local image with ``tar`` that the person chose or
that is labelled ``volgui.tools`` (never one picked by its name), volgui does what that
command does, with one change: instead of a file in a bind-mounted folder, tar reads or writes a
FIFO in a private temporary folder. volgui is the other end of the FIFO, so it still counts
every byte (progress), can stop at any moment (cancel), compresses or decompresses itself, and
writes the backup file under a temporary name that is renamed only when complete.

Whether the engine really shares this machine's files is not guessed from the address: the FIFO
proves it. When tar cannot reach it (a remote engine, a VM, a user-namespaced engine), nothing
was read or written and :class:`DirectUnavailableError` tells the caller to use the archive endpoints.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import select
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator

from volgui.engine.cancel import CancelToken
from volgui.engine.errors import Cancelled, EngineError
from volgui.engine.volumes.error_text import VolumeErrors
from volgui.engine.volumes.helpers import (
    helper_labels,
    is_local,  # noqa: F401 - also this module's API
    tools_images,
)
from volgui.engine.volumes.tar_headers import SpliceOrCopy
from volgui.engine.volumes.tools_image import ensure_tools_image

PIPE_SIZE = 1 << 20  # bytes the kernel buffers between tar and volgui (the unprivileged maximum)
READ_SIZE = 1 << 20
OPEN_TIMEOUT = 30.0  # seconds for tar to open its end of the pipe
_tar_images: dict[str, tuple[str, tuple[str, ...]]] = {}  # engine host → (image, argv prefix)
_set_aside: dict[str, set[str]] = {}  # engine host → images whose containers could not run tar


class DirectUnavailableError(Exception):
    """The direct way cannot be used here; nothing was read from or written to the volume."""


def find_tar_image(engine, refresh: bool = False) -> tuple[str, tuple[str, ...]]:
    """A local image to run ``tar`` in and how to call it, or ``("", ())`` (once per engine).

    Only an image the person chose or one labelled for volgui (``helpers.tools_images``; when there
    is none, volgui's own made from this machine's busybox: ``tools_image``), without
    trying it first; an image whose container cannot start tar is set aside by :func:`set_aside`
    and the next one is chosen next time.
    """
    host = engine.spec.host
    if host in _tar_images and not refresh:
        return _tar_images[host]
    bad = _set_aside.get(host, set())
    tags = tools_images(engine) or [ensure_tools_image(engine)]
    tags = [t for t in tags if t and t not in bad]
    found: tuple[str, tuple[str, ...]] = (tags[0], ("tar",)) if tags else ("", ())
    _tar_images[host] = found
    return found


def set_aside(engine, image: str) -> None:
    """``image`` could not run tar: do not choose it again for this engine."""
    _set_aside.setdefault(engine.spec.host, set()).add(image)
    _tar_images.pop(engine.spec.host, None)


def reconsider(engine, image: str = "") -> None:
    """The person chose ``image`` (again): try it next time even if it was set aside."""
    _set_aside.get(engine.spec.host, set()).discard(image)
    _tar_images.pop(engine.spec.host, None)


@contextlib.contextmanager
def _fifo() -> Iterator[str]:
    """A FIFO in a new private folder; the folder and FIFO are removed afterwards."""
    folder = tempfile.mkdtemp(prefix="volgui-pipe-")
    try:
        path = os.path.join(folder, "archive")
        os.mkfifo(path, 0o600)
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _shared_folder(fifo: str) -> str:
    """The folder given to the engine to bind-mount (the FIFO's; tests point it elsewhere to play
    an engine that does not see this machine's files)."""
    return os.path.dirname(fifo)


def _shared_file(path: str) -> str:
    """The file given to the engine to bind-mount when tar writes the archive itself (tests point
    it elsewhere, as for :func:`_shared_folder`)."""
    return path


def _grow(fd: int) -> None:
    with contextlib.suppress(OSError, AttributeError):
        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_SIZE)


class _TarContainer:
    """One labelled tar container with the volume at /v and the FIFO's folder at /p (or, with
    ``out_file``, that one file at /p/archive, writable)."""

    def __init__(self, engine, image: str, argv: tuple[str, ...], volume: str, read_only: bool,
                 fifo: str, args: list[str], out_file: str = "") -> None:
        import docker.types  # lazy: the docker SDK is not loaded at start-up

        self.engine = engine
        self.id = ""
        self.exit_code: int | None = None
        self.exited = threading.Event()
        # becomes readable when tar has exited: a select() on it wakes at once
        self.wake_fd, self._wake_w = os.pipe()
        self._waiting: bool | None = False  # a thread waits for the container's exit
        mount = docker.types.Mount("/v", volume, type="volume", read_only=read_only, no_copy=True)
        # A bind *mount* (not a legacy bind): an engine that does not have this folder refuses
        # instead of creating it; read-only: whatever the engine sees at /p, tar can open the FIFO
        # there but never create a file (a copy of the volume left on another machine)
        pipe = docker.types.Mount("/p", _shared_folder(fifo), type="bind", read_only=True) if not out_file \
            else docker.types.Mount("/p/archive", _shared_file(out_file), type="bind")
        host_config = engine.api.create_host_config(mounts=[mount, pipe], network_mode="none")
        try:
            created = engine.api.create_container(
                image, list(argv[1:]) + args, entrypoint=[argv[0]], user="0:0", network_disabled=True,
                host_config=host_config,
                labels=helper_labels(volume))
        except Exception as exc:  # e.g. the engine does not have the FIFO's folder
            self.remove()
            if getattr(getattr(exc, "response", None), "status_code", 0) == 404:
                set_aside(engine, image)  # the image is gone
            raise DirectUnavailableError(str(exc)) from exc
        self.id = created["Id"]
        try:
            engine.api.start(self.id)
        except Exception as exc:  # no tar in the image (or it cannot run here)
            self.remove()
            set_aside(engine, image)
            raise DirectUnavailableError(str(exc)) from exc
        self._waiting = True
        threading.Thread(target=self._wait, name="volgui-tar-wait", daemon=True).start()

    def _wait(self) -> None:
        import requests.exceptions  # lazy: requests is not loaded at start-up

        cid = self.id
        while True:
            try:
                self.exit_code = int(self.engine.api.wait(cid).get("StatusCode", -1))
            except requests.exceptions.ReadTimeout:
                if self.id:
                    continue  # a long transfer outlasts the client's read timeout: wait on
                self.exit_code = -1
            except Exception:
                self.exit_code = -1
            break
        self.exited.set()
        os.close(self._wake_w)

    def message(self) -> str:
        """What tar wrote to stderr (the end of it)."""
        try:
            text = self.engine.api.logs(self.id, stdout=False, stderr=True, tail=5)
        except Exception:
            return ""
        return text.decode("utf-8", "replace").strip()

    def check_export(self, volume: str, received: int) -> None:
        """After ``tar -c`` exited: :class:`DirectUnavailableError` when nothing arrived (this way
        does not work here), an :class:`EngineError` when tar failed after writing some."""
        if self.exit_code != 0:
            why = self.message() or VolumeErrors.tr("tar exited with {0}").format(self.exit_code)
            if received == 0:
                raise DirectUnavailableError(why)
            raise EngineError(VolumeErrors.tr("Reading volume {0} failed: {1}").format(volume, why))
        if received == 0:
            # tar succeeded but wrote elsewhere: the engine does not see this machine's files
            raise DirectUnavailableError("the engine does not share this machine's files")

    def kill(self) -> None:
        """Stop tar at once (from any thread); the container stays until :meth:`remove`."""
        cid = self.id
        if cid:
            with contextlib.suppress(Exception):
                self.engine.api.kill(cid)

    def remove(self) -> None:
        if self.id:
            with contextlib.suppress(Exception):
                self.engine.api.remove_container(self.id, force=True, v=False)
            self.id = ""
        if self._waiting:
            if self.exited.wait(5):  # the container is gone, so wait() has returned
                os.close(self.wake_fd)
        elif self._waiting is False:
            os.close(self.wake_fd)
            os.close(self._wake_w)
        self._waiting = None  # removed: nothing more to close


def read_volume(engine, volume: str, image: str, argv: tuple[str, ...],
                cancel: CancelToken) -> Iterator[bytes]:
    """The volume as a tar stream (entries ``./…``, like ``tar -C /v -cf - .``).

    Raises :class:`DirectUnavailableError` before the first chunk when tar cannot write to the FIFO.
    """
    return _tar_out(engine, volume, image, argv, cancel, lambda fd: os.read(fd, READ_SIZE))


def splice_volume(engine, volume: str, image: str, argv: tuple[str, ...], out_fd: int,
                  cancel: CancelToken) -> Iterator[int]:
    """Like :func:`read_volume`, but the archive goes straight into the file ``out_fd`` inside the
    kernel (``splice``: no copy through this process); yields how many bytes each step moved."""
    mover = SpliceOrCopy()
    return _tar_out(engine, volume, image, argv, cancel, lambda fd: mover.move(fd, out_fd, READ_SIZE))


def _tar_out(engine, volume: str, image: str, argv: tuple[str, ...], cancel: CancelToken, take):
    """Run ``tar -c`` of the volume into a FIFO; ``take(fd)`` takes what has arrived (bytes or a
    count; empty or 0 at the end) and each piece is yielded."""
    with _fifo() as fifo:
        fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        # our own idle writer: until tar has finished, an empty pipe means "wait", not "the end"
        hold = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        _grow(fd)
        tar = None
        received = 0
        try:
            tar = _TarContainer(engine, image, argv, volume, True, fifo,
                                ["-C", "/v", "-cf", "/p/archive", "."])
            while True:
                if cancel.cancelled:
                    raise Cancelled()
                if hold >= 0 and tar.exited.is_set():
                    os.close(hold)  # tar is done: what is left in the pipe is the rest
                    hold = -1
                ready, _, _ = select.select([fd, tar.wake_fd] if hold >= 0 else [fd], [], [], 0.05)
                if fd not in ready:
                    continue
                try:
                    piece = take(fd)
                except BlockingIOError:
                    continue
                if not piece:
                    break  # every writer closed: tar has exited and the pipe is empty
                received += piece if isinstance(piece, int) else len(piece)
                yield piece
            tar.check_export(volume, received)
        finally:
            if hold >= 0:
                os.close(hold)
            os.close(fd)
            if tar is not None:
                tar.remove()


def send_chunks(chunks: Iterable[bytes], cancel: CancelToken) -> Callable[[int], None]:
    """A sender for :func:`write_volume`: writes ``chunks`` into the pipe."""
    def send(fd: int) -> None:
        for chunk in chunks:
            if cancel.cancelled:
                raise Cancelled()
            os.write(fd, chunk)
    return send


def write_volume(engine, volume: str, image: str, argv: tuple[str, ...],
                 chunks: Iterable[bytes] | Callable[[int], None],
                 cancel: CancelToken, finish: Callable[[str], None] | None = None) -> None:
    """Extract a tar stream into the volume (owners, modes, times and links kept).

    ``chunks``: the archive as chunks, or a sender ``send(pipe_fd)`` that writes all of it into
    the (blocking) pipe itself — e.g. :meth:`FolderAndLinkHeaders.pass_file`, which splices file
    contents from the backup into the pipe without copying them through this process.
    ``finish(container_id)`` runs after tar succeeded, while its exited container (volume at
    ``/v``) still exists — e.g. to ``put_archive`` more into the volume without another helper.
    Raises :class:`DirectUnavailableError` (before taking any chunk) when tar cannot open the FIFO.
    """
    send = chunks if callable(chunks) else send_chunks(chunks, cancel)
    with _fifo() as fifo:
        tar = _TarContainer(engine, image, argv, volume, False, fifo,
                            ["-C", "/v", "-xf", "/p/archive", "--numeric-owner"])
        fd = -1
        try:
            deadline = time.monotonic() + OPEN_TIMEOUT
            while fd < 0:
                if cancel.cancelled:
                    raise Cancelled()
                try:
                    fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
                except OSError:  # ENXIO: tar has not opened its end (yet)
                    if tar.exited.is_set() or time.monotonic() > deadline:
                        why = tar.message() or "tar could not open the archive"
                        raise DirectUnavailableError(why) from None
                    time.sleep(0.005)
            _grow(fd)
            # Blocking writes: the kernel hands tar each part as it reads (non-blocking writes
            # woke this loop for every few KB tar took: half the speed). A write blocks only while
            # tar is alive and reading; Cancel removes the container, which ends the write.
            os.set_blocking(fd, True)
            cancel.on_cancel(lambda: threading.Thread(target=tar.kill, daemon=True).start())
            with contextlib.suppress(BrokenPipeError):  # tar stopped reading: its exit code says why
                send(fd)
            if cancel.cancelled:
                raise Cancelled()
            os.close(fd)
            fd = -1
            while not tar.exited.wait(0.05):
                if cancel.cancelled:
                    raise Cancelled()
            if tar.exit_code != 0:
                raise EngineError(VolumeErrors.tr("Restoring into {0} failed: {1}").format(
                    volume, tar.message() or VolumeErrors.tr("tar exited with {0}").format(tar.exit_code)))
            if finish is not None:
                finish(tar.id)
        finally:
            if fd >= 0:
                os.close(fd)
            tar.remove()
