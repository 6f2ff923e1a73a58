#!/usr/bin/env python3
"""Update the translation catalogues (``.ts``) and compile them (``.qm``) with PySide6's tools.

    python packaging/translations.py update     # lupdate: collect every tr() text into the .ts files
    python packaging/translations.py compile [OUTDIR]   # lrelease: .ts -> .qm (default: beside them)

The ``.ts`` files in ``volgui/assets/translations`` are the sources and are committed; the ``.qm``
files are build products, compiled at build time (setup.py's build step, packaging/build-bundle.sh,
scripts/setup-env for a source checkout) and never committed. ``volgui_en.ts`` carries only the
English plural forms ("%n item(s)" -> "1 item", "2 items").

The tools are ``pyside6-lupdate`` / ``pyside6-lrelease`` from PySide6 (``$VOLGUI_LRELEASE`` or
PATH; Qt's own ``lrelease`` on PATH; else the ones of the running Python's PySide6). Standard
library only: setup.py imports it in an isolated build environment.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "volgui" / "assets" / "translations"
LANGUAGES = ("de", "es", "en")  # en: plural forms only


def _tool(name: str) -> list[str]:
    override = os.environ.get(f"VOLGUI_{name.upper()}")
    if override:
        return [override]
    found = shutil.which(f"pyside6-{name}") or shutil.which(f"pyside6-{name}",
                                                             path=str(Path(sys.executable).parent))
    found = found or shutil.which(f"{name}-qt6") or shutil.which(name)  # Qt's own tools (a Flatpak SDK)
    if found:
        return [found]
    try:
        import PySide6  # noqa: F401 - only to find its tools
    except ImportError:
        raise SystemExit(f"translations: pyside6-{name} not found (install PySide6, or set "
                         f"VOLGUI_{name.upper()}); the catalogues cannot be built") from None
    return [sys.executable, "-c", f"from PySide6.scripts.pyside_tool import {name}; {name}()"]


def catalogues(folder: Path = FOLDER) -> list[Path]:
    return [folder / f"volgui_{lang}.ts" for lang in LANGUAGES]


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "volgui").rglob("*.py"))
    for ts in catalogues():
        subprocess.run([*_tool("lupdate"), "-locations", "none", "-no-obsolete", *sources, "-ts",
                        str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def with_any_context(ts: Path, target: Path) -> None:
    """The catalogue plus every translated text once more in the empty context: the app's
    translator (volgui.ui.window.translator) looks there when a text is asked for under another
    context than lupdate saw (``window.tr(...)`` called from a feature's function)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    anywhere = ET.SubElement(root, "context")
    ET.SubElement(anywhere, "name").text = ""
    seen = set()
    for message in list(root.iter("message")):
        key = (message.findtext("source"), message.get("numerus"), message.findtext("comment"))
        translation = message.find("translation")
        if key in seen or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        seen.add(key)
        anywhere.append(message)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def compile_all(outdir: Path | None = None, folder: Path = FOLDER) -> list[Path]:
    written = []
    work = Path(tempfile.mkdtemp(prefix="volgui-ts-"))
    for ts in catalogues(folder):
        if not ts.is_file():
            raise SystemExit(f"translations: {ts} is missing")
        qm = (outdir or ts.parent) / ts.with_suffix(".qm").name
        qm.parent.mkdir(parents=True, exist_ok=True)
        source = work / ts.name
        with_any_context(ts, source)
        out = subprocess.run([*_tool("lrelease"), "-silent", str(source), "-qm", str(qm)],
                             capture_output=True,
                             text=True)
        if out.returncode != 0 or not qm.is_file():
            raise SystemExit(f"translations: lrelease failed for {ts.name}: {out.stdout}{out.stderr}")
        written.append(qm)
    shutil.rmtree(work, ignore_errors=True)
    return written


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["compile"]:
        for qm in compile_all(Path(argv[1]) if len(argv) > 1 else None):
            print(qm)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
