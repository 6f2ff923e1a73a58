#!/usr/bin/env python3
"""Regenerate the ``python3-deps`` module of the Flatpak manifest (pip-generator style).

    .venv/bin/python packaging/flatpak_deps.py > /tmp/deps.yml

asks pip to resolve volgui's runtime dependencies for the runtime's Python (3.12) on x86_64 and
aarch64, as wheels only (``pip install --dry-run --report``: metadata, no downloads), and prints
the Flatpak modules that install them offline with pip (and setuptools to build volgui, removed
from the finished app). PySide6 is not among them: the manifest takes it from the
io.qt.PySide.BaseApp base. Paste the output over the ``python3-build-backend`` and ``python3-deps``
modules in io.github.volgui.Volgui.yml.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

REQUIREMENTS = ["docker[ssh]>=7.2", "pyte>=0.8.2", "platformdirs>=4", "pyyaml>=6", "keyring>=24",
                "jeepney>=0.8"]
# to build volgui itself offline (its pyproject.toml uses an SPDX license string: setuptools >= 77)
BUILD_REQUIREMENTS = ["setuptools>=77", "wheel"]
ARCHES = ("x86_64", "aarch64")
PYTHON = "3.12"


def resolve(arch: str, requirements: list[str]) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run([sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
                        "--report", str(report), "--only-binary=:all:", "--implementation", "cp",
                        "--platform", f"manylinux_2_28_{arch}", "--python-version", PYTHON,
                        "--target", str(Path(tmp) / "t"), *requirements], check=True)
        return json.loads(report.read_text())["install"]


def public_url(url: str, filename: str) -> str:
    """PyPI's stable per-file address when pip saw the file through a local mirror."""
    if url.startswith("https://"):
        return url
    name = filename.split("-", 1)[0]
    tag = filename.removesuffix(".whl").split("-")[-3]
    return f"https://files.pythonhosted.org/packages/{tag}/{name[0]}/{name}/{filename}"


def module(name: str, requirements: list[str], cleanup: bool = False) -> str:
    sources: dict[str, dict] = {}
    names: list[str] = []
    for arch in ARCHES:
        for item in resolve(arch, requirements):
            info = item["download_info"]
            filename = info["url"].rsplit("/", 1)[1]
            entry = sources.setdefault(filename, {
                "url": public_url(info["url"], filename),
                "sha256": info["archive_info"]["hashes"]["sha256"], "arches": set()})
            entry["arches"].add(arch)
            pin = f"{item['metadata']['name']}=={item['metadata']['version']}"
            if pin not in names:
                names.append(pin)
    lines = [
        f"  - name: {name}",
        "    buildsystem: simple",
        *(["    cleanup: ['*']"] if cleanup else []),
        "    build-commands:",
        "      - pip3 install --verbose --exists-action=i --no-index --find-links=\"file://${PWD}\""
        " --prefix=${FLATPAK_DEST} --no-build-isolation " + " ".join(f'"{n}"' for n in names),
        "    sources:",
    ]
    for _filename, src in sorted(sources.items()):
        lines += ["      - type: file", f"        url: {src['url']}", f"        sha256: {src['sha256']}"]
        if src["arches"] != set(ARCHES):
            lines.append(f"        only-arches: [{', '.join(sorted(src['arches']))}]")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(module("python3-build-backend", BUILD_REQUIREMENTS, cleanup=True))
    sys.stdout.write(module("python3-deps", REQUIREMENTS))
