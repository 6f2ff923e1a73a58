"""A volume's entries from ``find . -exec stat -c …`` (no contents, no Qt), and what they predict.

A roll back chooses before its safety snapshot whether it will restore only what changed or the
whole volume (``swap_restore``): the safety snapshot is made differently for each. The choice
is made from the entries' metadata, which a container lists in milliseconds (no file read),
against the snapshot's manifest. It is a prediction only — contents can change with size and
time unchanged — and both ways are exact: a wrong guess costs time, never correctness (a
predicted partial roll back that turns out whole runs the whole restore as before).

The listing is hostile input like any other: read up to :data:`MAX_LISTING` bytes, a line that
does not parse is skipped (a name with a newline, say), and what is not understood predicts
"only what changed", the way of before.
"""

from __future__ import annotations

import stat

from volgui.engine.volumes import partial_restore
from volgui.engine.volumes.archive_scan import Entry, norm

FORMAT = "%f %u %g %Y %s %h %n"  # raw mode (hex), owner, group, mtime, size, links, name
MAX_LISTING = 64 << 20  # bytes of listing read (about a million entries)
_FIELDS = 6


def parse(data: bytes) -> dict[str, tuple[Entry, int]] | None:
    """Each listed path (normalised as a manifest's) → (its metadata, its hard link count);
    None when the listing is too big to trust whole."""
    if len(data) > MAX_LISTING:
        return None
    out: dict[str, tuple[Entry, int]] = {}
    for line in data.split(b"\n"):
        parts = line.split(b" ", _FIELDS)
        if len(parts) <= _FIELDS or not parts[_FIELDS].startswith(b"."):
            continue
        try:
            raw, uid, gid, mtime, size, links = (int(parts[0], 16), *map(int, parts[1:_FIELDS]))
        except ValueError:
            continue
        name = norm(parts[_FIELDS].decode("utf-8", "surrogateescape"))
        kind = "dir" if stat.S_ISDIR(raw) else "file" if stat.S_ISREG(raw) else \
            "symlink" if stat.S_ISLNK(raw) else "other"
        out[name] = (Entry(kind, stat.S_IMODE(raw), uid, gid, mtime, size if kind == "file" else 0), links)
    return out


def _same(then: Entry, now: Entry) -> bool:
    if then.type == "hardlink":  # a second name of a file: its own changes show at its target
        return now.type == "file"
    if then.type != now.type or (then.mode, then.uid, then.gid, then.mtime) != (now.mode, now.uid, now.gid,
                                                                                now.mtime):
        return False
    return then.type != "file" or then.size == now.size


def predicts_whole(then: dict[str, Entry], listing: bytes) -> bool:
    """Whether the roll back to ``then`` (a manifest's entries) will restore the whole volume,
    judged from the live entries' metadata (see the module's docstring)."""
    live = parse(listing)
    if not live or "." not in live:
        return False
    now: dict[str, Entry] = {}
    for path, (entry, links) in live.items():
        old = then.get(path)
        if old is not None and _same(old, entry):
            now[path] = old  # unchanged as far as metadata tell: its hash is taken to be the same
        elif links > 1 and entry.type == "file":
            return True  # a changed file with another name: the whole volume, as ``plan`` says
        else:
            now[path] = Entry(entry.type, entry.mode, entry.uid, entry.gid, entry.mtime, entry.size,
                              "?" if entry.type == "file" else "", "?" if entry.type == "symlink" else "")
    return partial_restore.plan(then, now) is None
