"""A volume's archive written by ``tar`` itself into the backup's file, read once as it grows (no Qt).

The FIFO way (``direct.splice_volume``) copies every byte twice more than ``docker run … tar -cf
/b/x.tar``: tar into the pipe, the pipe into the file — and the manifest's hashes then read the
file back. Measured on a 286 MB volume (2 cores, load 7–8): the FIFO export 0.8–1.5 s against
0.5–1.3 s for the CLI's ``tar -cf``; tar writing the file itself, followed and hashed, 0.55–1.26 s.

So here the file volgui already created (the export's temporary file, empty, owned by the person)
is bind-mounted alone, writable, at ``/p/archive`` and tar writes it as the CLI does. volgui reads
what tar has written from the page cache while tar goes on (``pread`` behind the writer: one pass,
no second read after the end) and hands each piece to ``take`` — the manifest's scan
(``stream_scan``) and the progress count; once tar has exited, its container is removed in a
thread while volgui reads and hashes what is left. Cancel kills tar; the caller removes the file.

What the FIFO proves, the file proves too: an engine that does not share this machine's files
refuses the bind mount (the path does not exist there) or writes a file of its own, and volgui's
stays empty: ``direct.DirectUnavailableError``, nothing was read.
"""

from __future__ import annotations

import os
import select
import threading
from collections.abc import Callable

from volgui.engine.cancel import CancelToken
from volgui.engine.errors import Cancelled
from volgui.engine.volumes.direct import _TarContainer
from volgui.engine.volumes.stream_scan import Pieces

READ_SIZE = 4 << 20  # bytes read behind tar at a time
IDLE_WAIT = 0.005  # seconds between looks at the file while tar has written nothing new


def tar_into_file(engine, volume: str, image: str, argv: tuple[str, ...], fd: int, path: str,
                  cancel: CancelToken, take: Callable[[memoryview, Callable[[], None]], None] | None,
                  count: Callable[[int], None]) -> int:
    """``tar -C /v -cf /p/archive .`` with ``path`` (open as ``fd``, empty) at ``/p/archive``;
    each piece tar wrote goes to ``take`` in order with the call that frees its buffer
    (``StreamScan.feed``; None: nothing is read, only counted) and its length to ``count``;
    returns the archive's size."""
    tar = _TarContainer(engine, image, argv, volume, True, "", ["-C", "/v", "-cf", "/p/archive", "."],
                        out_file=os.path.abspath(path))
    done = 0
    remover = None
    pieces = Pieces(READ_SIZE) if take is not None else None
    try:
        finished = False
        while True:
            if cancel.cancelled:
                raise Cancelled()
            if remover is None and tar.exited.is_set() and tar.exit_code == 0:
                # nothing more to ask it: removed while the rest is read and hashed
                remover = threading.Thread(target=tar.remove, name="volgui-tar-remove", daemon=True)
                remover.start()
            size = os.fstat(fd).st_size
            if size > done and take is None:
                count(size - done)
                done = size
            elif size > done:
                piece, release = pieces.pread(fd, size - done, done)
                if piece:
                    done += len(piece)
                    count(len(piece))
                    take(piece, release)
                    continue
                release()
            if finished:
                break
            if tar.exited.is_set():
                finished = True  # one more look: what tar wrote before it exited
                continue
            select.select([tar.wake_fd], [], [], IDLE_WAIT)
        tar.check_export(volume, done)
    finally:
        if remover is not None:
            remover.join()
        else:
            tar.remove()  # forced: a tar still running (cancel, an error here) is killed
    return done
