"""Test a volume's driver options before the volume is created: mount them once (no Qt).

A scratch volume with the same driver and options is made, then a short-lived container of
volgui's own tools image (``volgui/tools:1``, made locally from this machine's busybox; or an
image labelled for volgui) mounts it and lists it. The engine mounts the volume only when the
container starts, so that is where the kernel's answer arrives: success, or an error like
"no such file or directory" that :func:`kernel_words` turns into a sentence. The container and
the scratch volume are removed whatever happens. Nothing is pulled.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.dto.objects import HELPER_LABEL
from volgui.engine.errors import EngineError
from volgui.engine.present import commands
from volgui.engine.present.commands import HIDDEN
from volgui.engine.present.i18n import QT_TRANSLATE_NOOP
from volgui.engine.volumes import helpers, tools_image

TRIAL_PREFIX = "volgui-mounttest-"
WAIT_SECONDS = 60  # a mount that hangs (an NFS server that does not answer) is given this long
MAX_OUTPUT = 4000
_KERNEL = {  # the kernel's words: what they mean (shown through ContainerErrors.tr)
    "no such file or directory": QT_TRANSLATE_NOOP("ContainerErrors",
                                                   "the folder, export or share does not exist"),
    "connection refused": QT_TRANSLATE_NOOP("ContainerErrors", "the server refused the connection (is the "
                                            "NFS or SMB service running there?)"),
    "connection timed out": QT_TRANSLATE_NOOP("ContainerErrors", "the server did not answer"),
    "no route to host": QT_TRANSLATE_NOOP("ContainerErrors",
                                          "the server cannot be reached from the engine's machine"),
    "permission denied": QT_TRANSLATE_NOOP("ContainerErrors", "the server refused access (check the export's "
                                           "or share's permissions, the user and the password)"),
    "operation not permitted": QT_TRANSLATE_NOOP("ContainerErrors", "the engine is not allowed to mount this "
                                                 "(a rootless engine cannot mount NFS or SMB)"),
    "invalid argument": QT_TRANSLATE_NOOP("ContainerErrors", "the kernel refused the mount options"),
    "no such device": QT_TRANSLATE_NOOP("ContainerErrors", "the engine's kernel cannot mount this type (its "
                                        "module is not loaded)"),
    "protocol not supported": QT_TRANSLATE_NOOP("ContainerErrors",
                                                "the server does not speak this protocol version"),
    "not a directory": QT_TRANSLATE_NOOP("ContainerErrors", "the host path is a file, not a folder"),
    "host is down": QT_TRANSLATE_NOOP("ContainerErrors", "the server is down"),
}


@dataclass(frozen=True)
class MountTrial:
    ok: bool
    message: str  # a sentence for the person
    detail: str = ""  # the engine's own words (password hidden), for the log


def kernel_words(text: str) -> str:
    """The engine's mount error as a sentence: what the kernel said, and what it usually means."""
    low = text.lower()
    for errno_text, meaning in _KERNEL.items():
        if errno_text in low:
            return ContainerErrors.tr("The mount failed: {0} (the kernel said “{1}”).").format(
                ContainerErrors.tr(meaning), errno_text)
    tail = re.split(r":\s+", text.strip())[-1][:200] if text.strip() else \
        ContainerErrors.tr("no reason given")
    return ContainerErrors.tr("The mount failed: {0}").format(tail)


def _tools(engine) -> str:
    image = tools_image.ensure_tools_image(engine) or next(iter(helpers.tools_images(engine)), "")
    if not image:
        raise EngineError(ContainerErrors.tr("volgui has no tools image on this engine to test the mount "
                                             "with (it is made from this machine's busybox, for local "
                                             "engines only)."))
    return image


def _hide(text: str, options: dict[str, str]) -> str:
    for item in (options.get("o") or "").split(","):
        key, _, secret = item.partition("=")
        if "pass" in key.lower() and secret:
            text = text.replace(secret, HIDDEN)
    return text


def trial_command(driver: str, options: dict[str, str]) -> str:
    """The ``docker`` lines the test amounts to (for the activity log; a password hidden)."""
    scratch = f"{TRIAL_PREFIX}NAME"
    return (f"{commands.create_volume(scratch, driver, {}, options)} && docker run --rm --network none "
            f"-v {scratch}:/mnt {tools_image.TOOLS_IMAGE} ls -a /mnt; docker volume rm {scratch}")


def try_mount(engine, driver: str, options: dict[str, str], *, cancel=None, progress=None) -> MountTrial:
    """Mount ``options`` once in a scratch volume; the result in words (never raises for a mount
    the kernel refused: that is the answer, not a failure of the test). A cancel is honoured
    before each step; the engine's start call itself cannot be interrupted."""
    if cancel is not None:
        cancel.raise_if_cancelled()
    image = _tools(engine)
    name = f"{TRIAL_PREFIX}{uuid.uuid4().hex[:12]}"
    labels = helpers.helper_labels(name, "mount-test")
    engine.call(ContainerErrors.tr("Creating a scratch volume to test the mount"), engine.api.create_volume,
                name, driver=driver, driver_opts=options or None, labels={HELPER_LABEL: "mount-test"})
    cid = ""
    try:
        host_config = engine.api.create_host_config(binds=[f"{name}:/mnt"], network_mode="none")
        cid = engine.call(ContainerErrors.tr("Preparing the mount test"), engine.api.create_container, image,
                          ["sh", "-c", "ls -a /mnt >/dev/null && if test -w /mnt; then echo writable; "
                                       "else echo read-only; fi"],
                          host_config=host_config, labels=labels, network_disabled=True)["Id"]
        if cancel is not None:
            cancel.raise_if_cancelled()
        try:
            engine.api.start(cid)
        except Exception as exc:
            text = _hide(str(getattr(exc, "explanation", "") or exc), options)
            return MountTrial(False, kernel_words(text), text[:MAX_OUTPUT])
        status = engine.call(ContainerErrors.tr("Waiting for the mount test"), engine.api.wait, cid,
                             timeout=WAIT_SECONDS)
        out = engine.api.logs(cid, stdout=True, stderr=True)[:MAX_OUTPUT].decode(errors="replace").strip()
        if status.get("StatusCode") != 0:
            unreadable = ContainerErrors.tr("The volume mounted, but it cannot be read: {0}")
            return MountTrial(False, unreadable.format(out[:300]), out)
        works = (ContainerErrors.tr("The mount works: a container mounted the volume and it can be read "
                                    "and written.") if out.endswith("writable") else
                 ContainerErrors.tr("The mount works: a container mounted the volume and it can be read (it "
                                    "is read-only)."))
        return MountTrial(True, works, out)
    finally:
        if cid:
            helpers.remove_helper(engine, cid)
        try:
            engine.api.remove_volume(name, force=True)
        except Exception:  # a volume still held is left; its label says what it was
            pass
