"""Guided lessons that run for real on the connected engine.

Each lesson is a list of steps. A step says what to do and why, names the part of the window to
use, gives the equivalent ``docker`` command, can be done for the person (``perform``), and is
*checked on the engine* (``check``) — the lesson moves on when the engine shows it happened.

Everything a lesson creates is named ``learn-…`` and labelled ``volgui.lesson=<id>``. A person
following a hint (Ctrl+N, "Run container…") makes the same names without the label, so cleanup
also takes containers and volumes named ``learn-…`` that the engine created after the lesson
started (:func:`cleanup_plan`): never anything made before it, or named otherwise.
"""

from __future__ import annotations

import io
import os
import shlex
import tarfile
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from volgui.engine.dto.objects import is_helper
from volgui.engine.error_text import ConnectionErrors
from volgui.engine.errors import EngineError
from volgui.engine.lesson_checks import backup_written, new_volumes
from volgui.engine.present.i18n import Context
from volgui.engine.streams.log_lines import parse_timestamp
from volgui.engine.volumes import transfer as volume_data

LESSON_LABEL = "volgui.lesson"
LESSON_PREFIX = "learn-"
Lessons = Context("Lessons")  # lupdate's context for what a lesson says
SHELL_IMAGES = ("busybox", "alpine", "debian", "ubuntu", "fedora", "nginx", "httpd", "python")


@dataclass(frozen=True)
class LessonContext:
    image: str  # the local image the lesson uses
    lesson_id: str
    backup_folders: tuple[str, ...] = ()  # where volgui has saved backups (the Backups tab's folders)
    started: float | None = None  # the engine's clock when the lesson began
    started_here: float | None = None  # this machine's clock then (backup manifests use it)
    files_dir: str = ""  # the person's own folder for a lesson's files ("": the temporary folder)

    @property
    def labels(self) -> dict[str, str]:
        return {LESSON_LABEL: self.lesson_id}


@dataclass(frozen=True)
class Step:
    title: str
    explanation: str  # a sentence or two on *why*
    where: str  # objectName of the part of the window to use ("containersView", "terminalTabs", …)
    command: Callable[[LessonContext], str]
    perform: Callable[[object, LessonContext], None]
    check: Callable[[object, LessonContext], bool]
    hint: str = ""  # what to click, in words


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    summary: str
    steps: tuple[Step, ...] = field(default=())


# -- helpers that run on the engine (engine = volgui.engine.Engine) ---------------------------------

def _container(engine, name: str) -> dict | None:
    found = engine.api.containers(all=True, filters={"name": f"^/{name}$"})
    return found[0] if found else None


def _running(engine, name: str) -> bool:
    c = _container(engine, name)
    return bool(c and c.get("State") == "running")


def _volume_exists(engine, name: str) -> bool:
    return any(v["Name"] == name for v in engine.api.volumes(filters={"name": name}).get("Volumes") or [])


def _run(engine, ctx: LessonContext, name: str, *, volumes: tuple[str, ...] = (), tty: bool = False,
         interactive: bool = False, command: str = "sleep 86400") -> None:
    existing = _container(engine, name)
    if existing is not None:
        if existing.get("State") != "running":
            engine.api.start(existing["Id"])
        return
    hc = engine.api.create_host_config(binds=list(volumes))
    c = engine.api.create_container(ctx.image, command, name=name, labels=ctx.labels, host_config=hc,
                                    tty=tty, stdin_open=interactive)
    engine.api.start(c["Id"])


def _exec(engine, name: str, script: str) -> tuple[int, str]:
    ex = engine.api.exec_create(name, ["sh", "-c", script])
    out = engine.api.exec_start(ex["Id"])
    code = engine.api.exec_inspect(ex["Id"]).get("ExitCode")
    return code, out.decode(errors="replace") if isinstance(out, bytes) else str(out)


def _file_in_container(engine, name: str, path: str) -> str | None:
    """A file's text read through the archive API (works on stopped containers too)."""
    import docker.errors  # lazy: the docker SDK is not loaded at start-up

    try:
        stream, _ = engine.api.get_archive(name, path)
    except docker.errors.NotFound:
        return None
    data = b"".join(stream)
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        member = tar.next()
        if member is None or not member.isfile():
            return None
        fh = tar.extractfile(member)
        return fh.read().decode(errors="replace") if fh else None


def _remove(engine, name: str) -> None:
    c = _container(engine, name)
    if c is not None:
        engine.api.remove_container(c["Id"], force=True)


def _create_volume(engine, ctx: LessonContext, name: str) -> None:
    if not _volume_exists(engine, name):
        engine.api.create_volume(name, labels=ctx.labels)


def _diff_has(engine, name: str, path: str) -> bool:
    c = _container(engine, name)
    if c is None:
        return False
    return any(ch.get("Path") == path for ch in engine.api.diff(c["Id"]) or [])


def _mounts(engine, name: str) -> dict[str, str]:
    c = _container(engine, name)
    return {m.get("Name", ""): m.get("Destination", "") for m in (c or {}).get("Mounts") or []}


def _q(text: str) -> str:
    return shlex.quote(text)


# -- the lessons ------------------------------------------------------------------------------------

def _lesson_write_layer() -> Lesson:
    name = "learn-scratch"
    return Lesson("write-layer", Lessons.tr("A container's write layer"),
                  Lessons.tr("Files created inside a container live in its write layer — and die with it."), (
        Step(Lessons.tr("Run a container"),
             Lessons.tr("A container is a running copy of an image. Everything it changes goes into its own "
                        "thin write layer on top of the image."),
             "containersView",
             lambda c: f"docker run -d --name {name} {c.image} sleep 86400",
             lambda e, c: _run(e, c, name),
             lambda e, c: _running(e, name),
             hint=Lessons.tr("Use “Run container…”, or let the lesson do it.")),
        Step(Lessons.tr("Create a file inside it"),
             Lessons.tr("Open a terminal in the container and write a file. The file is stored in the "
                        "container's write layer, not in the image."),
             "bottomTabs",
             lambda c: f"docker exec {name} sh -c 'echo hello > /note.txt'",
             lambda e, c: _exec(e, name, "echo hello > /note.txt"),
             lambda e, c: _diff_has(e, name, "/note.txt"),
             hint=Lessons.tr("Select the container, “Open terminal”, type: echo hello > /note.txt")),
        Step(Lessons.tr("Remove the container"),
             Lessons.tr("Removing a container deletes its write layer — every file created in it goes too. "
                        "volgui's remove dialog lists exactly what would be lost."),
             "containersView",
             lambda c: f"docker rm -f {name}",
             lambda e, c: _remove(e, name),
             lambda e, c: _container(e, name) is None),
        Step(Lessons.tr("See that the file is gone"),
             Lessons.tr("Run a new container from the same image: it starts from the image again, without "
                        "/note.txt. To keep data, you need a volume — the next lesson."),
             "containersView",
             lambda c: f"docker run -d --name {name} {c.image} sleep 86400 && "
                       f"docker exec {name} cat /note.txt   # fails: No such file",
             lambda e, c: _run(e, c, name),
             lambda e, c: _running(e, name) and _file_in_container(e, name, "/note.txt") is None),
    ))


def _lesson_volumes() -> Lesson:
    vol, writer, reader = "learn-data", "learn-writer", "learn-reader"
    return Lesson("volumes", Lessons.tr("Volumes keep data"),
                  Lessons.tr("A volume lives outside any container: remove the container, the data stays."), (
        Step(Lessons.tr("Create a volume"),
             Lessons.tr("A volume is storage that Docker manages apart from containers — like an external "
                        "drive."),
             "volumesView",
             lambda c: f"docker volume create {vol}",
             lambda e, c: _create_volume(e, c, vol),
             lambda e, c: _volume_exists(e, vol),
             hint=Lessons.tr("“New volume…” (Ctrl+N).")),
        Step(Lessons.tr("Run a container with the volume mounted"),
             Lessons.tr("The -v volume:/path form mounts the volume at /data inside the container."),
             "containersView",
             lambda c: f"docker run -d --name {writer} -v {vol}:/data {c.image} sleep 86400",
             lambda e, c: _run(e, c, writer, volumes=(f"{vol}:/data",)),
             lambda e, c: _running(e, writer) and _mounts(e, writer).get(vol) == "/data",
             hint=Lessons.tr("Drag the volume onto a container, or use “Run container…” with a volume.")),
        Step(Lessons.tr("Write a file into the volume"),
             Lessons.tr("Anything written under /data goes into the volume, not into the container's write "
                        "layer."),
             "bottomTabs",
             lambda c: f"docker exec {writer} sh -c 'echo kept > /data/hello.txt'",
             lambda e, c: _exec(e, writer, "echo kept > /data/hello.txt"),
             lambda e, c: _file_in_container(e, writer, "/data/hello.txt") == "kept\n"),
        Step(Lessons.tr("Remove the container"),
             Lessons.tr("The container and its write layer go; the volume is not touched."),
             "containersView",
             lambda c: f"docker rm -f {writer}",
             lambda e, c: _remove(e, writer),
             lambda e, c: _container(e, writer) is None and _volume_exists(e, vol)),
        Step(Lessons.tr("Mount the same volume in a new container and read the file"),
             Lessons.tr("The file is still there: volumes outlive containers and can be shared between "
                        "them."),
             "containersView",
             lambda c: f"docker run -d --name {reader} -v {vol}:/data {c.image} sleep 86400 && "
                       f"docker exec {reader} cat /data/hello.txt",
             lambda e, c: _run(e, c, reader, volumes=(f"{vol}:/data",)),
             lambda e, c: _running(e, reader)
             and _file_in_container(e, reader, "/data/hello.txt") == "kept\n"),
    ))


def _lesson_two_volumes() -> Lesson:
    content, logs, web = "learn-web-content", "learn-web-logs", "learn-web"
    return Lesson("two-volumes", Lessons.tr("Two volumes for two purposes"),
                  Lessons.tr("A web server keeps its pages in one volume and its logs in another."), (
        Step(Lessons.tr("Create the two volumes"),
             Lessons.tr("Separate volumes let you back up, share or wipe content and logs independently."),
             "volumesView",
             lambda c: f"docker volume create {content} && docker volume create {logs}",
             lambda e, c: (_create_volume(e, c, content), _create_volume(e, c, logs)),
             lambda e, c: _volume_exists(e, content) and _volume_exists(e, logs)),
        Step(Lessons.tr("Run a web-server-like container with both"),
             Lessons.tr("Pages at /usr/share/nginx/html, logs at /var/log/nginx — the paths nginx uses."),
             "containersView",
             lambda c: f"docker run -d --name {web} -v {content}:/usr/share/nginx/html "
                       f"-v {logs}:/var/log/nginx {c.image} sleep 86400",
             lambda e, c: _run(e, c, web, volumes=(f"{content}:/usr/share/nginx/html",
                                                    f"{logs}:/var/log/nginx")),
             lambda e, c: _mounts(e, web).get(content) == "/usr/share/nginx/html"
             and _mounts(e, web).get(logs) == "/var/log/nginx"),
        Step(Lessons.tr("Inspect both volumes"),
             Lessons.tr("Select each volume: the details panel shows its mountpoint on the host and which "
                        "container uses it, and where."),
             "volumesView",
             lambda c: f"docker volume inspect {content} {logs}",
             lambda e, c: (e.api.inspect_volume(content), e.api.inspect_volume(logs)),
             lambda e, c: bool(e.api.inspect_volume(content)) and bool(e.api.inspect_volume(logs))),
    ))


def _lesson_interactive() -> Lesson:
    det, inter = "learn-detached", "learn-interactive"
    return Lesson("interactive", Lessons.tr("Interactive versus detached"),
                  Lessons.tr("-d runs in the background; -i -t gives you a terminal connected to the main "
                             "process."), (
        Step(Lessons.tr("Run a detached container (-d)"),
             Lessons.tr("Detached containers run in the background; you see nothing unless you read their "
                        "logs."),
             "containersView",
             lambda c: f"docker run -d --name {det} {c.image} sleep 86400",
             lambda e, c: _run(e, c, det),
             lambda e, c: _running(e, det)),
        Step(Lessons.tr("Run an interactive container (-i -t)"),
             Lessons.tr("-i keeps its input open and -t gives it a terminal, so you can type into its shell "
                        "(volgui's “Attach” action connects to it)."),
             "containersView",
             lambda c: f"docker run -d -i -t --name {inter} {c.image} sh",
             lambda e, c: _run(e, c, inter, tty=True, interactive=True, command="sh"),
             lambda e, c: _running(e, inter)
             and e.api.inspect_container(inter)["Config"].get("Tty") is True
             and e.api.inspect_container(inter)["Config"].get("OpenStdin") is True),
    ))


def _lesson_stop_remove() -> Lesson:
    name, vol = "learn-keeper", "learn-keep-data"
    return Lesson("stop-remove", Lessons.tr("Stopping versus removing"),
                  Lessons.tr("Stopping keeps the container and its files; removing deletes the container, "
                             "never its volumes."), (
        Step(Lessons.tr("Run a container with a volume and write into both"),
             Lessons.tr("One file goes into the write layer, one into the volume."),
             "containersView",
             lambda c: f"docker run -d --name {name} -v {vol}:/data {c.image} sleep 86400 && "
                       f"docker exec {name} sh -c 'echo a > /layer.txt; echo b > /data/vol.txt'",
             lambda e, c: (_create_volume(e, c, vol), _run(e, c, name, volumes=(f"{vol}:/data",)),
                           _exec(e, name, "echo a > /layer.txt; echo b > /data/vol.txt")),
             lambda e, c: _diff_has(e, name, "/layer.txt")
             and _file_in_container(e, name, "/data/vol.txt") == "b\n"),
        Step(Lessons.tr("Stop it"),
             Lessons.tr("A stopped container keeps its write layer: /layer.txt is still there."),
             "containersView",
             lambda c: f"docker stop {name}",
             lambda e, c: e.api.stop(name, timeout=1),
             lambda e, c: not _running(e, name) and _container(e, name) is not None
             and _file_in_container(e, name, "/layer.txt") == "a\n"),
        Step(Lessons.tr("Remove it"),
             Lessons.tr("Now the write layer is gone — but the volume and /data/vol.txt are kept."),
             "containersView",
             lambda c: f"docker rm {name}",
             lambda e, c: _remove(e, name),
             lambda e, c: _container(e, name) is None and _volume_exists(e, vol)),
    ))


def _lesson_backup() -> Lesson:
    vol, restored = "learn-precious", "learn-precious-restored"

    def perform_fill(e, c):
        _create_volume(e, c, vol)
        _run(e, c, "learn-filler", volumes=(f"{vol}:/data",))
        _exec(e, "learn-filler", "echo treasure > /data/treasure.txt")
        _remove(e, "learn-filler")

    def perform_backup(e, c):
        if c.files_dir:
            os.makedirs(c.files_dir, exist_ok=True)
        volume_data.export_volume(e, vol, _backup_file(c.files_dir))

    def check_backup(e, c):  # the lesson's own archive, or one "Back up…" saved anywhere
        mine = _backup_file(c.files_dir)
        return (os.path.exists(mine) and os.path.getsize(mine) > 0) or \
            backup_written(c.backup_folders, vol, e.spec.host, c.started_here)

    def perform_restore(e, c):
        if not _volume_exists(e, restored):
            e.api.create_volume(restored, labels=c.labels)
        volume_data.import_volume(e, _backup_file(c.files_dir), restored)

    def check_restore(e, c):  # the lesson's own restore, or "Restore…" into a new volume
        for name in [restored] * _volume_exists(e, restored) + new_volumes(e, c.started, (vol, restored)):
            checker = "learn-checker" if name == restored else f"learn-checker-{name}"
            _run(e, c, checker, volumes=(f"{name}:/data",))
            if _file_in_container(e, checker, "/data/treasure.txt") == "treasure\n":
                return True
        return False

    return Lesson("backup", Lessons.tr("Backing a volume up and restoring it"),
                  Lessons.tr("Volumes survive containers, not a mistaken prune or a dead disk: keep "
                             "backups."), (
        Step(Lessons.tr("Put something worth keeping in a volume"),
             Lessons.tr("A volume with one precious file."),
             "volumesView",
             lambda c: f"docker volume create {vol} && docker run --rm -v {vol}:/data {c.image} "
                       f"sh -c 'echo treasure > /data/treasure.txt'",
             perform_fill,
             lambda e, c: _volume_exists(e, vol)),
        Step(Lessons.tr("Back it up to a file"),
             Lessons.tr("volgui streams the volume's files into a tar archive on your disk."),
             "volumesView",
             lambda c: f"docker run --rm -v {vol}:/v -v {_shown_folder(c)}:/backup {c.image} "
                       f"tar -C /v -cf /backup/volgui-{vol}.tar .",
             perform_backup,
             check_backup,
             hint=Lessons.tr("Select the volume, “Back up…”.")),
        Step(Lessons.tr("Restore it into a new volume"),
             Lessons.tr("The archive brings back every file with its owner, mode and time."),
             "volumesView",
             lambda c: f"docker volume create {restored} && docker run --rm -v {restored}:/v "
                       f"-v {_shown_folder(c)}:/backup {c.image} tar -C /v -xf /backup/volgui-{vol}.tar",
             perform_restore,
             check_restore,
             hint=Lessons.tr("“Restore…” and choose the file.")),
    ))


def all_lessons() -> tuple[Lesson, ...]:
    """Every lesson, its text in the language the application translates into now."""
    return (_lesson_write_layer(), _lesson_volumes(), _lesson_two_volumes(), _lesson_interactive(),
            _lesson_stop_remove(), _lesson_backup())


LESSONS: tuple[Lesson, ...] = all_lessons()  # as built at import (ids and order); text: all_lessons()


def lesson(lesson_id: str) -> Lesson:
    for item in all_lessons():
        if item.id == lesson_id:
            return item
    raise KeyError(lesson_id)


def pick_image(engine, preferred: tuple[str, ...] = SHELL_IMAGES) -> tuple[str, str]:
    """A local image with a shell for the lessons, and a note when it is not the usual one.

    Never pulls: when no preferred image is present, the closest local one with /bin/sh is used.
    """
    import docker.errors  # lazy: the docker SDK is not loaded at start-up

    images = [img for img in engine.api.images() if not is_helper(img)]
    tags = [t for img in images for t in img.get("RepoTags") or [] if t != "<none>:<none>"]
    if not tags:
        raise EngineError(ConnectionErrors.tr("The lessons need a local image with a shell, and this engine "
                                              "has no images. Pull one with `docker pull busybox` (volgui "
                                              "never pulls by itself)."))

    def has_shell(tag: str) -> bool:
        helper = None
        try:
            helper = engine.api.create_container(tag, "true", labels={LESSON_LABEL: "probe"})
            engine.api.get_archive(helper["Id"], "/bin/sh")
            return True
        except docker.errors.APIError:
            return False
        finally:
            if helper is not None:
                engine.api.remove_container(helper["Id"], force=True)

    ranked = sorted(tags, key=lambda t: next((i for i, p in enumerate(preferred)
                                              if t.split("/")[-1].split(":")[0] == p), len(preferred)))
    for tag in ranked:
        if has_shell(tag):
            base = tag.split("/")[-1].split(":")[0]
            note = "" if base in preferred else ConnectionErrors.tr(
                "The usual images for these lessons ({0}) are not here; using {1}, which has a "
                "shell.").format(", ".join(preferred[:3]), tag)
            return tag, note
    raise EngineError(ConnectionErrors.tr("None of the local images has a shell (/bin/sh), which the lessons "
                                          "need. Pull one with `docker pull busybox`."))


@dataclass(frozen=True)
class CleanupPlan:
    """What a lesson's clean-up removes, listed before anything is removed."""

    containers: tuple[str, ...] = ()
    volumes: tuple[str, ...] = ()
    files: tuple[str, ...] = ()

    @property
    def names(self) -> list[str]:
        return [*self.containers, *self.volumes, *self.files]


def engine_now(engine) -> float:
    """The engine's clock (objects' creation times come from it, not from this machine's)."""
    return parse_timestamp(str(engine.api.info().get("SystemTime") or "")) or 0.0


def lesson_clock_start(engine) -> float:
    """The engine's clock when a lesson begins, returned once that second is over.

    Objects carry whole-second times, and the restore check and the clean-up leave the lesson's
    first second out (so nothing made just before the lesson is ever taken). A lesson followed
    quickly made its volumes in that very second, and neither saw them; waiting out the second
    here (at most one, on the request worker) puts everything the lesson makes strictly after it."""
    now = engine_now(engine)
    if now:
        time.sleep(min(1.0, int(now) + 1 - now) + 0.01)
    return now


def _made_since(created, started: float | None) -> bool:
    if started is None:
        return False
    when = created if isinstance(created, int | float) else parse_timestamp(str(created or ""))
    # whole seconds (Created, CreatedAt): the second the lesson began is left out, so nothing made
    # just before it is ever taken
    return when is not None and int(when) > int(started)


def cleanup_plan(engine, lesson_id: str | None = None, started: float | None = None,
                 files_dir: str = "") -> CleanupPlan:
    """The lesson's objects: those it labelled, and — with ``started`` (the engine's clock when the
    lesson began) — those named ``learn-…`` that were created since, by the person's own hand."""
    label = LESSON_LABEL if lesson_id is None else f"{LESSON_LABEL}={lesson_id}"
    api = engine.api
    labelled = {c["Id"] for c in api.containers(all=True, filters={"label": label})}
    containers = []
    for c in api.containers(all=True, filters={"name": LESSON_PREFIX}) + \
            api.containers(all=True, filters={"label": label}):
        name = (c.get("Names") or ["/"])[0].lstrip("/")
        if name in containers or is_helper(c):
            continue
        if c["Id"] in labelled or (name.startswith(LESSON_PREFIX) and _made_since(c.get("Created"), started)):
            containers.append(name)
    volumes = [v["Name"] for v in api.volumes(filters={"label": label}).get("Volumes") or []]
    for v in api.volumes().get("Volumes") or []:
        if v["Name"].startswith(LESSON_PREFIX) and v["Name"] not in volumes \
                and _made_since(v.get("CreatedAt"), started):
            volumes.append(v["Name"])
    mine = _backup_file(files_dir)
    files = [mine] if lesson_id in (None, "backup") and os.path.exists(mine) else []
    return CleanupPlan(tuple(containers), tuple(volumes), tuple(files))


def remove_planned(engine, plan: CleanupPlan) -> list[str]:
    """Remove exactly what ``plan`` lists (containers first: they hold the volumes)."""
    removed, failed = [], []
    for name in plan.containers:
        try:
            engine.api.remove_container(name, force=True)
            removed.append(name)
        except Exception as exc:  # gone meanwhile, or refused: say so, go on with the rest
            failed.append(f"{name} ({exc})")
    for name in plan.volumes:
        try:
            engine.api.remove_volume(name, force=True)
            removed.append(name)
        except Exception as exc:
            failed.append(f"{name} ({exc})")
    for path in plan.files:
        if os.path.exists(path):
            os.unlink(path)
            removed.append(path)
    if failed:
        raise EngineError(ConnectionErrors.tr("Removed {0}; could not remove {1}.").format(
            ", ".join(removed) or ConnectionErrors.tr("nothing"), "; ".join(failed)))
    return removed


def cleanup(engine, lesson_id: str | None = None, started: float | None = None,
            files_dir: str = "") -> list[str]:
    """Remove what the lessons created (all of them, or one): see :func:`cleanup_plan`."""
    return remove_planned(engine, cleanup_plan(engine, lesson_id, started, files_dir))


def _shown_folder(c: LessonContext) -> str:
    return shlex.quote(c.files_dir or tempfile.gettempdir())


def _backup_file(files_dir: str = "") -> str:
    """Where the backup lesson writes its archive (removed by cleanup): in the person's own folder,
    as the temporary folder is shared by everyone on the machine."""
    return str(Path(files_dir or tempfile.gettempdir()) / "volgui-learn-precious.tar")
