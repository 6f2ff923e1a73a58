#!/usr/bin/env python3
"""Render the application icon (resources/io.github.volgui.Volgui.svg) to PNG sizes at build time.

    python packaging/render_icons.py OUTDIR [--sizes 16 32 ...]

writes a freedesktop icon theme tree, ready to copy under ``$PREFIX/share/icons``:

    OUTDIR/hicolor/scalable/apps/io.github.volgui.Volgui.svg
    OUTDIR/hicolor/<N>x<N>/apps/io.github.volgui.Volgui.png     (N = 16 … 512)

The PNGs are build products: never commit them. Used by packaging/build-bundle.sh (PyInstaller)
and the Flatpak manifest. Needs only PySide6 (QtSvg), runs without a display.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

APP_ID = "io.github.volgui.Volgui"
SOURCE = Path(__file__).resolve().parent.parent / "resources" / f"{APP_ID}.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(outdir: Path, sizes=SIZES, source: Path = SOURCE) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {source} is not a valid SVG")
    written = []
    scalable = outdir / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, scalable / f"{APP_ID}.svg")
    written.append(scalable / f"{APP_ID}.svg")
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = outdir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"render_icons: cannot write {target}")
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    args = parser.parse_args(argv)
    for path in render(args.outdir, args.sizes):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
