"""Everyday actions on containers and volumes, with previews of what they would lose (no Qt).

Every function takes an :class:`~volgui.engine.client.Engine` first, so the GUI can hand it to
the request worker as is: ``session.submit(operations.stop, [c], label=…, command=…)``.

Containers may be given as :class:`~volgui.engine.dto.objects.Container` objects or as id/name
strings. Actions on several objects act on each in turn and return a :class:`BatchResult`;
when one fails the others still run, and a :class:`BatchError` reports exactly what was done
and what was not, so nothing changes without being reported.

Previews (:func:`removal_preview`, :func:`volume_removal_preview`, :func:`prune_preview`) only
read; the dialogs show them before anything happens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from volgui.engine.cancel import CancelToken
from volgui.engine.dto.objects import Container, Volume, parse_container, parse_volume, volume_users
from volgui.engine.errors import EngineError
from volgui.engine.present import commands
from volgui.engine.validation import parse_labels, validate_driver, validate_volume_name

Target = Container | str

KIND_MODIFIED, KIND_ADDED, KIND_DELETED = 0, 1, 2
KIND_WORDS = {KIND_MODIFIED: "changed", KIND_ADDED: "added", KIND_DELETED: "deleted"}
WRITE_LAYER_NOTE = "A container's write layer is deleted with it; volumes are kept."
PAST = {"Start": "Started", "Stop": "Stopped", "Restart": "Restarted", "Pause": "Paused",
        "Unpause": "Unpaused", "Kill": "Killed", "Remove": "Removed", "Remove volume": "Removed volume",
        "Prune": "Deleted"}


def _human(size: int) -> str:
    value = float(size)
    for unit in ("B", "kB", "MB", "GB", "TB"):
        if value < 1000 or unit == "TB":
            return f"{int(value)} B" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{size} B"  # pragma: no cover


# -- results ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchResult:
    """What an action did: the objects it acted on and those it could not (with why)."""

    action: str  # "Stop", "Remove", …
    done: tuple[str, ...] = ()
    failed: tuple[tuple[str, str], ...] = ()  # (name, plain-words reason)
    command: str = ""
    freed: int | None = None  # bytes, for volume removals when known

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        """``Stopped web, db``; ``Deleted 2 volumes (12 MB): a, b``; failures after ``;``."""
        parts = []
        if self.done:
            verb = PAST.get(self.action, f"{self.action}:")
            freed = f" ({_human(self.freed)})" if self.freed is not None else ""
            if len(self.done) > 3 or freed:
                noun = "volume" if "volume" in verb.lower() or self.action == "Prune" else "container"
                noun += "" if len(self.done) == 1 else "s"
                parts.append(f"{verb.removesuffix(' volume')} {len(self.done)} {noun}{freed}: "
                             f"{', '.join(self.done)}")
            else:
                parts.append(f"{verb} {', '.join(self.done)}")
        for name, reason in self.failed:
            parts.append(f"{name}: {reason}")
        if not parts:
            return f"{self.action}: nothing to do."
        return "; ".join(parts)


class BatchError(EngineError):
    """Some (maybe all) objects of a batch failed; ``result`` lists what was and was not done."""

    def __init__(self, result: BatchResult) -> None:
        if result.done:
            head = (f"{result.action} failed for {len(result.failed)} of "
                    f"{len(result.done) + len(result.failed)}; done: {', '.join(result.done)}.")
        else:
            head = f"{result.action} failed."
        reasons = " ".join(f"{name}: {reason}" for name, reason in result.failed)
        super().__init__(f"{head} {reasons}".strip(), command=result.command)
        self.result = result


def _ref(target: Target) -> tuple[str, str]:
    """(what to send the engine, what to show a person)."""
    if isinstance(target, Container):
        return target.id, target.name
    return str(target), str(target)


def _names(targets: Iterable[Target]) -> list[str]:
    return [_ref(t)[1] for t in targets]


def _as_list(targets) -> list:
    if isinstance(targets, str | Container):
        return [targets]
    return list(targets)


def _batch(engine, action: str, targets: Sequence, step: Callable, command: str,
           cancel: CancelToken | None = None, progress: Callable | None = None,
           single_raises: bool = True) -> BatchResult:
    done: list[str] = []
    failed: list[tuple[str, str]] = []
    total = len(targets)
    for index, target in enumerate(targets):
        ref, name = _ref(target) if isinstance(target, Container | str) else target
        if cancel is not None and cancel.cancelled:
            failed.append((name, "not done (cancelled)"))
            continue
        if progress is not None:
            progress((index, total, name))
        try:
            step(ref, name)
        except EngineError as exc:
            if ref != name and len(ref) >= 12:  # the engine names containers by id: say the name
                exc.message = exc.message.replace(ref, name)
                exc.args = (exc.message,)
            if total == 1 and single_raises:
                exc.command = exc.command or command
                raise
            failed.append((name, exc.message))
        else:
            done.append(name)
    if progress is not None:
        progress((total, total, ""))
    result = BatchResult(action, tuple(done), tuple(failed), command)
    if failed:
        raise BatchError(result)
    return result


# -- containers -----------------------------------------------------------------------------------


def _container_verb(verb: str, api_name: str, action: str):
    def run(engine, targets, *, cancel: CancelToken | None = None,
            progress: Callable | None = None, **kwargs) -> BatchResult:
        targets = _as_list(targets)
        command = commands.container_command(verb, _names(targets))

        def step(ref: str, name: str) -> None:
            engine.call(f"{action} {name}", getattr(engine.api, api_name), ref, **kwargs)

        return _batch(engine, action, targets, step, command, cancel, progress)

    run.__name__ = verb
    run.__doc__ = f"``docker {verb}`` each container; returns a BatchResult."
    return run


start = _container_verb("start", "start", "Start")
stop = _container_verb("stop", "stop", "Stop")
restart = _container_verb("restart", "restart", "Restart")
pause = _container_verb("pause", "pause", "Pause")
unpause = _container_verb("unpause", "unpause", "Unpause")
kill = _container_verb("kill", "kill", "Kill")

CONTAINER_ACTIONS = {f.__name__: f for f in (start, stop, restart, pause, unpause, kill)}


@dataclass(frozen=True)
class WriteLayerChange:
    path: str
    kind: int  # 0 modified, 1 added, 2 deleted

    @property
    def kind_text(self) -> str:
        return KIND_WORDS.get(self.kind, "changed")


@dataclass(frozen=True)
class VolumeKept:
    """A volume a removed container mounts: kept, except anonymous ones when asked."""

    name: str
    destination: str
    anonymous: bool  # created with the container (``-v /path``): ``docker rm -v`` removes it
    other_users: tuple[str, ...] = ()  # containers (not being removed) that also use it

    @property
    def removable_with_container(self) -> bool:
        return self.anonymous and not self.other_users


@dataclass(frozen=True)
class ContainerRemoval:
    id: str
    name: str
    state: str
    changes: tuple[WriteLayerChange, ...] = ()
    volumes: tuple[VolumeKept, ...] = ()
    binds: tuple[str, ...] = ()  # host paths mounted in: never touched
    changes_unknown: str = ""  # why the write layer could not be read ("" when it was)

    @property
    def running(self) -> bool:
        return self.state in ("running", "paused", "restarting")

    def count(self, kind: int) -> int:
        return sum(1 for c in self.changes if c.kind == kind)


@dataclass(frozen=True)
class RemovalPreview:
    containers: tuple[ContainerRemoval, ...]

    @property
    def changes_total(self) -> int:
        return sum(len(c.changes) for c in self.containers)

    @property
    def volumes(self) -> tuple[VolumeKept, ...]:
        return tuple(v for c in self.containers for v in c.volumes)

    @property
    def anonymous_volumes(self) -> tuple[VolumeKept, ...]:
        return tuple(v for v in self.volumes if v.removable_with_container)

    @property
    def running(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.containers if c.running)

    def command(self, remove_anonymous_volumes: bool = False) -> str:
        return commands.remove_containers([c.name for c in self.containers],
                                          remove_anonymous_volumes=remove_anonymous_volumes,
                                          stop_first=self.running)


def _named_destinations(info: dict) -> set[str]:
    """Mount targets whose volume was given by name (``-v name:/x`` or ``--mount source=name``)."""
    host = info.get("HostConfig") or {}
    named = set()
    for bind in host.get("Binds") or []:
        parts = bind.split(":")
        if len(parts) >= 2 and parts[0] and not parts[0].startswith("/"):
            named.add(parts[1])
    for mount in host.get("Mounts") or []:
        if mount.get("Type") == "volume" and mount.get("Source"):
            named.add(mount.get("Target", ""))
    return named


def removal_preview(engine, targets) -> RemovalPreview:
    """What removing these containers would lose (write-layer changes) and keep (volumes)."""
    targets = _as_list(targets)
    infos = []
    for target in targets:
        ref, name = _ref(target)
        infos.append(engine.call(f"Inspecting {name}", engine.api.inspect_container, ref))
    removed_ids = {i["Id"] for i in infos}
    all_containers = [parse_container(c) for c in engine.call(
        "Listing containers", engine.api.containers, all=True)]
    users = volume_users(tuple(all_containers))
    result = []
    for info in infos:
        name = (info.get("Name") or "").lstrip("/") or info["Id"][:12]
        mounts = info.get("Mounts") or []
        destinations = {m.get("Destination", "") for m in mounts}
        unknown = ""
        try:
            raw_diff = engine.call(f"Reading the changes of {name}", engine.api.diff, info["Id"]) or []
        except EngineError as exc:  # the removal can still be confirmed, knowing less
            raw_diff, unknown = [], exc.message
        changes = tuple(sorted(
            (WriteLayerChange(d["Path"], int(d.get("Kind", 0))) for d in raw_diff
             if d.get("Path") not in destinations),  # mount points show up as "added" directories
            key=lambda c: c.path))
        named = _named_destinations(info)
        kept = []
        binds = []
        for m in mounts:
            if m.get("Type") == "volume":
                others = tuple(sorted({u.container_name for u in users.get(m.get("Name", ""), ())
                                       if u.container_id not in removed_ids}))
                kept.append(VolumeKept(m.get("Name", ""), m.get("Destination", ""),
                                       m.get("Destination") not in named, others))
            elif m.get("Type") == "bind":
                binds.append(m.get("Source", ""))
        result.append(ContainerRemoval(info["Id"], name, (info.get("State") or {}).get("Status", ""),
                                       changes, tuple(kept), tuple(binds), unknown))
    return RemovalPreview(tuple(result))


def remove(engine, targets, *, remove_anonymous_volumes: bool = False, stop_running: bool = True,
           cancel: CancelToken | None = None, progress: Callable | None = None) -> BatchResult:
    """Remove containers (``docker rm``); running ones are stopped first when ``stop_running``
    (else the engine refuses them). Named volumes are always kept; anonymous ones too unless
    ``remove_anonymous_volumes`` (``docker rm -v``)."""
    targets = _as_list(targets)
    running = []
    for target in targets:
        if isinstance(target, Container):
            if target.running:
                running.append(target.name)
    command = commands.remove_containers(_names(targets), remove_anonymous_volumes=remove_anonymous_volumes,
                                         stop_first=running if stop_running else ())

    def step(ref: str, name: str) -> None:
        stopped = False
        if stop_running:
            state = engine.call(f"Inspecting {name}", engine.api.inspect_container, ref).get("State") or {}
            if state.get("Running") or state.get("Paused") or state.get("Restarting"):
                engine.call(f"Stop {name}", engine.api.stop, ref)
                stopped = True
        try:
            engine.call(f"Remove {name}", engine.api.remove_container, ref, v=remove_anonymous_volumes)
        except EngineError as exc:
            if exc.status == 409 and "running" in exc.message.lower():
                exc.message = f"{name} is running: stop it first, or let volgui stop it."
            if stopped:  # say what did change
                exc.message += f" ({name} was stopped but not removed.)"
            exc.args = (exc.message,)
            raise

    return _batch(engine, "Remove", targets, step, command, cancel, progress)


# -- volumes --------------------------------------------------------------------------------------


def _users_by_volume(engine) -> dict:
    containers = tuple(parse_container(c) for c in engine.call(
        "Listing containers", engine.api.containers, all=True))
    return volume_users(containers)


def _in_use_reason(uses) -> str:
    names = sorted({(u.container_name + (" (running)" if u.running else "")) for u in uses})
    return f"in use by {', '.join(names)} — remove those containers first"


def create_volume(engine, name: str, driver: str = "local", labels: dict | str | None = None,
                  options: dict | str | None = None) -> Volume:
    """``docker volume create``; refuses a name that exists (Docker would silently reuse it)."""
    driver = validate_driver(driver)
    name = validate_volume_name(name, driver)
    labels = parse_labels(labels) if isinstance(labels, str) else dict(labels or {})
    options = parse_labels(options, what="option") if isinstance(options, str) else dict(options or {})
    command = commands.create_volume(name, driver, labels, options)
    existing = [v["Name"] for v in (engine.call("Listing volumes", engine.api.volumes,
                                                filters={"name": name}).get("Volumes") or [])]
    if name in existing:
        raise EngineError(f"A volume named “{name}” already exists: choose another name "
                          "(Docker would quietly reuse the existing one).", status=409, command=command)
    raw = engine.call(f"Create volume {name}", engine.api.create_volume, name, driver=driver,
                      driver_opts=options or None, labels=labels or None, command=command)
    return parse_volume(raw)


@dataclass(frozen=True)
class VolumeEntry:
    """A volume in a removal or prune preview."""

    name: str
    size: int = -1  # bytes; -1 unknown
    anonymous: bool = False
    users: tuple[str, ...] = ()  # container names; "(running)" marks running ones
    driver: str = "local"
    created: str = ""
    labels: tuple[tuple[str, str], ...] = ()

    @property
    def in_use(self) -> bool:
        return bool(self.users)


@dataclass(frozen=True)
class VolumePreview:
    """Volumes to remove (or prune): what can go, what is refused (in use), sizes."""

    removable: tuple[VolumeEntry, ...]
    refused: tuple[VolumeEntry, ...] = ()
    missing: tuple[str, ...] = ()

    @property
    def total_size(self) -> int:
        """Bytes freed by removing ``removable``; -1 when any size is unknown."""
        sizes = [v.size for v in self.removable]
        return -1 if any(s < 0 for s in sizes) else sum(sizes)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(v.name for v in self.removable)


def _volume_entries(engine) -> list[VolumeEntry]:
    df = engine.call("Measuring volume sizes", engine.api.df)
    users = _users_by_volume(engine)
    entries = []
    for raw in df.get("Volumes") or []:
        vol = parse_volume(raw, users.get(raw["Name"], ()))
        size = (raw.get("UsageData") or {}).get("Size", -1)
        entries.append(VolumeEntry(
            vol.name, int(size if size is not None else -1), vol.anonymous,
            tuple(sorted({u.container_name + (" (running)" if u.running else "") for u in vol.users})),
            vol.driver, raw.get("CreatedAt") or "", vol.labels))
    return entries


def volume_removal_preview(engine, names: Iterable[str]) -> VolumePreview:
    """Sizes of these volumes, and which are refused because containers use them."""
    wanted = list(names)
    entries = {e.name: e for e in _volume_entries(engine)}
    removable = tuple(entries[n] for n in wanted if n in entries and not entries[n].in_use)
    refused = tuple(entries[n] for n in wanted if n in entries and entries[n].in_use)
    missing = tuple(n for n in wanted if n not in entries)
    return VolumePreview(removable, refused, missing)


def remove_volumes(engine, names, *, cancel: CancelToken | None = None,
                   progress: Callable | None = None) -> BatchResult:
    """``docker volume rm``; a volume in use is refused (naming its containers), never forced."""
    names = [names] if isinstance(names, str) else list(names)
    command = commands.remove_volumes(names)
    users = _users_by_volume(engine)
    return _remove_volume_batch(engine, "Remove volume", names, users, command, cancel, progress)


def _remove_volume_batch(engine, action, names, users, command, cancel, progress,
                         single_raises: bool = True) -> BatchResult:
    def step(name: str, _shown: str) -> None:
        if users.get(name):
            raise EngineError(f"“{name}” is {_in_use_reason(users[name])}.", status=409, command=command)
        try:
            engine.call(f"Remove volume {name}", engine.api.remove_volume, name, command=command)
        except EngineError as exc:
            if exc.status == 409:  # a container started using it since we looked
                fresh = _users_by_volume(engine).get(name, ())
                if fresh:
                    exc.message = f"“{name}” is {_in_use_reason(fresh)}."
                    exc.args = (exc.message,)
            raise

    return _batch(engine, action, [(n, n) for n in names], step, command, cancel, progress, single_raises)


def prune_preview(engine, include_named: bool = True) -> VolumePreview:
    """Exactly the volumes a prune would delete (unused ones) and their sizes.

    ``include_named=False`` keeps named volumes, like ``docker volume prune`` on Engine 23+.
    ``refused`` lists the volumes kept because containers use them.
    """
    entries = _volume_entries(engine)
    removable = tuple(sorted((e for e in entries if not e.in_use and (include_named or e.anonymous)),
                             key=lambda e: e.name))
    refused = tuple(sorted((e for e in entries if e.in_use), key=lambda e: e.name))
    return VolumePreview(removable, refused)


def prune(engine, names, *, sizes: dict[str, int] | None = None, cancel: CancelToken | None = None,
          progress: Callable | None = None) -> BatchResult:
    """Delete exactly ``names`` (from :func:`prune_preview`), each only if still unused.

    Unlike ``api.prune_volumes()`` this never deletes a volume created after the preview.
    """
    names = list(names)
    command = commands.remove_volumes(names)
    users = _users_by_volume(engine)
    try:
        result = _remove_volume_batch(engine, "Prune", names, users, command, cancel, progress,
                                      single_raises=False)
    except BatchError as exc:
        freed = _freed(exc.result.done, sizes)
        exc.result = BatchResult(exc.result.action, exc.result.done, exc.result.failed, command, freed)
        raise
    return BatchResult(result.action, result.done, result.failed, command, _freed(result.done, sizes))


def _freed(done: Sequence[str], sizes: dict[str, int] | None) -> int | None:
    if sizes is None:
        return None
    values = [sizes.get(n, -1) for n in done]
    return None if any(v < 0 for v in values) else sum(values)


__all__ = [
    "CONTAINER_ACTIONS",
    "WRITE_LAYER_NOTE",
    "BatchError",
    "BatchResult",
    "ContainerRemoval",
    "RemovalPreview",
    "VolumeEntry",
    "VolumeKept",
    "VolumePreview",
    "WriteLayerChange",
    "create_volume",
    "kill",
    "pause",
    "prune",
    "prune_preview",
    "removal_preview",
    "remove",
    "remove_volumes",
    "restart",
    "start",
    "stop",
    "unpause",
    "volume_removal_preview",
]
