"""The desktop entry and the AppStream metainfo are valid and agree with the package."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import volgui

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{volgui.APP_ID}.desktop"
METAINFO = PACKAGING / f"{volgui.APP_ID}.metainfo.xml"


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is not installed (scripts/test installs it)"
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_is_valid():
    out = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert out.returncode == 0 and "error" not in out.stdout, out.stdout + out.stderr


def test_metainfo_is_valid():
    out = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    # warnings make stores refuse or degrade a listing: none allowed, infos are fine
    assert not [line for line in out.stdout.splitlines() if line.startswith(("W:", "E:"))], out.stdout


def test_desktop_entry_matches_the_package():
    entry = _desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert entry["Exec"].split()[0] in scripts
    assert entry["Icon"] == volgui.APP_ID
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"


def test_metainfo_matches_the_package():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == volgui.APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("launchable").get("type") == "desktop-id"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert {b.text for b in root.iter("binary")} <= set(scripts)
    assert "volgui" in {b.text for b in root.iter("binary")}
    releases = [(r.get("version"), r.get("date")) for r in root.find("releases")]
    assert releases[0] == (volgui.__version__, "2026-11-29"), "the newest release comes first"
    assert root.find("content_rating").get("type").startswith("oars-")
    assert root.findtext("project_license") == "GPL-3.0-or-later"


def test_screenshots_are_in_the_repository():
    from PySide6.QtGui import QImage

    root = ET.parse(METAINFO).getroot()
    images = list(root.iter("image"))
    assert images and any(s.get("type") == "default" for s in root.iter("screenshot"))
    for img in images:
        url = img.text
        assert url.startswith("https://") and "/docs/screenshots/" in url, url
        path = ROOT / "docs" / "screenshots" / url.rsplit("/docs/screenshots/", 1)[1]
        tracked = subprocess.run(["git", "ls-files", "--error-unmatch", str(path)], cwd=ROOT,
                                 capture_output=True, text=True)
        assert tracked.returncode == 0, f"{path.name} is referenced but not committed in docs/screenshots"
        if img.get("width"):
            image = QImage(str(path))
            assert (image.width(), image.height()) == (int(img.get("width")), int(img.get("height")))


def test_source_icon_is_the_packaged_icon():
    source = ROOT / "resources" / f"{volgui.APP_ID}.svg"
    packaged = ROOT / "volgui" / "assets" / "icons" / "volgui.svg"
    assert source.read_bytes() == packaged.read_bytes(), "copy resources/ to volgui/assets/icons/volgui.svg"


def test_render_icons_makes_every_size(tmp_path):
    out = subprocess.run([sys.executable, str(PACKAGING / "render_icons.py"), str(tmp_path),
                          "--sizes", "16", "48", "512"], capture_output=True, text=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    from PySide6.QtGui import QImage

    for size in (16, 48, 512):
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{volgui.APP_ID}.png"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 2)
        corner = image.pixelColor(0, 0)
        assert centre.alpha() == 255 and corner.alpha() == 0  # drawn, with a transparent margin
    assert (tmp_path / "hicolor" / "scalable" / "apps" / f"{volgui.APP_ID}.svg").is_file()


@pytest.mark.parametrize("path", ["resources", "volgui/assets", "packaging"])
def test_no_generated_png_is_committed(path):
    out = subprocess.run(["git", "ls-files", path], cwd=ROOT, capture_output=True, text=True, check=True)
    assert not [f for f in out.stdout.split() if f.endswith(".png")]
