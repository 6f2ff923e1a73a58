"""volgui's private scratch beside a person's archives, and the sweep of what a crash left (no Qt).

For the length of one operation volgui keeps, in the folder of the archive it works on: a folder
``.volgui-restore-XXXXXXXX`` holding a hard link ``archive`` that a container mounts
(``restore_file``); a folder ``.volgui-rollback-XXXXXXXX`` holding the roll back container's FIFO
``go``, its ``state``, ``list``, ``ref`` and ``root`` and a hard link ``safety`` to the safety
archive (``swap_restore``); and ``.<archive name>.XXXXXXXX.part`` files, archives being written
(``transfer``, ``rollback_swap``). Each is removed when its operation ends, but a crash, a kill -9
or a power loss leaves it: a left hard link keeps a deleted snapshot's bytes allocated out of
sight, a left ``.part`` is a partial archive.

A private folder's maker (:func:`private_folder`) holds an exclusive ``flock`` on the folder's
``lock`` file for as long as it uses it, so that :func:`sweep` tells a folder in use from one left
behind. The sweep runs before volgui makes new scratch in a folder and when the backups and
snapshots lists are read. It removes only what volgui makes, exactly: a name as ``mkdtemp`` /
``mkstemp`` make it with one of these prefixes; a folder that is a real directory (not a symlink)
holding only volgui's names, each of its type (a regular file, ``go`` a FIFO); a ``.part`` that is
a regular file named after one of volgui's own timestamped archives. Anything else — a person's
file with a similar name, an export's part file — is never touched. It looks at
:data:`MAX_ENTRIES` entries at most, never raises (a sweep must not stop a backup or a restore)
and logs what it removed.
"""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import logging
import os
import re
import shutil
import stat
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

RESTORE = ".volgui-restore-"  # restore_file's private folder
ROLLBACK = ".volgui-rollback-"  # swap_restore's private folder
PART = ".part"
LOCK = "lock"  # held with flock by the folder's maker while it uses the folder
_FILE, _FIFO = stat.S_IFREG, stat.S_IFIFO
# every name volgui puts in each private folder, with its type; nothing else may be there
CONTENTS: dict[str, dict[str, int]] = {
    RESTORE: {LOCK: _FILE, "archive": _FILE},
    ROLLBACK: {LOCK: _FILE, "go": _FIFO, "state": _FILE, "list": _FILE, "ref": _FILE, "root": _FILE,
               "safety": _FILE},
}
_RANDOM = "[a-z0-9_]{8}"  # tempfile's random part: 8 of a-z, 0-9 and _ (a unit test checks)
_FOLDER = re.compile(f"(?P<prefix>{re.escape(RESTORE)}|{re.escape(ROLLBACK)}){_RANDOM}")
# only beside volgui's own timestamped archives (``backups.new_archive``:
# VOLUME--YYYYmmddTHHMMSSZ[-n].tar[.gz]); an export's, named after a file the person chose, never
_PART = re.compile(rf"\..+--\d{{8}}T\d{{6}}Z(?:-\d+)?\.tar(?:\.gz)?\.{_RANDOM}{re.escape(PART)}")
MAX_ENTRIES = 4000  # entries of a folder looked at in one sweep
OLD = 24 * 3600  # seconds unchanged after which a .part, or a folder without a lock, is left over
# seconds unchanged after which a folder whose lock is free is left over: its maker may be between
# mkdtemp and flock, or a container started by a volgui since killed may still write in it (a roll
# back's container waits 30 s for each word before it puts things back and ends)
SETTLE = 600


@contextlib.contextmanager
def private_folder(beside: str | os.PathLike, prefix: str):
    """A new private folder (``prefix`` is :data:`RESTORE` or :data:`ROLLBACK`) in ``beside``,
    locked while the block runs and removed afterwards; left-over scratch there is swept first."""
    if prefix not in CONTENTS:
        raise ValueError(prefix)
    sweep(beside)
    folder = tempfile.mkdtemp(prefix=prefix, dir=beside)
    lock = -1
    try:
        try:
            lock = os.open(os.path.join(folder, LOCK), os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW,
                           0o600)
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # a file system without locks: the sweep then waits OLD seconds
            pass
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if lock >= 0:
            os.close(lock)


def new_part(target: str | os.PathLike) -> tuple[int, str]:
    """A new ``.<name>.XXXXXXXX.part`` file beside ``target`` (the archive it becomes), as
    ``mkstemp`` returns it; left-over scratch there is swept first."""
    target = Path(target)
    sweep(target.parent)
    return tempfile.mkstemp(prefix=f".{target.name}.", suffix=PART, dir=target.parent)


def sweep(folder: str | os.PathLike) -> list[Path]:
    """Remove the scratch volgui left in ``folder`` (see the module's docstring); returns what
    was removed. Never raises."""
    removed: list[Path] = []
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except (OSError, TypeError, ValueError):
        return removed
    try:
        now = time.time()
        with os.scandir(fd) as listing:
            names = [e.name for e in itertools.islice(listing, MAX_ENTRIES)
                     if _FOLDER.fullmatch(e.name) or _PART.fullmatch(e.name)]
        for name in names:
            try:
                found = _FOLDER.fullmatch(name)
                gone = _left_folder(fd, name, CONTENTS[found["prefix"]], now) if found \
                    else _left_part(fd, name, now)
            except FileNotFoundError:  # removed meanwhile (another sweep)
                continue
            except OSError as exc:
                log.warning("could not remove the left-over %s: %s", os.path.join(folder, name), exc)
                continue
            if gone:
                removed.append(Path(folder, name))
                log.warning("removed %s, left over by an earlier run of volgui", removed[-1])
    except Exception as exc:  # a sweep must never stop what comes after it
        log.warning("could not sweep %s: %s", folder, exc)
    finally:
        os.close(fd)
    return removed


def _left_part(parent: int, name: str, now: float) -> bool:
    info = os.stat(name, dir_fd=parent, follow_symlinks=False)
    if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < OLD:
        return False
    os.unlink(name, dir_fd=parent)
    return True


def _left_folder(parent: int, name: str, allowed: dict[str, int], now: float) -> bool:
    try:
        folder = os.open(name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=parent)
    except OSError:  # not a directory (a symlink, a file) or gone
        return False
    lock = -1
    try:
        newest = os.fstat(folder).st_mtime
        with os.scandir(folder) as listing:
            entries = list(itertools.islice(listing, len(allowed) + 1))
        for entry in entries:
            info = entry.stat(follow_symlinks=False)
            if allowed.get(entry.name) != stat.S_IFMT(info.st_mode):
                return False  # a name or a type volgui does not make: not ours
            newest = max(newest, info.st_mtime)
        names = [e.name for e in entries]
        wait = OLD
        if LOCK in names:
            lock = os.open(LOCK, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=folder)
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                wait = SETTLE
            except BlockingIOError:
                return False  # in use
            except OSError:  # no locks on this file system: as a folder without one
                pass
        if now - newest < wait:
            return False
        for entry in names:  # the lock (held) last, so no other sweep finds the folder free meanwhile
            if entry != LOCK:
                os.unlink(entry, dir_fd=folder)
        if LOCK in names:
            os.unlink(LOCK, dir_fd=folder)
        os.rmdir(name, dir_fd=parent)
        return True
    finally:
        if lock >= 0:
            os.close(lock)
        os.close(folder)
