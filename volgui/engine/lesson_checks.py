"""How the backup lesson recognises a backup or a restore the person made with volgui's own dialogs.

The lesson's "Do it for me" writes one temporary archive and restores it into one named volume; a
person who follows the hint chooses the folder, the file and the new volume's name. A backup counts
when volgui wrote it (its manifest beside the archive) for the lesson's volume on this engine since
the lesson began; a restore counts when a volume made since then holds the lesson's file.
"""

from __future__ import annotations

import os

from volgui.engine.streams.log_lines import parse_timestamp
from volgui.engine.volumes import backups

MAX_FOLDERS = 50  # as many as the Backups tab lists
MAX_NEW_VOLUMES = 5  # checked in one pass (each check runs a container)


def backup_written(folders, volume: str, host: str, since: float | None) -> bool:
    """A non-empty archive of ``volume`` that volgui wrote into one of ``folders`` at or after ``since``
    (this machine's clock; the manifests record whole seconds)."""
    if since is None:
        return False
    for folder in list(dict.fromkeys(folders))[:MAX_FOLDERS]:
        try:
            found = backups.list_backups(folder, volume=volume, engine=host)
        except OSError:  # a folder gone or unreadable: the others still count
            continue
        for item in found:
            if item.created.timestamp() >= int(since) and _non_empty(item.archive):
                return True
    return False


def _non_empty(path) -> bool:
    try:
        return os.path.getsize(path) > 0
    except OSError:
        return False


def new_volumes(engine, since: float | None, exclude: tuple[str, ...]) -> list[str]:
    """Volumes created after the second ``since`` (the engine's clock), newest first, a few at most."""
    if since is None:
        return []
    found = []
    for v in engine.api.volumes().get("Volumes") or []:
        when = parse_timestamp(str(v.get("CreatedAt") or ""))
        if v.get("Name") not in exclude and when is not None and int(when) > int(since):
            found.append(v)
    found.sort(key=lambda v: str(v.get("CreatedAt") or ""), reverse=True)
    return [v["Name"] for v in found[:MAX_NEW_VOLUMES]]
