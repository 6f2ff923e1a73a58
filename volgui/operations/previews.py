"""What an action would lose, shown before anything happens: containers' write layers, volumes (no Qt).

Previews only read; the dialogs show them, then the person confirms.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.dto.objects import parse_container, parse_volume, volume_users
from volgui.engine.errors import EngineError
from volgui.engine.present import commands
from volgui.operations.batch import as_list, target_ref
from volgui.operations.volumes import users_by_volume

KIND_MODIFIED, KIND_ADDED, KIND_DELETED = 0, 1, 2
KIND_WORDS = {KIND_MODIFIED: "changed", KIND_ADDED: "added", KIND_DELETED: "deleted"}
WRITE_LAYER_NOTE = ("A container's write layer (the files it created or changed outside its volumes) is "
                    "deleted with it; volumes are kept.")

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


def _mount_point_folders(destinations: set[str]) -> set[str]:
    """The mount points and their parent folders: Docker makes them (``docker diff`` lists them as
    added or changed), they hold nothing of the person's, so they are not counted as lost. A file
    written inside one of them is listed on its own line of the diff and still counts."""
    made = set()
    for dest in destinations:
        path = dest.rstrip("/")
        while path:
            made.add(path)
            path = path.rpartition("/")[0]
    return made


def removal_preview(engine, targets) -> RemovalPreview:
    """What removing these containers would lose (write-layer changes) and keep (volumes)."""
    targets = as_list(targets)
    infos = []
    for target in targets:
        ref, name = target_ref(target)
        infos.append(engine.call(ContainerErrors.tr("Inspecting {0}").format(name),
                                 engine.api.inspect_container, ref))
    removed_ids = {i["Id"] for i in infos}
    all_containers = [parse_container(c) for c in engine.call(
        ContainerErrors.tr("Listing containers"), engine.api.containers, all=True)]
    users = volume_users(tuple(all_containers))
    result = []
    for info in infos:
        name = (info.get("Name") or "").lstrip("/") or info["Id"][:12]
        mounts = info.get("Mounts") or []
        destinations = {m.get("Destination", "") for m in mounts}
        unknown = ""
        try:
            raw_diff = engine.call(ContainerErrors.tr("Reading the changes of {0}").format(name),
                                   engine.api.diff, info["Id"]) or []
        except EngineError as exc:  # the removal can still be confirmed, knowing less
            raw_diff, unknown = [], exc.message
        made = _mount_point_folders(destinations)
        changes = tuple(sorted(
            (WriteLayerChange(d["Path"], int(d.get("Kind", 0))) for d in raw_diff
             if isinstance(d, dict) and isinstance(d.get("Path"), str) and d["Path"] not in made),
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
    df = engine.call(ContainerErrors.tr("Measuring volume sizes"), engine.api.df)
    users = users_by_volume(engine)
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



__all__ = [
    "KIND_ADDED",
    "KIND_DELETED",
    "KIND_MODIFIED",
    "WRITE_LAYER_NOTE",
    "ContainerRemoval",
    "RemovalPreview",
    "VolumeEntry",
    "VolumeKept",
    "VolumePreview",
    "WriteLayerChange",
    "prune_preview",
    "removal_preview",
    "volume_removal_preview",
]
