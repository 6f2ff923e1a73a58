"""``docker create``/``docker run`` flags built from API-shaped ``Config``/``HostConfig`` dicts.

The same dicts volgui sends to the engine are turned into flags here, so the command shown is
the command done (the re-create plan and the run dialog both use it). Flags are produced for
the settings people set; the rest is still sent to the engine, just not spelled out.
"""

from __future__ import annotations

import shlex

from volgui.engine.dto.secrets import mask_env_arg

_NS = 1_000_000_000


def join(args: list[str]) -> str:
    return shlex.join(args)


def _duration(ns: int | None) -> str:
    return f"{ns / _NS:g}s" if ns else ""


def _size(n: int) -> str:
    for unit, factor in (("g", 1 << 30), ("m", 1 << 20), ("k", 1 << 10)):
        if n % factor == 0:
            return f"{n // factor}{unit}"
    return str(n)


def _config_flags(config: dict, default_hostname: bool, reveal: bool) -> list[str]:
    args: list[str] = []
    if config.get("Hostname") and not default_hostname:
        args += ["--hostname", config["Hostname"]]
    for key, flag in (("Domainname", "--domainname"), ("User", "--user"), ("WorkingDir", "--workdir"),
                      ("StopSignal", "--stop-signal")):
        if config.get(key):
            args += [flag, config[key]]
    if config.get("OpenStdin"):
        args.append("--interactive")
    if config.get("Tty"):
        args.append("--tty")
    for env in config.get("Env") or []:
        args += ["--env", env if reveal else mask_env_arg(env)]
    for key, value in sorted((config.get("Labels") or {}).items()):
        args += ["--label", f"{key}={value}"]
    if config.get("StopTimeout") is not None:
        args += ["--stop-timeout", str(config["StopTimeout"])]
    health = config.get("Healthcheck") or {}
    test = health.get("Test") or []
    if test[:1] == ["NONE"]:
        args.append("--no-healthcheck")
    elif test:
        args += ["--health-cmd", test[1] if test[0] == "CMD-SHELL" and len(test) > 1 else join(test[1:])]
        for key, flag in (("Interval", "--health-interval"), ("Timeout", "--health-timeout"),
                          ("StartPeriod", "--health-start-period")):
            if health.get(key):
                args += [flag, _duration(health[key])]
        if health.get("Retries"):
            args += ["--health-retries", str(health["Retries"])]
    return args


def _mount_flags(config: dict, host: dict) -> list[str]:
    args: list[str] = []
    binds = host.get("Binds") or []
    mounts = host.get("Mounts") or []
    for bind in binds:
        args += ["--volume", bind]
    for dest in sorted(config.get("Volumes") or {}):
        declared = any(b.split(":")[1:2] == [dest] for b in binds)
        if not declared and not any(m.get("Target") == dest for m in mounts):
            args += ["--volume", dest]
    for mount in mounts:
        text = f"type={mount.get('Type', 'volume')},source={mount.get('Source', '')},target={mount['Target']}"
        if mount.get("ReadOnly"):
            text += ",readonly"
        args += ["--mount", text]
    for source in host.get("VolumesFrom") or []:
        args += ["--volumes-from", source]
    for dest, opts in sorted((host.get("Tmpfs") or {}).items()):
        args += ["--tmpfs", f"{dest}:{opts}" if opts else dest]
    return args


def _port_flags(host: dict) -> list[str]:
    args: list[str] = []
    for port, bindings in sorted((host.get("PortBindings") or {}).items()):
        spec = port.removesuffix("/tcp")
        for b in bindings or [{}]:
            ip, hport = b.get("HostIp") or "", b.get("HostPort") or ""
            ip = f"[{ip}]" if ":" in ip else ip
            left = f"{ip}:{hport}" if ip else hport
            args += ["--publish", f"{left}:{spec}" if left else spec]
    if host.get("PublishAllPorts"):
        args.append("--publish-all")
    return args


def _resource_flags(host: dict) -> list[str]:
    args: list[str] = []
    restart = host.get("RestartPolicy") or {}
    if restart.get("Name") and restart["Name"] != "no":
        value = restart["Name"]
        if value == "on-failure" and restart.get("MaximumRetryCount"):
            value += f":{restart['MaximumRetryCount']}"
        args += ["--restart", value]
    if host.get("AutoRemove"):
        args.append("--rm")
    if host.get("Memory"):
        args += ["--memory", _size(host["Memory"])]
    if host.get("MemoryReservation"):
        args += ["--memory-reservation", _size(host["MemoryReservation"])]
    swap = host.get("MemorySwap")
    if swap and swap not in (-1, 2 * (host.get("Memory") or 0)):
        args += ["--memory-swap", _size(swap) if swap > 0 else "-1"]
    if host.get("CpuShares"):
        args += ["--cpu-shares", str(host["CpuShares"])]
    if host.get("NanoCpus"):
        args += ["--cpus", f"{host['NanoCpus'] / _NS:g}"]
    if host.get("CpusetCpus"):
        args += ["--cpuset-cpus", host["CpusetCpus"]]
    if host.get("PidsLimit"):
        args += ["--pids-limit", str(host["PidsLimit"])]
    for cap in host.get("CapAdd") or []:
        args += ["--cap-add", cap]
    for cap in host.get("CapDrop") or []:
        args += ["--cap-drop", cap]
    for flag, key in (("--privileged", "Privileged"), ("--read-only", "ReadonlyRootfs"), ("--init", "Init")):
        if host.get(key):
            args.append(flag)
    for opt in host.get("SecurityOpt") or []:
        args += ["--security-opt", opt]
    if host.get("ShmSize") and host["ShmSize"] != 64 << 20:
        args += ["--shm-size", _size(host["ShmSize"])]
    log = host.get("LogConfig") or {}
    if log.get("Type") and log["Type"] != "json-file":
        args += ["--log-driver", log["Type"]]
    for key, value in sorted((log.get("Config") or {}).items()):
        args += ["--log-opt", f"{key}={value}"]
    return args


def _network_flags(host: dict, endpoints: dict | None) -> list[str]:
    args: list[str] = []
    for item in host.get("ExtraHosts") or []:
        args += ["--add-host", item]
    for dns in host.get("Dns") or []:
        args += ["--dns", dns]
    for link in host.get("Links") or []:
        args += ["--link", link]
    mode = host.get("NetworkMode") or ""
    if mode and mode != "default":
        args += ["--network", mode]
    endpoint = (endpoints or {}).get(mode) or {}
    for alias in endpoint.get("Aliases") or []:
        args += ["--network-alias", alias]
    ipam = endpoint.get("IPAMConfig") or {}
    if ipam.get("IPv4Address"):
        args += ["--ip", ipam["IPv4Address"]]
    if ipam.get("IPv6Address"):
        args += ["--ip6", ipam["IPv6Address"]]
    for key, flag, default in (("IpcMode", "--ipc", ("private", "shareable")), ("PidMode", "--pid", ()),
                               ("UTSMode", "--uts", ())):
        if host.get(key) and host[key] not in default:
            args += [flag, host[key]]
    return args


def container_args(config: dict, host: dict, *, name: str = "", endpoints: dict | None = None,
                   image: str | None = None, default_hostname: bool = True,
                   reveal: bool = False) -> list[str]:
    """Flags (after ``docker create``) reproducing ``config``/``host``, then the image and command.

    Secret-looking ``--env`` values are masked unless ``reveal``: the text is shown and copied.
    """
    args: list[str] = ["--name", name] if name else []
    args += _config_flags(config, default_hostname, reveal)
    args += _mount_flags(config, host)
    args += _port_flags(host)
    args += _resource_flags(host)
    args += _network_flags(host, endpoints)
    entrypoint = config.get("Entrypoint")
    if isinstance(entrypoint, str):
        entrypoint = [entrypoint]
    if entrypoint:
        args += ["--entrypoint", entrypoint[0]]
    args.append(image if image is not None else config.get("Image", ""))
    if entrypoint and len(entrypoint) > 1:
        args += entrypoint[1:]
    cmd = config.get("Cmd")
    if cmd:
        args += cmd if isinstance(cmd, list) else [cmd]
    return args
