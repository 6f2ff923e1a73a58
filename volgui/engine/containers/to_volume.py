""""Move to a volume…": a folder of a container's write layer into a new volume, mounted at that path.

The steps, each checked, and undone in reverse when a later one fails — nothing is lost:

1. refuse what cannot work: the root, a path in a mount, not a folder, an existing volume's name,
   a ``--rm`` container that is running (stopping it would delete it);
2. stop the container when it runs (nothing writes to the folder while it is copied);
3. create the volume (labelled with where its files came from);
4. copy the folder's archive from the container into the volume through a created, never started
   helper (``get_archive`` → ``put_archive``: owners, modes, times and links kept; the folder's own
   owner and mode applied to the volume's root), then compare both listings entry by entry;
5. re-create the container with the volume mounted at the folder's path (the existing safe
   re-create, ``recreate.execute``, which rolls itself back on failure; files of the write layer
   under that path are not copied again: they are in the volume);
6. start the new container when the old one was running.

On a failure before the re-create is done, the volume is removed and the container started again
if it was running; the container's own files were never touched.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass

from volgui.engine.cancel import CancelToken
from volgui.engine.containers import files as cf
from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.containers.fs_marks import file_marks
from volgui.engine.containers.recreate.plan import execute, plan_add_mount
from volgui.engine.errors import EngineError
from volgui.engine.validation import clean_path, validate_volume_name
from volgui.engine.volumes import listers
from volgui.engine.volumes.entries import Entry, stat_in
from volgui.engine.volumes.helpers import MOUNT, helper
from volgui.engine.volumes.streaming import Meter, RootHeader, cancel_token, counted, put_stream

MOVED_LABEL = "volgui.moved-from"
_GO_DIR = 1 << 31  # Go's os.ModeDir, in the engine's path stat


@dataclass(frozen=True)
class MoveResult:
    container_id: str  # the re-created container
    name: str
    path: str  # where the volume is mounted, absolute
    volume: str
    entries: int  # files, folders and links moved
    bytes: int  # archive bytes copied
    warnings: tuple[str, ...] = ()

    def summary(self) -> str:
        return ContainerErrors.tr("{0} of {1} is now volume {2} (%Ln item(s)): its files stay when the "
                                  "container is removed.", "", self.entries).format(self.path, self.name,
                                                                                   self.volume)


def suggested_volume_name(container: str, path: str) -> str:
    """``web-var-lib-data`` for folder ``/var/lib/data`` of ``web`` (a valid volume name)."""
    tail = "-".join(p for p in clean_path(path).split("/") if p)[-60:]
    raw = f"{container}-{tail}" if tail else container
    name = "".join(c if (c.isascii() and c.isalnum()) or c in "_.-" else "-" for c in raw).strip("-._")
    return name or "moved"


def _comparable(entries: dict[str, list[Entry]], base: str) -> dict[str, tuple]:
    out = {}
    for items in entries.values():
        for e in items:
            rel = e.path[len(base):].lstrip("/") if base else e.path
            target = e.link_target if e.kind == "symlink" else ""
            kind = "file" if e.kind == "hardlink" else e.kind
            out[rel] = (kind, e.size if kind == "file" and e.kind != "hardlink" else 0, e.mode, e.uid, e.gid,
                        int(e.mtime), target)
    return out


def check_copy(engine, cid: str, rel: str, volume: str) -> int:
    """Compare the folder in the container with the volume entry by entry; the number of entries."""
    source = cf.scan(engine, cid, rel, max_bytes=1 << 62)
    copy = listers.scan(engine, volume, "")
    if not source.complete or not copy.complete:
        raise EngineError(ContainerErrors.tr(
            "{0} holds more than %Ln entries: too many to check the copy; nothing was changed.", "",
            listers.MAX_SCAN_ENTRIES).format(f"/{rel}"))
    want, got = _comparable(source.children, rel), _comparable(copy.children, "")
    if want != got:
        missing = sorted(set(want) - set(got))[:5]
        differ = sorted(p for p in set(want) & set(got) if want[p] != got[p])[:5]
        none = ContainerErrors.tr("none")
        raise EngineError(ContainerErrors.tr(
            "The copy of {0} in volume {1} differs from the original (missing: {2}; different: {3}): nothing "
            "was changed.").format(f"/{rel}", volume, ", ".join(missing) or none, ", ".join(differ) or none))
    return len(want)


def move_to_volume(engine, cid: str, path: str, volume: str, *, cancel: CancelToken | None = None,
                   progress: Callable | None = None,
                   before_step: Callable[[str], None] | None = None) -> MoveResult:
    """See the module's docstring. ``before_step(step)`` runs before ``stop``, ``create-volume``,
    ``copy``, ``check``, ``recreate`` and ``start`` (tests inject failures there)."""
    cancel = cancel_token(cancel)
    step = before_step or (lambda _step: None)
    rel = clean_path(path)
    volume = validate_volume_name(volume)
    api = engine.api
    marks = file_marks(engine, cid)
    if not rel:
        raise EngineError(ContainerErrors.tr("The whole filesystem cannot be moved to a volume: choose a "
                                             "folder."))
    mount = marks.mount_of(rel)
    if mount is not None:
        raise EngineError(ContainerErrors.tr("{0} is already in {1}: its files already outlive the "
                                             "container.").format(f"/{rel}", mount.text))
    stat = stat_in(engine, cid, cf.where(rel))
    if stat is None or not int(stat.get("mode", 0)) & _GO_DIR:
        raise EngineError(ContainerErrors.tr("{0} is not a folder of {1}.").format(f"/{rel}",
                                                                                  marks.container))
    if any(v.get("Name") == volume for v in (api.volumes().get("Volumes") or [])):
        raise EngineError(ContainerErrors.tr(
            "A volume named {0} already exists: choose another name.").format(volume), status=409)
    inspect = engine.call(ContainerErrors.tr("Inspecting the container"), api.inspect_container, cid)
    if marks.running and (inspect.get("HostConfig") or {}).get("AutoRemove"):
        raise EngineError(ContainerErrors.tr(
            "{0} was started with --rm: stopping it would delete it. Nothing was changed.").format(
                marks.container))
    was_running = marks.running
    created = False
    try:
        if was_running:
            step("stop")
            engine.call(ContainerErrors.tr("Stopping {0}").format(marks.container), api.stop, cid,
                        timeout=int((inspect.get("Config") or {}).get("StopTimeout") or 10))
        cancel.raise_if_cancelled()
        step("create-volume")
        engine.call(ContainerErrors.tr("Creating volume {0}").format(volume), api.create_volume, volume,
                    labels={MOVED_LABEL: f"{marks.container}:/{rel}"})
        created = True
        step("copy")
        meter = Meter(progress, phase="copy")
        copied = _copy(engine, cid, rel, volume, cancel, meter)
        step("check")
        entries = check_copy(engine, cid, rel, volume)
        cancel.raise_if_cancelled()
        step("recreate")
        plan = plan_add_mount(engine, cid, volume, "/" + rel, write_layer="copy")
        result = execute(engine, plan, cancel)
    except BaseException:
        _undo(engine, cid, volume, created, was_running)
        raise
    if was_running:
        try:
            step("start")
            engine.call(ContainerErrors.tr("Starting {0}").format(plan.name), api.start, result.container_id)
        except EngineError as exc:
            raise EngineError(ContainerErrors.tr("The files of {0} are safe in volume {1} and {2} now mounts "
                                                 "it, but it did not start again: {3}").format(
                                                     f"/{rel}", volume, plan.name, exc.message),
                              detail=exc.detail) from exc
    return MoveResult(result.container_id, plan.name, "/" + rel, volume, entries, copied,
                      tuple(plan.warnings))


def _copy(engine, cid: str, rel: str, volume: str, cancel: CancelToken, meter: Meter) -> int:
    chunks, _stat = engine.call(ContainerErrors.tr("Reading from the container"), engine.api.get_archive, cid,
                                posixpath.join("/", rel) + "/.")
    root = RootHeader()
    try:
        with helper(engine, volume) as hid:
            put_stream(engine, hid, MOUNT, root.watch(counted(chunks, cancel, meter)),
                       ContainerErrors.tr("Copying into {0}").format(volume))
            root.reapply(engine, hid)
    finally:  # the engine keeps the container locked while its archive is open
        chunks.close()
    meter.report()
    return meter.done


def _undo(engine, cid: str, volume: str, created: bool, was_running: bool) -> None:
    """Remove the volume made here and start the container again (each tried whatever the other did)."""
    if created:
        try:
            engine.api.remove_volume(volume)
        except Exception:
            pass  # in use or gone: it holds only a copy, the container's files are untouched
    if was_running:
        try:
            engine.api.start(cid)
        except Exception:
            pass  # the error that brought us here is reported; the container is stopped, intact
