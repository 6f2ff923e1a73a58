"""The ``docker`` command line equivalent to each action, shell-quoted (no Qt).

Dialogs show these live and the activity log records them, so a person learns the CLI
while clicking. Containers are named by name when they have one (what a person types).
The volume data commands use a small public image with tar (:data:`CLI_IMAGE`) where volgui
itself needs none.
"""

from __future__ import annotations

import os
import posixpath
import re
import shlex
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path

from volgui.engine.validation import clean_path

CONTAINER_VERBS = ("start", "stop", "restart", "pause", "unpause", "kill")
CLI_IMAGE = "busybox"  # what the volume data commands use (any image with tar will do)
PREVIEW_LIMIT = 256 * 1024  # bytes of a file the volume browser previews


def quote(text: str) -> str:
    return shlex.quote(str(text))


def _join(parts: Iterable[str]) -> str:
    return " ".join(quote(p) for p in parts)


def container_command(verb: str, names: Iterable[str]) -> str:
    """``docker stop web db`` — one of :data:`CONTAINER_VERBS`."""
    if verb not in CONTAINER_VERBS:
        raise ValueError(f"unknown container verb {verb!r}")
    return f"docker {verb} {_join(names)}"


def remove_containers(names: Iterable[str], *, remove_anonymous_volumes: bool = False,
                      stop_first: Iterable[str] = (), force: bool = False) -> str:
    """``docker rm [-v] [-f] NAMES``; running ones in ``stop_first`` are stopped first
    (``docker stop web && docker rm web``), which gives them time to finish writing."""
    names = list(names)
    stop = [n for n in stop_first if n in names]
    flags = ("-v " if remove_anonymous_volumes else "") + ("-f " if force else "")
    rm = f"docker rm {flags}{_join(names)}"
    return f"docker stop {_join(stop)} && {rm}" if stop else rm


def create_volume(name: str, driver: str = "local", labels: Mapping[str, str] | None = None,
                  options: Mapping[str, str] | None = None) -> str:
    """``docker volume create [--driver D] [--label k=v]… [--opt k=v]… NAME``."""
    parts = ["docker volume create"]
    if driver and driver != "local":
        parts.append(f"--driver {quote(driver)}")
    for key, value in (labels or {}).items():
        parts.append(f"--label {quote(f'{key}={value}')}")
    for key, value in (options or {}).items():
        parts.append(f"--opt {quote(f'{key}={hide_password(key, value)}')}")
    if name:
        parts.append(quote(name))
    return " ".join(parts)


_PASSWORD_IN_O = re.compile(r"((?:^|,)(?:password|pass)=)[^,]*", re.IGNORECASE)
HIDDEN = "********"


def hide_password(key: str, value: str) -> str:
    """A driver option as volgui shows and logs it: a password (``o=…,password=…``) hidden."""
    if "pass" in key.lower():
        return HIDDEN
    return _PASSWORD_IN_O.sub(rf"\g<1>{HIDDEN}", value) if key == "o" else value


def remove_volumes(names: Iterable[str], *, force: bool = False) -> str:
    """``docker volume rm [-f] NAMES``."""
    return f"docker volume rm {'-f ' if force else ''}{_join(names)}"


PRUNE_ALL_API = (1, 42)  # Engine 23: prune keeps named volumes unless --all


def prune_volumes(all_volumes: bool = True, api_version: str = "") -> str:
    """The ``docker volume prune`` that does the same on an engine speaking ``api_version``
    ("": a current one), or "" when none does.

    From API 1.42 (Engine 23) prune deletes only anonymous volumes unless ``--all``; before, it
    deleted every unused volume, named ones too, and had no ``--all``: so there, no prune
    command deletes only the anonymous ones."""
    if _api_below(api_version, PRUNE_ALL_API):
        return "docker volume prune" if all_volumes else ""
    return "docker volume prune --all" if all_volumes else "docker volume prune"


def _api_below(api_version: str, limit: tuple[int, int]) -> bool:
    try:
        major, minor = (int(part) for part in api_version.strip().split(".")[:2])
    except ValueError:
        return False  # unknown: assume a current engine
    return (major, minor) < limit


def container_diff(name: str) -> str:
    return f"docker diff {quote(name)}"


def volume_sizes() -> str:
    return "docker system df -v"


def inspect_command(kind: str, name: str) -> str:
    """The equivalent ``docker`` command line."""
    quoted = shlex.quote(name)
    return {"container": f"docker inspect {quoted}",
            "volume": f"docker volume inspect {quoted}",
            "image": f"docker image inspect {quoted}"}[kind]


def format_command(kind: str, name: str, template: str) -> str:
    """``docker inspect --format '{{.State.Status}}' web``: one value, from a shell."""
    sub = {"container": "inspect", "volume": "volume inspect", "image": "image inspect"}[kind]
    return f"docker {sub} --format {shlex.quote(template)} {shlex.quote(name)}"


# -- streams ----------------------------------------------------------------------------------------


def logs_command(container: str, host: str = "", *, follow: bool = True, timestamps: bool = False,
                 tail: int | None = None, since: float | None = None) -> str:
    """``docker [-H HOST] logs [--follow] [--timestamps] [--tail N] [--since TIME] CONTAINER``."""
    parts = ["docker"]
    if host:
        parts += ["-H", host]
    parts.append("logs")
    if follow:
        parts.append("--follow")
    if timestamps:
        parts.append("--timestamps")
    if tail is not None:
        parts += ["--tail", str(tail)]
    if since is not None:
        parts += ["--since", datetime.fromtimestamp(since, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")]
    parts.append(container)
    return shlex.join(parts)


def stats_command(container: str, host: str = "") -> str:
    return f"docker -H {host} stats {container}" if host else f"docker stats {container}"


def exec_command(host: str, container_id: str, title: str = "", attach: bool = False) -> str:
    """``docker -H HOST exec -it ID SHELL`` (or ``attach``) for a terminal."""
    if attach:
        return f"docker -H {host} attach {container_id[:12]}"
    return f"docker -H {host} exec -it {container_id[:12]} {title or 'sh'}"


# -- volume data --------------------------------------------------------------------------------------


def export_command(name: str, path: str | os.PathLike, compress: bool = False) -> str:
    path = Path(path).absolute()
    return (f"docker run --rm -v {quote(name)}:/v:ro -v {quote(str(path.parent))}:/backup {CLI_IMAGE} "
            f"tar -C /v -c{'z' if compress else ''}f /backup/{quote(path.name)} .")


def import_command(path: str | os.PathLike, name: str, create: bool = False) -> str:
    path = Path(path).absolute()
    gz = str(path).endswith((".gz", ".tgz"))
    create_part = f"docker volume create {quote(name)} && " if create else ""
    return (f"{create_part}docker run --rm -v {quote(name)}:/v -v {quote(str(path.parent))}:/backup:ro "
            f"{CLI_IMAGE} tar -C /v -x{'z' if gz else ''}pf /backup/{quote(path.name)} --numeric-owner")


def clone_command(src: str, dst: str) -> str:
    return (f"docker volume create {quote(dst)} && "
            f"docker run --rm -v {quote(src)}:/from:ro -v {quote(dst)}:/to "
            f"{CLI_IMAGE} sh -c 'tar -C /from -cf - . | tar -C /to -xpf - --numeric-owner'")


def list_command(volume: str, path: str = "") -> str:
    return f"docker run --rm -v {quote(volume)}:/v:ro {CLI_IMAGE} ls -la {quote('/v/' + clean_path(path))}"


def preview_command(volume: str, path: str, limit: int = PREVIEW_LIMIT) -> str:
    return (f"docker run --rm -v {quote(volume)}:/v:ro {CLI_IMAGE} head -c {limit} "
            f"{quote('/v/' + clean_path(path))}")


def download_command(volume: str, paths: Iterable[str], dest_dir: str | os.PathLike) -> str:
    parts = []
    for rel in (clean_path(p) for p in paths):
        parent, name = posixpath.split(rel)
        parts.append(f"docker run --rm -v {quote(volume)}:/v:ro {CLI_IMAGE} tar -C {quote('/v/' + parent)} "
                     f"-cf - {quote(name)} | tar -C {quote(str(dest_dir))} -xf -")
    return " && ".join(parts)


def upload_command(volume: str, dest_dir: str, host_paths: Iterable[str | os.PathLike]) -> str:
    parts = []
    for p in host_paths:
        p = Path(p).absolute()
        parts.append(f"tar -C {quote(str(p.parent))} -cf - {quote(p.name)} | "
                     f"docker run --rm -i -v {quote(volume)}:/v "
                     f"{CLI_IMAGE} tar -C {quote('/v/' + clean_path(dest_dir))} -xf -")
    return " && ".join(parts)


def put_back_command(volume: str, folder: str, extracted: bool) -> str:
    """Moving the entries an interrupted roll back left in ``folder`` back into the volume's root;
    ``extracted``: first removing what is beside it (the snapshot's extraction) and giving the
    root the folder's mode and owner (volgui also puts the root's times back)."""
    f = quote(folder)
    steps = ["cd /v"]
    if extracted:
        steps += ['find . -mindepth 1 -maxdepth 1 ! -name ".volgui-rollback-*" -exec rm -rf {} +',
                  f'chown "$(stat -c %u:%g {f})" .', f'chmod "$(stat -c %a {f})" .', f"rm {f}.extracting"]
    steps += [f"find {f} -mindepth 1 -maxdepth 1 -exec mv -n {{}} /v/ \\;", f"rmdir {f}"]
    script = quote(" && ".join(steps))
    return f"docker run --rm --network none -v {quote(volume)}:/v {CLI_IMAGE} sh -c {script}"


def mkdir_command(volume: str, path: str) -> str:
    return f"docker run --rm -v {quote(volume)}:/v {CLI_IMAGE} mkdir {quote('/v/' + clean_path(path))}"


def delete_command(volume: str, paths: Iterable[str]) -> str:
    targets = " ".join(quote("/v/" + clean_path(p)) for p in paths)
    return f"docker run --rm -v {quote(volume)}:/v {CLI_IMAGE} rm -rf -- {targets}"


# -- a container's files (``docker cp``; the container may be stopped) ------------------------------


def _in(container: str, path: str) -> str:
    return quote(f"{container}:/{clean_path(path)}")


def cp_list_command(container: str, path: str = "") -> str:
    """A stopped container runs nothing: its folder listing is read from the archive ``docker cp`` makes."""
    return f"docker cp {_in(container, path)} - | tar -tvf -"


def cp_preview_command(container: str, path: str, limit: int = PREVIEW_LIMIT) -> str:
    return f"docker cp {_in(container, path)} - | tar -xOf - | head -c {limit}"


def cp_download_command(container: str, paths: Iterable[str], dest_dir: str | os.PathLike) -> str:
    return " && ".join(f"docker cp {_in(container, p)} {quote(str(dest_dir))}" for p in paths)


def cp_upload_command(container: str, dest_dir: str, host_paths: Iterable[str | os.PathLike]) -> str:
    return " && ".join(f"docker cp {quote(str(Path(p).absolute()))} {_in(container, dest_dir)}"
                       for p in host_paths)


def cp_mkdir_command(container: str, path: str) -> str:
    parent, name = posixpath.split(clean_path(path))
    return f"mkdir -p /tmp/{quote(name)} && docker cp /tmp/{quote(name)} {_in(container, parent)}"


def cp_delete_command(container: str, paths: Iterable[str]) -> str:
    """Needs a running container with ``rm`` (the engine has no delete-a-path call)."""
    targets = " ".join(quote("/" + clean_path(p)) for p in paths)
    return f"docker exec {quote(container)} rm -rf -- {targets}"


def move_to_volume_command(container: str, path: str, volume: str) -> str:
    """What "Move to a volume…" does, by hand (the re-create is shown by the mount dialog's plan)."""
    source = quote(f"{container}:/{clean_path(path)}/.")  # the folder's contents, not the folder
    return (f"docker volume create {quote(volume)} && docker cp {source} - | "
            f"docker run --rm -i -v {quote(volume)}:/v {CLI_IMAGE} tar -C /v -xpf -  "
            f"# then re-create {container} with -v {volume}:/{clean_path(path)}")


COMPOSE_VERBS = ("start", "stop", "restart", "down")


def compose_command(verb: str, project: str, *, volumes: bool = False,
                    config_files: Iterable[str] = ()) -> str:
    """``docker compose -p web stop``: a project action as compose says it (``down --volumes``
    removes the project's volumes too). Compose finds a project's containers by its labels, so
    ``-p`` alone is enough for these verbs; ``-f`` is added when the files are known."""
    if verb not in COMPOSE_VERBS:
        raise ValueError(f"unknown compose verb {verb!r}")
    files = "".join(f" -f {quote(f)}" for f in config_files)
    return f"docker compose -p {quote(project)}{files} {verb}" + (" --volumes" if volumes else "")


def compose_up(path: str | os.PathLike) -> str:
    """``docker compose -f FILE up -d``: bring a saved compose file up."""
    return f"docker compose -f {quote(str(path))} up -d"


def debug_shell(name: str, image: str) -> str:
    """A debug shell beside a running container: a helper in its namespaces, with its volumes."""
    target = quote(name)
    return (f"docker run -d --name HELPER --pid container:{target} --network container:{target} "
            f"--volumes-from {target} {quote(image)} sleep infinity && docker exec -it HELPER sh")


def debug_shell_in_copy(name: str, temp_image: str) -> str:
    """A debug shell in a stopped container's copy (busybox copied in at /.volgui/)."""
    target = quote(name)
    return (f"docker commit {target} {temp_image} && docker create --name HELPER --network none "
            f"--volumes-from {target} --entrypoint /.volgui/busybox {temp_image} sleep infinity && "
            f"docker cp busybox HELPER:/.volgui/busybox && docker start HELPER && "
            f"docker exec -it HELPER /.volgui/busybox sh")


def volume_shell(volume: str, image: str, read_only: bool = True) -> str:
    """A shell in a helper with the volume at /volume."""
    ro = ",readonly" if read_only else ""
    return (f"docker run -it --rm --network none -w /volume --mount type=volume,source={quote(volume)},"
            f"target=/volume{ro} {quote(image)} sh")
