"""How a volume's folders are listed (no Qt): an archive scan, or an exec in a running helper.

Listing — the choice made: the only process-free way to read a folder is ``get_archive``, and a
tar stream is depth-first (``a/``, ``a/…everything under a…``, ``b``), so the direct children of a
folder are spread over the whole stream: one cannot stop reading after them. Instead :func:`scan`
reads the headers only — file contents are skipped as they pass, never kept (memory stays flat)
— and records the whole subtree's metadata (up to ``max_entries``), so the browser then opens any
folder below without another request. Direct children are reported as they arrive (``on_entry``)
and the scan can be cancelled. The cost is one pass over the folder's bytes through the socket
(≈100–300 MB/s locally). For big subtrees :class:`BrowseLister` stops that scan after 64 MB and,
when the engine already has an image with ``sh``/``stat``/``xargs`` (never pulled), lists one folder
per exec in a running labelled helper instead.
"""

from __future__ import annotations

import contextlib
import posixpath
import stat as statmod
import tarfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from volgui.engine.cancel import CancelToken
from volgui.engine.errors import EngineError, from_docker
from volgui.engine.present.display import name_order
from volgui.engine.validation import clean_path
from volgui.engine.volumes.confine import resolve
from volgui.engine.volumes.entries import (
    ChunkReader,
    Entry,
    SubtreeTooBig,
    abs_path,
    archive_of,
    entry_from_tarinfo,
    stat_in,
)
from volgui.engine.volumes.error_text import VolumeErrors
from volgui.engine.volumes.helpers import (
    HELPER_LABEL,
    MOUNT,
    helper,
    helper_labels,
    require_volume,
    tools_images,
)
from volgui.engine.volumes.streaming import CHUNK, Meter, cancel_token
from volgui.engine.volumes.tools_image import ensure_tools_image

MAX_SCAN_ENTRIES = 200_000


# -- listing ------------------------------------------------------------------------------------


@dataclass
class Scan:
    """The metadata of a folder's subtree: ``children[dir]`` for ``root`` and the folders below."""

    root: str
    root_entry: Entry | None = None
    children: dict[str, list[Entry]] = field(default_factory=dict)
    complete: bool = True  # False when the subtree was larger than ``max_entries``
    entries: int = 0
    bytes_streamed: int = 0

    def listing(self, path: str | None = None) -> list[Entry] | None:
        """The direct children of ``path`` (default the root), or None when not scanned."""
        return self.children.get(self.root if path is None else clean_path(path))


def scan(engine, volume: str, path: str = "", *, cancel: CancelToken | None = None,
         progress: Callable | None = None, on_entry: Callable | None = None,
         max_entries: int = MAX_SCAN_ENTRIES, max_bytes: int | None = None) -> Scan:
    """Read the metadata of folder ``path`` and everything below it (see the module's docstring).

    ``on_entry(entry)`` is called for each direct child as it arrives; ``progress`` receives
    :class:`~volgui.engine.volumes.transfer.TransferProgress` (bytes streamed).
    """
    cancel = cancel_token(cancel)
    root = clean_path(path)
    require_volume(engine, volume)
    result = Scan(root)
    result.children[root] = []
    meter = Meter(progress, phase="scan")
    with helper(engine, volume, read_only=True) as cid:
        # a link to a folder lists the folder inside the volume, never the helper's own files
        chunks = archive_of(engine, cid, volume, resolve(engine, cid, volume, root), "/.")
        reader = ChunkReader(chunks, cancel, meter, limit=max_bytes)
        try:
            with tarfile.open(fileobj=reader, mode="r|", bufsize=CHUNK) as tar:
                while True:
                    info = tar.next()
                    if info is None:
                        break
                    tar.members.clear()  # stream mode keeps every member otherwise
                    rel = info.name.removeprefix("./").rstrip("/")
                    if rel in (".", ""):
                        result.root_entry = entry_from_tarinfo(info, root)
                        continue
                    full = posixpath.join(root, rel) if root else rel
                    entry = entry_from_tarinfo(info, full)
                    if entry.kind == "hardlink" and root:
                        entry = _rebase_hardlink(entry, root)
                    add(result, entry, max_entries, on_entry)
        except (tarfile.TarError, EOFError) as exc:
            cancel.raise_if_cancelled()
            raise EngineError(VolumeErrors.tr("The engine sent an unreadable archive of {0}: {1}").format(
                f"{volume}/{root}", exc)) from exc
        except EngineError:
            raise
        except Exception as exc:
            cancel.raise_if_cancelled()
            raise from_docker(exc, host=engine.spec.host, action=VolumeErrors.tr("Listing {0}")
                              .format(f"{volume}/{root}")) from exc
        finally:
            reader.close()
    return finish(result, meter)


def add(result: Scan, entry: Entry, max_entries: int, on_entry: Callable | None) -> None:
    """Record one entry of a scan's archive (the archive reader is the caller's)."""
    result.entries += 1
    root = result.root
    if entry.parent == root:
        result.children[root].append(entry)
        if on_entry is not None:
            on_entry(entry)
    elif result.complete:
        if result.entries > max_entries:
            partial(result)
        else:
            result.children.setdefault(entry.parent, []).append(entry)
    if entry.is_dir and result.complete:
        result.children.setdefault(entry.path, [])


def partial(result: Scan) -> None:
    """Keep only the root's listing: deeper ones would be partial."""
    result.complete = False
    result.children = {result.root: result.children[result.root]}


def finish(result: Scan, meter: Meter) -> Scan:
    """The scan with its byte count, each folder sorted (folders first, then by name)."""
    result.bytes_streamed = meter.done
    meter.report()
    for items in result.children.values():
        items.sort(key=lambda e: (not e.is_dir, name_order(e.name), e.name))
    return result



def _rebase_hardlink(entry: Entry, root: str) -> Entry:
    return replace(entry, link_target=posixpath.join(root, entry.link_target))


def list_dir(engine, volume: str, path: str = "", **kwargs) -> list[Entry]:
    """The direct children of folder ``path`` (folders first, then by name)."""
    return scan(engine, volume, path, **kwargs).children[clean_path(path)]


# -- a cheaper listing when the engine has an image with a shell ---------------------------------------
#
# When a local image provides ``sh``, ``find``-free POSIX globbing, ``stat`` and ``xargs`` (busybox,
# alpine, debian…), a *running* helper lists one folder with one exec (≈60 ms) whatever lies below it.
# Only an image the person chose or one labelled ``volgui.tools`` is used (``helpers.tools_images``);
# volgui never pulls such an image; without one, :func:`scan` is used. The names are taken with one
# ``set --`` of the glob patterns that match (a pattern that matches nothing stays as its own text):
# adding them one by one copied the list each time — 44 s for a folder of 20 000 names, now 0.14 s.

_LISTER_SCRIPT = r"""
cd -- "$1" || exit 3
stat -c '%f %s %u %g %Y' -- . || exit 4
m=
for p in '.[!.]*' '..?*' '*'; do
  set -- $p
  if [ "$1" != "$p" ] || [ -e "$1" ] || [ -L "$1" ]; then m="${m}1"; else m="${m}0"; fi
done
case $m in
111) set -- .[!.]* ..?* * ;; 110) set -- .[!.]* ..?* ;; 101) set -- .[!.]* * ;; 100) set -- .[!.]* ;;
011) set -- ..?* * ;; 010) set -- ..?* ;; 001) set -- * ;; *) set -- ;;
esac
[ $# -eq 0 ] && { printf '\0volgui-end 0\n'; exit 0; }
printf '%s\0' "$@"
printf '\0'
printf '%s\0' "$@" | xargs -0 stat -c '%f %s %u %g %Y' --
printf '\0'
for f in "$@"; do if [ -L "$f" ]; then printf '%s\0' "$f"; readlink -- "$f"; printf '\0'; fi; done
printf '\0volgui-end %d\n' $#
"""
# The script's last line says it ended and how many names it printed. An exec's output can arrive
# cut short (seen once in a loaded test run: the folder's own line and nothing after it, exit code
# 0): without the line the listing is not believed — never an empty folder that is not empty.
_END = b"\0volgui-end "
_TRIES = 2  # execs of the script before the listing is refused
_lister_images: dict[str, str] = {}  # engine host → image ("" = none)


def find_lister_image(engine, refresh: bool = False) -> str:
    """A local image that can run the listing script, or "" (checked once per engine)."""
    host = engine.spec.host
    if host in _lister_images and not refresh:
        return _lister_images[host]
    found = ""
    tags = tools_images(engine) or [ensure_tools_image(engine)]
    for tag in [t for t in tags if t][:6]:  # the person's choice or volgui's label, never a name
        cid = None
        try:
            cid = engine.api.create_container(tag, ["true"], labels={HELPER_LABEL: "probe"},
                                              network_disabled=True)["Id"]
            have = {p: stat_in(engine, cid, p) is not None
                    for p in ("/bin/sh", "/bin/busybox", "/usr/bin/stat", "/bin/stat", "/usr/bin/xargs")}
            coreutils = (have["/usr/bin/stat"] or have["/bin/stat"]) and have["/usr/bin/xargs"]
            if have["/bin/sh"] and (have["/bin/busybox"] or coreutils):
                found = tag
                break
        except Exception:
            continue
        finally:
            if cid is not None:
                with contextlib.suppress(Exception):
                    engine.api.remove_container(cid, force=True)
    _lister_images[host] = found
    return found


def forget_lister_image(engine) -> None:
    """Look for the lister's image again next time (the person chose another)."""
    _lister_images.pop(engine.spec.host, None)


class RunningLister:
    """A running helper (from :func:`find_lister_image`) that lists folders by exec.

    Labelled like every helper (so a crash leaves nothing that ``sweep_helpers`` does not remove);
    :meth:`close` removes it. Not thread-safe: use it from one thread at a time.
    """

    def __init__(self, engine, volume: str, image: str) -> None:
        import docker.types  # lazy: the docker SDK is not loaded at start-up

        self.volume = volume
        mount = docker.types.Mount(MOUNT, volume, type="volume", read_only=True, no_copy=True)
        created = engine.call(
            VolumeErrors.tr("Preparing a listing helper for {0}").format(volume), engine.api.create_container,
            image,
            ["-c", "trap 'exit 0' TERM INT; while :; do sleep 5; done"], entrypoint=["/bin/sh"],
            network_disabled=True,
            host_config=engine.api.create_host_config(mounts=[mount], network_mode="none"),
            labels=helper_labels(volume, "lister"))
        self.id = created["Id"]
        try:
            engine.call(VolumeErrors.tr("Starting the listing helper"), engine.api.start, self.id)
        except EngineError:
            self.close(engine)
            raise

    def list(self, engine, path: str) -> list[Entry]:
        rel = clean_path(path)
        return self.scan(engine, rel).children[rel]

    def scan(self, engine, path: str) -> Scan:
        """The folder's listing as a :class:`Scan` (its own folder only: nothing below is read)."""
        rel = clean_path(path)
        real = resolve(engine, self.id, self.volume, rel)  # `cd` would follow links out of the volume
        for _ in range(_TRIES):
            out, err, code = self._run_script(engine, abs_path(real))
            if code == 3:
                raise EngineError(VolumeErrors.tr("/{0} does not exist in volume {1} (any more).")
                                  .format(rel, self.volume), status=404)
            if code not in (0, None):
                raise EngineError(VolumeErrors.tr("Listing /{0} failed: {1}").format(
                    rel, (err or b"").decode(errors="replace")[:300]))
            try:
                own, entries = parse_listing(out or b"", rel)
            except IncompleteListingError:
                continue  # the output was cut short: once more
            return Scan(rel, own, {rel: entries}, complete=False, entries=len(entries))
        raise IncompleteListingError(VolumeErrors.tr(
            "The listing of /{0} arrived incomplete ({1} tries): refresh to try again.").format(rel, _TRIES))

    def _run_script(self, engine, folder: str) -> tuple[bytes | None, bytes | None, int | None]:
        """The listing script's output, errors and exit code (None: not known yet) for ``folder``."""
        exec_id = engine.call(VolumeErrors.tr("Listing"), engine.api.exec_create, self.id,
                              ["sh", "-c", _LISTER_SCRIPT, "sh", folder], stdout=True, stderr=True)
        out, err = engine.call(VolumeErrors.tr("Listing"), engine.api.exec_start, exec_id, demux=True)
        return out, err, engine.api.exec_inspect(exec_id).get("ExitCode")

    def close(self, engine) -> None:
        with contextlib.suppress(Exception):
            engine.api.remove_container(self.id, force=True, v=False)


def _stat_entry(line: str, path: str, target: str = "") -> Entry:
    raw_mode, size, uid, gid, mtime = line.split()
    mode = int(raw_mode, 16)
    kind = {statmod.S_IFDIR: "dir", statmod.S_IFLNK: "symlink", statmod.S_IFIFO: "fifo",
            statmod.S_IFCHR: "char", statmod.S_IFBLK: "block"}.get(statmod.S_IFMT(mode), "file")
    return Entry(path=path, kind=kind, size=int(size) if kind == "file" else 0, mode=mode & 0o7777,
                 uid=int(uid), gid=int(gid), mtime=float(mtime), link_target=target)


class IncompleteListingError(EngineError):
    """The listing script's output did not arrive whole (its end line is missing or wrong)."""


def _cut(rel: str) -> IncompleteListingError:
    return IncompleteListingError(VolumeErrors.tr("The listing of /{0} arrived incomplete.").format(rel))


def parse_listing(out: bytes, rel: str) -> tuple[Entry | None, list[Entry]]:
    """Parse the listing script's output: the folder's own stat line, then its children's names
    (NUL-separated), their stat lines, the symlinks' targets and the end line with the names'
    count; raises :class:`IncompleteListingError` when the end line is not there or does not match."""
    out, found, tail = out.rpartition(_END)
    if not found or not tail.endswith(b"\n") or not tail[:-1].isdigit() or len(tail) > 12:
        raise _cut(rel)
    count = int(tail[:-1])
    own_line, _, out = out.partition(b"\n")
    own = _stat_entry(own_line.decode(), rel) if own_line.strip() else None
    if not out:
        if count:
            raise _cut(rel)
        return own, []
    names_part, _, rest = out.partition(b"\0\0")
    names = [n.decode("utf-8", "surrogateescape") for n in names_part.split(b"\0")]
    if len(names) != count:
        raise _cut(rel)
    stat_part, _, links_part = rest.partition(b"\0")
    lines = stat_part.decode().splitlines()
    if len(lines) != len(names):
        raise EngineError(VolumeErrors.tr("The folder changed while it was listed: refresh."))
    targets = {}
    fields = links_part.split(b"\0")
    for i in range(0, len(fields) - 1, 2):
        targets[fields[i].decode("utf-8", "surrogateescape")] = \
            fields[i + 1].rstrip(b"\n").decode("utf-8", "surrogateescape")
    entries = [_stat_entry(line, posixpath.join(rel, name) if rel else name, targets.get(name, ""))
               for name, line in zip(names, lines, strict=True)]
    entries.sort(key=lambda e: (not e.is_dir, name_order(e.name), e.name))
    return own, entries


class BrowseLister:
    """How the browser lists: one :func:`scan` of the folder's subtree while it is small (everything
    below is then known without another request); when the subtree passes ``budget`` bytes and the
    engine has an image that can run the listing script, a running helper lists one folder per exec
    from then on, so a big volume is never pulled through the socket just to show a folder.

    Shared by the browser's job threads (each with its own engine); ``close(engine)`` at the end.
    """

    BUDGET = 64 * 1024 * 1024

    def __init__(self, volume: str, budget: int | None = None) -> None:
        self.volume = volume
        self.budget = self.BUDGET if budget is None else budget
        self._lock = threading.Lock()
        self.lister: RunningLister | None = None
        self.image: str | None = None  # None: not looked for yet

    def scan(self, engine, volume: str, path: str = "", *, cancel=None, progress=None,
             on_entry=None) -> Scan:
        cancel = cancel_token(cancel)
        with self._lock:
            if self.image is None:
                try:
                    self.image = find_lister_image(engine)
                except EngineError:
                    self.image = ""
            lister = self.lister
        if lister is not None:
            return self._by_exec(engine, lister, volume, path, cancel, progress, on_entry)
        if not self.image:
            return scan(engine, volume, path, cancel=cancel, progress=progress, on_entry=on_entry)
        try:
            return scan(engine, volume, path, cancel=cancel, progress=progress, on_entry=on_entry,
                        max_bytes=self.budget)
        except SubtreeTooBig:
            pass
        with self._lock:  # a big subtree: list folder by folder from now on
            if self.lister is None:
                self.lister = RunningLister(engine, volume, self.image)
            lister = self.lister
        return self._by_exec(engine, lister, volume, path, cancel, progress, on_entry)

    def _by_exec(self, engine, lister, volume, path, cancel, progress, on_entry) -> Scan:
        try:
            return lister.scan(engine, path)
        except EngineError as exc:
            if exc.status == 404:
                raise
            with self._lock:  # it died (or cannot run here): back to archive scans
                if self.lister is lister:
                    self.lister = None
                self.image = ""
            lister.close(engine)
        return scan(engine, volume, path, cancel=cancel, progress=progress, on_entry=on_entry)

    def close(self, engine) -> None:
        with self._lock:
            lister, self.lister = self.lister, None
        if lister is not None:
            lister.close(engine)
