"""A changed file's two versions: the one in a backup archive and the one in the volume now (no Qt).

Both sides are bounded (``limit`` bytes each; a line diff of two 1 MB texts is already a lot to
read) and the path is the manifest's, which is hostile input: it is cleaned (``clean_path``)
before it reaches the engine, and inside the archive it is only compared with member names.
Text gets a line diff (``difflib``, lines capped); anything else is compared by size and sha256.
"""

from __future__ import annotations

import difflib
import hashlib
import tarfile
from dataclasses import dataclass
from pathlib import Path

from volgui.engine.errors import EngineError
from volgui.engine.validation import clean_path
from volgui.engine.volumes import files
from volgui.engine.volumes.archive_check import check_archive
from volgui.engine.volumes.archive_scan import norm
from volgui.engine.volumes.error_text import VolumeErrors

LIMIT = 1 << 20  # bytes read of each version
MAX_DIFF_LINES = 5000  # lines of each side given to the line diff


@dataclass(frozen=True)
class Version:
    data: bytes  # the first ``limit`` bytes ("" when the file is not there)
    size: int
    sha256: str  # of ``data`` when the whole file was read, else the manifest's ("" unknown)
    present: bool
    truncated: bool = False


@dataclass(frozen=True)
class Versions:
    path: str
    old: Version
    new: Version

    @property
    def text(self) -> bool:
        return all(files.looks_like_text(v.data) for v in (self.old, self.new) if v.present)

    def lines(self) -> tuple[list[str], list[str]]:
        """Both texts as lines (at most ``MAX_DIFF_LINES`` of each)."""
        return (self.old.data.decode("utf-8", "replace").splitlines()[:MAX_DIFF_LINES],
                self.new.data.decode("utf-8", "replace").splitlines()[:MAX_DIFF_LINES])

    def line_diff(self, context: int = 3) -> list[str]:
        """A unified diff of the two texts."""
        a, b = self.lines()
        return list(difflib.unified_diff(a, b, "then", "now", lineterm="", n=context))

    def changed_lines(self) -> tuple[frozenset[int], frozenset[int]]:
        """The line numbers (from 0) that differ: removed or replaced on the old side, new on the other."""
        a, b = self.lines()
        old: set[int] = set()
        new: set[int] = set()
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
            if tag != "equal":
                old.update(range(i1, i2))
                new.update(range(j1, j2))
        return frozenset(old), frozenset(new)


def _whole(data: bytes, size: int) -> str:
    return hashlib.sha256(data).hexdigest() if len(data) == size else ""


def from_archive(archive: str | Path, path: str, limit: int = LIMIT, sha256: str = "") -> Version:
    """The file ``path`` as the archive holds it (its first ``limit`` bytes)."""
    check_archive(archive)  # headers first, bounded, as for every archive volgui reads
    want = clean_path(path)
    try:
        with tarfile.open(archive, mode="r|*") as tar:
            for member in tar:
                tar.members.clear()
                if norm(member.name) != want:
                    continue
                if not member.isreg():
                    return Version(member.linkname.encode()[:limit], 0, "", True)
                fh = tar.extractfile(member)
                data = fh.read(limit) if fh is not None else b""
                return Version(data, member.size, _whole(data, member.size) or sha256, True,
                               member.size > len(data))
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise EngineError(VolumeErrors.tr("{0} cannot be read: {1}")
                          .format(Path(archive).name, str(exc)[:300])) from exc
    return Version(b"", 0, "", False)


def from_volume(engine, volume: str, path: str, limit: int = LIMIT) -> Version:
    """The file ``path`` in the volume now (its first ``limit`` bytes)."""
    try:
        preview = files.read_file(engine, volume, clean_path(path), limit=limit)
    except EngineError as exc:
        if exc.status == 404:
            return Version(b"", 0, "", False)
        raise
    return Version(preview.data, preview.size, _whole(preview.data, preview.size), True, preview.truncated)


def versions(engine, archive: str | Path, volume: str, path: str, old_sha256: str = "",
             limit: int = LIMIT) -> Versions:
    return Versions(clean_path(path), from_archive(archive, path, limit, old_sha256),
                    from_volume(engine, volume, path, limit))
