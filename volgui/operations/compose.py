"""Compose project actions and "Save as compose.yaml", each run on the worker (no Qt).

A project is found by its label (``com.docker.compose.project``), listed afresh at each action,
so the action acts on what the engine has now. Each action's command is the ``docker compose``
line that does the same (``commands.compose_command``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from volgui.engine.cancel import CancelToken
from volgui.engine.compose import edit
from volgui.engine.compose.export import ComposeFile, compose_file
from volgui.engine.compose.projects import PROJECT
from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.dto.objects import Container, parse_container
from volgui.engine.errors import EngineError
from volgui.engine.present import commands
from volgui.engine.present.i18n import QT_TRANSLATE_NOOP
from volgui.engine.volumes import backups as bk
from volgui.engine.volumes.users import start_containers, stop_containers
from volgui.operations.batch import BatchError, BatchResult, run_batch
from volgui.operations.containers import remove

EXPORT_LIMIT = 200  # containers written into one compose file


def project_containers(engine, project: str) -> list[Container]:
    """The project's containers as the engine lists them now, by name."""
    listed = engine.call(ContainerErrors.tr("Listing the project {0}").format(project), engine.api.containers,
                         all=True,
                         filters={"label": f"{PROJECT}={project}"})
    return sorted((parse_container(c) for c in listed), key=lambda c: c.name)


def _verb(verb: str, action: str, label: str, api_name: str, only_running: bool | None):
    def run(engine, project: str, *, cancel: CancelToken | None = None,
            progress: Callable | None = None) -> BatchResult:
        targets = project_containers(engine, project)
        if only_running is not None:
            targets = [c for c in targets if c.running == only_running]
        if verb == "stop":
            targets.reverse()  # the opposite order of start
        command = commands.compose_command(verb, project)

        def step(ref: str, name: str) -> None:
            engine.call(ContainerErrors.tr(label).format(name), getattr(engine.api, api_name), ref)

        return run_batch(engine, action, targets, step, command, cancel, progress, single_raises=False)

    run.__name__ = f"{verb}_project"
    run.__doc__ = f"``docker compose -p PROJECT {verb}``: {action.lower()} every container of the project."
    return run


start_project = _verb("start", "Start", QT_TRANSLATE_NOOP("ContainerErrors", "Start {0}"), "start",
                      only_running=False)
stop_project = _verb("stop", "Stop", QT_TRANSLATE_NOOP("ContainerErrors", "Stop {0}"), "stop",
                     only_running=True)
restart_project = _verb("restart", "Restart", QT_TRANSLATE_NOOP("ContainerErrors", "Restart {0}"), "restart",
                        only_running=None)


@dataclass(frozen=True)
class DownPreview:
    """What ``down`` would remove, and (``with volumes``) which volumes go too."""

    project: str
    containers: tuple[Container, ...]
    volumes: tuple[str, ...]  # the project's own and its containers' anonymous volumes
    kept_volumes: tuple[str, ...]  # volumes its containers use that it did not make (never removed)
    networks: tuple[str, ...]

    def command(self, with_volumes: bool) -> str:
        return commands.compose_command("down", self.project, volumes=with_volumes)


def down_preview(engine, project: str) -> DownPreview:
    containers = project_containers(engine, project)
    own = engine.call(ContainerErrors.tr("Listing the project's volumes"), engine.api.volumes,
                      filters={"label": f"{PROJECT}={project}"}).get("Volumes") or []
    own_names = {v["Name"] for v in own}
    anonymous = {m.name for c in containers for m in c.mounts
                 if m.is_volume and m.name and len(m.name) == 64 and m.name not in own_names}
    used = {name for c in containers for name in c.volume_names}
    networks = engine.call(ContainerErrors.tr("Listing the project's networks"), engine.api.networks,
                           filters={"label": f"{PROJECT}={project}"})
    return DownPreview(project, tuple(containers), tuple(sorted(own_names | anonymous)),
                       tuple(sorted(used - own_names - anonymous)),
                       tuple(sorted(n.get("Name", "") for n in networks or [])))


def down_project(engine, project: str, *, with_volumes: bool = False, backup_folder: str = "",
                 cancel: CancelToken | None = None, progress: Callable | None = None) -> BatchResult:
    """``docker compose down`` (``--volumes``): remove the containers (stopped first) and the
    project's networks; with volumes, its own and anonymous ones too — after backing them up into
    ``backup_folder`` when given (a failed backup removes nothing)."""
    preview = down_preview(engine, project)
    if with_volumes and backup_folder:
        for i, name in enumerate(preview.volumes):
            if cancel is not None:
                cancel.raise_if_cancelled()
            if progress is not None:
                progress({"text": _backing_up(name, i, len(preview.volumes))})
            try:
                bk.backup(engine, name, backup_folder, cancel=cancel)
            except EngineError as exc:
                failed_text = ContainerErrors.tr("Backing up {0} failed, so nothing was removed: {1}")
                raise EngineError(failed_text.format(name, exc.message), detail=exc.detail) from exc
    done: list[str] = []
    failed: list[tuple[str, str]] = []
    if preview.containers:
        result = _collect(remove, engine, list(preview.containers), cancel=cancel, progress=progress)
        done += result.done
        failed += result.failed
    for network in preview.networks:
        _one(engine, ContainerErrors.tr("network {0}").format(network), engine.api.remove_network, network,
             done, failed)
    if with_volumes and not failed:
        for name in preview.volumes:
            _one(engine, ContainerErrors.tr("volume {0}").format(name[:24]), engine.api.remove_volume, name,
                 done, failed)
    return BatchResult("Down", tuple(done), tuple(failed), preview.command(with_volumes))


def _backing_up(name: str, index: int, total: int) -> str:
    return ContainerErrors.tr("Backing up {0} ({1}/{2})…").format(name, index + 1, total)


def _collect(fn, engine, targets, **kwargs) -> BatchResult:
    try:
        return fn(engine, targets, **kwargs)
    except BatchError as exc:
        return exc.result


def _one(engine, what: str, fn, ref: str, done: list[str], failed: list[tuple[str, str]]) -> None:
    try:
        engine.call(ContainerErrors.tr("Remove {0}").format(what), fn, ref)
        done.append(what)
    except EngineError as exc:
        failed.append((what, exc.message))


@dataclass(frozen=True)
class ProjectBackup:
    made: tuple[bk.BackupInfo, ...]
    restart_problems: tuple[str, ...] = ()
    command: str = ""


def backup_project(engine, project: str, volumes: Iterable[str], folder: str, *, stop_first: bool = False,
                   cancel: CancelToken | None = None, progress: Callable | None = None) -> ProjectBackup:
    """Back up every volume of the project into ``folder`` (a manifest beside each archive).

    ``stop_first``: the project's running containers are stopped before the first volume (a
    consistent copy of what they write) and started again after the last, even on failure."""
    names = list(volumes)
    stopped: list[str] = []
    if stop_first:
        running = [c for c in project_containers(engine, project) if c.running]
        stop_containers(engine, [c.id for c in reversed(running)])
        stopped = [c.id for c in running]
    made: list[bk.BackupInfo] = []
    problems: list[str] = []
    try:
        for i, name in enumerate(names):
            if cancel is not None:
                cancel.raise_if_cancelled()
            if progress is not None:
                progress({"text": _backing_up(name, i, len(names))})
            made.append(bk.backup(engine, name, folder, cancel=cancel))
    finally:
        if stopped:
            problems = start_containers(engine, stopped)
    command = " && ".join(commands.export_command(n, Path(folder) / f"{n}.tar") for n in names)
    if stop_first:
        command = (f"{commands.compose_command('stop', project)} && {command} && "
                   f"{commands.compose_command('start', project)}")
    return ProjectBackup(tuple(made), tuple(problems), command)


def compose_for(engine, container_ids: Iterable[str], project: str = "",
                secrets_to_env: bool = True) -> ComposeFile:
    """A compose file for these containers (``project``: the volumes and networks it made are its own)."""
    ids = list(container_ids)
    left_out = ids[EXPORT_LIMIT:]
    ids = ids[:EXPORT_LIMIT]
    items = []
    volumes: dict[str, dict] = {}
    networks: dict[str, dict] = {}
    images: dict[str, dict | None] = {}
    for cid in ids:
        info = engine.call(ContainerErrors.tr("Inspecting a container"), engine.api.inspect_container, cid)
        image_id = info.get("Image") or ""
        if image_id not in images:
            try:
                images[image_id] = engine.call(ContainerErrors.tr("Inspecting its image"),
                                               engine.api.inspect_image, image_id)
            except EngineError:
                images[image_id] = None  # the image is gone: every setting is written out
        items.append((info, images[image_id]))
        for mount in info.get("Mounts") or []:
            name = mount.get("Name") or ""
            if mount.get("Type") == "volume" and name and name not in volumes:
                volumes[name] = _inspect_or(engine, engine.api.inspect_volume, name)
        for name in ((info.get("NetworkSettings") or {}).get("Networks") or {}):
            if name not in networks and name not in ("bridge", "host", "none"):
                networks[name] = _inspect_or(engine, engine.api.inspect_network, name)
    made = compose_file(items, volumes.values(), networks.values(), project, secrets_to_env)
    if left_out:
        made.notes.append(ContainerErrors.tr("Only the first %Ln containers are written;", "", EXPORT_LIMIT)
                          + " " + ContainerErrors.tr("%Ln other(s) are not.", "", len(left_out)))
    return made


def _inspect_or(engine, fn, name: str) -> dict:
    try:
        return engine.call(ContainerErrors.tr("Inspecting {0}").format(name), fn, name) or {"Name": name}
    except EngineError:
        return {"Name": name}


def save_compose(_engine, path: str, yaml_text: str, env_text: str = "") -> list[str]:
    """Write the compose file, and its ``.env`` beside it (owner-only: it holds secrets)."""
    target = Path(path)
    target.write_text(yaml_text, encoding="utf-8")
    written = [str(target)]
    if env_text:
        env_path = target.with_name(".env")
        fd = os.open(env_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(env_text)
        written.append(str(env_path))
    return written


def add_mount_to_compose(_engine, path: str, service: str, container_name: str, mount_type: str,
                         source: str, target: str, read_only: bool = False) -> str:
    """The mount a re-create added, written into the compose file so ``compose up`` keeps it."""
    return edit.add_mount(path, service, container_name, mount_type, source, target, read_only)


__all__ = ["DownPreview", "ProjectBackup", "add_mount_to_compose", "backup_project", "compose_for",
           "down_preview", "down_project", "project_containers", "restart_project", "save_compose",
           "start_project", "stop_project"]
