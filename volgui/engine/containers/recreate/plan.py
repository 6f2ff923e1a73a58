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
from collections.abc import Callable

from volgui.engine.cancel import CancelToken
from volgui.engine.containers import layer, refs
from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.containers.mounts import (
    MountSpec,
    Target,
    check_destination,
    is_anonymous_name,
    nested_in,
    normalize,
    remove_target,
    targets,
)
from volgui.engine.containers.recreate.model import (
    SNAPSHOT_REPOSITORY,
    WRITE_LAYER_MODES,
    LayerChange,
    RecreatePlan,
    RecreateProgress,
    RecreateResult,
)
from volgui.engine.containers.recreate.run import run
from volgui.engine.containers.recreate.text import equivalent_commands, kept_settings
from volgui.engine.dto.secrets import parse_env
from volgui.engine.errors import from_docker
from volgui.engine.present.display import state_word

SWARM_LABELS = ("com.docker.swarm.task.id", "com.docker.swarm.service.id")
COMPOSE_PROJECT = "com.docker.compose.project"
COMPOSE_SERVICE = "com.docker.compose.service"


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
            plan.warnings.append(ContainerErrors.tr("{0} is inside {1} mounted at {2}: docker will create "
                                                    "the folder there.").format(
                                                        spec.target, inside.describe(), inside.destination))
        _add_mount(plan, spec)
    return _finish(engine, plan)


def plan_remove_mount(engine, container_id: str, destination: str, write_layer: str = "copy") -> RecreatePlan:
    plan = _prepare(engine, container_id, write_layer, "remove")
    target = _find_target(plan, destination)
    if target is not None:
        plan.remove = target
        if target.origin == "volumes-from" or normalize(target.destination) in {
                normalize(d) for d in plan.image_volumes}:
            why = (ContainerErrors.tr("it comes from --volumes-from another container")
                   if target.origin == "volumes-from"
                   else ContainerErrors.tr("it is declared by the image (VOLUME in its Dockerfile): docker "
                                           "would give the new container a fresh anonymous volume there; "
                                           "replace it with a volume instead"))
            plan.problems.append(ContainerErrors.tr("The mount at {0} cannot be removed: {1}.").format(
                target.destination, why))
        else:
            if target.type == "anonymous" and write_layer == "snapshot":
                plan.problems.append(ContainerErrors.tr("A snapshot image would declare the anonymous volume "
                                                        "again: choose copy or discard to remove it."))
            remove_target(plan.config, plan.config["HostConfig"], target)
            _unpin(plan, target.destination)
            if target.type == "anonymous":
                plan.warnings.append(ContainerErrors.tr(
                    "The anonymous volume {0} stays on disk, unused, with its data; remove it from the "
                    "volumes view when you are sure.").format(target.name[:12]))
            elif target.type == "volume":
                plan.kept.append(ContainerErrors.tr(
                    "the volume {0} and its data (only the mount goes)").format(target.name))
            elif target.type == "bind":
                plan.kept.append(ContainerErrors.tr(
                    "the folder {0} on the host (only the mount goes)").format(target.name))
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
            plan.problems.append(ContainerErrors.tr("The mount at {0} comes from --volumes-from another "
                                                    "container and cannot be replaced here.").format(
                                                        target.destination))
        elif target.type == "volume" and target.name == volume_name:
            plan.problems.append(ContainerErrors.tr("{0} is already mounted at {1}.").format(
                volume_name, target.destination))
        else:
            if target.origin != "image":
                remove_target(plan.config, plan.config["HostConfig"], target)
            _unpin(plan, target.destination)
            _check_source(engine, plan, spec)
            _add_mount(plan, spec)
            if target.type == "anonymous":
                plan.warnings.append(ContainerErrors.tr(
                    "The anonymous volume {0} stays on disk, unused.").format(target.name[:12]))
    return _finish(engine, plan)


def _find_target(plan: RecreatePlan, destination: str) -> Target | None:
    norm = normalize(destination or "")
    for t in plan.targets:
        if t.destination == norm:
            return t
    plan.problems.append(ContainerErrors.tr("Nothing is mounted at {0} in {1}.").format(destination,
                                                                                      plan.name))
    return None


def _check_source(engine, plan: RecreatePlan, spec: MountSpec) -> None:
    if spec.type == "volume":
        for t in plan.targets:
            if t.type in ("volume", "anonymous") and t.name == spec.source and \
                    (plan.remove is None or t.destination != plan.remove.destination):
                plan.problems.append(ContainerErrors.tr(
                    "The volume {0} is already mounted in {1} at {2}.").format(spec.source, plan.name,
                                                                               t.destination))
                return
        try:
            engine.api.inspect_volume(spec.source)
        except Exception as exc:
            err = from_docker(exc)
            if err.status == 404:
                plan.problems.append(ContainerErrors.tr("The volume {0} does not exist (any more).").format(
                    spec.source))
            else:
                raise err from exc
    elif spec.type == "bind":
        if not spec.source.startswith("/"):
            plan.problems.append(ContainerErrors.tr("The folder to mount must be an absolute path on the "
                                                    "engine's machine."))
        elif ":" in spec.source or "," in spec.source:
            plan.problems.append(ContainerErrors.tr("The folder's path cannot contain “:” or “,”."))
    else:
        plan.problems.append(ContainerErrors.tr("Unknown mount type {0}.").format(repr(spec.type)))


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
    inspect = engine.call(ContainerErrors.tr("Inspecting the container"), api.inspect_container, container_id)
    name = inspect["Name"].lstrip("/")
    state = inspect.get("State") or {}
    status = state.get("Status", "")
    config = copy.deepcopy(inspect.get("Config") or {})
    host = copy.deepcopy(inspect.get("HostConfig") or {})
    problems: list[str] = []
    warnings: list[str] = []
    kept: list[str] = []

    others = refs.other_containers(engine, inspect["Id"])
    from_dests = refs.volumes_from_destinations(engine, host.get("VolumesFrom") or [])
    tgts = targets(inspect, from_dests)

    # -- state and ownership
    if status == "paused":
        problems.append(ContainerErrors.tr("{0} is paused: resume or stop it first.").format(name))
    elif status == "restarting":
        problems.append(ContainerErrors.tr(
            "{0} keeps restarting: stop it first, then change its mounts.").format(name))
    elif status in ("removing", "dead"):
        problems.append(ContainerErrors.tr("{0} is {1} and cannot be re-created.").format(
            name, state_word(status)))
    labels = config.get("Labels") or {}
    if any(k in labels for k in SWARM_LABELS):
        service = labels.get("com.docker.swarm.service.name", ContainerErrors.tr("its service"))
        problems.append(ContainerErrors.tr("{0} is a task of the swarm service {1}: swarm would replace it. "
                                           "Change the service instead ({2}).").format(
                                               name, service, "docker service update --mount-add …"))
    if COMPOSE_PROJECT in labels:
        warnings.append(ContainerErrors.tr(
            "{0} belongs to the compose project {1} (service {2}): the next {3} re-creates it from the "
            "compose file and the mount is lost. Edit the compose file to keep it.").format(
                name, labels[COMPOSE_PROJECT], labels.get(COMPOSE_SERVICE, "?"), "`docker compose up`"))
    auto_remove = bool(host.get("AutoRemove"))
    if auto_remove and state.get("Running"):
        warnings.append(ContainerErrors.tr("{0} was started with --rm: the engine deletes it as soon as it "
                                           "stops, so if starting the new container then fails, the original "
                                           "cannot be brought back (the new one is left created under the "
                                           "same name).").format(name))
    for other, why in refs.dependents(inspect, others):
        warnings.append(ContainerErrors.tr(
            "{0} depends on {1} ({2}): it keeps pointing at the old container. Re-create or restart {0} "
            "afterwards.").format(other, name, ContainerErrors.tr(why)))

    # -- adjust what must change
    try:
        image_volumes = dict((api.inspect_image(inspect["Image"]).get("Config") or {}).get("Volumes") or {})
    except Exception:
        image_volumes = {}
    image_ref = config.get("Image") or inspect["Image"]
    try:
        current = api.inspect_image(image_ref)["Id"]
    except Exception:
        current = ""
    if current != inspect["Image"]:
        config["Image"] = inspect["Image"]
        same = (ContainerErrors.tr("image: the same image as before, by ID {0} ({1} now points elsewhere)")
                if current
                else ContainerErrors.tr("image: the same image as before, by ID {0} ({1} is gone)"))
        kept.append(same.format(inspect["Image"][7:19], image_ref))
    else:
        kept.append(ContainerErrors.tr("image: {0}").format(image_ref))
    if config.get("Hostname") == inspect["Id"][:12]:  # the default: let the engine pick a new one
        config.pop("Hostname", None)
    if (host.get("NetworkMode") or "").startswith("container:"):
        # the hostname is the other container's; the engine refuses one with this network mode
        config.pop("Hostname", None)
        config.pop("Domainname", None)
    host["ContainerIDFile"] = ""
    host["Links"] = refs.links_by_name(host.get("Links")) or None
    for key in ("NetworkMode", "IpcMode", "PidMode"):
        mode = host.get(key) or ""
        if mode.startswith("container:"):
            ref = refs.container_name(engine, mode.split(":", 1)[1])
            if ref is None:
                problems.append(ContainerErrors.tr("{0} refers to a container that no longer exists "
                                                   "({1}).").format(key, mode))
            else:
                host[key] = f"container:{ref}"
    volumes_from = host.get("VolumesFrom") or []
    host["VolumesFrom"] = [refs.volumes_from_by_name(engine, v) for v in volumes_from] or None
    pins = []
    for t in tgts:
        if t.type == "anonymous" and t.origin in ("volumes", "image"):
            entry = {"Type": "volume", "Source": t.name, "Target": t.destination, "_pinned": True}
            if t.read_only:
                entry["ReadOnly"] = True
            pins.append(entry)
    if pins:
        host["Mounts"] = [*(host.get("Mounts") or []), *pins]
    networking, extra = refs.endpoints(inspect, host)
    config["HostConfig"] = host

    diff = engine.call(ContainerErrors.tr("Listing the write layer"), api.diff, inspect["Id"]) or []
    plan = RecreatePlan(
        action=action, container_id=inspect["Id"], name=name, state=status,
        was_running=bool(state.get("Running")), write_layer=write_layer, config=config,
        networking=networking, extra_networks=extra,
        stop_timeout=int(config.get("StopTimeout") or 10),
        temp_name=f"{name}-volgui-old-{secrets.token_hex(3)}",
        targets=tgts, kept=kept, warnings=warnings, problems=problems, auto_remove=auto_remove,
        original=inspect, diff=diff, image_volumes=image_volumes,
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
        hidden_text = (ContainerErrors.tr("%Ln file(s) in the write layer at {0} will be hidden under the "
                                          "new mount and are not copied.", "", len(hidden))
                       if plan.write_layer == "copy" else
                       ContainerErrors.tr("%Ln file(s) in the write layer at {0} will be hidden under the "
                                          "new mount.", "", len(hidden)))
        plan.warnings.append(hidden_text.format(new_dest))
    deleted = [c for c in plan.layer_changes if c.kind == "deleted"]
    if deleted and plan.write_layer == "copy":
        plan.warnings.append(ContainerErrors.tr(
            "%Ln file(s) deleted in the container come back from the image (copying does not replay "
            "deletions; a snapshot keeps them deleted).", "", len(deleted)))
    if plan.write_layer == "snapshot":
        plan.warnings.append(ContainerErrors.tr("The snapshot image ({0}) stays after the re-create: the new "
                                                "container is made from it. Remove it once the container is "
                                                "gone.").format(f"{SNAPSHOT_REPOSITORY}:{plan.name}-<time>"))
        if any(var.secret and var.value for var in parse_env(plan.config.get("Env"))):
            plan.warnings.append(ContainerErrors.tr("The container has secret environment values: volgui "
                                                    "blanks them in the snapshot image's settings, but some "
                                                    "engines (Docker 20.10 among them) also keep a full copy "
                                                    "there that {0} shows. Choose copy to avoid it.").format(
                                                        "`docker image inspect`"))
    if plan.layer_changes and plan.write_layer == "discard":
        plan.warnings.append(ContainerErrors.tr("%Ln change(s) in the write layer will be lost.", "",
                                                len(plan.layer_changes)))
    plan.kept += kept_settings(plan)
    plan.commands = equivalent_commands(plan)
    plan.commands_with_secrets = equivalent_commands(plan, reveal=True)
    return plan


# -- the transaction ------------------------------------------------------------------------------


def execute(engine, plan: RecreatePlan, cancel: CancelToken | None = None,
            progress: Callable[[RecreateProgress], None] | None = None, *,
            before_step: Callable[[str], None] | None = None) -> RecreateResult:
    """Run ``plan``; on any failure undo every step done and raise :class:`EngineError`.

    ``before_step(step)`` is called before each step of ``plan.steps``; an exception it raises
    counts as that step failing (for fault-injection tests, or a caller's last-moment veto).
    See ``volgui.engine.containers.recreate.run``.
    """
    return run(engine, plan, cancel, progress, before_step=before_step)


__all__ = [
    "SWARM_LABELS",
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
