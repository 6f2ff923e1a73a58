"""Keep every file operation of the volume browser inside the volume (no Qt).

The engine resolves a path in a helper container the way a process there would: a symbolic link
``rootlink -> /`` in the volume leads ``/volume/rootlink/etc/hosts`` into the helper's own files.
:func:`resolve` walks the path one component at a time instead and resolves each symbolic link
itself, relative to the *volume's* root (an absolute target starts again at the volume's root, as
it would for a container that mounts the volume at ``/``), so the engine is only ever given paths
whose folders are real folders of the volume. A path that climbs out with ``..`` is refused.
"""

from __future__ import annotations

import posixpath
from collections import deque

from volgui.engine.errors import EngineError
from volgui.engine.validation import clean_path
from volgui.engine.volumes.archive_check import members
from volgui.engine.volumes.entries import ChunkReader, abs_path, archive_of, stat_in
from volgui.engine.volumes.error_text import VolumeErrors

MAX_LINKS = 40  # symbolic links followed in one path, as Linux allows
_MODE_SYMLINK = 1 << 27  # Go's os.ModeSymlink, in the engine's path stat


class PathLeavesVolume(EngineError):  # noqa: N818 - reads as the fact it reports
    """A path that, once its symbolic links are followed, is not inside the volume."""


def link_target(engine, cid: str, volume: str, rel: str) -> str:
    """The target of the symbolic link ``rel`` as stored (not resolved by the engine)."""
    reader = ChunkReader(archive_of(engine, cid, volume, rel, "", chunk_size=16 * 1024))
    try:
        for member in members(reader):
            return member.linkname
    finally:
        reader.close()
    return ""


def resolve(engine, cid: str, volume: str, path: str, follow_last: bool = True) -> str:
    """``path`` with every symbolic link in it resolved inside the volume (the last component's
    too when ``follow_last``), as a clean volume-relative path.

    Raises :class:`PathLeavesVolume` when a link leads out of the volume or links loop.
    """
    shown = "/" + clean_path(path)
    queue = deque(p for p in clean_path(path).split("/") if p)
    done: list[str] = []
    hops = 0
    while queue:
        part = queue.popleft()
        if part in ("", "."):
            continue
        if part == "..":
            if not done:
                raise PathLeavesVolume(VolumeErrors.tr("{0} leads out of volume {1} through a symbolic link: "
                                                       "refused, nothing was changed.").format(shown, volume))
            done.pop()
            continue
        candidate = "/".join([*done, part])
        if not queue and not follow_last:
            done.append(part)
            break
        try:
            stat = stat_in(engine, cid, abs_path(candidate))
        except EngineError as exc:  # the engine cannot evaluate it (a link that loops)
            raise PathLeavesVolume(VolumeErrors.tr("/{0} cannot be followed (a symbolic link that loops?): "
                                                   "{1} refused, nothing was changed.").format(candidate,
                                                                                               shown),
                                   detail=exc.message) from exc
        if stat is None or not int(stat.get("mode", 0)) & _MODE_SYMLINK:
            done.append(part)  # a real folder or file, or nothing yet (to be created)
            continue
        hops += 1
        if hops > MAX_LINKS:
            raise PathLeavesVolume(VolumeErrors.tr("{0} has too many symbolic links (a loop?): refused.")
                                   .format(shown))
        target = link_target(engine, cid, volume, candidate)
        if target.startswith("/"):
            done = []  # absolute: from the volume's root, never the helper's
        queue.extendleft(reversed([p for p in target.split("/") if p]))
    return posixpath.join(*done) if done else ""
