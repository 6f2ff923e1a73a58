"""Direct transfers (tar in a container, the archive through a FIFO or written by tar into the
backup's file) on the private engine.

The same guarantees as the archive endpoints: every entry's type, mode, owner, mtime, link and
content survive, in both directions and across the two methods; cancel leaves nothing; and when
the direct way cannot work (no tar in the image, an engine that does not see this machine's
files) the transfer falls back to the endpoints without touching the volume first.
"""

from __future__ import annotations

import io
import subprocess
import tarfile

import pytest
from volume_trees import ODD_NAME, assert_no_leftovers, build_tar, manifest

from volgui.engine import EngineError
from volgui.engine.volumes import direct as volume_direct
from volgui.engine.volumes import helpers, streaming
from volgui.engine.volumes import transfer as vd

pytestmark = pytest.mark.integration


def volume_names(docker_api) -> list[str]:
    return [v["Name"] for v in docker_api.volumes()["Volumes"] or []]


def test_the_test_engine_offers_the_direct_way(engine):
    image, argv = volume_direct.find_tar_image(engine, refresh=True)
    assert image == "volgui-test/busybox:latest" and argv == ("tar",)
    assert volume_direct.is_local(engine)


@pytest.mark.parametrize("export_direct,import_direct,compress", [
    (None, None, False), (None, False, False), (False, None, False), (None, None, True)])
def test_round_trips_across_methods_keep_everything(engine, docker_api, filled, prefix, work,
                                                    export_direct, import_direct, compress):
    original = manifest(engine, filled)
    archive = work / ("b.tar.gz" if compress else "b.tar")
    seen = []
    out = vd.export_volume(engine, filled, archive, compress=compress, direct=export_direct,
                           progress=seen.append)
    assert out.method == ("api" if export_direct is False else "direct")
    assert seen[-1].done == out.bytes
    assert [p.name for p in work.iterdir()] == [archive.name]  # no temporary file left
    if compress:
        assert archive.read_bytes()[:2] == b"\x1f\x8b"
    else:
        assert archive.stat().st_size == out.bytes
        listing = subprocess.run(["tar", "-tvf", str(archive)], capture_output=True, text=True,
                                 check=True).stdout
        assert ODD_NAME in listing and "link to" in listing
    restored = f"{prefix}restored"
    got = vd.import_volume(engine, archive, restored, create=True, direct=import_direct)
    assert got.method == ("api" if import_direct is False else "direct")
    assert manifest(engine, restored) == original
    assert_no_leftovers(docker_api)


def test_without_splice_the_direct_way_copies(engine, docker_api, filled, prefix, work, monkeypatch):
    """Where the backup's file system cannot splice, the data is read and written instead."""
    import errno

    def refuse(*_args):
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(volume_direct.os, "splice", refuse)
    monkeypatch.setattr(volume_direct, "_shared_file", lambda path: path + ".not-there")  # the FIFO way
    original = manifest(engine, filled)
    archive = work / "b.tar"
    assert vd.export_volume(engine, filled, archive).method == "direct"
    assert vd.import_volume(engine, archive, f"{prefix}r", create=True).method == "direct"
    assert manifest(engine, f"{prefix}r") == original
    assert_no_leftovers(docker_api)


def test_folder_times_come_back_without_symlinks_in_the_archive(engine, docker_api, prefix, work,
                                                                monkeypatch):
    """No symlinks: the folders are sent to tar once more at the end of the stream (no replay
    through the engine afterwards); busybox's tar must still give every folder its time back."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, kind, mtime, uid in ((".", tarfile.DIRTYPE, 1_500_000_000, 0),
                                       ("./a", tarfile.DIRTYPE, 1_500_000_001, 7),
                                       ("./a/b", tarfile.DIRTYPE, 1_500_000_002, 8),
                                       ("./a/b/f.txt", tarfile.REGTYPE, 1_500_000_003, 9),
                                       ("./a/g.txt", tarfile.REGTYPE, 1_500_000_004, 10)):
            info = tarfile.TarInfo(name)
            info.type, info.mtime, info.uid, info.gid = kind, mtime, uid, uid
            info.mode = 0o750 if kind == tarfile.DIRTYPE else 0o640
            data = name.encode() * 100
            info.size = len(data) if kind == tarfile.REGTYPE else 0
            tar.addfile(info, io.BytesIO(data) if kind == tarfile.REGTYPE else None)
    archive = work / "dirs.tar"
    archive.write_bytes(buf.getvalue())
    replays = []
    real_put_stream = streaming.put_stream
    monkeypatch.setattr(vd, "put_stream", lambda *a, **k: replays.append(a) or real_put_stream(*a, **k))
    assert vd.import_volume(engine, archive, f"{prefix}dirs", create=True).method == "direct"
    assert replays == []  # tar did it all
    got = manifest(engine, f"{prefix}dirs")
    assert {k: (v[1], v[2], v[4]) for k, v in got.items()} == {  # mode, owner, mtime
        ".": (0o750, 0, 1_500_000_000), "./a": (0o750, 7, 1_500_000_001),
        "./a/b": (0o750, 8, 1_500_000_002), "./a/b/f.txt": (0o640, 9, 1_500_000_003),
        "./a/g.txt": (0o640, 10, 1_500_000_004)}
    assert_no_leftovers(docker_api)


def test_an_image_without_tar_falls_back_to_the_endpoints(engine, docker_api, filled, prefix, work,
                                                          monkeypatch):
    monkeypatch.setattr(volume_direct, "_set_aside", {})
    no_tar = (helpers.HELPER_IMAGE, ("tar",))  # the helper image has no files at all
    original = manifest(engine, filled)
    archive = work / "b.tar"
    monkeypatch.setitem(volume_direct._tar_images, engine.spec.host, no_tar)
    assert vd.export_volume(engine, filled, archive).method == "api"
    # set aside: the next transfer chooses another image
    assert volume_direct.find_tar_image(engine)[0] == "volgui-test/busybox:latest"
    monkeypatch.setitem(volume_direct._tar_images, engine.spec.host, no_tar)
    assert vd.import_volume(engine, archive, f"{prefix}r", create=True).method == "api"
    assert manifest(engine, f"{prefix}r") == original
    assert_no_leftovers(docker_api)


def test_an_engine_that_does_not_see_our_files_falls_back(engine, docker_api, filled, prefix, work,
                                                          tmp_path, monkeypatch):
    """The engine bind-mounts some other folder (as a remote or VM engine would): tar writes to a
    file there or finds no archive; volgui notices and uses the endpoints."""
    monkeypatch.setattr(volume_direct, "_set_aside", {})
    elsewhere = tmp_path / "engine-side"
    elsewhere.mkdir()
    monkeypatch.setattr(volume_direct, "_shared_folder", lambda _fifo: str(elsewhere))
    # the engine has no file at the archive's path: the bind mount of it is refused
    monkeypatch.setattr(volume_direct, "_shared_file", lambda _path: str(elsewhere / "archive"))
    original = manifest(engine, filled)
    archive = work / "b.tar"
    assert vd.export_volume(engine, filled, archive).method == "api"
    assert vd.import_volume(engine, archive, f"{prefix}r", create=True).method == "api"
    assert manifest(engine, f"{prefix}r") == original
    assert list(elsewhere.iterdir()) == []  # read-only there: tar could not leave a copy behind
    # a folder the engine does not have at all: refused, not created
    missing = tmp_path / "not-there"
    monkeypatch.setattr(volume_direct, "_shared_folder", lambda _fifo: str(missing))
    assert vd.export_volume(engine, filled, work / "c.tar").method == "api"
    assert vd.import_volume(engine, archive, f"{prefix}r2", create=True).method == "api"
    assert not missing.exists()
    assert volume_direct._set_aside == {}  # the image itself was fine: still chosen next time
    assert_no_leftovers(docker_api)


def test_an_engine_with_a_file_of_its_own_at_the_path_falls_back(engine, docker_api, filled, work,
                                                                  tmp_path, monkeypatch):
    """tar writes the engine's file, volgui's stays empty: that is noticed, nothing was read, and
    the archive is made another way, whole and matching its manifest."""
    theirs = tmp_path / "theirs.tar"
    theirs.write_bytes(b"")
    monkeypatch.setattr(volume_direct, "_shared_file", lambda _path: str(theirs))
    out = vd.export_volume(engine, filled, work / "b.tar")
    assert out.method == "direct" and out.bytes == (work / "b.tar").stat().st_size  # by the FIFO
    assert theirs.read_bytes() == (work / "b.tar").read_bytes()
    assert [p.name for p in work.iterdir()] == ["b.tar"]
    assert_no_leftovers(docker_api)


def test_a_broken_archive_is_explained_and_a_new_volume_removed(engine, docker_api, prefix, work):
    archive = work / "cut.tar"
    archive.write_bytes(build_tar()[:20_000])  # ends in the middle of a file
    with pytest.raises(EngineError, match="Restoring into"):
        vd.import_volume(engine, archive, f"{prefix}cut", create=True, direct=None)
    assert f"{prefix}cut" not in volume_names(docker_api)
    assert_no_leftovers(docker_api)
