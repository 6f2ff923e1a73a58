"""What a re-create plan says to a person: the settings kept and the equivalent commands."""

from __future__ import annotations

from volgui.engine.containers import create_args
from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.containers.mounts import Target
from volgui.engine.containers.recreate.model import SNAPSHOT_REPOSITORY, RecreatePlan, create_body


def kept_settings(plan: RecreatePlan) -> list[str]:
    c, h = plan.config, plan.config["HostConfig"]
    out = []
    if c.get("Entrypoint") or c.get("Cmd"):
        out.append(ContainerErrors.tr("command: {0}").format(
            create_args.join([*(c.get("Entrypoint") or []), *(c.get("Cmd") or [])])))
    if c.get("Env"):
        out.append(ContainerErrors.tr("environment: %Ln variable(s)", "", len(c["Env"])))
    if c.get("Labels"):
        out.append(ContainerErrors.tr("labels: {0}").format(len(c["Labels"])))
    for key, words in (("WorkingDir", ContainerErrors.tr("working folder: {0}")),
                       ("User", ContainerErrors.tr("user: {0}")),
                       ("Hostname", ContainerErrors.tr("host name: {0}"))):
        if c.get(key):
            out.append(words.format(c[key]))
    if c.get("Tty") or c.get("OpenStdin"):
        out.append(ContainerErrors.tr("terminal: {0}").format(
            " ".join(f for f, on in (("-i", c.get("OpenStdin")), ("-t", c.get("Tty"))) if on)))
    if h.get("PortBindings"):
        out.append(ContainerErrors.tr("published ports: {0}").format(", ".join(sorted(h["PortBindings"]))))
    restart = (h.get("RestartPolicy") or {}).get("Name")
    if restart and restart != "no":
        out.append(ContainerErrors.tr("restart policy: {0}").format(restart))
    if h.get("Memory"):
        out.append(ContainerErrors.tr("memory limit: {0} MiB").format(h["Memory"] // (1 << 20)))
    if h.get("CpuShares") or h.get("NanoCpus"):
        out.append(ContainerErrors.tr("CPU limits"))
    if h.get("CapAdd") or h.get("CapDrop"):
        out.append(ContainerErrors.tr("capabilities: {0}").format(" ".join(
            [*(f"+{x}" for x in h.get("CapAdd") or []), *(f"-{x}" for x in h.get("CapDrop") or [])])))
    if c.get("Healthcheck"):
        out.append(ContainerErrors.tr("healthcheck"))
    if (h.get("LogConfig") or {}).get("Config"):
        out.append(ContainerErrors.tr("log options ({0})").format(h["LogConfig"].get("Type")))
    for t in plan.targets:
        if plan.remove is not None and t.destination == plan.remove.destination:
            continue
        out.append(_kept_mount(t))
    mode = h.get("NetworkMode") or "default"
    nets = [n for n, _ in plan.extra_networks]
    if mode not in ("default", "bridge") or nets:
        out.append(ContainerErrors.tr("network: {0}").format(", ".join([mode, *nets])))
    out.append(ContainerErrors.tr("every other setting, sent back to the engine as it was"))
    return out


def _kept_mount(t: Target) -> str:
    if t.type == "anonymous":
        text = (ContainerErrors.tr("mount: {0} at {1} read-only (pinned by name)") if t.read_only
                else ContainerErrors.tr("mount: {0} at {1} (pinned by name)"))
    else:
        text = (ContainerErrors.tr("mount: {0} at {1} read-only") if t.read_only
                else ContainerErrors.tr("mount: {0} at {1}"))
    return text.format(t.describe(), t.destination)


def equivalent_commands(plan: RecreatePlan, reveal: bool = False) -> list[str]:
    """The steps as ``docker`` lines; secret-looking ``--env`` values masked unless ``reveal``."""
    name, old = plan.name, plan.temp_name
    snapshot_ref = f"{SNAPSHOT_REPOSITORY}:{name}-<time>"
    body = create_body(plan)
    create = create_args.join(["docker", "create", *create_args.container_args(
        body, body["HostConfig"], name=name, endpoints=(plan.networking or {}).get("EndpointsConfig"),
        image=snapshot_ref if plan.write_layer == "snapshot" else None,
        default_hostname=False, reveal=reveal)])
    lines = []
    for step in plan.steps:
        if step == "rename":
            lines.append(create_args.join(["docker", "rename", name, old]))
        elif step == "create":
            lines.append(create)
        elif step == "connect":
            for net, cfg in plan.extra_networks:
                args = ["docker", "network", "connect"]
                for alias in cfg.get("Aliases") or []:
                    args += ["--alias", alias]
                ip = (cfg.get("IPAMConfig") or {}).get("IPv4Address")
                if ip:
                    args += ["--ip", ip]
                lines.append(create_args.join([*args, net, name]))
        elif step == "stop":
            lines.append(create_args.join(["docker", "stop", "--time", str(plan.stop_timeout), old]))
        elif step == "snapshot":
            lines.append(create_args.join(["docker", "commit", old, snapshot_ref]))
        elif step == "copy":
            for path in plan.copy_roots:
                parent = path.rsplit("/", 1)[0] or "/"
                # paths come from the container: quoted, so a pasted line runs only docker cp
                lines.append(create_args.join(["docker", "cp", f"{old}:{path}", "-"]) + " | "
                             + create_args.join(["docker", "cp", "-", f"{name}:{parent}"]))
        elif step == "start":
            lines.append(create_args.join(["docker", "start", name]))
        elif step == "remove":
            lines.append(create_args.join(["docker", "rm", old]))
    return lines
