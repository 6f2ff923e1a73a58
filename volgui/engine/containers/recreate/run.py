"""The re-create transaction: run a plan's steps; on any failure undo them in reverse order.

Steps (``RecreatePlan.steps``): rename the original out of the way, create the new container
under the original name (connect its other networks), stop the original, copy its write layer
or commit it to a snapshot image, start the new one, remove the original. What was done is
recorded as it happens, so the rollback undoes exactly that: remove the new container, give the
original its name back, start it again if it was running, remove a snapshot image.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from volgui.engine.cancel import CancelToken
from volgui.engine.containers import layer
from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.containers.recreate.model import (
    SNAPSHOT_REPOSITORY,
    STEP_WORDS,
    RecreatePlan,
    RecreateProgress,
    RecreateResult,
    create_body,
)
from volgui.engine.dto.secrets import parse_env
from volgui.engine.errors import Cancelled, EngineError, from_docker


@dataclass
class _Done:
    renamed: bool = False
    new_id: str = ""
    stopped: bool = False
    old_gone: bool = False
    snapshot: str = ""
    copied: tuple[str, ...] = ()


def run(engine, plan: RecreatePlan, cancel: CancelToken | None = None,
        progress: Callable[[RecreateProgress], None] | None = None, *,
        before_step: Callable[[str], None] | None = None) -> RecreateResult:
    """``recreate.execute``: the steps of ``plan`` in order, undone in reverse on any failure."""
    plan.check()
    api = engine.api
    _check_unchanged(engine, plan)
    _check_volumes(engine, plan)
    steps = plan.steps
    done = _Done()
    started = time.monotonic()
    step = ""
    try:
        for index, step in enumerate(steps):
            if cancel is not None and step != "remove":
                cancel.raise_if_cancelled()
            if progress is not None:
                progress(RecreateProgress(step, index, len(steps), _capitalized(step_words(step)) + "…"))
            if before_step is not None:
                before_step(step)
            _run_step(api, plan, step, done, cancel)
    except Exception as exc:
        err = exc if isinstance(exc, EngineError) else from_docker(exc, host=engine.spec.host)
        failures = _rollback(api, plan, done)
        raise _failure(plan, step, err, failures, done) from exc
    notes = _after_snapshot(api, done.snapshot) if done.snapshot else ()
    return RecreateResult(done.new_id, plan.name, plan.container_id, time.monotonic() - started,
                          done.copied, done.snapshot, notes)


def _check_unchanged(engine, plan: RecreatePlan) -> None:
    now = engine.call(ContainerErrors.tr("Inspecting the container"), engine.api.inspect_container,
                      plan.container_id)
    before = plan.original
    if (now["Name"] != before["Name"] or now.get("Config") != before.get("Config")
            or now.get("HostConfig") != before.get("HostConfig")
            or bool(now["State"].get("Running")) != plan.was_running):
        raise EngineError(ContainerErrors.tr("{0} changed since the plan was made: nothing was done. Look "
                                             "again and retry.").format(plan.name))


def mounted_volumes(plan: RecreatePlan) -> list[str]:
    """The named volumes the new container would mount (new mount, kept ones, pinned anonymous)."""
    host = plan.config.get("HostConfig") or {}
    names = [m.get("Source", "") for m in host.get("Mounts") or [] if m.get("Type", "volume") == "volume"]
    for bind in host.get("Binds") or []:
        source = bind.split(":", 1)[0]
        if source and not source.startswith("/"):
            names.append(source)
    return list(dict.fromkeys(n for n in names if n))


def _check_volumes(engine, plan: RecreatePlan) -> None:
    """Refuse when a volume to mount is gone: the engine would silently create it empty."""
    import docker.errors  # lazy: the docker SDK is not loaded at start-up

    missing = []
    for name in mounted_volumes(plan):
        try:
            engine.api.inspect_volume(name)
        except docker.errors.NotFound:
            missing.append(name)
        except Exception as exc:
            raise from_docker(exc, host=engine.spec.host,
                              action=ContainerErrors.tr("Checking the volumes")) from exc
    if len(missing) == 1:
        raise EngineError(ContainerErrors.tr("The volume {0} no longer exists: mounting it would create an "
                                             "empty one. Nothing was done: {1} is as it was.").format(
                                                 missing[0], plan.name))
    if missing:
        raise EngineError(ContainerErrors.tr("The volumes {0} no longer exist: mounting them would create "
                                             "empty ones. Nothing was done: {1} is as it was.").format(
                                                 ", ".join(missing), plan.name))


def _run_step(api, plan: RecreatePlan, step: str, done: _Done, cancel: CancelToken | None) -> None:
    old = plan.container_id
    if step == "rename":
        api.rename(old, plan.temp_name)
        done.renamed = True
    elif step == "create":
        body = create_body(plan, done.snapshot or None)
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
        # the image keeps the container's settings: its secret values are blanked there (the new
        # container gets them from the create body, as before)
        conf = None
        if plan.config.get("Env"):  # the container's settings as commit takes them, secrets blanked
            conf = {**(plan.original.get("Config") or {}), "Env": blanked_env(plan.config.get("Env"))}
        done.snapshot = api.commit(old, repository=SNAPSHOT_REPOSITORY, tag=tag, pause=True,
                                   conf=conf)["Id"]
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


def blanked_env(env: list[str] | None) -> list[str]:
    """``env`` with every secret-looking value emptied (``DB_PASSWORD=``), for a snapshot image."""
    return [f"{var.key}=" if var.secret else var.line(reveal=True) for var in parse_env(env)]


def _after_snapshot(api, image_id: str) -> tuple[str, ...]:
    """Remove the snapshot image made by this re-create (by its ID, only it); when the engine
    keeps it because the new container is made from it, say so, and whether it still holds
    secret values (older engines copy the container's settings into ``ContainerConfig``)."""
    try:
        api.remove_image(image_id)
        return ()
    except Exception as exc:
        err = from_docker(exc)
        if err.status != 409:
            return (ContainerErrors.tr("The snapshot image {0} could not be removed: {1}").format(
                image_id[7:19], err.message),)
    try:
        leaked = _holds_secrets(api.inspect_image(image_id))
    except Exception:
        leaked = False
    text = ContainerErrors.tr("The snapshot image {0} stays: the new container is made from it. Remove it "
                              "together with the container ({1}).").format(image_id[7:19],
                                                                           f"docker rmi {image_id[7:19]}")
    if leaked:
        text += " " + ContainerErrors.tr("This engine keeps a copy of the original container's settings in "
                                         "it, secret environment values included: whoever can use this "
                                         "engine can read them.")
    return (text,)


def _holds_secrets(image: dict) -> bool:
    for key in ("Config", "ContainerConfig"):
        env = (image.get(key) or {}).get("Env") or []
        if any(var.secret and var.value for var in parse_env(env)):
            return True
    return False


def _wait_removed(api, container_id: str, timeout: float = 15.0) -> bool:
    import docker.errors  # lazy: the docker SDK is not loaded at start-up

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            api.inspect_container(container_id)
        except docker.errors.NotFound:
            return True
        time.sleep(0.05)
    return False


def step_words(step: str) -> str:
    """What a step does, in the person's language ("renaming the original container out of the way")."""
    return ContainerErrors.tr(STEP_WORDS[step]) if step in STEP_WORDS else step


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]  # not str.capitalize: it would lower German nouns


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
        return [ContainerErrors.tr("the original container was started with --rm and the engine deleted it "
                                   "when it stopped; the new container is kept under the name {0}").format(
                                       plan.name)]
    if done.new_id:
        attempt(ContainerErrors.tr("removing the new container"), api.remove_container, done.new_id,
                force=True, v=False)
    if done.renamed:
        attempt(ContainerErrors.tr("renaming the original back to {0}").format(plan.name), api.rename,
                plan.container_id, plan.name)
    if plan.was_running and done.stopped:
        attempt(ContainerErrors.tr("starting the original again"), api.start, plan.container_id)
    if done.snapshot:
        attempt(ContainerErrors.tr("removing the snapshot image"), api.remove_image, done.snapshot)
    return failures


def _failure(plan: RecreatePlan, step: str, err: EngineError, failures: list[str],
             done: _Done) -> EngineError:
    if isinstance(err, Cancelled):
        head = ContainerErrors.tr("Cancelled while {0}.").format(step_words(step))
    else:
        head = ContainerErrors.tr("Changing the mounts of {0} failed while {1}: {2}").format(
            plan.name, step_words(step), err.message)
    if not failures:
        back = (ContainerErrors.tr("Nothing changed: {0} is back as it was, running.") if plan.was_running
                else ContainerErrors.tr("Nothing changed: {0} is back as it was.")).format(plan.name)
        back = " " + back
        if isinstance(err, Cancelled):
            return Cancelled(head + back)
        return EngineError(head + back, detail=err.detail, status=err.status)
    where = "" if done.old_gone else " " + ContainerErrors.tr(
        "The original container may be named {0}.").format(plan.temp_name if done.renamed else plan.name)
    message = head + " " + ContainerErrors.tr("Putting things back failed too — {0}.").format(
        "; ".join(failures)) + where
    return EngineError(message, detail=err.detail, status=err.status)


# -- after a crash ---------------------------------------------------------------------------------

_LEFTOVER = re.compile(r"^(?P<name>.+)-volgui-old-[0-9a-f]{6}$")


@dataclass(frozen=True)
class Leftover:
    """An original container still renamed out of the way (volgui was stopped mid re-create)."""

    container_id: str
    name: str  # its temporary name
    original_name: str
    running: bool
    name_taken_by: str = ""  # the container holding the original name now ("" when free)

    def describe(self) -> str:
        state = ContainerErrors.tr("running") if self.running else ContainerErrors.tr("stopped")
        if self.name_taken_by:
            return ContainerErrors.tr("{0} ({1}) is the original {2}; a container named {2} exists too (the "
                                      "new one, perhaps not complete).").format(self.name, state,
                                                                                self.original_name)
        return ContainerErrors.tr("{0} ({1}) is the original {2}, still renamed.").format(
            self.name, state, self.original_name)


def find_leftovers(engine) -> list[Leftover]:
    """Originals that an interrupted re-create left renamed (one request)."""
    containers = engine.call(ContainerErrors.tr("Listing containers"), engine.api.containers, all=True)
    by_name = {}
    for c in containers:
        for n in c.get("Names") or []:
            by_name[n.lstrip("/")] = c
    found = []
    for name, c in sorted(by_name.items()):
        m = _LEFTOVER.match(name)
        if m:
            holder = by_name.get(m.group("name"))
            found.append(Leftover(c["Id"], name, m.group("name"), c.get("State") == "running",
                                  holder["Id"] if holder else ""))
    return found


def restore_leftover(engine, leftover: Leftover) -> None:
    """Give the original its name back (only when the name is free)."""
    if leftover.name_taken_by:
        raise EngineError(ContainerErrors.tr("{0} is taken by another container: look at both, remove the "
                                             "one you do not want, then restore {1}.").format(
                                                 leftover.original_name, leftover.name))
    engine.call(ContainerErrors.tr("Renaming the container"), engine.api.rename, leftover.container_id,
                leftover.original_name,
                command=f"docker rename {leftover.name} {leftover.original_name}")
