"""The PyInstaller bundle, built once per run for the bundle's and the Debian package's tests."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

import volgui

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ, VOLGUI_BUNDLE_WORK=str(out / "work"))
    env.pop("VOLGUI_SELF_CHECK_HOST", None)
    run = subprocess.run([str(ROOT / "packaging" / "build-bundle.sh"), str(out / "dist")], env=env,
                         capture_output=True, text=True, timeout=840)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-4000:]
    assert f"volgui {volgui.__version__}" in run.stdout
    return out / "dist" / "volgui"
