"""Frozen snapshots of engine objects, parsed from the one-request list calls.

``api.containers(all=True)``, ``api.volumes()`` and ``api.images()`` each cost one request;
the per-object inspect that ``client.containers.list()`` does is never used for listing.
The classes are slotted and the texts that repeat from row to row (drivers, scopes, images,
states, label pairs) are interned: thousands of rows share one copy of each.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime

_ANON_VOLUME = re.compile(r"^[0-9a-f]{64}$")
_HEALTH = re.compile(r"\((healthy|unhealthy|health: starting)\)")
_EXIT_CODE = re.compile(r"^Exited \((-?\d+)\)")
COMPOSE_PROJECT_LABEL = "com.docker.compose.project"
# volgui's own short-lived helper containers and image (volume data): plumbing, never listed
HELPER_LABEL = "volgui.helper"
ANON_VOLUME_LABEL = "com.docker.volume.anonymous"


@dataclass(frozen=True, slots=True)
class Port:
    private_port: int
    protocol: str = "tcp"
    public_port: int | None = None
    ip: str = ""


@dataclass(frozen=True, slots=True)
class Mount:
    """One mount of a container: a volume, a bind, a tmpfs…"""

    type: str
    destination: str
    name: str = ""  # volume name for type == "volume"
    source: str = ""
    driver: str = ""
    mode: str = ""
    rw: bool = True
    propagation: str = ""

    @property
    def is_volume(self) -> bool:
        return self.type == "volume"

    @property
    def read_only(self) -> bool:
        return not self.rw


@dataclass(frozen=True, slots=True)
class Container:
    id: str
    name: str
    image: str
    image_id: str
    command: str
    created: datetime
    state: str  # created, running, paused, restarting, removing, exited, dead
    status: str  # the engine's human text: "Up 3 minutes (healthy)"
    ports: tuple[Port, ...] = ()
    labels: tuple[tuple[str, str], ...] = ()
    mounts: tuple[Mount, ...] = ()
    network_mode: str = ""

    @property
    def short_id(self) -> str:
        return self.id[:12]

    @property
    def running(self) -> bool:
        return self.state in ("running", "paused", "restarting")

    @property
    def health(self) -> str:
        """``healthy``, ``unhealthy``, ``starting`` or ``""`` when there is no healthcheck."""
        m = _HEALTH.search(self.status)
        if not m:
            return ""
        return "starting" if m.group(1) == "health: starting" else m.group(1)

    @property
    def exit_code(self) -> int | None:
        m = _EXIT_CODE.match(self.status)
        return int(m.group(1)) if m else None

    @property
    def label_dict(self) -> dict[str, str]:
        return dict(self.labels)

    @property
    def compose_project(self) -> str:
        return self.label_dict.get(COMPOSE_PROJECT_LABEL, "")

    @property
    def volume_names(self) -> tuple[str, ...]:
        return tuple(m.name for m in self.mounts if m.is_volume)


@dataclass(frozen=True, slots=True)
class VolumeUse:
    """A container that mounts a volume, and where."""

    container_id: str
    container_name: str
    destination: str
    read_only: bool
    running: bool


@dataclass(frozen=True, slots=True)
class Volume:
    name: str
    driver: str = "local"
    mountpoint: str = ""
    created: datetime | None = None
    scope: str = "local"
    labels: tuple[tuple[str, str], ...] = ()
    options: tuple[tuple[str, str], ...] = ()
    users: tuple[VolumeUse, ...] = field(default=(), compare=True)

    @property
    def anonymous(self) -> bool:
        return bool(_ANON_VOLUME.match(self.name)) or ANON_VOLUME_LABEL in dict(self.labels)

    @property
    def in_use(self) -> bool:
        return bool(self.users)

    @property
    def label_dict(self) -> dict[str, str]:
        return dict(self.labels)


@dataclass(frozen=True, slots=True)
class Image:
    id: str
    tags: tuple[str, ...]
    size: int
    created: datetime
    labels: tuple[tuple[str, str], ...] = ()

    @property
    def short_id(self) -> str:
        return self.id.removeprefix("sha256:")[:12]

    @property
    def display_name(self) -> str:
        return self.tags[0] if self.tags else f"<none> ({self.short_id})"


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything the views need, from three requests."""

    containers: tuple[Container, ...]
    volumes: tuple[Volume, ...]
    images: tuple[Image, ...]


def _pairs(mapping) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((_intern(k), _intern(v)) for k, v in (mapping or {}).items()))


def _intern(value) -> str:
    """One shared copy of a short text that many rows repeat; long texts as they are."""
    text = str(value)
    return sys.intern(text) if len(text) <= 200 else text


def _timestamp(value) -> datetime | None:
    if value in (None, "", 0):
        return None
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value, UTC)
    text = str(value)
    if text.startswith("0001-01-01"):
        return None
    # RFC 3339 with optional nanoseconds, "Z" or an offset
    m = re.match(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)?$", text)
    if not m:
        return None
    frac = (m.group(2) or "")[:7]
    zone = m.group(3) or "Z"
    zone = "+00:00" if zone == "Z" else zone
    return datetime.fromisoformat(m.group(1) + frac + zone).astimezone(UTC)


def parse_mount(raw: dict) -> Mount:
    return Mount(
        type=_intern(raw.get("Type") or "volume"),
        destination=raw.get("Destination") or "",
        name=raw.get("Name") or "",
        source=raw.get("Source") or "",
        driver=_intern(raw.get("Driver") or ""),
        mode=_intern(raw.get("Mode") or ""),
        rw=bool(raw.get("RW", True)),
        propagation=raw.get("Propagation") or "",
    )


def parse_container(raw: dict) -> Container:
    names = [n.lstrip("/") for n in raw.get("Names") or []]
    # A linked container also lists "other/alias" names; the real name has no slash.
    name = next((n for n in names if "/" not in n), names[0] if names else raw["Id"][:12])
    ports = tuple(sorted(
        {Port(p.get("PrivatePort", 0), p.get("Type", "tcp"), p.get("PublicPort"), p.get("IP", ""))
         for p in raw.get("Ports") or []},
        key=lambda p: (p.private_port, p.protocol, p.public_port or 0, p.ip),
    ))
    return Container(
        id=raw["Id"],
        name=name,
        image=_intern(raw.get("Image") or ""),
        image_id=_intern(raw.get("ImageID") or ""),
        command=_intern(raw.get("Command") or ""),
        created=_timestamp(raw.get("Created")) or datetime.fromtimestamp(0, UTC),
        state=_intern((raw.get("State") or "").lower()),
        status=raw.get("Status") or "",
        ports=ports,
        labels=_pairs(raw.get("Labels")),
        mounts=tuple(parse_mount(m) for m in raw.get("Mounts") or []),
        network_mode=(raw.get("HostConfig") or {}).get("NetworkMode", ""),
    )


def parse_volume(raw: dict, users: tuple[VolumeUse, ...] = ()) -> Volume:
    return Volume(
        name=raw["Name"],
        driver=_intern(raw.get("Driver") or "local"),
        mountpoint=raw.get("Mountpoint") or "",
        created=_timestamp(raw.get("CreatedAt")),
        scope=_intern(raw.get("Scope") or "local"),
        labels=_pairs(raw.get("Labels")),
        options=_pairs(raw.get("Options")),
        users=users,
    )


def parse_image(raw: dict) -> Image:
    tags = tuple(t for t in raw.get("RepoTags") or () if t != "<none>:<none>")
    return Image(
        id=raw["Id"],
        tags=tags,
        size=int(raw.get("Size") or 0),
        created=_timestamp(raw.get("Created")) or datetime.fromtimestamp(0, UTC),
        labels=_pairs(raw.get("Labels")),
    )


def volume_users(containers: tuple[Container, ...] | list[Container]) -> dict[str, tuple[VolumeUse, ...]]:
    """Volume name → the containers that mount it, derived in one pass over the containers."""
    users: dict[str, list[VolumeUse]] = {}
    for c in containers:
        for m in c.mounts:
            if m.is_volume and m.name:
                users.setdefault(m.name, []).append(
                    VolumeUse(c.id, c.name, m.destination, m.read_only, c.running))
    return {k: tuple(sorted(v, key=lambda u: u.container_name)) for k, v in users.items()}


def is_helper(raw: dict) -> bool:
    """A container or image volgui made for its own plumbing (see volume_data)."""
    return HELPER_LABEL in (raw.get("Labels") or {})


def build_snapshot(raw_containers: list[dict], raw_volumes: dict | list, raw_images: list[dict]) -> Snapshot:
    containers = tuple(parse_container(c) for c in raw_containers if not is_helper(c))
    users = volume_users(containers)
    vols = raw_volumes.get("Volumes") if isinstance(raw_volumes, dict) else raw_volumes
    volumes = tuple(parse_volume(v, users.get(v["Name"], ())) for v in vols or [])
    images = tuple(parse_image(i) for i in raw_images if not is_helper(i))
    return Snapshot(containers, volumes, images)
