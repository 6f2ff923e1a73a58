"""A roll back's restore in which ``tar`` reads the archive file itself (no Qt).

The pipe way (``direct.write_volume``) passes every byte through a FIFO that volgui feeds, after
a separate container emptied the volume (``rm -rf``): two containers and a copy more than
``docker run -v VOL:/v -v DIR:/b … sh -c 'rm -rf … && tar -xf /b/x.tar'``. Here one container
of the tools image does what that command does: it removes what must go (everything, or the
named paths) and extracts the archive, which is bind-mounted alone and read-only at
``/p/archive``. volgui then puts the folders' times and the symlinks' owners back through the
exited container (busybox's tar does not), as every direct restore does.

The archive is a fresh hard link with a random name in a new private folder beside it, so an
engine that does not share this machine's files cannot find it and refuses the mount: nothing
was changed (:class:`direct.DirectUnavailableError`), nor when the script cannot see the file.
When tar fails after the volume was changed, :class:`RestoreFailed` tells the caller to restore
the whole volume the other way (the safety snapshot was taken before either).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Sequence
from pathlib import Path

from volgui.engine.cancel import CancelToken
from volgui.engine.errors import EngineError
from volgui.engine.present.commands import import_command
from volgui.engine.volumes import direct, scratch
from volgui.engine.volumes.archive_check import require_restorable
from volgui.engine.volumes.error_text import VolumeErrors
from volgui.engine.volumes.helpers import helper_labels
from volgui.engine.volumes.streaming import TransferResult, put_stream
from volgui.engine.volumes.tar_headers import FolderAndLinkHeaders

EVERYTHING = "rm -rf -- * .[!.]* ..?* || exit 92"  # the volume emptied (hidden entries too)
NAMED = '[ "$#" -eq 0 ] || rm -rf -- "$@" || exit 92'  # only the paths given as arguments
SHELL = ["sh", "-c"]
_UNSEEN = 91  # the script's exit code when it cannot read the archive: nothing was changed
# ``sh -c SCRIPT sh PATH…``; the removal is put in at {remove}
_SCRIPT = "cd /v || exit 91; [ -f /p/archive ] && [ -r /p/archive ] || exit 91; {remove}; " \
          "exec {tar} -C /v -xf /p/archive --numeric-owner"


def extract_command(tar: str) -> str:
    """The script's extraction (what follows its removal), for another script to run."""
    return _SCRIPT.split("{remove}; ", 1)[1].format(tar=tar)


class RestoreFailed(Exception):  # noqa: N818 - an outcome for the caller, not shown to a person
    """The volume may have been changed and the restore did not finish: restore it whole again."""


@contextlib.contextmanager
def _private_link(archive: Path):
    """A hard link to ``archive`` in a new private folder beside it (removed afterwards; one a
    crash left is removed by ``scratch.sweep``)."""
    with scratch.private_folder(archive.parent, scratch.RESTORE) as folder:
        link = os.path.join(folder, "archive")
        try:
            os.link(archive, link)
        except OSError as exc:  # a file system without hard links: the pipe way
            raise direct.DirectUnavailableError(str(exc)) from exc
        yield link


def _paths_ok(paths: Sequence[str]) -> bool:
    return all(p and not p.startswith("/") and ".." not in p.split("/") for p in paths)


def restore(engine, volume: str, archive: str | os.PathLike, *, empty: bool = False,
            delete: Sequence[str] = (), cancel: CancelToken | None = None) -> TransferResult:
    """Remove everything (``empty``) or the paths ``delete`` from ``volume``, then extract the
    plain tar ``archive`` into it, in one container (see the module's docstring).

    Raises :class:`direct.DirectUnavailableError` when nothing was changed and this way cannot
    be used here, :class:`RestoreFailed` when it failed after changing the volume. Cancel is
    honoured until the container starts; from then on it runs to its end.
    """
    import docker.types  # lazy: the docker SDK is not loaded at start-up

    source = Path(archive).absolute()
    started = time.monotonic()
    if str(source).endswith(".gz") or not _paths_ok(delete) or not direct.is_local(engine):
        raise direct.DirectUnavailableError("not a plain archive on this machine's engine")
    image, argv = direct.find_tar_image(engine)
    if not image:
        raise direct.DirectUnavailableError("no image with tar")
    require_restorable(source, True, cancel)  # the same refusals as every restore
    headers = FolderAndLinkHeaders()
    with open(source, "rb") as fh:
        headers.note_file(fh)
    script = _SCRIPT.format(remove=EVERYTHING if empty else NAMED, tar=argv[0])
    api = engine.api
    with _private_link(source) as link:
        mounts = [docker.types.Mount("/v", volume, type="volume", no_copy=True),
                  docker.types.Mount("/p/archive", direct._shared_file(link), type="bind", read_only=True)]
        if cancel is not None:
            cancel.raise_if_cancelled()
        host_config = api.create_host_config(mounts=mounts, network_mode="none")
        try:
            cid = api.create_container(image, [script, "sh", *delete], entrypoint=SHELL, user="0:0",
                                       network_disabled=True, labels=helper_labels(volume),
                                       host_config=host_config)["Id"]
        except Exception as exc:  # e.g. the engine does not have the file: nothing was changed
            raise direct.DirectUnavailableError(str(exc)) from exc
        try:
            try:
                api.start(cid)
            except Exception as exc:  # no sh in the image: nothing ran (unless it did start)
                if _never_started(api, cid):
                    raise direct.DirectUnavailableError(str(exc)) from exc
                raise RestoreFailed(str(exc)) from exc
            try:
                code = _wait(api, cid)
            except Exception as exc:  # the engine went away while tar ran
                raise RestoreFailed(str(exc)) from exc
            if code == _UNSEEN:
                raise direct.DirectUnavailableError("the container does not see the archive")
            if code != 0:
                raise RestoreFailed(_logs(api, cid) or f"exit code {code}")
            if headers.entries:  # folders' times and symlinks' owners, as every direct restore
                try:
                    put_stream(engine, cid, "/v", headers.replay(),
                               VolumeErrors.tr("Restoring folder times in {0}").format(volume))
                except EngineError as exc:
                    raise RestoreFailed(exc.message) from exc
        finally:
            with contextlib.suppress(Exception):
                api.remove_container(cid, force=True)
    size = source.stat().st_size
    return TransferResult(volume, size, time.monotonic() - started, import_command(source, volume),
                          str(source), "direct")


def _never_started(api, cid: str) -> bool:
    """The engine says the container never ran (a start that failed, or timed out, may have)."""
    try:
        return api.inspect_container(cid)["State"].get("StartedAt", "").startswith("0001-")
    except Exception:
        return False


def _wait(api, cid: str) -> int:
    import requests.exceptions  # lazy: requests is not loaded at start-up

    while True:
        try:
            return int(api.wait(cid).get("StatusCode", -1))
        except requests.exceptions.ReadTimeout:
            continue  # a big restore outlasts the client's read timeout: wait on


def _logs(api, cid: str) -> str:
    with contextlib.suppress(Exception):
        return api.logs(cid, stdout=False, stderr=True, tail=5).decode("utf-8", "replace").strip()
    return ""
