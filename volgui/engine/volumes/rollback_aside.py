"""Where a whole-volume roll back puts the person's old entries after its go, and their removal (no Qt).

Until the go the old entries wait in a hidden folder inside the volume (``swap_restore``). After
it, removing them (an ``rm -rf`` of the whole old volume: 0.32–0.35 s of a 1.02 s roll back of
286 MB, docs/snapshots.md) need not keep the person waiting: the roll back's container renames
the folder into the volume's own folder in the engine's data root — the parent of its ``_data``,
the same file system, so one rename — and a second helper container, which mounts only that
folder and not the volume (removing the volume meanwhile is not refused), removes it after the
roll back has returned. Such a folder is outside every container's view of the volume.

Only for a plain local volume: with a driver or options (NFS, CIFS, tmpfs, a bind) ``_data`` may
be a mount point, where a rename out of it is refused and ``mv`` would copy instead. A removal
that does not happen (volgui or the engine stopped) leaves ``….done`` folders there: the next
removal for that volume takes them too.
"""

from __future__ import annotations

import logging
import posixpath

from volgui.engine.volumes import restore_file
from volgui.engine.volumes.helpers import helper_labels

log = logging.getLogger(__name__)

ROLE = "rollback-cleanup"  # the helper label's value of the removing container
DATA = "_data"  # the local driver's folder of a volume's files, inside the volume's own folder


def volume_folder(api, volume: str) -> str:
    """The volume's own folder on the engine's machine (``…/volumes/NAME``), or "" when its
    entries may not be moved there (not a plain local volume, or a reply that does not say)."""
    try:
        info = api.inspect_volume(volume)
    except Exception:  # the roll back goes on; the old entries are removed inside the volume
        return ""
    if not isinstance(info, dict) or info.get("Driver") != "local" or info.get("Options"):
        return ""
    point = info.get("Mountpoint")
    if not isinstance(point, str) or not point.startswith("/") or "\x00" in point or len(point) > 4096:
        return ""
    if posixpath.normpath(point) != point or posixpath.basename(point) != DATA:
        return ""
    folder = posixpath.dirname(point)
    return folder if folder != "/" else ""


def _script(prefix: str) -> str:
    return f'for e in /w/{prefix}*.done; do [ ! -d "$e" ] || rm -rf -- "$e"; done'


def start_removal(api, image: str, volume: str, folder: str, prefix: str) -> None:
    """Start removing every ``<prefix>….done`` folder in ``folder`` in a helper container that
    removes itself when done (nothing waits for it); a failure is logged, never raised."""
    import docker.types  # lazy: the docker SDK is not loaded at start-up

    try:
        box = api.create_container(
            image, [_script(prefix)], entrypoint=restore_file.SHELL, user="0:0", network_disabled=True,
            labels=helper_labels(volume, ROLE),
            host_config=api.create_host_config(
                mounts=[docker.types.Mount("/w", folder, type="bind")], network_mode="none",
                auto_remove=True))["Id"]
        api.start(box)
    except Exception as exc:  # the folder stays, out of sight; the next roll back removes it
        log.warning("could not start removing the old entries of %s: %s", volume, exc)
