"""``volgui --self-check`` and ``--color-scheme`` on the command line (from the source tree)."""

import subprocess
import sys

import pytest

from volgui import __version__


def _volgui(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "volgui", *args], capture_output=True, text=True,
                          timeout=timeout)


def test_help_lists_the_new_options():
    out = _volgui("--help")
    assert out.returncode == 0
    for flag in ("--self-check", "--color-scheme", "--host", "--context", "--config-dir", "--version"):
        assert flag in out.stdout


def test_unknown_color_scheme_is_refused():
    out = _volgui("--color-scheme", "sepia", "--self-check")
    assert out.returncode == 2 and "invalid choice: 'sepia'" in out.stderr


def test_self_check_without_an_engine_fails_with_a_reason(tmp_path):
    out = _volgui("--self-check", "--host", f"unix://{tmp_path}/absent.sock")
    assert out.returncode == 2, out.stdout + out.stderr
    assert "volgui self-check FAILED: cannot connect to a Docker engine" in out.stderr
    assert "absent.sock" in out.stderr
    assert "self-check: OK" not in out.stdout


@pytest.mark.integration
def test_self_check_passes_against_the_private_engine(engine_host, docker_api, prefix, tmp_path):
    docker_api.create_volume(f"{prefix}selfcheck", labels={"volgui.test": "1"})
    out = _volgui("--self-check", "--host", engine_host, "--config-dir", str(tmp_path / "cfg"))
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "volgui self-check: OK"
    assert f"volgui {__version__} from" in out.stdout
    assert f"at {engine_host}" in out.stdout
    assert f"{prefix}selfcheck" in out.stdout and "platform offscreen" in out.stdout
    assert "propagateSizeHints" not in out.stderr
    assert (tmp_path / "cfg" / "volgui.ini").is_file()  # --config-dir is honoured


@pytest.mark.integration
def test_self_check_in_dark_leaves_the_settings_alone(engine_host, config_dir):
    out = _volgui("--self-check", "--color-scheme", "dark", "--host", engine_host)
    assert out.returncode == 0, out.stdout + out.stderr
    assert not (config_dir / "volgui.ini").exists()  # a throwaway folder was used
