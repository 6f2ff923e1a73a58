"""Readable summaries of ``docker inspect`` output: frozen dataclasses built by pure functions.

Tested with recorded engine JSON (``tests/data/``). The display strings here (sizes, times,
restart policies) are what the inspect panel shows.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from datetime import datetime

from volgui.engine.dto.objects import _ANON_VOLUME, VolumeUse, _timestamp
from volgui.engine.dto.secrets import EnvVar, parse_env
from volgui.engine.present.commands import inspect_command
from volgui.engine.present.display import exit_meaning

KINDS = ("container", "volume", "image")

# -- summaries ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PortRow:
    container_port: str  # "80/tcp"
    host_ip: str = ""
    host_port: str = ""  # "" when not published

    @property
    def published(self) -> bool:
        return bool(self.host_port)

    def text(self) -> str:
        if not self.host_port:
            return f"{self.container_port} (not published)"
        host = self.host_ip if self.host_ip not in ("", "0.0.0.0", "::") else ""
        host = f"[{host}]" if ":" in host else host
        return f"{host + ':' if host else ''}{self.host_port} → {self.container_port}"


@dataclass(frozen=True)
class NetworkRow:
    name: str
    ip_address: str = ""
    gateway: str = ""
    mac_address: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class MountRow:
    type: str  # volume, bind, tmpfs, npipe…
    destination: str
    volume: str = ""  # the volume's name when type == "volume"
    source: str = ""  # host path (for a volume: its data directory on the host)
    read_only: bool = False
    propagation: str = ""
    mode: str = ""
    driver: str = ""

    @property
    def is_volume(self) -> bool:
        return self.type == "volume" and bool(self.volume)

    @property
    def anonymous(self) -> bool:
        return self.is_volume and bool(_ANON_VOLUME.match(self.volume))

    @property
    def source_text(self) -> str:
        """What a person recognises: the volume's name, or the host path, or ``tmpfs``."""
        if self.is_volume:
            return self.volume
        return self.source or self.type


@dataclass(frozen=True)
class ContainerSummary:
    id: str
    name: str
    state: str  # created, running, paused, restarting, removing, exited, dead
    exit_code: int | None
    error: str
    oom_killed: bool
    health: str  # healthy, unhealthy, starting, "" (no healthcheck)
    health_failing_streak: int
    health_last_output: str
    image: str  # as the person asked for it: "nginx:latest"
    image_id: str  # "sha256:…"
    entrypoint: tuple[str, ...]
    command: tuple[str, ...]
    working_dir: str
    user: str
    created: datetime | None
    started: datetime | None
    finished: datetime | None
    restart_policy: str  # Docker's name: no, always, unless-stopped, on-failure
    restart_max_retries: int
    restart_count: int
    ports: tuple[PortRow, ...]
    env: tuple[EnvVar, ...]
    labels: tuple[tuple[str, str], ...]
    network_mode: str
    networks: tuple[NetworkRow, ...]
    mounts: tuple[MountRow, ...]
    hostname: str = ""
    pid: int = 0
    stop_timeout: int | None = None  # seconds Stop waits before it kills (None: the engine's 10 s)

    @property
    def short_id(self) -> str:
        return self.id[:12]

    @property
    def running(self) -> bool:
        return self.state in ("running", "paused", "restarting")

    @property
    def state_text(self) -> str:
        """``running (healthy)``, ``stopped: killed after 10 s because it ignored the stop signal…``,
        ``exited (137, out of memory)``…: an exit code says how the container stopped."""
        if self.state == "exited" and self.exit_code is not None and not self.oom_killed:
            return exit_meaning(self.exit_code, self.stop_timeout)
        text = self.state or "unknown"
        extra = []
        if self.state in ("exited", "dead") and self.exit_code is not None:
            extra.append(str(self.exit_code))
        if self.oom_killed:
            extra.append("out of memory")
        if self.health and self.state in ("running", "restarting"):
            extra.append(self.health)
        return f"{text} ({', '.join(extra)})" if extra else text

    @property
    def command_line(self) -> str:
        """What runs: entrypoint then command, shell-quoted."""
        return shlex.join([*self.entrypoint, *self.command])

    @property
    def restart_text(self) -> str:
        return restart_policy_text(self.restart_policy, self.restart_max_retries)

    @property
    def secret_count(self) -> int:
        return sum(1 for e in self.env if e.secret)


@dataclass(frozen=True)
class VolumeSummary:
    name: str
    driver: str
    mountpoint: str
    scope: str
    created: datetime | None
    labels: tuple[tuple[str, str], ...]
    options: tuple[tuple[str, str], ...]
    users: tuple[VolumeUse, ...] = ()

    @property
    def anonymous(self) -> bool:
        return bool(_ANON_VOLUME.match(self.name)) or "com.docker.volume.anonymous" in dict(self.labels)


@dataclass(frozen=True)
class VolumeSize:
    """A measurement from ``api.df()``; ``size`` is -1 when the engine does not know."""

    name: str
    size: int
    ref_count: int
    measured_at: datetime

    @property
    def known(self) -> bool:
        return self.size >= 0


@dataclass(frozen=True)
class ImageUser:
    container_id: str
    container_name: str
    state: str


@dataclass(frozen=True)
class ImageSummary:
    id: str
    tags: tuple[str, ...]
    digests: tuple[str, ...]
    size: int
    created: datetime | None
    entrypoint: tuple[str, ...]
    command: tuple[str, ...]
    exposed_ports: tuple[str, ...]
    volumes: tuple[str, ...]
    env: tuple[EnvVar, ...]
    labels: tuple[tuple[str, str], ...]
    working_dir: str = ""
    user: str = ""
    platform: str = ""  # "linux/amd64"
    author: str = ""
    comment: str = ""
    layers: int = 0
    users: tuple[ImageUser, ...] = ()

    @property
    def short_id(self) -> str:
        return self.id.removeprefix("sha256:")[:12]

    @property
    def display_name(self) -> str:
        return self.tags[0] if self.tags else f"<none> ({self.short_id})"


Summary = ContainerSummary | VolumeSummary | ImageSummary


@dataclass(frozen=True)
class Inspection:
    """One object's inspect JSON with its summary; what the inspect panel shows."""

    kind: str  # container, volume, image
    key: str  # container id, volume name, image id
    name: str  # what a person calls it
    raw: dict
    summary: Summary

    @property
    def command(self) -> str:
        return inspect_command(self.kind, self.name)


def restart_policy_text(name: str, max_retries: int = 0) -> str:
    if name in ("", "no"):
        return "never (no)"
    if name == "on-failure":
        return f"on failure, at most {max_retries} times" if max_retries else "on failure"
    return name


def _words(value) -> tuple[str, ...]:
    """Entrypoint/Cmd: a list, a string (old engines) or null."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _pairs(mapping) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((str(k), "" if v is None else str(v)) for k, v in (mapping or {}).items()))


def _port_key(text: str) -> tuple[int, str]:
    number, _, proto = text.partition("/")
    return (int(number) if number.isdigit() else 0, proto)


def container_ports(raw: dict) -> tuple[PortRow, ...]:
    """Exposed and published ports: the live bindings when running, else the configured ones."""
    config = raw.get("Config") or {}
    host = raw.get("HostConfig") or {}
    live = (raw.get("NetworkSettings") or {}).get("Ports") or {}
    configured = host.get("PortBindings") or {}
    keys = set(config.get("ExposedPorts") or {}) | set(configured) | set(live)
    rows: list[PortRow] = []
    for key in sorted(keys, key=_port_key):
        bindings = live.get(key) or configured.get(key) or []
        if not bindings:
            rows.append(PortRow(key))
        for b in bindings:
            row = PortRow(key, b.get("HostIp") or "", str(b.get("HostPort") or ""))
            if row not in rows:
                rows.append(row)
    return tuple(rows)


def container_mounts(raw: dict) -> tuple[MountRow, ...]:
    rows = [
        MountRow(
            type=m.get("Type") or "volume",
            destination=m.get("Destination") or "",
            volume=(m.get("Name") or "") if (m.get("Type") or "volume") == "volume" else "",
            source=m.get("Source") or "",
            read_only=not m.get("RW", True),
            propagation=m.get("Propagation") or "",
            mode=m.get("Mode") or "",
            driver=m.get("Driver") or "",
        )
        for m in raw.get("Mounts") or []
    ]
    # --tmpfs mounts live only in HostConfig.Tmpfs
    known = {r.destination for r in rows}
    for dest, options in ((raw.get("HostConfig") or {}).get("Tmpfs") or {}).items():
        if dest not in known:
            options = options or ""
            rows.append(MountRow("tmpfs", dest, mode=options, read_only="ro" in options.split(",")))
    # named volumes first, then anonymous ones, binds, and the rest
    order = {"volume": 2, "bind": 3}
    return tuple(sorted(rows, key=lambda r: (
        (1 if r.anonymous else 0) if r.is_volume else order.get(r.type, 4), r.destination)))


def summarize_container(raw: dict) -> ContainerSummary:
    state = raw.get("State") or {}
    config = raw.get("Config") or {}
    host = raw.get("HostConfig") or {}
    health = state.get("Health") or {}
    log = health.get("Log") or []
    restart = host.get("RestartPolicy") or {}
    networks = tuple(
        NetworkRow(name, n.get("IPAddress") or "", n.get("Gateway") or "", n.get("MacAddress") or "",
                   tuple(n.get("Aliases") or ()))
        for name, n in sorted(((raw.get("NetworkSettings") or {}).get("Networks") or {}).items())
    )
    status = (state.get("Status") or "").lower()
    return ContainerSummary(
        id=raw.get("Id") or "",
        name=(raw.get("Name") or "").lstrip("/"),
        state=status,
        exit_code=state.get("ExitCode") if status in ("exited", "dead") else None,
        error=state.get("Error") or "",
        oom_killed=bool(state.get("OOMKilled")),
        health=(health.get("Status") or "") if health.get("Status") != "none" else "",
        health_failing_streak=int(health.get("FailingStreak") or 0),
        health_last_output=((log[-1].get("Output") or "").strip() if log else ""),
        image=config.get("Image") or "",
        image_id=raw.get("Image") or "",
        entrypoint=_words(config.get("Entrypoint")),
        command=_words(config.get("Cmd")),
        working_dir=config.get("WorkingDir") or "",
        user=config.get("User") or "",
        created=_timestamp(raw.get("Created")),
        started=_timestamp(state.get("StartedAt")),
        finished=_timestamp(state.get("FinishedAt")),
        restart_policy=restart.get("Name") or "no",
        restart_max_retries=int(restart.get("MaximumRetryCount") or 0),
        restart_count=int(raw.get("RestartCount") or 0),
        ports=container_ports(raw),
        env=parse_env(config.get("Env")),
        labels=_pairs(config.get("Labels")),
        network_mode=host.get("NetworkMode") or "",
        networks=networks,
        mounts=container_mounts(raw),
        hostname=config.get("Hostname") or "",
        pid=int(state.get("Pid") or 0),
        stop_timeout=_int_or_none(config.get("StopTimeout")),
    )


def volume_users_from_list(name: str, raw_containers: list[dict]) -> tuple[VolumeUse, ...]:
    """The containers (from ``api.containers(all=True)``) that mount the volume, and where."""
    users = []
    for c in raw_containers:
        names = [n.lstrip("/") for n in c.get("Names") or []]
        cname = next((n for n in names if "/" not in n), names[0] if names else c["Id"][:12])
        running = (c.get("State") or "").lower() in ("running", "paused", "restarting")
        for m in c.get("Mounts") or []:
            if (m.get("Type") or "volume") == "volume" and m.get("Name") == name:
                users.append(VolumeUse(c["Id"], cname, m.get("Destination") or "", not m.get("RW", True),
                                       running))
    return tuple(sorted(users, key=lambda u: (u.container_name, u.destination)))


def summarize_volume(raw: dict, users: tuple[VolumeUse, ...] = ()) -> VolumeSummary:
    return VolumeSummary(
        name=raw.get("Name") or "",
        driver=raw.get("Driver") or "local",
        mountpoint=raw.get("Mountpoint") or "",
        scope=raw.get("Scope") or "local",
        created=_timestamp(raw.get("CreatedAt")),
        labels=_pairs(raw.get("Labels")),
        options=_pairs(raw.get("Options")),
        users=users,
    )


def image_users_from_list(image_id: str, raw_containers: list[dict]) -> tuple[ImageUser, ...]:
    users = []
    for c in raw_containers:
        if c.get("ImageID") != image_id:
            continue
        names = [n.lstrip("/") for n in c.get("Names") or []]
        cname = next((n for n in names if "/" not in n), names[0] if names else c["Id"][:12])
        users.append(ImageUser(c["Id"], cname, (c.get("State") or "").lower()))
    return tuple(sorted(users, key=lambda u: u.container_name))


def summarize_image(raw: dict, users: tuple[ImageUser, ...] = ()) -> ImageSummary:
    config = raw.get("Config") or {}
    platform = "/".join(p for p in (raw.get("Os"), raw.get("Architecture"), raw.get("Variant")) if p)
    return ImageSummary(
        id=raw.get("Id") or "",
        tags=tuple(t for t in raw.get("RepoTags") or () if t != "<none>:<none>"),
        digests=tuple(raw.get("RepoDigests") or ()),
        size=int(raw.get("Size") or 0),
        created=_timestamp(raw.get("Created")),
        entrypoint=_words(config.get("Entrypoint")),
        command=_words(config.get("Cmd")),
        exposed_ports=tuple(sorted(config.get("ExposedPorts") or {}, key=_port_key)),
        volumes=tuple(sorted(config.get("Volumes") or {})),
        env=parse_env(config.get("Env")),
        labels=_pairs(config.get("Labels")),
        working_dir=config.get("WorkingDir") or "",
        user=config.get("User") or "",
        platform=platform,
        author=raw.get("Author") or "",
        comment=raw.get("Comment") or "",
        layers=len((raw.get("RootFS") or {}).get("Layers") or ()),
        users=users,
    )


def _int_or_none(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
