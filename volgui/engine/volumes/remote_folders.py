"""Which kind of remote backups folder an address names, and opening it (no Qt).

``sftp://…`` is an SSH server (``sftp``), ``s3://…``, ``s3+https://…`` and ``s3+http://…`` an
S3-compatible bucket (``s3``). Both offer the same few methods that ``remote_backups`` uses.
"""

from __future__ import annotations

from volgui.engine.volumes.s3 import S3Folder, S3Target
from volgui.engine.volumes.sftp import SftpFolder, SftpTarget

SCHEMES = ("sftp://", "s3://", "s3+https://", "s3+http://")


def is_remote(folder: str) -> bool:
    return isinstance(folder, str) and folder.lower().startswith(SCHEMES)


def is_s3(folder: str) -> bool:
    return folder.lower().startswith(SCHEMES[1:])


def target(url: str) -> SftpTarget | S3Target:
    """The parsed address; EngineError says what is wrong with it."""
    return S3Target.parse(url) if is_s3(url) else SftpTarget.parse(url)


def open_folder(url: str, password: str | None = None) -> SftpFolder | S3Folder:
    """An unopened folder for ``url`` (use it as a context manager)."""
    return S3Folder(url, password) if is_s3(url) else SftpFolder(url, password)
