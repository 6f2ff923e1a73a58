"""The import contracts in pyproject.toml ([tool.importlinter]) hold: layers point one way.

Each contract runs on its own so that a broken one names itself; the failure message is
import-linter's report (which module imports which, on which line).
"""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONTRACTS = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]

def test_every_contract_has_an_id():
    assert all(c.get("id") for c in CONTRACTS)
    assert len({c["id"] for c in CONTRACTS}) == len(CONTRACTS)


@pytest.mark.parametrize("contract_id", [c["id"] for c in CONTRACTS])
def test_import_contract(contract_id):
    code = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    result = subprocess.run(
        [sys.executable, "-c", code, "--no-cache", "--no-logo", "--contract", contract_id, "pyproject.toml"],
        cwd=ROOT, capture_output=True, text=True, check=False,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, f"contract {contract_id!r} is broken:\n{result.stdout}{result.stderr}"
