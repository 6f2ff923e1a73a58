"""A compose file that re-creates containers as the engine has them, from their inspect (no Qt).

``compose_file(items, volumes, networks)`` turns inspected containers (each with its image's
inspect, so settings the image already gives are left out) into a compose document: services
with image, command, entrypoint, environment, mounts, ports, networks, restart policy, labels,
healthcheck and resources; named volumes and networks at the top level, ``external`` when this
project did not make them. Values the app treats as secrets become ``${VAR}`` references whose
values go to a ``.env`` file beside the compose file. Every other ``$`` is doubled, so compose's
interpolation gives back the exact text. What compose cannot express is listed in
docs/compose-swarm.md and returned as notes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from volgui.engine.compose.projects import NETWORK, PREFIX, PROJECT, VOLUME
from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.dto.secrets import is_secret_key, is_secret_value

_KEY_CHARS = re.compile(r"[^a-zA-Z0-9._-]+")
_ENV_NAME = re.compile(r"[^A-Z0-9_]+")
_ANONYMOUS = re.compile(r"^[0-9a-f]{64}$")
DEFAULT_SHM = 64 * 1024 * 1024
DEFAULT_NETWORKS = ("bridge", "default", "")


@dataclass
class ComposeFile:
    """A compose document (plain data for ``yaml.safe_dump``), its ``.env`` values and notes."""

    data: dict
    env: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def yaml_text(self) -> str:
        return dump_yaml(self.data)

    def env_text(self) -> str:
        """``KEY='value'`` lines: single quotes keep ``$``, ``#`` and spaces literal in ``.env``."""
        lines = []
        for key, value in self.env.items():
            quoted = value.replace("\\", "\\\\").replace("'", "\\'")
            lines.append(f"{key}='{quoted}'")
        return "\n".join(lines) + ("\n" if lines else "")


def dump_yaml(data: dict) -> str:
    """A compose document as YAML, keys in the order written (``safe_dump`` only)."""
    import yaml  # lazy load for start-up time: the window needs it only when a file is written

    return yaml.safe_dump(data, sort_keys=False, default_flow_style=False, allow_unicode=True, width=100)


def escape(text: str) -> str:
    """A literal string in a compose file: ``$`` would start an interpolation."""
    return str(text).replace("$", "$$")


def service_key(name: str) -> str:
    key = _KEY_CHARS.sub("-", name.lstrip("/")).strip("-.") or "service"
    return key[:63]


def _duration(nanoseconds) -> str | None:
    if not nanoseconds:
        return None
    ns = int(nanoseconds)
    if ns % 1_000_000_000 == 0:
        return f"{ns // 1_000_000_000}s"
    if ns % 1_000_000 == 0:
        return f"{ns // 1_000_000}ms"
    return f"{ns // 1000}us"


class _Writer:
    """Builds one document: services, the top-level volumes and networks, the env values."""

    def __init__(self, project: str, volumes: dict[str, dict], networks: dict[str, dict],
                 secrets_to_env: bool = True) -> None:
        self.project = project
        self.secrets_to_env = secrets_to_env
        self.volume_info = volumes
        self.network_info = networks
        self.services: dict[str, dict] = {}
        self.volumes: dict[str, dict] = {}
        self.networks: dict[str, dict] = {}
        self.env: dict[str, str] = {}
        self.notes: list[str] = []

    # -- top level ----------------------------------------------------------------------------
    def _own(self, labels: dict, kind_label: str) -> str:
        """The key this project gave a volume or network it made (``""``: not made by it)."""
        if self.project and (labels or {}).get(PROJECT) == self.project:
            return (labels or {}).get(kind_label, "")
        return ""

    def volume_key(self, name: str) -> str:
        info = self.volume_info.get(name, {})
        own = self._own(info.get("Labels") or {}, VOLUME)
        key = service_key(own or name)
        if own:
            entry: dict = {"name": escape(name)}
            if (info.get("Driver") or "local") != "local":
                entry["driver"] = escape(info["Driver"])
            if info.get("Options"):
                entry["driver_opts"] = {escape(k): escape(v) for k, v in info["Options"].items()}
            labels = {k: v for k, v in (info.get("Labels") or {}).items() if not k.startswith(PREFIX)}
            if labels:
                entry["labels"] = {escape(k): escape(v) for k, v in labels.items()}
        else:
            entry = {"external": True, "name": escape(name)}
        self.volumes.setdefault(key, entry)
        return key

    def network_key(self, name: str) -> str:
        info = self.network_info.get(name, {})
        own = self._own(info.get("Labels") or {}, NETWORK)
        key = service_key(own or name)
        if own:
            entry: dict = {"name": escape(name)}
            if (info.get("Driver") or "bridge") != "bridge":
                entry["driver"] = escape(info["Driver"])
            if info.get("Internal"):
                entry["internal"] = True
        else:
            entry = {"external": True, "name": escape(name)}
        self.networks.setdefault(key, entry)
        return key

    def secret_ref(self, service: str, key: str, value: str) -> str:
        name = _ENV_NAME.sub("_", key.upper()).strip("_") or "SECRET"
        if name[0].isdigit():
            name = "_" + name
        if self.env.get(name, value) != value:
            name = _ENV_NAME.sub("_", f"{service}_{name}".upper())
        n = 2
        base = name
        while self.env.get(name, value) != value:
            name, n = f"{base}_{n}", n + 1
        self.env[name] = value
        return "${" + name + "}"

    # -- one service --------------------------------------------------------------------------
    def add(self, info: dict, image: dict | None) -> str:
        config = info.get("Config") or {}
        host = info.get("HostConfig") or {}
        image_config = (image or {}).get("Config") or {}
        labels = config.get("Labels") or {}
        name = (info.get("Name") or "").lstrip("/")
        key = service_key(labels.get("com.docker.compose.service") or name)
        while key in self.services:
            key = service_key(f"{key}-{name}")[:63] if name not in key else key + "-2"
        svc: dict = {"image": escape(config.get("Image") or info.get("Image") or "")}
        if name:
            svc["container_name"] = escape(name)
        self._process(svc, config, image_config, host, info)
        self._environment(svc, key, config, image_config)
        self._mounts(svc, info, host)
        self._ports(svc, host)
        self._networks(svc, info, host)
        self._resources(svc, host)
        own_labels = {k: v for k, v in labels.items()
                      if not k.startswith(PREFIX) and (image_config.get("Labels") or {}).get(k) != v}
        if own_labels:
            svc["labels"] = {escape(k): escape(v) for k, v in sorted(own_labels.items())}
        self.services[key] = svc
        return key

    def _process(self, svc: dict, config: dict, image_config: dict, host: dict, info: dict) -> None:
        if config.get("Entrypoint") != image_config.get("Entrypoint"):
            svc["entrypoint"] = [escape(a) for a in config.get("Entrypoint") or []]
            # a changed entrypoint resets the image's command: say the command too
            svc["command"] = [escape(a) for a in config.get("Cmd") or []]
        elif config.get("Cmd") != image_config.get("Cmd"):
            svc["command"] = [escape(a) for a in config.get("Cmd") or []]
        for field_name, compose_name in (("WorkingDir", "working_dir"), ("User", "user"),
                                         ("StopSignal", "stop_signal")):
            if (config.get(field_name) or "") != (image_config.get(field_name) or ""):
                svc[compose_name] = escape(config.get(field_name) or "")
        hostname = config.get("Hostname") or ""
        if hostname and not (info.get("Id") or "").startswith(hostname):
            svc["hostname"] = escape(hostname)
        if config.get("Tty"):
            svc["tty"] = True
        if config.get("OpenStdin"):
            svc["stdin_open"] = True
        if config.get("StopTimeout") is not None:
            svc["stop_grace_period"] = f"{int(config['StopTimeout'])}s"
        restart = host.get("RestartPolicy") or {}
        policy = restart.get("Name") or "no"
        if policy == "on-failure" and restart.get("MaximumRetryCount"):
            policy = f"on-failure:{restart['MaximumRetryCount']}"
        if policy not in ("no", ""):
            svc["restart"] = policy
        health = config.get("Healthcheck")
        if health and health != image_config.get("Healthcheck"):
            svc["healthcheck"] = self._healthcheck(health)
        for field_name, compose_name in (("Privileged", "privileged"), ("ReadonlyRootfs", "read_only"),
                                         ("Init", "init")):
            if host.get(field_name):
                svc[compose_name] = True
        for field_name, compose_name in (("CapAdd", "cap_add"), ("CapDrop", "cap_drop"), ("Dns", "dns"),
                                         ("ExtraHosts", "extra_hosts"), ("SecurityOpt", "security_opt"),
                                         ("GroupAdd", "group_add")):
            if host.get(field_name):
                svc[compose_name] = [escape(v) for v in host[field_name]]

    @staticmethod
    def _healthcheck(health: dict) -> dict:
        test = health.get("Test") or []
        if test == ["NONE"]:
            return {"disable": True}
        out: dict = {"test": [escape(t) for t in test]}
        for field_name, compose_name in (("Interval", "interval"), ("Timeout", "timeout"),
                                         ("StartPeriod", "start_period")):
            value = _duration(health.get(field_name))
            if value:
                out[compose_name] = value
        if health.get("Retries"):
            out["retries"] = int(health["Retries"])
        return out

    def _environment(self, svc: dict, key: str, config: dict, image_config: dict) -> None:
        image_env = set(image_config.get("Env") or [])
        env: dict[str, str | None] = {}
        for entry in config.get("Env") or []:
            if entry in image_env:
                continue
            name, sep, value = str(entry).partition("=")
            if not sep:
                env[escape(name)] = None
            elif self.secrets_to_env and (is_secret_key(name) or is_secret_value(value)):
                env[escape(name)] = self.secret_ref(key, name, value)
            else:
                env[escape(name)] = escape(value)
        if env:
            svc["environment"] = env

    def _mounts(self, svc: dict, info: dict, host: dict) -> None:
        out: list[dict] = []
        tmpfs: list[str] = []
        for mount in info.get("Mounts") or []:
            kind = mount.get("Type") or "volume"
            target = escape(mount.get("Destination") or "")
            read_only = not mount.get("RW", True)
            if kind == "volume":
                name = mount.get("Name") or ""
                if _ANONYMOUS.match(name):
                    self.notes.append(ContainerErrors.tr(
                        "{0}: the anonymous volume at {1} is written as the external volume {2}… so its data "
                        "is kept.").format(svc.get("container_name", ""), mount.get("Destination"),
                                           name[:12]))
                entry = {"type": "volume", "source": self.volume_key(name), "target": target}
            elif kind == "bind":
                entry = {"type": "bind", "source": escape(mount.get("Source") or ""), "target": target}
            elif kind == "tmpfs":
                tmpfs.append(target)
                continue
            else:
                self.notes.append(ContainerErrors.tr("A {0} mount at {1} is not written.").format(
                    kind, mount.get("Destination")))
                continue
            if read_only:
                entry["read_only"] = True
            out.append(entry)
        for target in (host.get("Tmpfs") or {}):
            tmpfs.append(escape(target))
        if out:
            svc["volumes"] = out
        if tmpfs:
            svc["tmpfs"] = sorted(set(tmpfs))

    def _ports(self, svc: dict, host: dict) -> None:
        ports: list[str] = []
        for private, bindings in sorted((host.get("PortBindings") or {}).items()):
            port, _, proto = private.partition("/")
            for binding in bindings or [{}]:
                host_ip = (binding or {}).get("HostIp") or ""
                host_port = (binding or {}).get("HostPort") or ""
                text = f"{host_ip}:{host_port}:{port}" if host_ip else (
                    f"{host_port}:{port}" if host_port else port)
                ports.append(text + (f"/{proto}" if proto and proto != "tcp" else ""))
        if ports:
            svc["ports"] = ports

    def _networks(self, svc: dict, info: dict, host: dict) -> None:
        mode = host.get("NetworkMode") or ""
        attached = (info.get("NetworkSettings") or {}).get("Networks") or {}
        if mode in ("none", "host") or mode.startswith("container:"):
            svc["network_mode"] = escape(mode)
            return
        if mode in ("bridge", "default") and set(attached) <= {"bridge"}:
            svc["network_mode"] = "bridge"
            return
        nets: dict = {}
        short_id = (info.get("Id") or "")[:12]
        service = (info.get("Config") or {}).get("Labels", {}).get("com.docker.compose.service", "")
        for net_name, endpoint in sorted(attached.items()):
            if net_name in DEFAULT_NETWORKS:
                continue
            aliases = [escape(a) for a in (endpoint or {}).get("Aliases") or []
                       if a not in (short_id, service, info.get("Config", {}).get("Hostname"))]
            ipam = (endpoint or {}).get("IPAMConfig") or {}
            entry: dict = {}
            if aliases:
                entry["aliases"] = aliases
            if ipam.get("IPv4Address"):
                entry["ipv4_address"] = ipam["IPv4Address"]
            nets[self.network_key(net_name)] = entry or None
        if nets:
            svc["networks"] = nets

    @staticmethod
    def _resources(svc: dict, host: dict) -> None:
        if host.get("Memory"):
            svc["mem_limit"] = int(host["Memory"])
        if host.get("MemoryReservation"):
            svc["mem_reservation"] = int(host["MemoryReservation"])
        if host.get("NanoCpus"):
            svc["cpus"] = host["NanoCpus"] / 1e9
        if host.get("CpuShares"):
            svc["cpu_shares"] = int(host["CpuShares"])
        if host.get("CpusetCpus"):
            svc["cpuset"] = host["CpusetCpus"]
        if host.get("PidsLimit"):
            svc["pids_limit"] = int(host["PidsLimit"])
        if host.get("ShmSize") and int(host["ShmSize"]) != DEFAULT_SHM:
            svc["shm_size"] = int(host["ShmSize"])


def compose_file(items: Sequence[tuple[dict, dict | None]], volumes: Iterable[dict] = (),
                 networks: Iterable[dict] = (), project: str = "",
                 secrets_to_env: bool = True) -> ComposeFile:
    """The document for these ``(container inspect, image inspect)`` pairs; ``volumes`` and
    ``networks`` are the inspects of those they use (their labels say who made them);
    ``secrets_to_env`` False writes secret values into the file itself."""
    writer = _Writer(project, {v.get("Name", ""): v for v in volumes},
                     {n.get("Name", ""): n for n in networks}, secrets_to_env)
    for info, image in items:
        writer.add(info, image)
    data: dict = {"services": writer.services}
    if writer.volumes:
        data["volumes"] = writer.volumes
    if writer.networks:
        data["networks"] = writer.networks
    return ComposeFile(data, writer.env, writer.notes)
