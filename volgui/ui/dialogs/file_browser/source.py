"""Where a file browser's files come from: a volume (through a helper) or a container (its archive
endpoints, ``docker cp``). The browser calls these functions and shows these commands, so one
browser serves both (no Qt here)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from volgui.engine.containers import files as container_files
from volgui.engine.present import commands
from volgui.engine.volumes import files as volume_files


@dataclass(frozen=True)
class FileSource:
    """The engine functions (each taking ``engine, target, …``) and ``docker`` lines of one place."""

    kind: str  # "volume" or "container"
    target: str  # what the functions take: the volume's name, the container's id
    name: str  # what a person reads: the volume's or the container's name
    scan: Callable
    read_file: Callable
    download: Callable
    upload: Callable
    make_dir: Callable
    delete: Callable
    list_command: Callable  # (path) -> str
    preview_command: Callable  # (path, limit) -> str
    download_command: Callable  # (paths, dest) -> str
    upload_command: Callable  # (dest, host_paths) -> str
    mkdir_command: Callable  # (path) -> str
    delete_command: Callable  # (paths) -> str

    @property
    def title(self) -> str:
        """``volume data`` / ``container web``."""
        return f"{self.kind} {self.name}"

    def label(self, path: str) -> str:
        """``data:/conf`` — what the activity log names."""
        return f"{self.name}:/{path}"


def volume_source(volume: str, scan: Callable) -> FileSource:
    """A volume's files; ``scan`` is the browser's ``BrowseLister.scan`` (it keeps a lister)."""
    def bound(fn):
        return functools.partial(fn, volume)

    return FileSource("volume", volume, volume, scan, volume_files.read_file, volume_files.download,
                      volume_files.upload, volume_files.make_dir, volume_files.delete,
                      bound(commands.list_command), bound(commands.preview_command),
                      bound(commands.download_command), bound(commands.upload_command),
                      bound(commands.mkdir_command), bound(commands.delete_command))


def container_source(container_id: str, name: str) -> FileSource:
    """A container's whole filesystem; the commands name it by ``name``, as a person types it."""
    def bound(fn):
        return functools.partial(fn, name or container_id[:12])

    cf = container_files
    return FileSource("container", container_id, name or container_id[:12], cf.scan, cf.read_file,
                      cf.download, cf.upload, cf.make_dir, cf.delete,
                      bound(commands.cp_list_command), bound(commands.cp_preview_command),
                      bound(commands.cp_download_command), bound(commands.cp_upload_command),
                      bound(commands.cp_mkdir_command), bound(commands.cp_delete_command))
