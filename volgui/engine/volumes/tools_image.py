"""volgui's own tools image: this machine's static busybox in a tiny imported image (no Qt).

The direct way of backing up and restoring runs ``tar`` in a container, and the browser's fast
lister runs ``sh``; both only in an image the person chose or one labelled ``volgui.tools``
(``helpers.tools_images``). When the engine is on this machine and the machine has a statically
linked busybox built for the engine's CPU, volgui imports a root filesystem holding only that
busybox and links to the applets it runs, as ``volgui/tools:1`` (``docker import``, nothing is
pulled). It is labelled like the helper image, so "Remove the helper image" removes it too.

The busybox file is checked first by its ELF header alone (it is never run): a dynamically linked
one (a ``PT_INTERP`` program header) would not start in an image with nothing else, and one built
for another CPU would not start at all; both are refused with the reason.
"""

from __future__ import annotations

import io
import logging
import os
import stat as statmod
import struct
import tarfile
from dataclasses import dataclass

from volgui.engine.dto.objects import HELPER_LABEL
from volgui.engine.errors import EngineError
from volgui.engine.volumes.error_text import VolumeErrors
from volgui.engine.volumes.helpers import TOOLS_IMAGE, TOOLS_LABEL, TOOLS_REPO, is_local

log = logging.getLogger(__name__)

TOOLS_TAG = TOOLS_IMAGE.rpartition(":")[2]
BUSYBOX_PLACES = ("/bin/busybox", "/usr/bin/busybox", "/usr/local/bin/busybox", "/sbin/busybox",
                  "/usr/sbin/busybox")
MAX_BUSYBOX = 16 * 1024 * 1024  # bytes: a static busybox is 1–3 MB
MAX_PROGRAM_HEADERS = 256
# What tar, the listing script and the probes run (see direct.py and listers.py)
APPLETS = ("sh", "tar", "stat", "xargs", "readlink", "printf", "sleep", "true", "ls", "find", "cat",
           "test", "[")
REQUIRED_APPLETS = ("sh", "tar", "stat", "xargs")
# ELF e_machine → the engine's ``Arch`` values it runs on
ELF_MACHINES = {3: ("386",), 40: ("arm",), 62: ("amd64",), 183: ("arm64",), 21: ("ppc64le", "ppc64"),
                22: ("s390x",), 243: ("riscv64",), 8: ("mips", "mipsle", "mips64", "mips64le")}
_PT_INTERP = 3


@dataclass(frozen=True)
class Busybox:
    """A usable busybox (``path``), or why none is (``reason``)."""

    path: str = ""
    reason: str = ""


def elf_problem(data: bytes, arch: str, name: str = "busybox") -> str:
    """Why the ELF file starting with ``data`` cannot run alone in an image on an ``arch`` engine
    ("" when it can). ``data`` must hold the header and the program headers (the file's start)."""
    if len(data) < 52 or data[:4] != b"\x7fELF":
        return VolumeErrors.tr("{0} is not an ELF program.").format(name)
    ei_class, ei_data = data[4], data[5]
    if ei_class not in (1, 2) or ei_data not in (1, 2):
        return VolumeErrors.tr("{0} has an ELF header volgui does not understand.").format(name)
    end = "<" if ei_data == 1 else ">"
    if ei_class == 2:
        if len(data) < 64:
            return VolumeErrors.tr("{0} has a truncated ELF header.").format(name)
        e_type, e_machine = struct.unpack_from(end + "HH", data, 16)
        e_phoff, = struct.unpack_from(end + "Q", data, 32)
        e_phentsize, e_phnum = struct.unpack_from(end + "HH", data, 54)
        entry_size = 56
    else:
        e_type, e_machine = struct.unpack_from(end + "HH", data, 16)
        e_phoff, = struct.unpack_from(end + "I", data, 28)
        e_phentsize, e_phnum = struct.unpack_from(end + "HH", data, 42)
        entry_size = 32
    if e_type not in (2, 3):  # ET_EXEC, or ET_DYN for a static-pie program
        return VolumeErrors.tr("{0} is not an executable program (ELF type {1}).").format(name, e_type)
    engine_arch = arch.lower()
    runs_on = ELF_MACHINES.get(e_machine)
    if runs_on is None or engine_arch not in runs_on:
        built = "/".join(runs_on) if runs_on else VolumeErrors.tr("ELF machine {0}").format(e_machine)
        return VolumeErrors.tr("{0} is built for {1} but the engine runs {2}: it would not start "
                               "there.").format(name, built, engine_arch or VolumeErrors.tr("an unknown CPU"))
    if e_phentsize < entry_size or not 0 < e_phnum <= MAX_PROGRAM_HEADERS:
        return VolumeErrors.tr("{0} has program headers volgui does not understand.").format(name)
    for i in range(e_phnum):
        at = e_phoff + i * e_phentsize
        if at + 4 > len(data):
            return VolumeErrors.tr("{0} has program headers past the part volgui reads.").format(name)
        p_type, = struct.unpack_from(end + "I", data, at)
        if p_type == _PT_INTERP:
            return VolumeErrors.tr("{0} is dynamically linked (it needs a loader and libraries): it would "
                                   "not start in an image that holds nothing else. A static busybox (e.g. "
                                   "the busybox-static package) is needed.").format(name)
    return ""


def busybox_problem(path: str, arch: str) -> str:
    """Why the file at ``path`` is not a static busybox for ``arch`` ("" when it is)."""
    try:
        st = os.stat(path)
    except OSError as exc:
        return VolumeErrors.tr("{0}: {1}.").format(path, exc.strerror or exc)
    if not statmod.S_ISREG(st.st_mode):
        return VolumeErrors.tr("{0} is not a regular file.").format(path)
    if st.st_size > MAX_BUSYBOX:
        return VolumeErrors.tr("{0} is {1} bytes: too big for a busybox.").format(path, st.st_size)
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BUSYBOX + 1)
    except OSError as exc:
        return VolumeErrors.tr("{0}: {1}.").format(path, exc.strerror or exc)
    problem = elf_problem(data, arch, path)
    if problem:
        return problem
    missing = [a for a in REQUIRED_APPLETS if b"\0" + a.encode() + b"\0" not in data]
    if missing:
        return VolumeErrors.tr("{0} has no {1} applet.").format(path, ", ".join(missing))
    return ""


def find_busybox(arch: str, places: tuple[str, ...] = BUSYBOX_PLACES) -> Busybox:
    """The first static busybox for ``arch`` in ``places``, or why there is none."""
    reasons = []
    for path in places:
        if not os.path.lexists(path):
            continue
        problem = busybox_problem(path, arch)
        if not problem:
            return Busybox(path=path)
        reasons.append(problem)
    if not reasons:
        return Busybox(reason=VolumeErrors.tr("This machine has no busybox (e.g. the busybox-static "
                                              "package)."))
    return Busybox(reason=" ".join(dict.fromkeys(reasons)))


def rootfs_tar(busybox: str) -> bytes:
    """A root filesystem holding ``busybox`` as /bin/busybox and one link per applet volgui runs."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, mode in (("bin", 0o755), ("tmp", 0o1777), ("volume", 0o755)):
            info = tarfile.TarInfo(name)
            info.type, info.mode = tarfile.DIRTYPE, mode
            tar.addfile(info)
        with open(busybox, "rb") as fh:
            data = fh.read(MAX_BUSYBOX + 1)
        info = tarfile.TarInfo("bin/busybox")
        info.size, info.mode = len(data), 0o755
        tar.addfile(info, io.BytesIO(data))
        for applet in APPLETS:
            link = tarfile.TarInfo(f"bin/{applet}")
            link.type, link.linkname = tarfile.SYMTYPE, "busybox"
            tar.addfile(link)
    return buf.getvalue()


def make_command(busybox: str) -> str:
    """The ``docker`` command that does what :func:`make_tools_image` does."""
    return (f"docker import -c 'LABEL {TOOLS_LABEL}=1' -c 'LABEL {HELPER_LABEL}=tools' "
            f"-c 'ENV PATH=/bin' rootfs-with-{os.path.basename(busybox)}.tar {TOOLS_IMAGE}")


def tools_image_exists(engine) -> bool:
    found = engine.call(VolumeErrors.tr("Looking for volgui's tools image"), engine.api.images,
                        name=TOOLS_REPO, filters={"label": TOOLS_LABEL})
    return any(TOOLS_IMAGE in (img.get("RepoTags") or ()) for img in found)


def make_tools_image(engine, busybox: Busybox | None = None) -> str:
    """Import ``volgui/tools:1`` from this machine's static busybox; returns its reference.
    Raises EngineError with the reason when there is no usable busybox."""
    busybox = busybox or find_busybox(engine.info.arch)
    if not busybox.path:
        raise EngineError(VolumeErrors.tr("volgui cannot make its tools image: {0}").format(busybox.reason))
    engine.call(VolumeErrors.tr("Making volgui's tools image"), engine.api.import_image_from_data,
                rootfs_tar(busybox.path),
                repository=TOOLS_REPO, tag=TOOLS_TAG,
                changes=[f"LABEL {TOOLS_LABEL}=1", f"LABEL {HELPER_LABEL}=tools", "ENV PATH=/bin",
                         'CMD ["sh"]'],
                command=make_command(busybox.path))
    return TOOLS_IMAGE


_tried: set[str] = set()  # engine hosts where making the image was tried (once per process)


def forget_tried(engine) -> None:
    """The images were removed: the next look for a tools image may make it again."""
    _tried.discard(engine.spec.host)


def ensure_tools_image(engine) -> str:
    """``volgui/tools:1`` when it is there or can be made (a local engine and a static busybox for
    its CPU), else "". Tried at most once per engine in a process."""
    if not is_local(engine):
        return ""
    if tools_image_exists(engine):
        return TOOLS_IMAGE
    if engine.spec.host in _tried:
        return ""
    _tried.add(engine.spec.host)
    busybox = find_busybox(engine.info.arch)
    if not busybox.path:
        log.info("No tools image made: %s", busybox.reason)
        return ""
    try:
        return make_tools_image(engine, busybox)
    except EngineError as exc:  # the archive way still works: say why in the log only
        log.warning("The tools image could not be made: %s", exc.message)
        return ""
