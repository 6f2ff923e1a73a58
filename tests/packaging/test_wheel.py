"""``python -m build`` makes an sdist and a wheel with the assets; the wheel starts in a fresh venv.

The fresh venv has no access to the source tree or the project's editable install: volgui comes
from the wheel only. Its dependencies are the project venv's (a ``.pth`` line appends that
site-packages after the venv's own, where the editable finder is not activated), so the test
needs no downloads beyond the build backend and stays fast.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from email.parser import Parser
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

import volgui

ROOT = Path(__file__).resolve().parents[2]
ASSETS = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "volgui" / "assets").rglob("*")
                if p.is_file() and p.suffix != ".qm")  # .qm: compiled by the build, not sources
CATALOGUES = [f"volgui/assets/translations/volgui_{lang}.qm" for lang in ("de", "en", "es")]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dists(tmp_path_factory) -> dict[str, Path]:
    """sdist, then the wheel built from that sdist (as ``python -m build`` does)."""
    out = tmp_path_factory.mktemp("dist")
    # the build compiles the catalogues with pyside6-lrelease, found on PATH (the project venv's)
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    run = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                         capture_output=True, text=True, cwd=out, timeout=600, env=env)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    wheels, sdists = list(out.glob("volgui-*.whl")), list(out.glob("volgui-*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, list(out.iterdir())
    return {"wheel": wheels[0], "sdist": sdists[0]}


def test_wheel_has_the_assets_and_the_commands(dists):
    with zipfile.ZipFile(dists["wheel"]) as whl:
        names = set(whl.namelist())
        info = f"volgui-{volgui.__version__}.dist-info"
        entry_points = whl.read(f"{info}/entry_points.txt").decode()
        meta = Parser().parsestr(whl.read(f"{info}/METADATA").decode())
    assert dists["wheel"].name == f"volgui-{volgui.__version__}-py3-none-any.whl"
    missing = [a for a in ASSETS if a not in names]
    assert not missing, f"assets not in the wheel: {missing}"
    assert "volgui/assets/icons/volgui.svg" in names
    assert set(CATALOGUES) <= names, "the translation catalogues were not compiled into the wheel"
    assert not [n for n in names if n.startswith(("tests/", "benchmarks/", "packaging/"))]
    assert "volgui = volgui.cli:main" in entry_points
    assert "volgui-backup = volgui.backup_cli:main" in entry_points
    assert meta["Name"] == "volgui" and meta["Version"] == volgui.__version__
    requires = [Requirement(r) for r in meta.get_all("Requires-Dist")]
    assert {r.name.lower() for r in requires if not r.marker or "extra" not in str(r.marker)} >= {
        "pyside6-essentials", "docker", "pyte", "platformdirs"}


def test_sdist_has_sources_assets_and_desktop_files(dists):
    with tarfile.open(dists["sdist"]) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for needed in ["pyproject.toml", "README.md", "volgui/cli.py", *ASSETS,
                   f"packaging/{volgui.APP_ID}.desktop", f"packaging/{volgui.APP_ID}.metainfo.xml",
                   "packaging/volgui.spec", f"packaging/{volgui.APP_ID}.yml", "packaging/render_icons.py",
                   f"resources/{volgui.APP_ID}.svg"]:
        assert needed in names, f"{needed} is not in the sdist"
    assert not [n for n in names if n.startswith((".venv/", ".git/"))]
    assert not [n for n in names if n.endswith(".qm")], "compiled catalogues are build products"


def test_declared_dependencies_are_what_volgui_runs_with(dists):
    """The deps the fresh venv borrows satisfy the wheel's Requires-Dist (so the start test is fair)."""
    with zipfile.ZipFile(dists["wheel"]) as whl:
        meta = Parser().parsestr(whl.read(f"volgui-{volgui.__version__}.dist-info/METADATA").decode())
    for req in map(Requirement, meta.get_all("Requires-Dist")):
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        installed = metadata.version(req.name)
        assert req.specifier.contains(installed, prereleases=True), f"{req} but {installed} is installed"


@pytest.fixture(scope="module")
def fresh_venv(dists, tmp_path_factory) -> Path:
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    # the project's pip installs into the fresh venv (no pip bootstrap: faster)
    run = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                          "--no-index", "--no-compile", str(dists["wheel"])],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # the dependencies: the project venv's site-packages, after the fresh venv's own
    Path(site, "zz_project_deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return venv


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PATH"] = "/usr/bin:/bin"
    return env


def test_installed_volgui_comes_from_the_wheel(fresh_venv, tmp_path):
    python = fresh_venv / "bin" / "python"
    probe = ("import volgui, importlib.resources as r, importlib.metadata as m;"
             "print(volgui.__file__);"
             "print((r.files('volgui') / 'assets' / 'icons' / 'volgui.svg').is_file());"
             "print(m.distribution('volgui').read_text('direct_url.json') is None)")
    out = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, cwd=tmp_path,
                         env=_clean_env(), timeout=60)
    assert out.returncode == 0, out.stderr
    where, has_icon, _ = out.stdout.split()
    assert Path(where).is_relative_to(fresh_venv), where
    assert not Path(where).is_relative_to(ROOT)
    assert has_icon == "True"

    version = subprocess.run([str(fresh_venv / "bin" / "volgui"), "--version"], capture_output=True,
                             text=True, cwd=tmp_path, env=_clean_env(), timeout=60)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"volgui {volgui.__version__}"


@pytest.mark.integration
def test_installed_volgui_starts_and_lists_volumes(fresh_venv, tmp_path, engine_host):
    out = subprocess.run([str(fresh_venv / "bin" / "volgui"), "--self-check", "--host", engine_host],
                         capture_output=True, text=True, cwd=tmp_path, env=_clean_env(), timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "volgui self-check: OK" in out.stdout
    assert f"volgui {volgui.__version__} from {fresh_venv}" in out.stdout
    assert f"at {engine_host}" in out.stdout and "volumes:" in out.stdout
