"""The sweep of volgui's private scratch that a crash left beside the archives (``scratch``): what
volgui left is removed, what is in use or is not exactly volgui's is kept. Real files in work;
a crash is a real process killed with SIGKILL while it holds the real folder."""

from __future__ import annotations

import logging
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

import volgui
from volgui.engine.volumes import backups, restore_file, scratch, snapshots, swap_restore

HOUR = 3600
ROOT = Path(volgui.__file__).resolve().parents[1]

# a process that makes a real private folder and holds it until its stdin closes
_MAKER = """
import os, sys
from pathlib import Path
from volgui.engine.volumes import restore_file, swap_restore
archive = Path(sys.argv[2])
if sys.argv[1] == "restore":
    made = restore_file._private_link(archive)
else:
    made = swap_restore._private_folder(archive.parent)
with made as path:
    folder = os.path.dirname(path) if sys.argv[1] == "restore" else path
    if sys.argv[1] == "rollback":  # what the roll back and its container put there
        os.link(archive, os.path.join(folder, "safety"))
        for name in ("list", "ref", "root"):
            Path(folder, name).write_text("x")
    print(folder, flush=True)
    sys.stdin.read()
"""


def age(path: Path, seconds: float) -> None:
    """Set ``path``'s times (and everything's inside a folder) ``seconds`` into the past."""
    when = time.time() - seconds
    if path.is_dir() and not path.is_symlink():
        for inner in path.iterdir():
            os.utime(inner, (when, when), follow_symlinks=False)
    os.utime(path, (when, when), follow_symlinks=False)


class Maker:
    """A real private folder of ``kind`` held by another process."""

    def __init__(self, kind: str, archive: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", _MAKER, kind, str(archive)], cwd=ROOT,
                                     env={**os.environ, "PYTHONPATH": str(ROOT)}, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        self.folder = Path(self.proc.stdout.readline().strip())
        assert self.folder.is_dir(), self.proc.communicate()

    def crash(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.communicate()
        assert self.proc.returncode == -signal.SIGKILL

    def finish(self) -> None:
        self.proc.communicate("")
        assert self.proc.returncode == 0


@pytest.fixture
def work(tmp_path) -> Path:
    """A folder of archives (tmp_path also holds the isolated HOME)."""
    path = tmp_path / "archives"
    path.mkdir()
    return path


@pytest.fixture
def archive(work) -> Path:
    path = work / "vol--20240101T000000Z.tar"
    path.write_bytes(b"data" * 1000)
    return path


def names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_the_names_swept_are_the_names_tempfile_makes(work):
    for _ in range(50):
        made = Path(tempfile.mkdtemp(prefix=scratch.RESTORE, dir=work)).name
        assert scratch._FOLDER.fullmatch(made)
        fd, part = tempfile.mkstemp(prefix=".a--20240101T000000Z.tar.", suffix=".part", dir=work)
        os.close(fd)
        assert scratch._PART.fullmatch(Path(part).name)


def test_every_name_the_roll_back_puts_in_its_folder_is_one_the_sweep_knows():
    script = set(re.findall(r"/q/([a-z]+)", swap_restore._SCRIPT))
    source = Path(swap_restore.__file__).read_text()
    written = set(re.findall(r'os\.path\.join\((?:self\.private|folder), "([a-z]+)"\)', source))
    written |= set(re.findall(r'Path\((?:self\.private|folder), "([a-z]+)"\)', source))
    assert {"go", "state", "list", "ref", "root", "safety"} <= script | written
    assert script | written <= set(scratch.CONTENTS[scratch.ROLLBACK])


@pytest.mark.parametrize("kind", ["restore", "rollback"])
def test_a_folder_left_by_a_killed_process_is_removed_and_frees_the_archive(work, archive, kind):
    maker = Maker(kind, archive)
    maker.crash()
    assert maker.folder.is_dir() and archive.stat().st_nlink == 2  # the hard link left behind
    assert scratch.sweep(work) == []  # just left: a container may still be writing there
    age(maker.folder, scratch.SETTLE + 60)
    assert scratch.sweep(work) == [maker.folder]
    assert names(work) == {archive.name} and archive.stat().st_nlink == 1
    assert archive.read_bytes() == b"data" * 1000


@pytest.mark.parametrize("kind", ["restore", "rollback"])
def test_a_folder_locked_by_another_process_is_kept(work, archive, kind):
    maker = Maker(kind, archive)
    try:
        age(maker.folder, 2 * 24 * HOUR)
        before = names(maker.folder)
        assert scratch.sweep(work) == []
        assert names(maker.folder) == before and scratch.LOCK in before
    finally:
        maker.finish()
    assert names(work) == {archive.name}  # its maker removed it


def test_a_folder_held_open_in_this_process_is_kept_and_removed_after(work, archive):
    with restore_file._private_link(archive) as link:
        folder = Path(link).parent
        age(folder, 2 * 24 * HOUR)
        assert scratch.sweep(work) == []
        with swap_restore._private_folder(work) as other:  # its own sweep keeps the first
            assert Path(link).is_file() and Path(other, "go").exists()
            assert backups.list_backups(work) == []  # so does the list's
            assert Path(link).is_file()
    assert names(work) == {archive.name}


@pytest.mark.parametrize("hours, kept", [(25, False), (23, True)])
def test_a_folder_from_before_the_lock_goes_only_when_all_of_it_is_a_day_old(work, archive, hours, kept):
    restore = work / ".volgui-restore-ab_12xyz"
    restore.mkdir()
    os.link(archive, restore / "archive")
    rollback = work / ".volgui-rollback-q9w8e7r6"
    rollback.mkdir()
    os.mkfifo(rollback / "go")
    for name in ("state", "list", "ref"):
        (rollback / name).write_text("listed")
    os.link(archive, rollback / "safety")
    fresh = work / ".volgui-rollback-freshone"
    fresh.mkdir()
    (fresh / "state").write_text("")
    for folder in (restore, rollback, fresh):
        age(folder, hours * HOUR)
    os.utime(fresh / "state")  # one entry changed just now
    removed = scratch.sweep(work)
    assert fresh.is_dir()
    if kept:
        assert removed == [] and restore.is_dir() and rollback.is_dir()
    else:
        assert sorted(removed) == sorted([restore, rollback])
        assert names(work) == {archive.name, fresh.name} and archive.stat().st_nlink == 1


def test_an_old_part_goes_and_a_fresh_one_stays(work):
    old, young, day = (work / f".vol--20240101T000000Z.tar.{r}.part"
                       for r in ("a1b2c3d4", "zz_zz_zz", "k0k0k0k0"))
    for path in (old, young, day):
        path.write_bytes(b"partial")
    age(old, 25 * HOUR)
    age(day, 23 * HOUR)
    assert scratch.sweep(work) == [old]
    assert names(work) == {young.name, day.name}


def test_a_persons_files_with_similar_names_are_never_touched(work, archive):
    def folder(name: str, content: dict[str, str | None]) -> Path:
        path = work / name
        path.mkdir()
        for inner, text in content.items():
            if text is None:
                (path / inner).mkdir()
            else:
                (path / inner).write_text(text)
        return path

    target = folder("mine", {"state": "my own"})  # as a left-over roll back folder holds
    person = [
        folder(".volgui-restore-abc", {"archive": "x"}),  # too short for mkdtemp's name
        folder(".volgui-restore-ABCDEFGH", {"archive": "x"}),  # not its letters
        folder(".volgui-restore-abcdefgh9", {"archive": "x"}),  # too long
        folder("volgui-restore-abcdefgh", {"archive": "x"}),  # no dot
        folder(".volgui-backup-abcdefgh", {"archive": "x"}),  # another prefix
        folder(".volgui-restore-notes123", {"archive": "x", "notes.txt": "mine"}),  # a name not volgui's
        folder(".volgui-restore-subdir12", {"archive": None}),  # a folder where a file goes
        folder(".volgui-rollback-wrongtyp", {"go": "a file, not a FIFO"}),
        folder(".volgui-rollback-16hexchars0123456", {"state": "x"}),  # swap_restore's in-volume name
    ]
    linked = folder(".volgui-restore-linkinsd", {})
    (linked / "archive").symlink_to(archive)  # a symlink where the hard link goes
    person.append(linked)
    (work / ".volgui-rollback-symlink1").symlink_to(target, target_is_directory=True)
    (work / ".volgui-restore-afile123").write_text("a file with a folder's name")
    (work / ".vol--20240101T000000Z.tar.part").write_text("no random part")
    (work / ".vol--20240101T000000Z.tar.abcdefg.part").write_text("seven")
    (work / "vol--20240101T000000Z.tar.abcdefgh.part").write_text("no dot")
    (work / ".vol--20240101T000000Z.tar.abcdefgh.partial").write_text("other suffix")
    (work / ".vol--20240101T000000Z.tar.ABCDEFGH.part").write_text("upper")
    (work / ".vol--20240101T000000Z.tar.folder12.part").mkdir()
    (work / ".vol--20240101T000000Z.tar.symlink1.part").symlink_to(archive)
    (work / ".mydata.tar.abcdefgh.part").write_text("an export's part file: a name the person chose")
    (work / ".vol--20240101T000000Z.tar.abcdefgh.part.x").write_text("more after")
    everything = sorted(p.relative_to(work) for p in work.rglob("*"))
    for path in work.rglob("*"):
        os.utime(path, (1, 1), follow_symlinks=False)  # 1970: as old as can be
    assert scratch.sweep(work) == []
    assert sorted(p.relative_to(work) for p in work.rglob("*")) == everything
    assert (target / "state").read_text() == "my own" and archive.read_bytes() == b"data" * 1000


def test_a_sweep_looks_at_a_bounded_number_of_entries(work, monkeypatch):
    monkeypatch.setattr(scratch, "MAX_ENTRIES", 5)
    for i in range(12):
        path = work / f".v{i}--20240101T000000Z.tar.abcdefgh.part"
        path.write_text("x")
        age(path, 2 * 24 * HOUR)
    assert len(scratch.sweep(work)) == 5
    assert len(names(work)) == 7


def test_a_sweep_never_raises_and_logs_what_it_removed(work, archive, monkeypatch, caplog):
    assert scratch.sweep(work / "missing") == []
    assert scratch.sweep(archive) == []  # a file, not a folder
    left = work / ".volgui-restore-12345678"
    left.mkdir()
    (left / "archive").write_text("x")
    part = work / ".a--20240101T000000Z.tar.12345678.part"
    part.write_text("x")
    age(left, 2 * 24 * HOUR)
    age(part, 2 * 24 * HOUR)

    def refused(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    with caplog.at_level(logging.WARNING, logger=scratch.__name__):
        with monkeypatch.context() as patched:
            patched.setattr(scratch.os, "rmdir", refused)
            patched.setattr(scratch.os, "unlink", refused)
            assert scratch.sweep(work) == []
        assert left.is_dir() and part.is_file()
        assert "could not remove" in caplog.text
        caplog.clear()
        assert sorted(scratch.sweep(work)) == sorted([left, part])
    assert str(left) in caplog.text and str(part) in caplog.text
    assert names(work) == {archive.name}


def test_making_scratch_and_reading_the_lists_sweep_first(work, archive):
    def leave() -> list[Path]:
        folder = work / ".volgui-rollback-left1234"
        folder.mkdir()
        (folder / scratch.LOCK).write_text("")
        os.link(archive, folder / "safety")
        part = work / f".{archive.name}.old12345.part"
        part.write_text("partial")
        for path in (folder, part):
            age(path, 2 * 24 * HOUR)
        return [folder, part]

    left = leave()
    fd, made = scratch.new_part(archive)
    os.close(fd)
    assert not any(p.exists() for p in left) and Path(made).is_file()
    assert scratch._PART.fullmatch(Path(made).name) and Path(made).name.startswith(f".{archive.name}.")
    left = leave()
    with restore_file._private_link(archive) as link:
        assert not any(p.exists() for p in left) and Path(link).samefile(archive)
    left = leave()
    assert snapshots.list_snapshots(work) == []
    assert not any(p.exists() for p in left)
    assert names(work) == {archive.name, Path(made).name}
