"""Shells where the image has none: a debug shell beside any container, a shell in any volume (no Qt).

Both run in a helper container from volgui's tools image (this machine's static busybox, made
locally — never pulled; ``volumes.tools_image``), labelled like every helper so a crash leaves
nothing that ``helpers.sweep_helpers`` does not remove at the next start.

- Debug shell, running container: the helper joins the target's PID and network namespaces
  (``--pid container:X --network container:X``) and mounts its volumes and bind mounts at the
  same paths (``--volumes-from X``). The target's own files are reachable at ``/proc/1/root``
  (its PID 1 seen from the shared namespace). Nothing is added to the target.
- Debug shell, stopped container (no process, no namespaces to join): the container is committed
  to a temporary image and a helper runs from it with busybox copied in at ``/.volgui/`` and the
  container's volumes at the same paths: its files as they are, at ``/``. Files changed there
  are the copy's, not the container's — except in its volumes, which are the real ones.
- Volume shell: the volume at ``/volume`` (read-only unless asked), the working directory there.

The shell itself is a ``docker exec`` into the helper (the terminal tab's own route), with
every busybox applet on ``PATH`` (``busybox --install -s /.volgui/bin`` when the helper starts).
"""

from __future__ import annotations

import io
import secrets
import tarfile
import time
from dataclasses import dataclass

from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.dto.objects import HELPER_LABEL
from volgui.engine.errors import EngineError
from volgui.engine.present import commands
from volgui.engine.volumes import helpers, tools_image

SHELL_ROLE = "shell"  # the helper label's value on shell helpers
TARGET_LABEL = "volgui.helper.target"
APPLET_DIR = "/.volgui/bin"
COPIED_BUSYBOX = "/.volgui/busybox"
TEMP_REPO = "volgui-debug"
MAX_BUSYBOX = tools_image.MAX_BUSYBOX
# Go architecture names (the engine's ``Arch``) for the names kernels and images also use
ARCH_ALIASES = {"x86_64": "amd64", "aarch64": "arm64", "armv7l": "arm", "i686": "386", "i386": "386"}


@dataclass(frozen=True)
class ShellHelper:
    """A running helper to open a shell in, and what to tell the person about it."""

    helper_id: str
    command: tuple[str, ...]  # what the terminal runs in the helper (docker exec)
    title: str  # the terminal tab's title
    docker_command: str  # the equivalent docker commands, for the person to read
    temp_image: str = ""  # the committed copy of a stopped container ("" none)


def arch_name(arch: str) -> str:
    arch = (arch or "").strip().lower()
    return ARCH_ALIASES.get(arch, arch)


def check_arch(engine, image: str) -> None:
    """Refuse, in words, a helper image built for another CPU than the engine runs."""
    info = engine.call(ContainerErrors.tr("Inspecting the tools image"), engine.api.inspect_image, image)
    built = arch_name(str(info.get("Architecture") or ""))
    runs = arch_name(engine.info.arch)
    if built and runs and built != runs:
        raise EngineError(ContainerErrors.tr(
            "The tools image {0} is built for {1} processors, but the engine runs {2} programs: a shell from "
            "it would not start. Choose or make a tools image for {2} (Volumes ▸ Tools image for fast "
            "backups…).").format(image, built, runs))


def shell_image(engine) -> str:
    """The tools image to run shells from, made here from the static busybox when there is none."""
    found = helpers.tools_images(engine)
    if found:
        image = found[0]
    elif helpers.is_local(engine):
        image = tools_image.make_tools_image(engine)
    else:
        raise EngineError(ContainerErrors.tr(
            "This engine has no tools image, and volgui makes one only for an engine on this machine. Load "
            "one there, labelled {0}, to open shells.").format("volgui.tools=1"))
    check_arch(engine, image)
    return image


def _labels(target: str) -> dict[str, str]:
    return {HELPER_LABEL: SHELL_ROLE, helpers.HELPER_OWNER_LABEL: helpers.owner(), TARGET_LABEL: target}


def helper_name(kind: str, of: str) -> str:
    """A name a person can read where the helper shows (a volume's users in Inspect):
    ``volgui-debug-web-3f2a``; the suffix keeps two shells on one target apart."""
    safe = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "_.-") else "-" for ch in of)[:48] or "x"
    return f"volgui-{kind}-{safe}-{secrets.token_hex(2)}"


def _keep_alive(busybox: str) -> list[str]:
    """The helper's main process: install the applets, then wait until stopped."""
    script = (f"{busybox} mkdir -p {APPLET_DIR} && {busybox} --install -s {APPLET_DIR}; "
              f"trap 'exit 0' TERM INT; while :; do {busybox} sleep 3600 & wait $!; done")
    return [busybox, "sh", "-c", script]


def _exec(banner: list[str], busybox: str = "/bin/busybox") -> tuple[str, ...]:
    lines = "".join(f"printf '\\033[1;33m%s\\033[0m\\n' {commands.quote(line)}; " for line in banner)
    return (busybox, "sh", "-c", f"export PATH={APPLET_DIR}:/bin:$PATH; {lines}exec {busybox} sh")


def _start(engine, helper_id: str, what: str) -> None:
    try:
        engine.call(what, engine.api.start, helper_id)
    except Exception:
        helpers.remove_helper(engine, helper_id)
        raise


def _wait_ready(engine, helper_id: str, timeout: float = 10.0) -> None:
    """Until the helper runs (its applets installed a moment later are not waited for: the exec's
    own PATH falls back to /bin)."""
    deadline = time.monotonic() + timeout
    while True:
        state = engine.call(ContainerErrors.tr("Checking the helper"), engine.api.inspect_container,
                            helper_id).get("State") or {}
        if state.get("Running"):
            return
        if state.get("Status") in ("exited", "dead") or time.monotonic() > deadline:
            helpers.remove_helper(engine, helper_id)
            raise EngineError(ContainerErrors.tr("The shell helper did not start (exit code {0}).").format(
                state.get("ExitCode")))
        time.sleep(0.05)


def debug_shell(engine, container_id: str) -> ShellHelper:
    """A helper beside ``container_id`` (running: its namespaces; stopped: a copy) to open a shell in."""
    target = engine.call(ContainerErrors.tr("Inspecting the container"), engine.api.inspect_container,
                         container_id)
    name = str(target.get("Name") or container_id[:12]).lstrip("/")
    cid = str(target.get("Id") or container_id)
    image = shell_image(engine)
    running = bool((target.get("State") or {}).get("Running"))
    if running:
        return _beside_running(engine, cid, name, image)
    return _from_copy(engine, cid, name, image)


def _beside_running(engine, cid: str, name: str, image: str) -> ShellHelper:
    host_config = engine.api.create_host_config(pid_mode=f"container:{cid}", network_mode=f"container:{cid}",
                                                volumes_from=[cid])
    created = engine.call(ContainerErrors.tr("Preparing a debug shell for {0}").format(name),
                          engine.api.create_container, image, _keep_alive("/bin/busybox"),
                          host_config=host_config, labels=_labels(cid), name=helper_name("debug", name))
    helper_id = created["Id"]
    _start(engine, helper_id, ContainerErrors.tr("Starting a debug shell for {0}").format(name))
    _wait_ready(engine, helper_id)
    banner = [ContainerErrors.tr("Debug shell for {0} — a helper container from {1}, not {0} itself.").format(
                  name, image),
              ContainerErrors.tr("It shares {0}'s processes and network; {0}'s files are at {1},").format(
                  name, "/proc/1/root"),
              ContainerErrors.tr("its volumes at their own paths. Closing this tab removes the helper.")]
    return ShellHelper(helper_id, _exec(banner), ContainerErrors.tr("debug: {0}").format(name),
                       commands.debug_shell(name, image))


def _busybox_tar(engine, image: str) -> bytes:
    """A tar holding the tools image's busybox at ``/.volgui/busybox`` (read from the image through
    a created, never started container; bounded)."""
    reading = ContainerErrors.tr("Reading busybox from the tools image")
    created = engine.call(reading, engine.api.create_container, image,
                          ["/bin/busybox", "true"], labels=_labels(""), network_disabled=True)
    try:
        stream, _stat = engine.call(reading, engine.api.get_archive, created["Id"], "/bin/busybox")
        raw = bytearray()
        for chunk in stream:
            raw += chunk
            if len(raw) > MAX_BUSYBOX + 65536:
                raise EngineError(ContainerErrors.tr("The tools image's busybox is larger than any busybox: "
                                                     "refused."))
    finally:
        helpers.remove_helper(engine, created["Id"])
    with tarfile.open(fileobj=io.BytesIO(bytes(raw)), mode="r:") as tar:
        member = next((m for m in tar.getmembers() if m.isfile()), None)
        if member is None or member.size > MAX_BUSYBOX:
            raise EngineError(ContainerErrors.tr("The tools image has no usable {0}.").format("/bin/busybox"))
        extracted = tar.extractfile(member)
        data = extracted.read(MAX_BUSYBOX + 1) if extracted else b""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tar:
        folder = tarfile.TarInfo(".volgui")
        folder.type, folder.mode = tarfile.DIRTYPE, 0o755
        tar.addfile(folder)
        info = tarfile.TarInfo(COPIED_BUSYBOX.lstrip("/"))
        info.size, info.mode = len(data), 0o755
        tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def _from_copy(engine, cid: str, name: str, image: str) -> ShellHelper:
    busybox = _busybox_tar(engine, image)
    repo, tag = TEMP_REPO, f"{cid[:12]}-{int(time.time())}"
    temp = f"{repo}:{tag}"
    engine.call(ContainerErrors.tr("Copying {0}'s files").format(name), engine.api.commit, cid,
                repository=repo, tag=tag, changes=[f"LABEL {HELPER_LABEL}={SHELL_ROLE}"], pause=False)
    helper_id = ""
    try:
        host_config = engine.api.create_host_config(volumes_from=[cid], network_mode="none")
        created = engine.call(ContainerErrors.tr("Preparing a debug shell for {0}").format(name),
                              engine.api.create_container, temp, None,
                              entrypoint=_keep_alive(COPIED_BUSYBOX), host_config=host_config,
                              labels=_labels(cid), working_dir="/", user="0",
                              name=helper_name("debug", name))
        helper_id = created["Id"]
        engine.call(ContainerErrors.tr("Copying busybox into the helper"), engine.api.put_archive, helper_id,
                    "/", busybox)
        _start(engine, helper_id, ContainerErrors.tr("Starting a debug shell for {0}").format(name))
        _wait_ready(engine, helper_id)
    except Exception:
        if helper_id:
            helpers.remove_helper(engine, helper_id)
        remove_temp_image(engine, temp)
        raise
    banner = [ContainerErrors.tr("Debug shell for {0} (stopped) — in a copy of its files, made for this "
                                 "shell.").format(name),
              ContainerErrors.tr("Changes here are made in the copy, not in the container — except in its "
                                 "volumes,"),
              ContainerErrors.tr("which are the real ones. Closing this tab removes the helper and the "
                                 "copy.")]
    return ShellHelper(helper_id, _exec(banner, COPIED_BUSYBOX),
                       ContainerErrors.tr("debug: {0}").format(name),
                       commands.debug_shell_in_copy(name, temp), temp)


def volume_shell(engine, volume: str, read_only: bool = True) -> ShellHelper:
    """A helper with ``volume`` at /volume (working directory there) to open a shell in."""
    import docker.types  # lazy: the docker SDK is not loaded at start-up

    helpers.require_volume(engine, volume)
    image = shell_image(engine)
    mount = docker.types.Mount("/volume", volume, type="volume", read_only=read_only)
    host_config = engine.api.create_host_config(mounts=[mount], network_mode="none")
    labels = {**_labels(""), **helpers.helper_labels(volume, SHELL_ROLE)}
    created = engine.call(ContainerErrors.tr("Preparing a shell in volume {0}").format(volume),
                          engine.api.create_container, image,
                          _keep_alive("/bin/busybox"), host_config=host_config, labels=labels,
                          working_dir="/volume", network_disabled=True, name=helper_name("shell", volume))
    helper_id = created["Id"]
    _start(engine, helper_id, ContainerErrors.tr("Starting a shell in volume {0}").format(volume))
    _wait_ready(engine, helper_id)
    first = (ContainerErrors.tr("Shell in volume {0}, at {1} (read-only) — a helper container from {2}.")
             if read_only else
             ContainerErrors.tr("Shell in volume {0}, at {1} (read-write) — a helper container from {2}."))
    banner = [first.format(volume, "/volume", image),
              ContainerErrors.tr("Closing this tab removes the helper; the volume stays.")]
    return ShellHelper(helper_id, _exec(banner), ContainerErrors.tr("volume: {0}").format(volume),
                       commands.volume_shell(volume, image, read_only))


def remove_temp_image(engine, image: str) -> None:
    try:
        engine.api.remove_image(image, force=True, noprune=False)
    except Exception:
        pass  # the label lets a later close or "Remove the helper image" find it


def close_shell(engine, shell: ShellHelper) -> None:
    """Remove the helper (and a stopped container's copy); never the target or the volume."""
    helpers.remove_helper(engine, shell.helper_id)
    if shell.temp_image:
        remove_temp_image(engine, shell.temp_image)
