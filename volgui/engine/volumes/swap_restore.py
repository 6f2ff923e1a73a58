"""A roll back whose safety snapshot and restore run at once, in one container (no Qt).

Before, a whole-volume roll back ran one step after the other: the safety snapshot (``tar -cf``,
volgui hashing the file as tar writes it), then one container emptying the volume and extracting
the snapshot. Here one container of the tools image does both at once without ever deleting the
person's data before the safety snapshot is complete and checked:

1. it lists the volume's entries (metadata only: ``stat_listing``) and waits for volgui's word —
   ``copy`` when only what changed will be restored (it then writes the safety archive as a
   snapshot does, and the caller restores the changes as before) or ``whole``;
2. for ``whole``: the root's mode, owner and times are noted, every top-level entry is moved
   into a new hidden folder with a random name (a rename on the same file system: no copy), the
   folder is given the root's metadata, and ``tar -cf`` of that folder (the safety archive, its
   "." the root as it was: the same manifest a snapshot would hold) runs beside ``tar -xf`` of
   the snapshot into the emptied root;
3. it then waits for ``go``, which volgui gives only once the safety archive is read back, hashed,
   fsynced and renamed into place, its manifest written and fsynced, and the snapshot's own
   archive checked against its manifest; only then is the hidden folder renamed ``….done`` (so a
   leftover says which it is) — out of the volume into its own folder in the engine's data root
   where that is one rename (``rollback_aside``: a helper removes it after the roll back has
   returned), else inside it, removed by the container — while volgui puts the folders' times
   back through the archive endpoint (busybox's tar does not), the root's last, by the container,
   once the folder is gone.

Anything else before ``go`` — a tar failing, the check failing, cancel, volgui going away (it
says ``wait`` every few seconds until its go; silence for :data:`GO_WAIT` seconds is taken as
a no) — puts the person's entries back: what was extracted removed, the entries moved back, the
root's metadata restored, and the caller rolls back the way of before. Only a container killed
between its move and ``go`` (the engine stopped, the machine lost power; volgui's sweep of
left-over helpers spares it) leaves the person's entries in ``.volgui-rollback-…`` inside the
volume (with the marker ``….extracting`` beside it once every entry was moved: what is beside
it is then tar's), where ``interrupted.put_back`` moves them back; the next roll back of that
volume leaves such a folder alone and goes the way before (whose safety snapshot then holds
it), and removes a ``….done`` one (a roll back killed after its go: its safety snapshot was
complete).

When the engine does not share this machine's files, the image has no ``sh``, or the archive is
compressed, nothing was changed: :class:`direct.DirectUnavailableError`, as in ``restore_file``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import select
import threading
import time
from collections.abc import Callable
from pathlib import Path

from volgui.engine.cancel import CancelToken
from volgui.engine.errors import Cancelled, EngineError
from volgui.engine.present.commands import import_command
from volgui.engine.volumes import direct, restore_file, rollback_aside, scratch, stat_listing
from volgui.engine.volumes.archive_check import require_restorable
from volgui.engine.volumes.archive_scan import Entry
from volgui.engine.volumes.error_text import VolumeErrors
from volgui.engine.volumes.helpers import helper_labels
from volgui.engine.volumes.stream_scan import Pieces
from volgui.engine.volumes.streaming import TransferResult, put_stream
from volgui.engine.volumes.tar_headers import FolderAndLinkHeaders

log = logging.getLogger(__name__)

HIDDEN = ".volgui-rollback-"  # the hidden folder's name starts so; a random part follows
WORD_WAIT = 30  # seconds the container waits for volgui's choice before it leaves (nothing changed)
GO_WAIT = 30  # seconds the container waits for volgui's next word before it puts things back
KEEP_ALIVE = 5.0  # seconds between volgui's "wait" words until its go
READ_SIZE = 4 << 20
IDLE_WAIT = 0.005
# the script's exit codes: 91 the files not seen, 90 no word (nothing changed either way), 94 put
# back, 95 could not put back, 93 the hidden folder not removed after "go" (0 also when it went
# out of the volume)
NO_WORD, UNDONE = 90, 94

# ``sh -c SCRIPT sh HIDDEN``: /v the volume, /p/archive the snapshot (read-only), /p/safety the
# safety archive's file, /q a private folder with the FIFO ``go``; states appended to /q/state
_SCRIPT = r"""
cd /v || exit 91
[ -f /p/archive ] && [ -r /p/archive ] && [ -f /p/safety ] && [ -p /q/go ] || exit 91
exec 3<>/q/go || exit 91
H="$1"
# /w: the volume's own folder in the engine's data root (the parent of /v), where the hidden
# folder goes after the go: outside the volume yet a rename away; only when /w/_data is /v
W=""
if [ "$2" = w ] && [ "$(stat -c %d:%i /w/_data)" = "$(stat -c %d:%i /v)" ] \
    && [ "$(stat -c %d /w)" = "$(stat -c %d /v)" ]; then W=/w; fi
{ [ -e "$H" ] || [ -L "$H" ]; } && exit 91
# a roll back killed after its go left its hidden folder half removed: removed now (root time kept)
touch -r . /q/ref || exit 91
for e in @HIDDEN@*.done; do [ ! -d "$e" ] || rm -rf -- "$e" || exit 91; done
# a marker whose folder is gone (killed between the go's rename and the marker's removal)
for e in @HIDDEN@*.extracting; do
  [ ! -f "$e" ] || [ -e "${e%.extracting}" ] || [ -L "${e%.extracting}" ] || rm -f -- "$e" || exit 91
done
touch -r /q/ref . || exit 91
# one killed before its go left the person's entries aside: never touched here (the way before
# keeps them in its safety snapshot)
for e in @HIDDEN@*; do [ ! -e "$e" ] || exit 91; done
find . -exec stat -c '@FORMAT@' {} + > /q/list || exit 91
echo listed >> /q/state
read -t @WAIT@ w <&3 || exit 90
if [ "$w" = copy ]; then exec tar -C /v -cf /p/safety .; fi
[ "$w" = whole ] || exit 90
M=$(stat -c %a .) && O=$(stat -c %u:%g .) && touch -r . /q/ref || exit 90
mkdir "$H" || exit 90
X=0
# the entries of the current folder but the two names given, NUL-separated, for xargs: a list grown
# with set -- "$@" "$e" is copied at every name (quadratic: 28 s for 20 000 names)
others() {
  for e in * .[!.]* ..?*; do
    { [ -e "$e" ] || [ -L "$e" ]; } && [ "$e" != "$1" ] && [ "$e" != "$2" ] && printf '%s\0' "$e"
  done
}
back() {
  cd /v || exit 95
  # only once every entry was moved aside is what is beside the hidden folder tar's, not the person's
  if [ "$X" = 1 ]; then
    others "$H" "$H.extracting" | xargs -0 sh -c '[ $# -eq 0 ] || rm -rf -- "$@"' sh || exit 95
  fi
  # the marker last: a put back after a kill here still knows that what is beside is tar's
  rm -f -- "$H.extracting" || exit 95
  cd "$H" || exit 95
  others | xargs -0 sh -c '[ $# -eq 0 ] || mv -- "$@" /v/' sh || exit 95
  cd /v && rmdir "$H" && chown "$O" . && chmod "$M" . && touch -r /q/ref . || exit 95
  echo undone >> /q/state
  exit 94
}
others "$H" | xargs -0 sh -c '[ $# -eq 0 ] || mv -- "$@" "$0"/' "$H" || back
chown "$O" "$H" && chmod "$M" "$H" && touch -r /q/ref "$H" || back
# the marker: every entry is aside and the folder has the root's metadata (``interrupted``)
: > "$H.extracting" || back
X=1
tar -C "$H" -cf /p/safety . &
c=$!
( @EXTRACT@ )
x=$?
wait $c
c=$?
echo "made $c $x" >> /q/state
[ "$c$x" = 00 ] || back
w=""
while read -t @GO_WAIT@ w <&3 && [ "$w" = wait ]; do :; done
[ "$w" = go ] || back
# the folder renamed first, then its marker removed: a kill between leaves a marker without a
# folder (removed by the next roll back), never a folder without its marker beside tar's entries
# out of the volume at once (one rename): volgui removes it afterwards, without the volume mounted
if [ -n "$W" ] && mv "/w/_data/$H" "/w/$H.done"; then
  rm -f -- "$H.extracting" || exit 93
  [ ! -f /q/root ] || touch -r /q/root . || exit 93
  echo gone aside >> /q/state
  exit 0
fi
mv "$H" "$H.done" || exit 95
rm -f -- "$H.extracting" || exit 93
echo gone >> /q/state
rm -rf -- "$H.done" || exit 93
[ ! -f /q/root ] || touch -r /q/root . || exit 93
"""


class Unchanged(direct.DirectUnavailableError):
    """This way stopped before the end and the volume is as it was: roll back the way of before."""


class _Container:
    """The roll back's container and what it says (its states, its exit)."""

    def __init__(self, engine, volume: str, image: str, hidden: str, link: str, safety: str,
                 private: str, folder: str) -> None:
        self.api, self.private = engine.api, private
        self.exited = threading.Event()
        self.code: int | None = None
        script = _SCRIPT.replace("@FORMAT@", stat_listing.FORMAT).replace("@WAIT@", str(WORD_WAIT)) \
            .replace("@GO_WAIT@", str(GO_WAIT)).replace("@HIDDEN@", HIDDEN) \
            .replace("@EXTRACT@", restore_file.extract_command(direct.find_tar_image(engine)[1][0]))
        try:
            self._start(volume, image, [script, "sh", hidden, "w" if folder else ""], link, safety, folder)
        except direct.DirectUnavailableError:
            if not folder:
                raise
            # the engine would not mount the volume's folder (a user namespace, a policy): the
            # hidden folder is then removed inside the volume, as it was before there was /w
            self._start(volume, image, [script, "sh", hidden, ""], link, safety, "")
        threading.Thread(target=self._wait, name="volgui-rollback-wait", daemon=True).start()

    def _start(self, volume: str, image: str, command: list[str], link: str, safety: str,
               folder: str) -> None:
        import docker.types  # lazy: the docker SDK is not loaded at start-up

        mounts = [docker.types.Mount("/v", volume, type="volume", no_copy=True),
                  docker.types.Mount("/p/archive", direct._shared_file(link), type="bind", read_only=True),
                  docker.types.Mount("/p/safety", direct._shared_file(safety), type="bind"),
                  docker.types.Mount("/q", direct._shared_file(self.private), type="bind")]
        if folder:
            mounts.append(docker.types.Mount("/w", folder, type="bind"))
        try:
            self.id = self.api.create_container(
                image, command, entrypoint=restore_file.SHELL, user="0:0",
                network_disabled=True, labels=helper_labels(volume, "rollback"),
                host_config=self.api.create_host_config(mounts=mounts, network_mode="none"))["Id"]
        except Exception as exc:  # e.g. the engine does not have these files: nothing was changed
            raise direct.DirectUnavailableError(str(exc)) from exc
        try:
            self.api.start(self.id)
        except Exception as exc:  # no sh in the image, or a folder not mounted: nothing ran
            self.remove()
            raise direct.DirectUnavailableError(str(exc)) from exc

    def _wait(self) -> None:
        try:
            self.code = restore_file._wait(self.api, self.id)
        except Exception:
            self.code = -1
        self.exited.set()

    def states(self) -> list[str]:
        with contextlib.suppress(OSError), open(os.path.join(self.private, "state"), "rb") as fh:
            return fh.read(4096).decode("ascii", "replace").split()
        return []

    def until(self, word: str, cancel: CancelToken | None) -> bool:
        """Wait until the container has said ``word`` (True) or exited without saying it (False)."""
        while True:
            if word in self.states():
                return True
            if self.exited.is_set():
                return word in self.states()
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
            self.exited.wait(IDLE_WAIT)

    def say(self, word: str) -> bool:
        """Tell the container ``word``; False when it no longer listens (it has exited)."""
        try:
            fd = os.open(os.path.join(self.private, "go"), os.O_WRONLY | os.O_NONBLOCK)
        except OSError:  # ENXIO: no reader
            return False
        try:
            return os.write(fd, word.encode() + b"\n") > 0
        except OSError:
            return False
        finally:
            os.close(fd)

    def finish(self) -> int:
        """The exit code, once the container has exited (it always does, by itself)."""
        self.exited.wait()
        return self.code if self.code is not None else -1

    def message(self) -> str:
        return restore_file._logs(self.api, self.id)

    def remove(self) -> None:
        with contextlib.suppress(Exception):
            self.api.remove_container(self.id, force=True)


def _follow(box: _Container, fd: int, take: Callable[[memoryview, Callable[[], None]], None],
            cancel: CancelToken) -> int:
    """Read what tar writes into ``fd`` until the container says it is made (or exits); each
    piece to ``take`` with the call that frees its buffer (``StreamScan.feed``); returns the bytes
    read."""
    done, finished = 0, False
    pieces = Pieces(READ_SIZE)
    while True:
        if cancel.cancelled:
            raise Cancelled()
        size = os.fstat(fd).st_size
        if size > done:
            piece, release = pieces.pread(fd, size - done, done)
            if piece:
                done += len(piece)
                take(piece, release)
                continue
            release()
        if finished:
            return done
        if box.exited.is_set() or "made" in box.states():
            finished = True  # one more look: what tar wrote before it said so
            continue
        select.select([], [], [], IDLE_WAIT)


class Swap:
    """One roll back's container (see the module's docstring); use as a context manager.

    ``Swap(...)`` starts the container and reads its listing (:class:`direct.DirectUnavailableError`:
    nothing was changed, use the way of before); :meth:`predicts_whole` says which roll back it
    will be; :meth:`make_safety` writes the safety archive into ``safety`` (whole: the volume
    moved aside and the snapshot extracted meanwhile); :meth:`go` (whole only) removes the
    person's entries and puts the folders' times back. Leaving the block without ``go`` puts
    everything back.
    """

    def __init__(self, engine, volume: str, archive: Path, safety: str, then: dict[str, Entry],
                 cancel: CancelToken) -> None:
        self.engine, self.volume, self.archive, self.cancel = engine, volume, archive, cancel
        if str(archive).endswith(".gz") or not direct.is_local(engine):
            raise direct.DirectUnavailableError("not a plain archive on this machine's engine")
        image = direct.find_tar_image(engine)[0]
        if not image:
            raise direct.DirectUnavailableError("no image with tar")
        if any(p.startswith(HIDDEN) for p in then):
            raise direct.DirectUnavailableError("the snapshot holds a left-over roll back folder")
        self.hidden = HIDDEN + secrets.token_hex(8)
        self.whole = False
        self.made = False
        self._quiet = threading.Event()  # set: no more "wait" words
        self.started = time.monotonic()
        self.headers = FolderAndLinkHeaders()
        self._times: threading.Thread | None = None
        self._detached = False  # the container's end left to a thread (after its last word)
        self._times_failed: list[BaseException] = []
        self._checked: list[BaseException] = []
        self._exit = contextlib.ExitStack()
        try:
            self.private = self._exit.enter_context(_private_folder(Path(safety).parent))
            link = self._exit.enter_context(restore_file._private_link(archive))
            # a second name the engine mounts: the caller's renaming its own leaves it in place
            safety_link = os.path.join(self.private, "safety")
            try:
                os.link(safety, safety_link)
            except OSError as exc:
                raise direct.DirectUnavailableError(str(exc)) from exc
            self.image, self.folder = image, rollback_aside.volume_folder(engine.api, volume)
            self.box = _Container(engine, volume, image, self.hidden, link, safety_link, self.private,
                                  self.folder)
            self._exit.callback(self._remove_box)
            self._exit.callback(self._put_back)
            checker = threading.Thread(target=self._check, name="volgui-rollback-refusals", daemon=True)
            checker.start()
            listed = self.box.until("listed", cancel)
            checker.join()
            if not listed:
                raise direct.DirectUnavailableError(self.box.message() or "the container did not list")
            if self._checked:
                raise self._checked[0]
        except BaseException:
            self._exit.close()
            raise

    def _check(self) -> None:
        """The refusals of every restore, and the folders to put back, read beside the listing."""
        try:
            require_restorable(self.archive, True, self.cancel)
            with open(self.archive, "rb") as fh:
                self.headers.note_file(fh)
        except BaseException as exc:
            self._checked.append(exc)

    def __enter__(self) -> Swap:
        return self

    def __exit__(self, *_exc) -> None:
        self._exit.close()

    def predicts_whole(self, then: dict[str, Entry]) -> bool:
        with open(os.path.join(self.private, "list"), "rb") as fh:
            listing = fh.read(stat_listing.MAX_LISTING + 1)
        return stat_listing.predicts_whole(then, listing)

    def make_safety(self, whole: bool, fd: int, take: Callable) -> int:
        """The safety archive written by tar into ``fd``'s file and read back as it grows
        (``take`` each piece and its buffer's release: ``StreamScan.feed``); with ``whole`` the
        volume is moved aside and the snapshot extracted at the same time. Raises
        :class:`Unchanged` when the volume is as before."""
        self.whole = whole
        if not self.box.say("whole" if whole else "copy"):
            self.whole = False
            self.box.finish()
            raise Unchanged("the container stopped waiting")
        if whole:  # from now on the container waits for "go" only while volgui says it is there
            self._exit.callback(self._quiet.set)
            threading.Thread(target=self._keep_alive, name="volgui-rollback-alive", daemon=True).start()
        size = _follow(self.box, fd, take, self.cancel)
        if whole:
            states = self.box.states()
            if "made" not in states or states[states.index("made") + 1:][:2] != ["0", "0"]:
                self._put_back()
                raise Unchanged(self.box.message() or "tar failed")
        elif self.box.finish() != 0:
            raise Unchanged(self.box.message() or "tar failed")
        self.made = True
        if whole and self.headers.entries:  # while volgui finishes the safety snapshot's manifest
            self._times = threading.Thread(target=self._put_times, name="volgui-rollback-times", daemon=True)
            self._times.start()
        return size

    def _put_times(self) -> None:
        """The folders' times and symlinks' owners put back through the archive endpoint, while
        the container waits for the go: only the snapshot's extracted entries are touched (the
        person's are in the hidden folder, which no snapshot path names), and a put back joins
        this first; the root's time is the container's last step either way."""
        try:
            put_stream(self.engine, self.box.id, "/v", self.headers.replay(),
                       VolumeErrors.tr("Restoring folder times in {0}").format(self.volume))
        except BaseException as exc:
            self._times_failed.append(exc)

    def _times_done(self) -> None:
        """Wait for :meth:`_put_times`; raise what it raised."""
        if self._times is not None:
            self._times.join()
            self._times = None
        if self._times_failed:
            raise self._times_failed[0]

    def go(self) -> TransferResult:
        """The safety snapshot is complete and the snapshot checked: remove the person's entries
        (moved aside), then put the folders' times and symlinks' owners back.

        Raises :class:`restore_file.RestoreFailed` when the volume holds the snapshot but not
        exactly (restore it whole the other way)."""
        self.whole, whole = False, self.whole  # from here on nothing is put back
        if not (whole and self.made):
            raise ValueError("go without a whole-volume safety archive")
        self._quiet.set()
        root = next((e for e in self.headers.entries if e.name.rstrip("/") in (".", "")), None)
        if root is not None:  # its time, set by the container once the hidden folder is gone
            Path(self.private, "root").touch()
            os.utime(os.path.join(self.private, "root"), (root.mtime, root.mtime))
        try:  # the folders' times, put back while volgui finished the safety snapshot
            self._times_done()
        except BaseException as exc:  # before the go: leaving the block puts things back
            self.whole = True
            if isinstance(exc, EngineError):
                raise restore_file.RestoreFailed(exc.message) from exc
            raise
        self.box.say("go")  # not heard (it gave up waiting and put things back): the exit code says
        if self.box.until("gone", None) and "aside" in self.box.states():
            # its last word: the old entries are out of the volume and the root's time is put back;
            # the container's end (0.2 s of the engine's) and the removal go on meanwhile
            self._detached = True
            threading.Thread(target=self._end_aside, name="volgui-rollback-end", daemon=True).start()
        else:
            code = self.box.finish()
            if code != 0:  # the safety snapshot is complete: the caller restores the whole volume again
                raise restore_file.RestoreFailed(self.box.message() or f"exit code {code}")
        return TransferResult(self.volume, self.archive.stat().st_size, time.monotonic() - self.started,
                              import_command(self.archive, self.volume), str(self.archive), "direct")

    def _end_aside(self) -> None:
        """After a roll back that returned: once the container has ended, the old entries'
        removal started (``rollback_aside``) and the container removed."""
        code = self.box.finish()
        if code != 0:
            log.warning("the roll back container of %s ended with %s after its last word: %s", self.volume,
                        code, self.box.message())
        rollback_aside.start_removal(self.engine.api, self.image, self.volume, self.folder, HIDDEN)
        self.box.remove()  # after the removal's container exists: a wait for both never misses one

    def _remove_box(self) -> None:
        if not self._detached:
            self.box.remove()

    def _put_back(self) -> None:
        """Before ``go``: the container puts the person's entries back (it is told so, and
        waits for nothing else); raises when it could not."""
        if not self.whole:
            return
        self.whole = False
        self._quiet.set()
        with contextlib.suppress(BaseException):  # nothing may write into the volume meanwhile
            self._times_done()
        self.box.say("undo")
        code = self.box.finish()
        if code not in (UNDONE, NO_WORD):
            raise EngineError(self._stuck())

    def _keep_alive(self) -> None:
        while not self._quiet.wait(KEEP_ALIVE):
            self.box.say("wait")

    def _stuck(self) -> str:
        return VolumeErrors.tr("The roll back of {0} stopped half way and its entries could not be put "
                               "back: they are in the folder {1} inside the volume.").format(self.volume,
                                                                                             self.hidden)


@contextlib.contextmanager
def _private_folder(beside: Path):
    """A new private folder in ``beside`` with the FIFO ``go`` and an empty ``state``, removed
    afterwards (one a crash left is removed by ``scratch.sweep``: a name added here or in the
    script goes into ``scratch.CONTENTS`` too)."""
    with scratch.private_folder(beside, scratch.ROLLBACK) as folder:
        os.mkfifo(os.path.join(folder, "go"), 0o600)
        Path(folder, "state").touch()
        yield folder
