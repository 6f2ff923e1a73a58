"""``docker inspect`` made readable: fetch the JSON, summarise it, address and search it.

No Qt here. The fetch functions take an :class:`~volgui.engine.client.Engine` (they run in a
worker thread); everything else is a pure function over the inspect JSON, tested with
recorded engine output.

- :func:`inspect_object` → :class:`Inspection` (the raw JSON plus a summary dataclass);
- :func:`summarize_container`, :func:`summarize_volume`, :func:`summarize_image`;
- :func:`measure_volume_size` (``api.df()``: slow on big hosts, call it on demand only);
- :func:`json_path` / :func:`parse_path` / :func:`value_at` / :func:`search_json`;
- :func:`is_secret_key` / :func:`is_secret_value`: which environment values to mask.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from volgui.engine.errors import EngineError
from volgui.engine.objects import _ANON_VOLUME, VolumeUse, _timestamp

KINDS = ("container", "volume", "image")
MASK = "••••••••"

PathPart = str | int


# -- secrets ------------------------------------------------------------------------------------

# A key is secret-looking when one of its words (split on _ - . and case changes) is, or ends
# with, one of these: DB_PASSWORD, apiKey, GITHUB_TOKEN, AWS_SECRET_ACCESS_KEY, MYSQL_ROOT_PASSWD…
_SECRET_WORDS = ("PASSWORD", "PASSWD", "PASSPHRASE", "PASS", "SECRET", "SECRETS", "TOKEN", "KEY",
                 "APIKEY", "CREDENTIAL", "CREDENTIALS", "AUTH", "PRIVATE", "SALT", "COOKIE", "PWD")
_SECRET_ENDINGS = ("PASSWORD", "PASSWD", "SECRET", "TOKEN", "KEY")  # DBPASSWORD, APIKEY, GHTOKEN
_NOT_SECRET = {"PWD", "OLDPWD"}  # the shell's working directory
_WORD_SPLIT = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])")
_URL_PASSWORD = re.compile(r"^[a-z][a-z0-9+.-]*://[^/@:\s]*:[^/@\s]+@", re.IGNORECASE)


def is_secret_key(key: str) -> bool:
    """``True`` for names like ``DB_PASSWORD``, ``apiKey``, ``GITHUB_TOKEN``; not ``PATH``, ``KEYMAP``."""
    if key.upper() in _NOT_SECRET:
        return False
    words = [w.upper() for w in _WORD_SPLIT.split(key) if w]
    return any(w in _SECRET_WORDS or (len(w) > 4 and w.endswith(_SECRET_ENDINGS)) for w in words)


def is_secret_value(value: str) -> bool:
    """A URL with a password in it (``postgres://app:s3cret@db/app``) is a secret whatever its key."""
    return bool(_URL_PASSWORD.match(value or ""))


@dataclass(frozen=True)
class EnvVar:
    key: str
    value: str
    secret: bool = False
    has_value: bool = True  # ``-e NAME`` without ``=``: passed through, no value

    def shown(self, reveal: bool = False) -> str:
        if not self.has_value:
            return ""
        return self.value if reveal or not self.secret else MASK

    def line(self, reveal: bool = False) -> str:
        return f"{self.key}={self.shown(reveal)}" if self.has_value else self.key


def parse_env(entries: Sequence[str] | None) -> tuple[EnvVar, ...]:
    out = []
    for entry in entries or ():
        key, sep, value = str(entry).partition("=")
        out.append(EnvVar(key, value, bool(sep) and (is_secret_key(key) or is_secret_value(value)),
                          bool(sep)))
    return tuple(out)


def secret_env_paths(raw: dict) -> frozenset[tuple[PathPart, ...]]:
    """Paths (in the raw JSON) of ``Config.Env`` entries whose value should be masked."""
    env = (raw.get("Config") or {}).get("Env") or []
    return frozenset(("Config", "Env", i) for i, var in enumerate(parse_env(env)) if var.secret)


def mask_env_entry(entry: str) -> str:
    key, sep, _value = entry.partition("=")
    return f"{key}{sep}{MASK}" if sep else entry


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

    @property
    def short_id(self) -> str:
        return self.id[:12]

    @property
    def running(self) -> bool:
        return self.state in ("running", "paused", "restarting")

    @property
    def state_text(self) -> str:
        """``running (healthy)``, ``exited (137)``, ``exited (137, out of memory)``…"""
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


# -- fetching (worker thread) -------------------------------------------------------------------

def inspect_command(kind: str, name: str) -> str:
    """The equivalent ``docker`` command line."""
    quoted = shlex.quote(name)
    return {"container": f"docker inspect {quoted}",
            "volume": f"docker volume inspect {quoted}",
            "image": f"docker image inspect {quoted}"}[kind]


def inspect_object(engine, kind: str, key: str) -> Inspection:
    """Inspect one container (by id or name), volume (by name) or image (by id or tag)."""
    if kind == "container":
        return inspect_container(engine, key)
    if kind == "volume":
        return inspect_volume(engine, key)
    if kind == "image":
        return inspect_image(engine, key)
    raise EngineError(f"Cannot inspect a {kind}.")


def inspect_container(engine, ref: str) -> Inspection:
    raw = engine.call("Inspecting the container", engine.api.inspect_container, ref,
                      command=inspect_command("container", ref))
    summary = summarize_container(raw)
    return Inspection("container", raw.get("Id") or ref, summary.name or ref, raw, summary)


def inspect_volume(engine, name: str) -> Inspection:
    raw = engine.call("Inspecting the volume", engine.api.inspect_volume, name,
                      command=inspect_command("volume", name))
    listed = engine.call("Listing the volume's containers", engine.api.containers, all=True,
                         filters={"volume": name})
    summary = summarize_volume(raw, volume_users_from_list(raw.get("Name") or name, listed))
    return Inspection("volume", summary.name or name, summary.name or name, raw, summary)


def inspect_image(engine, ref: str) -> Inspection:
    raw = engine.call("Inspecting the image", engine.api.inspect_image, ref,
                      command=inspect_command("image", ref))
    listed = engine.call("Listing containers", engine.api.containers, all=True)
    summary = summarize_image(raw, image_users_from_list(raw.get("Id") or "", listed))
    ident = summary.id or ref
    return Inspection("image", ident, summary.tags[0] if summary.tags else summary.short_id, raw, summary)


def measure_volume_size(engine, name: str) -> VolumeSize:
    """The volume's disk usage from ``api.df()`` — walks every volume's files: slow on big hosts."""
    data = engine.call("Measuring disk usage", engine.api.df, command="docker system df -v")
    for vol in data.get("Volumes") or []:
        if vol.get("Name") == name:
            usage = vol.get("UsageData") or {}
            return VolumeSize(name, int(usage.get("Size", -1)), int(usage.get("RefCount", -1)),
                              datetime.now(UTC))
    raise EngineError(f"The engine did not report a size for the volume {name}.")


# -- JSON paths and search ----------------------------------------------------------------------

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PATH_TOKEN = re.compile(r'\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]')


def json_path(parts: Sequence[PathPart]) -> str:
    """``["HostConfig", "Binds", 0]`` → ``HostConfig.Binds[0]``; odd keys are quoted:
    ``["Config", "Labels", "com.example.x"]`` → ``Config.Labels["com.example.x"]``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENT.match(part):
            out += f".{part}" if out else part
        else:
            out += f"[{json.dumps(part, ensure_ascii=False)}]"
    return out


def parse_path(text: str) -> tuple[PathPart, ...]:
    """The inverse of :func:`json_path`."""
    parts: list[PathPart] = []
    pos = 0
    while pos < len(text):
        m = _PATH_TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ValueError(f"not a JSON path: {text!r}")
        if m.group(1) is not None:
            parts.append(m.group(1))
        elif m.group(2) is not None:
            parts.append(int(m.group(2)))
        else:
            parts.append(json.loads(m.group(3)))
        pos = m.end()
    return tuple(parts)


def value_at(data: Any, parts: Sequence[PathPart]) -> Any:
    """The value at a path; ``KeyError`` when there is none."""
    for part in parts:
        if isinstance(data, dict) and not isinstance(part, int) and part in data:
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
        else:
            raise KeyError(json_path(parts))
    return data


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def scalar_text(value: Any) -> str:
    """A value as a person copies it: strings bare, others as JSON (``null``, ``true``, ``{…}``)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict | list):
        return json.dumps(value, indent=2, ensure_ascii=False)
    return json.dumps(value)


def walk_json(data: Any, prefix: tuple[PathPart, ...] = ()) -> Iterator[tuple[tuple[PathPart, ...], Any]]:
    """Every (path, value) below ``data`` in document order, parents before children."""
    if isinstance(data, dict):
        items = data.items()
    elif isinstance(data, list):
        items = enumerate(data)
    else:
        return
    for key, value in items:
        path = (*prefix, key)
        yield path, value
        yield from walk_json(value, path)


def search_json(data: Any, text: str, *, hidden: frozenset = frozenset()) -> list[tuple[PathPart, ...]]:
    """Paths whose key or scalar value contains ``text`` (case-insensitive), in document order.

    Values at ``hidden`` paths (masked secrets) are matched by their masked form only.
    """
    needle = text.strip().lower()
    if not needle:
        return []
    found = []
    for path, value in walk_json(data):
        key = path[-1]
        if not isinstance(key, int) and needle in key.lower():
            found.append(path)
            continue
        if isinstance(value, dict | list):
            continue
        shown = mask_env_entry(value) if path in hidden and isinstance(value, str) else scalar_text(value)
        if needle in shown.lower():
            found.append(path)
    return found


# -- display strings ----------------------------------------------------------------------------

def size_text(value: int | None) -> str:
    """Bytes in Docker's decimal units: ``512 B``, ``1.98 MB``; ``—`` when unknown (-1)."""
    if value is None or value < 0:
        return "—"
    size = float(value)
    for unit in ("B", "kB", "MB", "GB", "TB"):
        if size < 1000 or unit == "TB":
            return f"{int(size)} B" if unit == "B" else f"{size:.3g} {unit}"
        size /= 1000
    return f"{size:.3g} TB"  # pragma: no cover


def ago_text(when: datetime | None, now: datetime | None = None) -> str:
    """``just now``, ``5 minutes ago``, ``3 days ago``."""
    if when is None:
        return ""
    seconds = max(0, int(((now or datetime.now(UTC)) - when).total_seconds()))
    for limit, div, unit in ((60, 1, "second"), (3600, 60, "minute"), (172800, 3600, "hour"),
                             (86400 * 60, 86400, "day"), (86400 * 730, 86400 * 30, "month")):
        if seconds < limit:
            n = seconds // div
            if unit == "second" and n < 10:
                return "just now"
            return f"{n} {unit}{'' if n == 1 else 's'} ago"
    n = seconds // (86400 * 365)
    return f"{n} years ago"


def time_text(when: datetime | None, now: datetime | None = None) -> str:
    """``2026-11-29 03:24:55 (5 minutes ago)`` in local time; ``—`` for never."""
    if when is None:
        return "—"
    return f"{when.astimezone().strftime('%Y-%m-%d %H:%M:%S')} ({ago_text(when, now)})"


def masked_copy(data: Any, hidden: frozenset) -> Any:
    """The document with the values at ``hidden`` paths masked (for copying while not revealed)."""
    if not hidden:
        return data
    out = json.loads(json.dumps(data))
    for path in hidden:
        try:
            parent = value_at(out, path[:-1])
            if isinstance(parent[path[-1]], str):
                parent[path[-1]] = mask_env_entry(parent[path[-1]])
        except (KeyError, IndexError, TypeError):
            continue
    return out
