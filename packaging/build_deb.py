#!/usr/bin/env python3
"""Build the Debian package ``volgui_<version>-1_<arch>.deb`` from the PyInstaller bundle.

    python packaging/build_deb.py [--bundle dist/volgui] [--out dist]

Without ``--bundle`` it builds the bundle first (packaging/build-bundle.sh). Why the bundle and not
the wheel: Debian 12 has no PySide6, so a package of the wheel would need a private Python tree
anyway; the bundle is that tree, already tested (tests/packaging/test_bundle.py).

Layout: the bundle in ``/usr/lib/volgui``; ``/usr/bin/volgui`` and ``/usr/bin/volgui-backup``
link to its one executable (it looks at the name it was started by); the desktop entry, AppStream
metainfo, icons rendered from resources/ and man pages written from the argument parsers under
``/usr/share``. ``Depends`` comes from ``dpkg-shlibdeps`` over the bundle's libraries, so the
system libraries the bundled Qt needs (X11, EGL, fontconfig…) are installed with it.
Needs dpkg-dev (dpkg-shlibdeps, dpkg-deb), chrpath, binutils (strip) and PySide6 (the icons).
"""

from __future__ import annotations

import argparse
import gzip
import os
import runpy
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(ROOT))

import volgui  # noqa: E402 - after the path is set

PACKAGE = "volgui"
REVISION = "1"
# Qt loads these only where their libraries are there (GTK 3's theme on a GTK desktop); they must not
# pull GTK into every install.
OPTIONAL_PLUGINS = {"libqgtk3.so"}
KEEP_BUNDLED = ("libpython",)
MAINTAINER = "The volgui developers <volgui@users.noreply.github.com>"
DESCRIPTION = """\
manage Docker containers and volumes by pointing and clicking
 volgui is a desktop application for Docker and Podman built around volumes: see
 which container uses which volume and where it is mounted, and act on them
 without a terminal.
 .
  - mount a volume into a container (a safe, transactional re-create)
  - browse, back up, restore, verify and clone volume data
  - every action shows its equivalent docker command
  - local engines, Podman, and remote engines over SSH or TLS
 .
 volgui-backup runs due volume backups from a systemd timer or cron."""


def _gzip(source: bytes, target: Path) -> None:
    """gzip -9n: no name or time in the header, so the package is reproducible."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9,
                                                 mtime=0) as gz:
        gz.write(source)


def _arch() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def _changelog(version: str) -> bytes:
    return (f"{PACKAGE} ({version}) unstable; urgency=medium\n\n"
            f"  * Package of volgui {volgui.__version__}, built from the PyInstaller bundle.\n\n"
            f" -- {MAINTAINER}  Sun, 29 Nov 2026 12:00:00 +0000\n").encode()


def _system_libraries() -> set[str]:
    """Names of the shared libraries the system's dynamic loader knows (``ldconfig -p``)."""
    out = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    return {line.split(" (", 1)[0].strip() for line in out.splitlines()[1:] if " (" in line}


def _use_system_libraries(internal: Path) -> None:
    """Drop PyInstaller's copies of the system's own libraries (X11, GLib, OpenSSL…): the package
    depends on Debian's instead, which get security updates. The interpreter stays: the bundled
    standard library belongs to it. Its build-time RUNPATH (a folder of the build machine) goes."""
    system = _system_libraries()
    for path in internal.glob("*.so*"):
        if path.name in system and not path.name.startswith(KEEP_BUNDLED):
            path.unlink()
    for path in [*internal.glob("libpython*.so*"), *internal.rglob("lib-dynload/*.so")]:
        subprocess.run(["chrpath", "-d", str(path)], check=True, capture_output=True)


def _strip(lib: Path) -> None:
    """Strip the libraries as dh_strip does; never the executable (its archive is appended)."""
    libraries = [str(p) for p in lib.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    for start in range(0, len(libraries), 200):
        subprocess.run(["strip", "--remove-section=.comment", "--remove-section=.note", "--strip-unneeded",
                        *libraries[start:start + 200]], check=True, capture_output=True)


def stage(bundle: Path, root: Path, version: str) -> None:
    """Lay the files out under ``root`` as they will be installed."""
    lib = root / "usr" / "lib" / PACKAGE
    shutil.copytree(bundle, lib, symlinks=True, ignore=shutil.ignore_patterns("share", "__pycache__"))
    _use_system_libraries(lib / "_internal")
    _strip(lib)
    bindir = root / "usr" / "bin"
    bindir.mkdir(parents=True)
    for command in ("volgui", "volgui-backup"):
        (bindir / command).symlink_to(f"../lib/{PACKAGE}/volgui")
    share = root / "usr" / "share"
    runpy.run_path(str(PACKAGING / "render_icons.py"))["render"](share / "icons")
    app = volgui.APP_ID
    for folder, name in (("applications", f"{app}.desktop"), ("metainfo", f"{app}.metainfo.xml")):
        (share / folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(PACKAGING / name, share / folder / name)
    pages = runpy.run_path(str(PACKAGING / "make_manpages.py"))["write"](Path(tempfile.mkdtemp()))
    for page in pages:
        _gzip(page.read_bytes(), share / "man" / "man1" / f"{page.name}.gz")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    shutil.copyfile(PACKAGING / "deb" / "copyright", doc / "copyright")
    _gzip(_changelog(version), doc / "changelog.Debian.gz")
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copyfile(PACKAGING / "deb" / "lintian-overrides", overrides / PACKAGE)
    for path in root.rglob("*"):  # dpkg keeps modes as they are: 755 folders and programs, 644 data
        if path.is_symlink():
            continue
        library = path.suffix == ".so" or ".so." in path.name
        executable = path.is_dir() or (os.access(path, os.X_OK) and not library)
        path.chmod(0o755 if executable else 0o644)


def depends(root: Path, arch: str) -> str:
    """dpkg-shlibdeps over every ELF file of the bundle; its own libraries are private (-l)."""
    private = sorted({str(p.parent) for p in (root / "usr" / "lib" / PACKAGE).rglob("*.so*")})
    elves = [str(p) for p in (root / "usr" / "lib" / PACKAGE).rglob("*")
             if p.is_file() and not p.is_symlink() and p.name not in OPTIONAL_PLUGINS
             and p.read_bytes()[:4] == b"\x7fELF"]
    work = Path(tempfile.mkdtemp())
    (work / "debian").mkdir()
    (work / "debian" / "control").write_text(
        f"Source: {PACKAGE}\n\nPackage: {PACKAGE}\nArchitecture: {arch}\n")
    out = subprocess.run(["dpkg-shlibdeps", "-O", "--ignore-missing-info", "-xlibc6-dev",
                          *(f"-l{p}" for p in private), *elves],
                         cwd=work, capture_output=True, text=True)
    shutil.rmtree(work, ignore_errors=True)
    if out.returncode != 0:
        errors = [x for x in out.stderr.splitlines() if "error" in x]
        raise SystemExit("build_deb: dpkg-shlibdeps failed:\n" + "\n".join(errors[:20]))
    line = next((x for x in out.stdout.splitlines() if x.startswith("shlibs:Depends=")), "shlibs:Depends=")
    return line.split("=", 1)[1]


def control(root: Path, version: str, arch: str) -> str:
    size_kb = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024
    fields = {
        "Package": PACKAGE, "Version": version, "Architecture": arch, "Maintainer": MAINTAINER,
        "Installed-Size": str(size_kb), "Depends": depends(root, arch),
        "Recommends": "docker.io | podman", "Section": "admin", "Priority": "optional",
        "Homepage": "https://github.com/volgui/volgui", "Description": DESCRIPTION,
    }
    return "".join(f"{key}: {value}\n" for key, value in fields.items() if value)


def build(bundle: Path, outdir: Path) -> Path:
    version = f"{volgui.__version__}-{REVISION}"
    arch = _arch()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "root"
        stage(bundle, root, version)
        text = control(root, version, arch)
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(text)
        outdir.mkdir(parents=True, exist_ok=True)
        target = outdir / f"{PACKAGE}_{version}_{arch}.deb"
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(root), str(target)],
                       check=True, capture_output=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="an existing bundle (default: build one into --out)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    bundle = args.bundle
    if bundle is None:
        subprocess.run([str(PACKAGING / "build-bundle.sh"), str(args.out)], check=True)
        bundle = args.out / "volgui"
    if not (bundle / "volgui").is_file():
        raise SystemExit(f"build_deb: {bundle} is not a PyInstaller bundle (no volgui executable)")
    print(build(bundle, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
