import subprocess
import sys

from volgui import __version__


def test_version_flag():
    out = subprocess.run([sys.executable, "-m", "volgui", "--version"], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == f"volgui {__version__}"


def test_help_lists_options():
    out = subprocess.run([sys.executable, "-m", "volgui", "--help"], capture_output=True, text=True,
                         check=True)
    for flag in ("--host", "--context", "--config-dir", "--version"):
        assert flag in out.stdout
