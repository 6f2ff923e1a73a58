"""The running lister's script output is believed only whole: every cut of it is refused.

The script runs here with this machine's ``sh``, ``stat`` and ``xargs`` on a real folder (the
helper runs the same script in a container); its output is then cut at every byte.
"""

from __future__ import annotations

import os
import subprocess

import pytest

from volgui.engine import EngineError
from volgui.engine.volumes.listers import _LISTER_SCRIPT, IncompleteListingError, parse_listing

ODD = "a file with spaces — été ñ 日本.txt"
MIMIC = "volgui-end 1\n"  # a name that looks like the end line


def run_script(folder) -> bytes:
    done = subprocess.run(["sh", "-c", _LISTER_SCRIPT, "sh", str(folder)], capture_output=True, check=True)
    return done.stdout


@pytest.fixture
def folder(tmp_path):
    tmp_path = tmp_path / "f"
    tmp_path.mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "empty").mkdir()
    (tmp_path / ODD).write_text("déjà vu\n")
    (tmp_path / MIMIC).write_bytes(b"x" * 300)
    (tmp_path / ".hidden").write_text("h")
    os.symlink("data", tmp_path / "link")
    return tmp_path


def test_the_whole_output_lists_the_folder(folder):
    own, entries = parse_listing(run_script(folder), "f")
    assert own is not None and own.is_dir
    assert {e.name: e.kind for e in entries} == {"data": "dir", "empty": "dir", ODD: "file", MIMIC: "file",
                                                 ".hidden": "file", "link": "symlink"}
    sizes = {ODD: len("déjà vu\n".encode()), MIMIC: 300, ".hidden": 1}
    assert {e.name: e.size for e in entries if e.kind == "file"} == sizes
    assert [e.link_target for e in entries if e.name == "link"] == ["data"]
    assert parse_listing(run_script(folder / "empty"), "f/empty")[1] == []


@pytest.mark.parametrize("name", ["folder", "empty"])
def test_every_cut_of_the_output_is_refused(folder, name):
    out = run_script(folder if name == "folder" else folder / "empty")
    for end in range(len(out)):
        with pytest.raises(EngineError):  # never a shorter (or empty) listing
            parse_listing(out[:end], "f")


def test_output_without_the_end_line_is_an_incomplete_listing(folder):
    out = run_script(folder)
    own_line_only = out.partition(b"\n")[0] + b"\n"  # what a loaded run once gave: exit code 0
    with pytest.raises(IncompleteListingError, match="arrived incomplete"):
        parse_listing(own_line_only, "shared")
    with pytest.raises(IncompleteListingError):
        parse_listing(out.replace(b"volgui-end 6", b"volgui-end 5"), "f")  # a count that does not match
