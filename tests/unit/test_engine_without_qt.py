"""The engine layer is a library: importing any of it must not import Qt."""

import pkgutil
import subprocess
import sys

import volgui.engine


def test_engine_modules_do_not_import_qt():
    modules = [m.name for m in pkgutil.walk_packages(volgui.engine.__path__, "volgui.engine.")]
    assert "volgui.engine.connection" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt')))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"engine imports Qt: {result.stdout} {result.stderr}"


def test_engine_source_has_no_qt_import():
    from pathlib import Path

    root = Path(volgui.engine.__file__).parent
    offenders = [p.name for p in root.rglob("*.py") if "PySide6" in p.read_text() or "PyQt" in p.read_text()]
    assert offenders == []
