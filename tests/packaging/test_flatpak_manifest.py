"""The Flatpak manifest parses, is the right app, and has the permissions a Docker GUI needs.

(Building it needs the Flatpak runtimes, which the test machines do not have.)
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

import volgui

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = ROOT / "packaging" / f"{volgui.APP_ID}.yml"


def _manifest() -> dict:
    return yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))


def test_names_the_app_and_its_command():
    m = _manifest()
    assert m["app-id"] == volgui.APP_ID
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert m["command"] in scripts
    assert m["runtime"] == "org.kde.Platform" and m["sdk"] == "org.kde.Sdk"
    assert m["base"] == "io.qt.PySide.BaseApp" and m["base-version"] == m["runtime-version"]


def test_has_the_permissions_of_a_docker_gui():
    args = set(_manifest()["finish-args"])
    for needed in ("--share=network", "--share=ipc", "--socket=wayland", "--socket=fallback-x11",
                   "--device=dri", "--filesystem=/run/docker.sock", "--filesystem=xdg-run/docker.sock",
                   "--filesystem=xdg-run/podman/podman.sock", "--filesystem=/run/podman/podman.sock"):
        assert needed in args, needed
    # nothing broader than needed
    assert not args & {"--filesystem=host", "--filesystem=home", "--device=all", "--socket=x11"}


def test_python_dependencies_are_pinned_wheels_with_hashes():
    modules = {m["name"]: m for m in _manifest()["modules"]}
    assert list(modules)[-1] == "volgui"
    deps = modules["python3-deps"]
    command = " ".join(deps["build-commands"])
    assert "--no-index" in command and "--prefix=${FLATPAK_DEST}" in command
    pinned = {re.sub(r"[-_.]+", "-", n).lower() for n in re.findall(r'"([A-Za-z0-9_.-]+)==', command)}
    assert {"docker", "paramiko", "pyte", "platformdirs", "requests"} <= pinned
    assert "pyside6" not in pinned and "pyside6-essentials" not in pinned  # from the BaseApp
    for source in deps["sources"]:
        assert source["type"] == "file"
        assert source["url"].startswith("https://files.pythonhosted.org/packages/")
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
    arches = {a for s in deps["sources"] for a in s.get("only-arches", [])}
    assert arches == {"x86_64", "aarch64"}


def test_installs_icons_desktop_entry_and_metainfo():
    app = {m["name"]: m for m in _manifest()["modules"]}["volgui"]
    commands = "\n".join(app["build-commands"])
    assert "packaging/render_icons.py ${FLATPAK_DEST}/share/icons" in commands
    assert f"share/applications/{volgui.APP_ID}.desktop" in commands
    assert f"share/metainfo/{volgui.APP_ID}.metainfo.xml" in commands
    for path in re.findall(r"(packaging/\S+)", commands):
        assert (ROOT / path).is_file(), path
