"""Putting back the entries a whole-volume roll back left aside when it was killed (no Qt).

A roll back moves every top-level entry of the volume into ``.volgui-rollback-<16 hex>`` inside
it, then extracts the snapshot beside it (``swap_restore``). Its container killed before volgui's
go (the engine stopped, the machine lost power) leaves the person's entries in that folder.
Which case it was, the marker ``<folder>.extracting`` beside it says: the container makes it once
every entry was moved aside and the folder was given the root's mode, owner and times.

- **With the marker** what is beside the folder is tar's partial extraction (and whatever was
  written since): it is removed, the root takes the folder's mode and owner, and the folder's
  times are kept on ``<folder>.root`` until the end; only then does the marker go.
- **Without it** (killed while moving) the entries beside the folder are the person's too; a
  name both beside and inside the folder is refused before anything moves.

Then the folder's entries are moved back (``mv -n``: never over a name), the folder removed, and
with ``….root`` the root's times put back. The order makes a second interruption safe: while the
marker is there, only extraction is beside the folder; once it is gone, nothing beside is
removed, and a put back run again ends exactly as one that was not stopped — except when it
stopped between its last two steps (``….root`` read and removed, the folder not yet): the root's
times are then not put back, since every change of the volume's top level changes them and
nothing outside the volume outlives the container. One container of the tools image does it all
(:func:`put_back`).
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass

from volgui.engine.cancel import CancelToken
from volgui.engine.errors import EngineError
from volgui.engine.volumes import direct, listers, restore_file
from volgui.engine.volumes.entries import Entry, SubtreeTooBig
from volgui.engine.volumes.error_text import VolumeErrors
from volgui.engine.volumes.helpers import HELPER_LABEL, HELPER_VOLUME_LABEL, helper_labels, require_volume
from volgui.engine.volumes.swap_restore import HIDDEN

NAME = re.compile(re.escape(HIDDEN) + r"[0-9a-f]{16}")
MARKER = ".extracting"  # beside the folder: every entry was moved aside (``swap_restore``)
ROLE = "put-back"  # the helper label's value of the putting-back container
SCAN_BUDGET = 8 << 20  # bytes of a volume's archive read to list its top level; more: one exec
MAX_CONFLICTS = 5  # names shown when a name is both beside and inside the folder
MAX_OUTPUT = 4096  # bytes of the container's output read
GONE, CONFLICT, FAILED = 96, 97, 95  # the script's exit codes

# ``sh -c SCRIPT sh FOLDER``: /v the volume, /q a private tmpfs
_SCRIPT = r"""
cd /v || exit 95
H="$1"
{ [ -d "$H" ] && [ ! -L "$H" ]; } || exit 96
if [ -e "$H.extracting" ]; then
  # what is beside the folder is tar's (or written since): removed, the marker still there
  # (names go to xargs: a list grown with set -- "$@" "$e" is copied at every name, quadratic)
  for e in * .[!.]* ..?*; do
    { [ -e "$e" ] || [ -L "$e" ]; } || continue
    case "$e" in @HIDDEN@*) ;; *) printf '%s\0' "$e" ;; esac
  done | xargs -0 sh -c '[ $# -eq 0 ] || rm -rf -- "$@"' sh || exit 95
  # the root's mode and owner from the folder now; its times kept on a file until the end
  chown "$(stat -c %u:%g "$H")" . && chmod "$(stat -c %a "$H")" . || exit 95
  touch -r "$H" "$H.root" && rm -f -- "$H.extracting" || exit 95
fi
cd "$H" || exit 95
n=0
for e in * .[!.]* ..?*; do
  { [ -e "/v/$e" ] || [ -L "/v/$e" ]; } && { [ -e "$e" ] || [ -L "$e" ]; } || continue
  n=$((n + 1))
  [ "$n" -gt @MAX@ ] || printf '%s\0' "$e"
done
if [ "$n" -gt 0 ]; then printf '%s' "$n"; exit 97; fi
for e in * .[!.]* ..?*; do
  { [ -e "$e" ] || [ -L "$e" ]; } && printf '%s\0' "$e"
done | xargs -0 sh -c '[ $# -eq 0 ] || mv -n -- "$@" /v/' sh || exit 95
cd /v || exit 95
# the root's times read before its last two changes (a stop between them loses only those)
T=""
if [ -e "$H.root" ]; then touch -r "$H.root" /q/root && rm -f -- "$H.root" && T=1 || exit 95; fi
rmdir -- "$H" || exit 95
[ -z "$T" ] || touch -r /q/root . || exit 95
"""


@dataclass(frozen=True)
class LeftAside:
    """A folder an interrupted roll back left in the volume."""

    name: str
    extracted: bool  # the marker is beside it: what is beside it is the snapshot's extraction


def _top_level(engine, volume: str) -> list[Entry]:
    """The volume's top-level entries: an archive scan while small, else one folder by exec;
    [] when the volume is big and there is no image to list it with (nor to put back with)."""
    try:
        return listers.list_dir(engine, volume, max_bytes=SCAN_BUDGET, max_entries=0)
    except SubtreeTooBig:
        pass
    image = listers.find_lister_image(engine)
    if not image:
        return []
    lister = listers.RunningLister(engine, volume, image)
    try:
        return lister.list(engine, "")
    finally:
        lister.close(engine)


def _rolling_back(engine, volume: str) -> bool:
    """A roll back of ``volume`` runs now (its hidden folder is in use, not left)."""
    filters = {"label": [f"{HELPER_LABEL}=rollback", f"{HELPER_VOLUME_LABEL}={volume}"], "status": "running"}
    found = engine.call(VolumeErrors.tr("Listing containers"), engine.api.containers, filters=filters)
    return bool(found)


def find(engine, volume: str) -> list[LeftAside]:
    """The folders interrupted roll backs left in ``volume`` (none while a roll back of it runs)."""
    top = _top_level(engine, volume)
    names = {e.name for e in top}
    found = [LeftAside(e.name, e.name + MARKER in names) for e in top if e.is_dir and NAME.fullmatch(e.name)]
    if found and _rolling_back(engine, volume):
        return []
    return sorted(found, key=lambda f: f.name)


def left_aside(engine, volume: str) -> list[str]:
    """The names of the folders interrupted roll backs left in ``volume``."""
    return [f.name for f in find(engine, volume)]


def put_back(engine, volume: str, hidden: str, cancel: CancelToken | None = None) -> None:
    """Move the entries in ``hidden`` back into the volume's root (see the module's docstring).

    Cancel is honoured until the container starts; from then on it runs to its end."""
    import docker.types  # lazy: the docker SDK is not loaded at start-up

    if not NAME.fullmatch(hidden):
        raise EngineError(VolumeErrors.tr("{0} is not a folder a roll back left aside.").format(hidden))
    require_volume(engine, volume)
    if _rolling_back(engine, volume):
        raise EngineError(VolumeErrors.tr("A roll back of {0} is running: try again when it has ended.")
                          .format(volume))
    image = direct.find_tar_image(engine)[0]
    if not image:
        raise EngineError(VolumeErrors.tr("Putting the entries back needs an image with a shell: choose one "
                                          "with \"Tools image for fast backups…\"."))
    if cancel is not None:
        cancel.raise_if_cancelled()
    api = engine.api
    mounts = [docker.types.Mount("/v", volume, type="volume", no_copy=True),
              docker.types.Mount("/q", None, type="tmpfs")]
    script = _SCRIPT.replace("@HIDDEN@", HIDDEN).replace("@MAX@", str(MAX_CONFLICTS))
    action = VolumeErrors.tr("Putting back the entries of {0}").format(volume)
    cid = engine.call(action, api.create_container, image, [script, "sh", hidden],
                      entrypoint=restore_file.SHELL, user="0:0", network_disabled=True,
                      labels=helper_labels(volume, ROLE),
                      host_config=api.create_host_config(mounts=mounts, network_mode="none"))["Id"]
    try:
        if cancel is not None:
            cancel.raise_if_cancelled()
        engine.call(action, api.start, cid)
        code = engine.call(action, restore_file._wait, api, cid)
        if code == 0:
            return
        out = engine.call(action, api.logs, cid, stdout=True, stderr=False)[:MAX_OUTPUT]
        raise _failure(volume, hidden, code, out, restore_file._logs(api, cid))
    finally:
        with contextlib.suppress(Exception):  # labelled: the start-up sweep removes it otherwise
            api.remove_container(cid, force=True)


def _failure(volume: str, hidden: str, code: int, out: bytes, err: str) -> EngineError:
    if code == GONE:
        return EngineError(VolumeErrors.tr("The folder {0} is not in {1} (any more).").format(hidden, volume))
    if code == CONFLICT:
        *names, total = out.split(b"\0")
        shown = ", ".join(n.decode("utf-8", "replace") for n in names[:MAX_CONFLICTS])
        count = int(total) if total.isdigit() else len(names)
        return EngineError(VolumeErrors.tr(
            "Nothing was changed: these names are both in the folder {0} and beside it in {1} (%Ln in all): "
            "{2}. Move or rename them, then put back again.", "", count).format(hidden, volume, shown))
    return EngineError(VolumeErrors.tr("Putting back the entries of {0} from the folder {1} stopped half way "
                                       "(exit code {2}): put back again.").format(volume, hidden, code),
                       detail=err)
