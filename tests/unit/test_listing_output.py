"""The running lister's script: what it lists, and its output believed only whole.

The script runs here on real folders with this machine's ``sh`` and with busybox's (the shell of
volgui's helper image), ``stat`` and ``xargs``; its output is then cut at every byte.
"""

from __future__ import annotations

import os
import subprocess

import pytest

from volgui.engine import EngineError
from volgui.engine.volumes.listers import _LISTER_SCRIPT, IncompleteListingError, parse_listing

ODD = "a file with spaces — été ñ 日本.txt"
MIMIC = "volgui-end 1\n"  # a name that looks like the end line


SHELLS = (["sh"], ["busybox", "sh"])


def run_script(folder, shell=SHELLS[0]) -> bytes:
    done = subprocess.run([*shell, "-c", _LISTER_SCRIPT, "sh", str(folder)], capture_output=True, check=True)
    return done.stdout


def fresh(tmp_path):
    made = tmp_path / "f"  # tmp_path itself holds the tests' home folder
    made.mkdir()
    return made


@pytest.fixture
def folder(tmp_path):
    tmp_path = fresh(tmp_path)
    (tmp_path / "data").mkdir()
    (tmp_path / "empty").mkdir()
    (tmp_path / ODD).write_text("déjà vu\n")
    (tmp_path / MIMIC).write_bytes(b"x" * 300)
    (tmp_path / ".hidden").write_text("h")
    (tmp_path / "..two-dots").write_text("")
    os.symlink("data", tmp_path / "link")
    os.symlink("nowhere", tmp_path / "dangling")
    return tmp_path


@pytest.mark.parametrize("shell", SHELLS, ids=" ".join)
@pytest.mark.parametrize("names", [(".h",), ("..d",), ("p",), (".h", "..d"), (".h", "p"), ("..d", "p"),
                                   (".h", "..d", "p"), ("*",), (".[!.]*", "..?*"), ()])
def test_each_kind_of_name_is_listed_alone_and_together(tmp_path, shell, names):
    tmp_path = fresh(tmp_path)
    for name in names:
        (tmp_path / name).write_text(name)
    own, entries = parse_listing(run_script(tmp_path, shell), "")
    assert own is not None and sorted(e.name for e in entries) == sorted(names)
    assert {e.name: e.size for e in entries} == {n: len(n) for n in names}


def test_a_big_folder_is_listed(tmp_path):
    tmp_path = fresh(tmp_path)
    for i in range(5000):  # adding each name to the list was quadratic: 44 s for 20 000 names
        (tmp_path / f"n{i}").touch()
    entries = parse_listing(run_script(tmp_path, SHELLS[1]), "")[1]
    assert len(entries) == 5000 and {e.name for e in entries} == {f"n{i}" for i in range(5000)}


@pytest.mark.parametrize("shell", SHELLS, ids=" ".join)
def test_the_whole_output_lists_the_folder(folder, shell):
    own, entries = parse_listing(run_script(folder, shell), "f")
    assert own is not None and own.is_dir
    assert {e.name: e.kind for e in entries} == {"data": "dir", "empty": "dir", ODD: "file", MIMIC: "file",
                                                 ".hidden": "file", "..two-dots": "file", "link": "symlink",
                                                 "dangling": "symlink"}
    sizes = {ODD: len("déjà vu\n".encode()), MIMIC: 300, ".hidden": 1, "..two-dots": 0}
    assert {e.name: e.size for e in entries if e.kind == "file"} == sizes
    links = {e.name: e.link_target for e in entries if e.kind == "symlink"}
    assert links == {"link": "data", "dangling": "nowhere"}
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
        parse_listing(out.replace(b"volgui-end 8", b"volgui-end 7"), "f")  # a count that does not match
