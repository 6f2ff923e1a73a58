"""When retention may delete an archive: the one rule for local and remote folders (no Qt).

Retention deletes only the file its manifest was written for — volgui's manifest, a plain file
(not a link, not a folder) of the recorded size and sha256. The folder may be on this computer
or on a server; the caller tells how to look at the file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from volgui.engine.volumes.error_text import VolumeErrors


def archive_problem(data: dict, name: str, plain_file: bool, size: Callable[[], int],
                    sha256: Callable[[], str]) -> str:
    """Why retention must not delete archive ``name`` of manifest ``data`` ("" = it may)."""
    if data.get("tool", "volgui") != "volgui":
        return VolumeErrors.tr("its manifest was not written by volgui")
    if not plain_file:
        return VolumeErrors.tr("{0} is missing or not a plain file").format(name)
    if "archive_sha256" not in data or "archive_size" not in data:
        return VolumeErrors.tr("its manifest records no size or checksum to recognise the archive by")
    if size() != data.get("archive_size"):
        return VolumeErrors.tr("{0} does not have the size its manifest records").format(name)
    if sha256() != data["archive_sha256"]:
        return VolumeErrors.tr("{0} does not have the checksum its manifest records").format(name)
    return ""


def age_key(created: datetime, archive_name: str) -> tuple:
    """Sort key, oldest first: the manifest's time (whole seconds), then the archive name's own
    stamp and sequence (``VOLUME--STAMP[-n].tar``), so backups made within one second still sort
    in the order they were made and retention never takes the newest for an old one."""
    stem = archive_name.partition(".tar")[0].rpartition("--")[2]
    stamp, _, tail = stem.partition("-")
    return created, stamp, int(tail) if tail.isdigit() and len(tail) < 7 else 0
