"""The helper image and helper containers every volume access goes through (no Qt).

- volgui makes its own tiny helper image locally (``import_image_from_data`` of an in-memory tar
  holding only an empty ``volume/`` directory), labelled ``volgui.helper=1``. Nothing is pulled.
  The image is reused; :func:`remove_helper_image` deletes it (``docker image rm volgui/helper:1``).
- ``volgui/tools:1`` (``tools_image``) is labelled ``volgui.helper=tools`` too: removing the helper
  image removes it as well.
- Helper containers are made from it with the volume mounted at ``/volume`` and are **created,
  never started**: the engine serves ``get_archive`` / ``put_archive`` on created containers, so
  no shell, tar or CPU architecture match is needed. They are labelled (:func:`helper_labels`,
  also used by the tar and listing containers) and always removed (``try/finally``);
  :func:`sweep_helpers` removes leftovers of a crashed run at start-up.
"""

from __future__ import annotations

import contextlib
import io
import os
import socket
import tarfile
import time
from collections.abc import Iterator

from volgui.engine.dto.objects import HELPER_LABEL
from volgui.engine.errors import EngineError, from_docker
from volgui.engine.volumes.error_text import VolumeErrors

TOOLS_LABEL = "volgui.tools"  # an image volgui may run tar and sh in (see tools_images)
HELPER_VOLUME_LABEL = "volgui.helper.volume"
HELPER_OWNER_LABEL = "volgui.helper.owner"  # "<hostname>:<pid>" of the process that made it
HELPER_REPO = "volgui/helper"
HELPER_TAG = "1"
HELPER_IMAGE = f"{HELPER_REPO}:{HELPER_TAG}"
TOOLS_REPO = "volgui/tools"  # volgui's own tools image (``tools_image``)
TOOLS_IMAGE = f"{TOOLS_REPO}:1"
MOUNT = "/volume"


def is_local(engine) -> bool:
    """Only an engine on a local socket can share a FIFO (or this machine's busybox) with volgui."""
    return engine.spec.host.startswith("unix://")


def owner() -> str:
    """``"<hostname>:<pid>"`` of this process: who made a helper (see :func:`sweep_helpers`)."""
    return f"{socket.gethostname()}:{os.getpid()}"


def helper_labels(volume: str, role: str = "1") -> dict[str, str]:
    """The labels of every container volgui makes for ``volume`` (``role``: the helper label's value)."""
    return {HELPER_LABEL: role, HELPER_VOLUME_LABEL: volume, HELPER_OWNER_LABEL: owner()}


def _helper_image_tar() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo("volume")
        info.type = tarfile.DIRTYPE
        info.mode = 0o755
        info.mtime = 0
        tar.addfile(info)
    return buf.getvalue()


def ensure_helper_image(engine) -> str:
    """The helper image's reference, importing it (≈60 ms, no pull) when missing."""
    found = engine.call(VolumeErrors.tr("Looking for the helper image"), engine.api.images, name=HELPER_REPO,
                        filters={"label": HELPER_LABEL})
    if any(HELPER_IMAGE in (img.get("RepoTags") or ()) for img in found):
        return HELPER_IMAGE
    engine.call(VolumeErrors.tr("Making the helper image"), engine.api.import_image_from_data,
                _helper_image_tar(),
                repository=HELPER_REPO, tag=HELPER_TAG,
                changes=[f"LABEL {HELPER_LABEL}=1", 'CMD ["/volgui-helper-is-never-started"]'],
                command=f"tar -c --files-from /dev/null | docker import -c 'LABEL {HELPER_LABEL}=1' - "
                        f"{HELPER_IMAGE}")
    return HELPER_IMAGE


def remove_helper_image(engine) -> bool:
    """Delete the helper image (``docker image rm volgui/helper:1``) and volgui's tools image
    (``volgui/tools:1``, see ``tools_image``) after sweeping leftover helpers; False when neither
    was there. Refused (EngineError, 409) while an operation uses it."""
    sweep_helpers(engine)
    removed = False
    found = engine.call(VolumeErrors.tr("Looking for the helper image"), engine.api.images,
                        filters={"label": HELPER_LABEL})
    for img in found:
        tags = [t for t in img.get("RepoTags") or () if t != "<none>:<none>"]
        engine.call(VolumeErrors.tr("Removing the helper image"), engine.api.remove_image, img["Id"],
                    command=f"docker image rm {' '.join(tags) or img['Id']}")
        removed = True
    return removed


_chosen_tools: dict[str, str] = {}  # engine host → the image the person chose for tar and listing


def choose_tools_image(engine, image: str) -> None:
    """The person chose ``image`` to run ``tar`` and the listing script in on this engine ("" forgets)."""
    if image:
        _chosen_tools[engine.spec.host] = image
    else:
        _chosen_tools.pop(engine.spec.host, None)


def chosen_tools_image(engine) -> str:
    """The image the person chose for this engine ("" none)."""
    return _chosen_tools.get(engine.spec.host, "")


def tools_images(engine) -> list[str]:
    """Images volgui may run ``tar`` or ``sh`` in: the one the person chose, then volgui's own
    (``volgui/tools:1``: ``tools_image`` makes it when there is none), then the others labelled
    ``volgui.tools`` (e.g. ``docker build --label volgui.tools=1``). Never an image picked by its
    name: a name says nothing about what it runs."""
    found = engine.call(VolumeErrors.tr("Looking for a tools image"), engine.api.images,
                        filters={"label": TOOLS_LABEL})
    tags = sorted(t for img in found for t in img.get("RepoTags") or [] if t != "<none>:<none>")
    chosen = _chosen_tools.get(engine.spec.host)
    ours = [t for t in tags if t == TOOLS_IMAGE]
    return list(dict.fromkeys(t for t in [chosen or "", *ours, *tags] if t and t != HELPER_IMAGE))


def volume_exists(engine, name: str) -> bool:
    import docker.errors  # lazy: the docker SDK is not loaded at start-up

    try:
        engine.api.inspect_volume(name)
        return True
    except docker.errors.NotFound:
        return False
    except Exception as exc:
        raise from_docker(exc, host=engine.spec.host, action=VolumeErrors.tr("Looking up volume {0}")
                          .format(name)) from exc


def require_volume(engine, name: str) -> None:
    if not volume_exists(engine, name):
        raise EngineError(VolumeErrors.tr("There is no volume named “{0}”.").format(name), status=404)


def create_helper(engine, volume: str, read_only: bool = False) -> str:
    """A created (never started) helper container with ``volume`` at /volume; returns its id."""
    import docker.types  # lazy: the docker SDK is not loaded at start-up

    image = ensure_helper_image(engine)
    mount = docker.types.Mount(MOUNT, volume, type="volume", read_only=read_only, no_copy=True)
    host_config = engine.api.create_host_config(mounts=[mount], network_mode="none")
    created = engine.call(
        VolumeErrors.tr("Preparing access to volume {0}").format(volume), engine.api.create_container, image,
        ["/volgui-helper-is-never-started"], network_disabled=True, host_config=host_config,
        labels=helper_labels(volume))
    return created["Id"]


def remove_helper(engine, helper_id: str) -> None:
    try:
        engine.api.remove_container(helper_id, force=True, v=False)
    except Exception:
        # The connection may be gone; the label lets sweep_helpers() remove it later.
        pass


@contextlib.contextmanager
def helper(engine, volume: str, read_only: bool = False) -> Iterator[str]:
    """``with helper(engine, "data") as cid:`` — the helper is removed whatever happens."""
    cid = create_helper(engine, volume, read_only)
    try:
        yield cid
    finally:
        remove_helper(engine, cid)


def _owner_alive(owner: str) -> bool:
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_helpers(engine, everything: bool = False) -> list[str]:
    """Remove helper containers left by a crashed run; returns their ids.

    Kept unless ``everything``: helpers of this process and of another volgui process still
    running on this machine (they may be in the middle of a backup), and helpers made on
    another machine less than a day ago. A running roll back container is always kept: killed
    before its go, it would leave the volume's entries in its hidden folder (``swap_restore``).
    """
    removed = []
    listed = engine.call(VolumeErrors.tr("Looking for leftover helpers"), engine.api.containers, all=True,
                         filters={"label": HELPER_LABEL})
    for c in listed:
        if (c.get("Labels") or {}).get(HELPER_LABEL) == "rollback" and c.get("State") == "running":
            continue  # a roll back's container waiting for its go: it puts things back and ends by itself
        owner = (c.get("Labels") or {}).get(HELPER_OWNER_LABEL, "")
        host, _, pid = owner.rpartition(":")
        if not everything:
            if host == socket.gethostname():
                if pid.isdigit() and (int(pid) == os.getpid() or _owner_alive(owner)):
                    continue
            elif owner and time.time() - (c.get("Created") or 0) < 86400:
                continue
        try:
            engine.api.remove_container(c["Id"], force=True, v=False)
            removed.append(c["Id"])
        except Exception:
            pass
    return removed
