"""The PyInstaller one-folder bundle builds, and the bundled app passes its self-check.

Built once per run by the ``bundle`` fixture (tests/packaging/conftest.py, about a minute on two
cores; the Debian package test uses the same bundle), then
runs the bundle with a minimal environment outside the source tree: the self-check opens the main
window offscreen, connects to the private engine and lists its volumes.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

import volgui

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


def _minimal_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "bundle-home"
    home.mkdir(exist_ok=True)
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
            "XDG_RUNTIME_DIR": str(home), "VOLGUI_CONFIG_DIR": str(home / "config")}


def test_bundle_has_executable_assets_and_desktop_files(bundle):
    assert os.access(bundle / "volgui", os.X_OK)
    assert list(bundle.rglob("volgui/assets/icons/volgui.svg")), "icons are not bundled"
    share = bundle / "share"
    assert (share / "applications" / f"{volgui.APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{volgui.APP_ID}.metainfo.xml").is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{volgui.APP_ID}.png").is_file()


@pytest.mark.integration
def test_bundled_app_passes_its_self_check(bundle, tmp_path, engine_host):
    out = subprocess.run([str(bundle / "volgui"), "--self-check", "--host", engine_host],
                         capture_output=True, text=True, cwd=tmp_path, env=_minimal_env(tmp_path),
                         timeout=180)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "volgui self-check: OK" in out.stdout
    assert f"from {bundle}" in out.stdout  # the frozen copy, not the source tree
    assert f"at {engine_host}" in out.stdout and "volumes:" in out.stdout


def test_bundled_self_check_fails_clearly_without_an_engine(bundle, tmp_path):
    out = subprocess.run([str(bundle / "volgui"), "--self-check", "--host",
                          f"unix://{tmp_path}/nothing.sock"],
                         capture_output=True, text=True, cwd=tmp_path, env=_minimal_env(tmp_path),
                         timeout=180)
    assert out.returncode == 2, out.stdout + out.stderr
    assert "self-check FAILED: cannot connect" in out.stderr and "nothing.sock" in out.stderr
