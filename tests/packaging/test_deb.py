"""The Debian package builds from the bundle, is lintian clean, installs, works, and purges clean.

Installing needs root (CI runs the suite as root; scripts/test installs dpkg-dev, lintian and
chrpath). The test refuses to touch a volgui package that was installed before it, and purges what
it installed — the package and any dependency apt had to add for it — so the machine is left as it
was found. apt waits for the package database when another apt holds its lock, and two test runs
on one machine take turns for the whole install → purge (a lock file), so neither finds the
other's package installed.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import runpy
import shutil
import subprocess
from pathlib import Path

import pytest

import volgui

ROOT = Path(__file__).resolve().parents[2]
APT = ["apt-get", "-o", "DPkg::Lock::Timeout=600", "-y", "-q"]

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1500)]


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is not installed (scripts/test installs it)"
    return path


MACHINE_LOCK = Path("/run/lock/volgui-deb-test.lock")


@contextlib.contextmanager
def _machine_turn():
    """Hold the machine's turn for installing the package (another test run waits here)."""
    MACHINE_LOCK.parent.mkdir(parents=True, exist_ok=True)
    with open(MACHINE_LOCK, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # pytest-timeout bounds the wait
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _installed(package: str) -> bool:
    out = subprocess.run(["dpkg-query", "-W", "-f", "${Status}", package], capture_output=True, text=True)
    return out.returncode == 0 and "ok installed" in out.stdout


@pytest.fixture(scope="module")
def deb(bundle, tmp_path_factory) -> Path:
    for tool in ("dpkg-deb", "dpkg-shlibdeps", "chrpath", "strip"):
        _tool(tool)
    build = runpy.run_path(str(ROOT / "packaging" / "build_deb.py"))["build"]
    return build(bundle, tmp_path_factory.mktemp("deb"))


def test_deb_has_the_files_desktops_look_for(deb):
    assert deb.name.startswith(f"volgui_{volgui.__version__}-")
    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    names = {line.split()[5].removeprefix(".") for line in listing.splitlines()}
    for needed in ["/usr/bin/volgui", "/usr/bin/volgui-backup", "/usr/lib/volgui/volgui",
                   f"/usr/share/applications/{volgui.APP_ID}.desktop",
                   f"/usr/share/metainfo/{volgui.APP_ID}.metainfo.xml",
                   f"/usr/share/icons/hicolor/scalable/apps/{volgui.APP_ID}.svg",
                   f"/usr/share/icons/hicolor/48x48/apps/{volgui.APP_ID}.png",
                   "/usr/share/man/man1/volgui.1.gz", "/usr/share/man/man1/volgui-backup.1.gz",
                   "/usr/share/doc/volgui/copyright"]:
        assert needed in names, f"{needed} is not in the package"
    control = subprocess.run(["dpkg-deb", "--field", str(deb), "Depends"], capture_output=True, text=True,
                             check=True).stdout
    # the system libraries the bundled Qt loads come from Debian (dpkg-shlibdeps), not the bundle
    assert "libxcb-cursor0" in control and "libfontconfig1" in control and "libc6" in control


def test_deb_is_lintian_clean(deb):
    out = subprocess.run([_tool("lintian"), "--no-cfg", "--fail-on", "error,warning", "--tag-display-limit",
                          "0", str(deb)], capture_output=True, text=True, timeout=600)
    problems = [line for line in out.stdout.splitlines() if line.startswith(("E:", "W:"))]
    assert out.returncode == 0 and not problems, out.stdout + out.stderr


def _new_packages(apt_output: str) -> list[str]:
    """The packages apt reported as NEW in its plan (the .deb and the dependencies it added)."""
    lines, taking = [], False
    for line in apt_output.splitlines():
        if line.startswith("The following NEW packages will be installed"):
            taking = True
        elif taking and line.startswith("  "):
            lines += line.split()
        elif taking:
            break
    return lines


@pytest.mark.integration
def test_deb_installs_runs_and_purges_clean(deb, engine_host, tmp_path):
    if os.geteuid() != 0:
        pytest.fail("installing the .deb needs root: run the suite as root (as CI does)")
    with _machine_turn():
        _install_run_purge(deb, engine_host, tmp_path)


def _install_run_purge(deb, engine_host, tmp_path) -> None:
    assert not _installed("volgui"), "a volgui package is installed already; this test will not touch it"
    install = subprocess.run([*APT, "install", "--no-install-recommends", str(deb)], capture_output=True,
                             text=True, timeout=900, env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    added = _new_packages(install.stdout)
    try:
        assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
        assert "volgui" in added and _installed("volgui")
        files = subprocess.run(["dpkg-query", "-L", "volgui"], capture_output=True, text=True,
                               check=True).stdout.split()
        home = tmp_path / "deb-home"
        home.mkdir(exist_ok=True)
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
               "XDG_RUNTIME_DIR": str(home), "VOLGUI_CONFIG_DIR": str(home / "config")}
        check = subprocess.run(["volgui", "--self-check", "--host", engine_host], capture_output=True,
                               text=True, cwd=tmp_path, env=env, timeout=180)
        assert check.returncode == 0, check.stdout + check.stderr
        assert "volgui self-check: OK" in check.stdout and "from /usr/lib/volgui" in check.stdout
        assert f"at {engine_host}" in check.stdout
        backup = subprocess.run(["volgui-backup", "--help"], capture_output=True, text=True, env=env,
                                cwd=tmp_path, timeout=60)
        assert backup.returncode == 0 and backup.stdout.startswith("usage: volgui-backup"), backup.stderr
        # where desktops look: the menu entry, its icon in the hicolor theme, the store metadata
        share = Path("/usr/share")
        entry = share / "applications" / f"{volgui.APP_ID}.desktop"
        assert entry.is_file() and f"Icon={volgui.APP_ID}" in entry.read_text()
        assert subprocess.run([_tool("desktop-file-validate"), str(entry)]).returncode == 0
        for size in ("16x16", "48x48", "128x128", "512x512"):
            assert (share / "icons" / "hicolor" / size / "apps" / f"{volgui.APP_ID}.png").is_file()
        assert (share / "metainfo" / f"{volgui.APP_ID}.metainfo.xml").is_file()
        for page in ("volgui", "volgui-backup"):
            assert (share / "man" / "man1" / f"{page}.1.gz").is_file()
    finally:
        purge = subprocess.run([*APT, "purge", *(added or ["volgui"])], capture_output=True, text=True,
                               timeout=600, env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    assert purge.returncode == 0, purge.stdout[-3000:] + purge.stderr[-3000:]
    assert not _installed("volgui")
    left = [f for f in files if os.path.lexists(f) and not os.path.isdir(f)]
    assert not left, f"left behind after purge: {left[:10]}"
    assert not Path("/usr/lib/volgui").exists()
