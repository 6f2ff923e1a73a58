"""200 % scaling keeps every panel and dialog usable: tests/gui/scaled_case.py in a process
started with QT_SCALE_FACTOR=2 on an offscreen 2560×1600 screen (1280×800 logical), against the
same private engine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

CASE = Path(__file__).with_name("scaled_case.py")
ROOT = Path(__file__).resolve().parents[2]


def test_panels_and_dialogs_at_200_percent(tmp_path, engine_host):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "hidpi", "x": 0, "y": 0, "width": 2560,
                                               "height": 1600, "logicalDpi": 96, "logicalBpi": 96,
                                               "dpr": 1}]}))
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               VOLGUI_TEST_DOCKER_HOST=engine_host)
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(CASE)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
