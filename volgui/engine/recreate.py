"""Change the mounts of an existing container: a checked plan, then a transactional re-create.

Docker cannot add a mount to an existing container, so volgui re-creates it::

    plan = plan_add_mount(engine, "web", "data", "/data", read_only=False)
    if not plan.ok:
        print(plan.problems)            # refusals: nothing was touched
    print(plan.warnings, plan.layer_changes, plan.kept, plan.commands)
    result = execute(engine, plan)      # raises EngineError after rolling back

The plan inspects and checks everything before anything is touched. ``execute`` keeps every
setting by sending the inspected ``Config`` and ``HostConfig`` back as they are, adjusting only
what must change, then runs the steps in ``plan.steps``. When any step fails (or is cancelled)
everything done so far is undone: the new container is removed, the original gets its name
back and is started again if it was running, a snapshot image is removed.
"""

from __future__ import annotations

import copy
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from volgui.engine import create_args, layer
from volgui.engine.cancel import CancelToken
from volgui.engine.errors import Cancelled, EngineError, from_docker
from volgui.engine.mounts import (
    MountSpec,
    Target,
    check_destination,
    is_anonymous_name,
    nested_in,
    normalize,
    remove_target,
    targets,
)

WRITE_LAYER_MODES = ("copy", "snapshot", "discard")
SNAPSHOT_REPOSITORY = "volgui-snapshot"
SWARM_LABELS = ("com.docker.swarm.task.id", "com.docker.swarm.service.id")
COMPOSE_PROJECT = "com.docker.compose.project"
COMPOSE_SERVICE = "com.docker.compose.service"

STEP_WORDS = {
    "rename": "renaming the original container out of the way",
    "create": "creating the new container",
    "connect": "connecting the new container to its networks",
    "stop": "stopping the original container",
    "snapshot": "saving the original container's files to a snapshot image",
    "copy": "copying the files of the write layer",
    "start": "starting the new container",
    "remove": "removing the original container",
}


@dataclass(frozen=True)
class LayerChange:
    path: str
    kind: str  # "modified", "added", "deleted"


@dataclass(frozen=True)
class RecreateProgress:
    step: str
    index: int  # 0-based
    total: int
    text: str


@dataclass(frozen=True)
class RecreateResult:
    container_id: str
    name: str
    old_id: str
    duration: float  # seconds, from the first step to the last
    copied_paths: tuple[str, ...] = ()
    snapshot_image: str = ""


@dataclass
class RecreatePlan:
    """Everything ``execute`` will do, computed before touching anything."""

    action: str  # "add", "remove", "replace"
    container_id: str
    name: str
    state: str
    was_running: bool
    write_layer: str
    config: dict  # Config with HostConfig inside: the body for create
    networking: dict | None  # NetworkingConfig for create (one network on API < 1.44)
    extra_networks: list[tuple[str, dict]]
    stop_timeout: int
    temp_name: str
    add: MountSpec | None = None
    remove: Target | None = None
    targets: list[Target] = field(default_factory=list)
    layer_changes: list[LayerChange] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)  # write-layer paths under the new mount
    copy_roots: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)
    auto_remove: bool = False
    original: dict = field(default_factory=dict, repr=False)  # the inspect it was planned from
    diff: list[dict] = field(default_factory=list, repr=False)  # api.diff at planning time

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def steps(self) -> tuple[str, ...]:
        run = self.was_running
        net = ("connect",) if self.extra_networks else ()
        if self.write_layer == "snapshot":
            return ("rename", *(("stop",) if run else ()), "snapshot", "create", *net,
                    *(("start",) if run else ()), "remove")
        return ("rename", "create", *net, *(("stop",) if run else ()),
                *(("copy",) if self.write_layer == "copy" else ()), *(("start",) if run else ()), "remove")

    def describe(self) -> str:
        if self.action == "add" and self.add:
            return f"Mount {self.add.describe()} in {self.name}"
        if self.action == "remove" and self.remove:
            return f"Remove the mount at {self.remove.destination} from {self.name}"
        if self.action == "replace" and self.add and self.remove:
            return f"Replace {self.remove.describe()} at {self.remove.destination} with {self.add.describe()}"
        return f"Re-create {self.name}"

    def check(self) -> None:
        if self.problems:
            raise EngineError(f"Cannot change the mounts of {self.name}: " + " ".join(self.problems))


# -- planning -------------------------------------------------------------------------------------


def plan_add_mount(engine, container_id: str, volume_name: str, destination: str, read_only: bool = False,
                   write_layer: str = "copy", *, mount_type: str = "volume") -> RecreatePlan:
    """Plan mounting ``volume_name`` (or, with ``mount_type="bind"``, a host folder) at ``destination``."""
    spec = MountSpec(mount_type, volume_name, normalize(destination) if destination else destination,
                     read_only)
    plan = _prepare(engine, container_id, write_layer, "add")
    problem = check_destination(destination, plan.targets)
    if problem:
        plan.problems.append(problem)
    _check_source(engine, plan, spec)
    plan.add = spec
    if not problem:
        inside = nested_in(spec.target, plan.targets)
        if inside is not None:
            plan.warnings.append(f"{spec.target} is inside {inside.describe()} mounted at "
                                 f"{inside.destination}: docker will create the folder there.")
        _add_mount(plan, spec)
    return _finish(engine, plan)


def plan_remove_mount(engine, container_id: str, destination: str, write_layer: str = "copy") -> RecreatePlan:
    plan = _prepare(engine, container_id, write_layer, "remove")
    target = _find_target(plan, destination)
    if target is not None:
        plan.remove = target
        if target.origin in ("image", "volumes-from"):
            why = ("it is declared by the image (VOLUME in its Dockerfile): docker would give the new "
                   "container a fresh anonymous volume there" if target.origin == "image"
                   else "it comes from --volumes-from another container")
            plan.problems.append(f"The mount at {target.destination} cannot be removed: {why}.")
        else:
            if target.type == "anonymous" and write_layer == "snapshot":
                plan.problems.append("A snapshot image would declare the anonymous volume again: "
                                     "choose copy or discard to remove it.")
            remove_target(plan.config, plan.config["HostConfig"], target)
            _unpin(plan, target.destination)
            if target.type == "anonymous":
                plan.warnings.append(f"The anonymous volume {target.name[:12]} stays on disk, unused, "
                                     "with its data; remove it from the volumes view when you are sure.")
    return _finish(engine, plan)


def plan_replace_mount(engine, container_id: str, destination: str, volume_name: str,
                       read_only: bool | None = None, write_layer: str = "copy") -> RecreatePlan:
    """Plan swapping the volume mounted at ``destination`` for ``volume_name``."""
    plan = _prepare(engine, container_id, write_layer, "replace")
    target = _find_target(plan, destination)
    spec = MountSpec("volume", volume_name, normalize(destination),
                     bool(target.read_only) if read_only is None and target else bool(read_only))
    plan.add = spec
    if target is not None:
        plan.remove = target
        if target.origin == "volumes-from":
            plan.problems.append(f"The mount at {target.destination} comes from --volumes-from another "
                                 "container and cannot be replaced here.")
        elif target.type == "volume" and target.name == volume_name:
            plan.problems.append(f"{volume_name} is already mounted at {target.destination}.")
        else:
            if target.origin != "image":
                remove_target(plan.config, plan.config["HostConfig"], target)
            _unpin(plan, target.destination)
            _check_source(engine, plan, spec)
            _add_mount(plan, spec)
            if target.type == "anonymous":
                plan.warnings.append(f"The anonymous volume {target.name[:12]} stays on disk, unused.")
    return _finish(engine, plan)


def _find_target(plan: RecreatePlan, destination: str) -> Target | None:
    norm = normalize(destination or "")
    for t in plan.targets:
        if t.destination == norm:
            return t
    plan.problems.append(f"Nothing is mounted at {destination} in {plan.name}.")
    return None


def _check_source(engine, plan: RecreatePlan, spec: MountSpec) -> None:
    if spec.type == "volume":
        for t in plan.targets:
            if t.type in ("volume", "anonymous") and t.name == spec.source and \
                    (plan.remove is None or t.destination != plan.remove.destination):
                plan.problems.append(f"The volume {spec.source} is already mounted in {plan.name} "
                                     f"at {t.destination}.")
                return
        try:
            engine.api.inspect_volume(spec.source)
        except Exception as exc:
            err = from_docker(exc)
            if err.status == 404:
                plan.problems.append(f"The volume {spec.source} does not exist (any more).")
            else:
                raise err from exc
    elif spec.type == "bind":
        if not spec.source.startswith("/"):
            plan.problems.append("The folder to mount must be an absolute path on the engine's machine.")
        elif ":" in spec.source or "," in spec.source:
            plan.problems.append("The folder's path cannot contain “:” or “,”.")
    else:
        plan.problems.append(f"Unknown mount type {spec.type!r}.")


def _add_mount(plan: RecreatePlan, spec: MountSpec) -> None:
    host = plan.config["HostConfig"]
    host["Mounts"] = [*(host.get("Mounts") or []), spec.as_api()]


def _unpin(plan: RecreatePlan, destination: str) -> None:
    host = plan.config["HostConfig"]
    host["Mounts"] = [m for m in host.get("Mounts") or []
                      if not (m.get("_pinned") and m["Target"] == destination)] or None


def _prepare(engine, container_id: str, write_layer: str, action: str) -> RecreatePlan:
    api = engine.api
    if write_layer not in WRITE_LAYER_MODES:
        raise ValueError(f"write_layer must be one of {WRITE_LAYER_MODES}")
    inspect = engine.call("Inspecting the container", api.inspect_container, container_id)
    name = inspect["Name"].lstrip("/")
    state = inspect.get("State") or {}
    status = state.get("Status", "")
    config = copy.deepcopy(inspect.get("Config") or {})
    host = copy.deepcopy(inspect.get("HostConfig") or {})
    problems: list[str] = []
    warnings: list[str] = []
    kept: list[str] = []

    others = _other_containers(engine, inspect["Id"])
    from_dests = _volumes_from_destinations(engine, host.get("VolumesFrom") or [])
    tgts = targets(inspect, from_dests)

    # -- state and ownership
    if status == "paused":
        problems.append(f"{name} is paused: resume or stop it first.")
    elif status == "restarting":
        problems.append(f"{name} keeps restarting: stop it first, then change its mounts.")
    elif status in ("removing", "dead"):
        problems.append(f"{name} is {status} and cannot be re-created.")
    labels = config.get("Labels") or {}
    if any(k in labels for k in SWARM_LABELS):
        service = labels.get("com.docker.swarm.service.name", "its service")
        problems.append(f"{name} is a task of the swarm service {service}: swarm would replace it. "
                        f"Change the service instead (docker service update --mount-add …).")
    if COMPOSE_PROJECT in labels:
        warnings.append(f"{name} belongs to the compose project {labels[COMPOSE_PROJECT]} (service "
                        f"{labels.get(COMPOSE_SERVICE, '?')}): the next `docker compose up` re-creates it "
                        "from the compose file and the mount is lost. Edit the compose file to keep it.")
    auto_remove = bool(host.get("AutoRemove"))
    if auto_remove and state.get("Running"):
        warnings.append(f"{name} was started with --rm: the engine deletes it as soon as it stops, so if "
                        "starting the new container then fails, the original cannot be brought back "
                        "(the new one is left created under the same name).")
    for other, why in _dependents(inspect, others):
        warnings.append(f"{other} depends on {name} ({why}): it keeps pointing at the old container. "
                        f"Re-create or restart {other} afterwards.")

    # -- adjust what must change
    image_ref = config.get("Image") or inspect["Image"]
    try:
        current = api.inspect_image(image_ref)["Id"]
    except Exception:
        current = ""
    if current != inspect["Image"]:
        config["Image"] = inspect["Image"]
        kept.append(f"image: the same image as before, by ID {inspect['Image'][7:19]} "
                    f"({image_ref} {'now points elsewhere' if current else 'is gone'})")
    else:
        kept.append(f"image: {image_ref}")
    if config.get("Hostname") == inspect["Id"][:12]:  # the default: let the engine pick a new one
        config.pop("Hostname", None)
    host["ContainerIDFile"] = ""
    host["Links"] = _links_by_name(host.get("Links")) or None
    for key in ("NetworkMode", "IpcMode", "PidMode"):
        mode = host.get(key) or ""
        if mode.startswith("container:"):
            ref = _container_name(engine, mode.split(":", 1)[1])
            if ref is None:
                problems.append(f"{key} refers to a container that no longer exists ({mode}).")
            else:
                host[key] = f"container:{ref}"
    host["VolumesFrom"] = [_volumes_from_by_name(engine, v) for v in host.get("VolumesFrom") or []] or None
    pins = []
    for t in tgts:
        if t.type == "anonymous":
            entry = {"Type": "volume", "Source": t.name, "Target": t.destination, "_pinned": True}
            if t.read_only:
                entry["ReadOnly"] = True
            pins.append(entry)
    if pins:
        host["Mounts"] = [*(host.get("Mounts") or []), *pins]
    networking, extra = _networks(inspect, host)
    config["HostConfig"] = host

    diff = engine.call("Listing the write layer", api.diff, inspect["Id"]) or []
    plan = RecreatePlan(
        action=action, container_id=inspect["Id"], name=name, state=status,
        was_running=bool(state.get("Running")), write_layer=write_layer, config=config,
        networking=networking, extra_networks=extra,
        stop_timeout=int(config.get("StopTimeout") or 10),
        temp_name=f"{name}-volgui-old-{secrets.token_hex(3)}",
        targets=tgts, kept=kept, warnings=warnings, problems=problems, auto_remove=auto_remove,
        original=inspect, diff=diff,
    )
    return plan


def _finish(engine, plan: RecreatePlan) -> RecreatePlan:
    new_dest = plan.add.target if plan.add else None
    mount_dests = [t.destination for t in plan.targets] + ([new_dest] if new_dest else [])
    diff = plan.diff
    changes, hidden = layer.outside_mounts(diff, mount_dests, new_dest)
    plan.layer_changes = [LayerChange(p, k) for p, k in changes]
    plan.hidden = hidden
    plan.copy_roots = layer.copy_roots(diff, mount_dests)
    if hidden:
        tail = " and are not copied." if plan.write_layer == "copy" else "."
        plan.warnings.append(f"{len(hidden)} file(s) in the write layer at {new_dest} will be hidden under "
                             "the new mount" + tail)
    deleted = [c for c in plan.layer_changes if c.kind == "deleted"]
    if deleted and plan.write_layer == "copy":
        plan.warnings.append(f"{len(deleted)} file(s) deleted in the container come back from the image "
                             "(copying does not replay deletions; a snapshot keeps them deleted).")
    if plan.layer_changes and plan.write_layer == "discard":
        plan.warnings.append(f"{len(plan.layer_changes)} change(s) in the write layer will be lost.")
    plan.kept += kept_settings(plan)
    plan.commands = equivalent_commands(plan)
    return plan


def _other_containers(engine, own_id: str) -> list[dict]:
    result = []
    for c in engine.call("Listing containers", engine.api.containers, all=True):
        if c["Id"] == own_id:
            continue
        try:
            result.append(engine.api.inspect_container(c["Id"]))
        except Exception:  # removed meanwhile
            continue
    return result


def _dependents(inspect: dict, others: list[dict]) -> list[tuple[str, str]]:
    own_id, own_name = inspect["Id"], inspect["Name"].lstrip("/")

    def refers(ref: str) -> bool:
        ref = ref.split(":")[0].lstrip("/")
        return ref == own_name or (len(ref) >= 12 and own_id.startswith(ref))

    found = []
    for o in others:
        host = o.get("HostConfig") or {}
        oname = o["Name"].lstrip("/")
        for key, words in (("NetworkMode", "shares its network"), ("IpcMode", "shares its IPC"),
                           ("PidMode", "shares its processes")):
            mode = host.get(key) or ""
            if mode.startswith("container:") and refers(mode.split(":", 1)[1]):
                found.append((oname, words))
        if any(refers(v) for v in host.get("VolumesFrom") or []):
            found.append((oname, "--volumes-from"))
        for link in host.get("Links") or []:
            if link.split(":")[0].lstrip("/") == own_name:
                found.append((oname, "--link"))
    return found


def _container_name(engine, ref: str) -> str | None:
    try:
        return engine.api.inspect_container(ref)["Name"].lstrip("/")
    except Exception:
        return None


def _volumes_from_by_name(engine, entry: str) -> str:
    ref, _, mode = entry.partition(":")
    name = _container_name(engine, ref) or ref
    return f"{name}:{mode}" if mode else name


def _volumes_from_destinations(engine, entries: list[str]) -> frozenset[str]:
    dests = set()
    for entry in entries:
        try:
            other = engine.api.inspect_container(entry.partition(":")[0])
        except Exception:
            continue
        dests.update(normalize(m.get("Destination", "")) for m in other.get("Mounts") or [])
    return frozenset(dests)


def _links_by_name(links: list[str] | None) -> list[str]:
    """``/db:/web/db`` (inspect's form) → ``db:db`` (create's form)."""
    result = []
    for link in links or []:
        target, _, alias = link.partition(":")
        result.append(f"{target.lstrip('/')}:{alias.rsplit('/', 1)[-1] or target.lstrip('/')}")
    return result


def _networks(inspect: dict, host: dict) -> tuple[dict | None, list[tuple[str, dict]]]:
    """The first network goes into create; the others are connected afterwards (API < 1.44)."""
    mode = host.get("NetworkMode") or "default"
    if mode in ("host", "none") or mode.startswith("container:"):
        return None, []
    short = inspect["Id"][:12]
    endpoints: dict[str, dict] = {}
    for net, ep in ((inspect.get("NetworkSettings") or {}).get("Networks") or {}).items():
        cfg = {}
        if ep.get("IPAMConfig"):
            cfg["IPAMConfig"] = ep["IPAMConfig"]
        aliases = [a for a in ep.get("Aliases") or [] if a != short]
        if aliases:
            cfg["Aliases"] = aliases
        if ep.get("Links"):
            cfg["Links"] = ep["Links"]
        if ep.get("DriverOpts"):
            cfg["DriverOpts"] = ep["DriverOpts"]
        endpoints[net] = cfg
    primary = mode if mode in endpoints else ("bridge" if mode == "default" and "bridge" in endpoints else "")
    networking = None
    if primary and endpoints[primary]:
        networking = {"EndpointsConfig": {primary: endpoints[primary]}}
    extra = [(net, cfg) for net, cfg in endpoints.items() if net != primary]
    return networking, extra


# -- what the person sees -----------------------------------------------------------------------


def kept_settings(plan: RecreatePlan) -> list[str]:
    c, h = plan.config, plan.config["HostConfig"]
    out = []
    if c.get("Entrypoint") or c.get("Cmd"):
        out.append("command: " + create_args.join([*(c.get("Entrypoint") or []), *(c.get("Cmd") or [])]))
    if c.get("Env"):
        out.append(f"environment: {len(c['Env'])} variable(s)")
    if c.get("Labels"):
        out.append(f"labels: {len(c['Labels'])}")
    for key, words in (("WorkingDir", "working folder"), ("User", "user"), ("Hostname", "host name")):
        if c.get(key):
            out.append(f"{words}: {c[key]}")
    if c.get("Tty") or c.get("OpenStdin"):
        out.append("terminal: " + " ".join(f for f, on in (("-i", c.get("OpenStdin")), ("-t", c.get("Tty")))
                                         if on))
    if h.get("PortBindings"):
        out.append("published ports: " + ", ".join(sorted(h["PortBindings"])))
    restart = (h.get("RestartPolicy") or {}).get("Name")
    if restart and restart != "no":
        out.append(f"restart policy: {restart}")
    if h.get("Memory"):
        out.append(f"memory limit: {h['Memory'] // (1 << 20)} MiB")
    if h.get("CpuShares") or h.get("NanoCpus"):
        out.append("CPU limits")
    if h.get("CapAdd") or h.get("CapDrop"):
        out.append("capabilities: " + " ".join([*(f"+{x}" for x in h.get("CapAdd") or []),
                                                *(f"-{x}" for x in h.get("CapDrop") or [])]))
    if c.get("Healthcheck"):
        out.append("healthcheck")
    if (h.get("LogConfig") or {}).get("Config"):
        out.append(f"log options ({h['LogConfig'].get('Type')})")
    for t in plan.targets:
        if plan.remove is not None and t.destination == plan.remove.destination:
            continue
        extra = " (pinned by name)" if t.type == "anonymous" else ""
        out.append(f"mount: {t.describe()} at {t.destination}{' read-only' if t.read_only else ''}{extra}")
    mode = h.get("NetworkMode") or "default"
    nets = [n for n, _ in plan.extra_networks]
    if mode not in ("default", "bridge") or nets:
        out.append("network: " + ", ".join([mode, *nets]))
    out.append("every other setting, sent back to the engine as it was")
    return out


def _clean_mounts(mounts: list[dict] | None) -> list[dict] | None:
    if not mounts:
        return None
    return [{k: v for k, v in m.items() if not k.startswith("_")} for m in mounts]


def _create_body(plan: RecreatePlan, image: str | None = None) -> dict:
    body = copy.deepcopy(plan.config)
    body["HostConfig"]["Mounts"] = _clean_mounts(body["HostConfig"].get("Mounts"))
    if image:
        body["Image"] = image
    if plan.networking:
        body["NetworkingConfig"] = plan.networking
    return body


def equivalent_commands(plan: RecreatePlan) -> list[str]:
    name, old = plan.name, plan.temp_name
    snapshot_ref = f"{SNAPSHOT_REPOSITORY}:{name}-<time>"
    body = _create_body(plan)
    create = create_args.join(["docker", "create", *create_args.container_args(
        body, body["HostConfig"], name=name, endpoints=(plan.networking or {}).get("EndpointsConfig"),
        image=snapshot_ref if plan.write_layer == "snapshot" else None,
        default_hostname=False)])
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
                lines.append(f"docker cp {old}:{path} - | docker cp - {name}:{parent}")
        elif step == "start":
            lines.append(create_args.join(["docker", "start", name]))
        elif step == "remove":
            lines.append(create_args.join(["docker", "rm", old]))
    return lines


# -- the transaction ------------------------------------------------------------------------------


@dataclass
class _Done:
    renamed: bool = False
    new_id: str = ""
    stopped: bool = False
    old_gone: bool = False
    snapshot: str = ""
    copied: tuple[str, ...] = ()


def execute(engine, plan: RecreatePlan, cancel: CancelToken | None = None,
            progress: Callable[[RecreateProgress], None] | None = None, *,
            before_step: Callable[[str], None] | None = None) -> RecreateResult:
    """Run ``plan``; on any failure undo every step done and raise :class:`EngineError`.

    ``before_step(step)`` is called before each step of ``plan.steps``; an exception it raises
    counts as that step failing (for fault-injection tests, or a caller's last-moment veto).
    """
    plan.check()
    api = engine.api
    _check_unchanged(engine, plan)
    steps = plan.steps
    done = _Done()
    started = time.monotonic()
    step = ""
    try:
        for index, step in enumerate(steps):
            if cancel is not None and step != "remove":
                cancel.raise_if_cancelled()
            if progress is not None:
                progress(RecreateProgress(step, index, len(steps), STEP_WORDS[step].capitalize() + "…"))
            if before_step is not None:
                before_step(step)
            _run_step(api, plan, step, done, cancel)
    except Exception as exc:
        err = exc if isinstance(exc, EngineError) else from_docker(exc, host=engine.spec.host)
        failures = _rollback(api, plan, done)
        raise _failure(plan, step, err, failures, done) from exc
    return RecreateResult(done.new_id, plan.name, plan.container_id, time.monotonic() - started,
                          done.copied, done.snapshot)


def _check_unchanged(engine, plan: RecreatePlan) -> None:
    now = engine.call("Inspecting the container", engine.api.inspect_container, plan.container_id)
    before = plan.original
    if (now["Name"] != before["Name"] or now.get("Config") != before.get("Config")
            or now.get("HostConfig") != before.get("HostConfig")
            or bool(now["State"].get("Running")) != plan.was_running):
        raise EngineError(f"{plan.name} changed since the plan was made: nothing was done. Look again "
                          "and retry.")


def _run_step(api, plan: RecreatePlan, step: str, done: _Done, cancel: CancelToken | None) -> None:
    old = plan.container_id
    if step == "rename":
        api.rename(old, plan.temp_name)
        done.renamed = True
    elif step == "create":
        body = _create_body(plan, done.snapshot or None)
        done.new_id = api.create_container_from_config(body, plan.name)["Id"]
    elif step == "connect":
        for net, cfg in plan.extra_networks:
            ipam = cfg.get("IPAMConfig") or {}
            api.connect_container_to_network(
                done.new_id, net, aliases=cfg.get("Aliases"), links=cfg.get("Links"),
                ipv4_address=ipam.get("IPv4Address"), ipv6_address=ipam.get("IPv6Address"),
                link_local_ips=ipam.get("LinkLocalIPs"), driver_opt=cfg.get("DriverOpts"))
    elif step == "stop":
        api.stop(old, timeout=plan.stop_timeout)
        done.stopped = True
        if plan.auto_remove:
            done.old_gone = _wait_removed(api, old)
    elif step == "snapshot":
        tag = f"{_safe(plan.name)}-{datetime.now(UTC).strftime('%Y%m%d%H%M%S')}"
        done.snapshot = api.commit(old, repository=SNAPSHOT_REPOSITORY, tag=tag, pause=True)["Id"]
    elif step == "copy":
        mount_dests = [t.destination for t in plan.targets] + ([plan.add.target] if plan.add else [])
        diff = api.diff(old) or []
        roots = layer.copy_roots(diff, mount_dests)
        layer.copy_paths(api, old, done.new_id, roots, cancel)
        done.copied = tuple(roots)
    elif step == "start":
        api.start(done.new_id)
    elif step == "remove":
        try:
            api.remove_container(old, v=False)
        except Exception as exc:
            if not (plan.auto_remove and from_docker(exc).status == 404):
                raise


def _wait_removed(api, container_id: str, timeout: float = 15.0) -> bool:
    import docker.errors

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            api.inspect_container(container_id)
        except docker.errors.NotFound:
            return True
        time.sleep(0.05)
    return False


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "_.-" else "-" for ch in name.lower())[:100]


def _rollback(api, plan: RecreatePlan, done: _Done) -> list[str]:
    """Undo in reverse order; returns what could not be undone (in words)."""
    failures = []

    def attempt(words: str, fn, *args, **kwargs) -> None:
        try:
            fn(*args, **kwargs)
        except Exception as exc:
            failures.append(f"{words}: {from_docker(exc).message}")

    if done.old_gone:
        return ["the original container was started with --rm and the engine deleted it when it stopped; "
                f"the new container is kept under the name {plan.name}"]
    if done.new_id:
        attempt("removing the new container", api.remove_container, done.new_id, force=True, v=False)
    if done.renamed:
        attempt(f"renaming the original back to {plan.name}", api.rename, plan.container_id, plan.name)
    if plan.was_running and done.stopped:
        attempt("starting the original again", api.start, plan.container_id)
    if done.snapshot:
        attempt("removing the snapshot image", api.remove_image, done.snapshot)
    return failures


def _failure(plan: RecreatePlan, step: str, err: EngineError, failures: list[str],
             done: _Done) -> EngineError:
    if isinstance(err, Cancelled):
        head = f"Cancelled while {STEP_WORDS.get(step, step)}."
    else:
        head = f"Changing the mounts of {plan.name} failed while {STEP_WORDS.get(step, step)}: {err.message}"
    if not failures:
        back = f" Nothing changed: {plan.name} is back as it was" + \
            (", running." if plan.was_running else ".")
        if isinstance(err, Cancelled):
            return Cancelled(head + back)
        return EngineError(head + back, detail=err.detail, status=err.status)
    where = plan.temp_name if done.renamed else plan.name
    message = (head + " Putting things back failed too — " + "; ".join(failures) +
               f". The original container may be named {where}.")
    return EngineError(message, detail=err.detail, status=err.status)


__all__ = [
    "WRITE_LAYER_MODES",
    "LayerChange",
    "MountSpec",
    "RecreatePlan",
    "RecreateProgress",
    "RecreateResult",
    "Target",
    "execute",
    "is_anonymous_name",
    "plan_add_mount",
    "plan_remove_mount",
    "plan_replace_mount",
]
