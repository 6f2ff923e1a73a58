"""Volume data on the private engine: back up, restore, clone, browse — no image pulled."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import subprocess
import tarfile

import pytest

from volgui.engine import Cancelled, CancelToken, Engine, EngineError
from volgui.engine import volume_data as vd
from volgui.engine import volume_files as vf
from volgui.engine.connection import ConnectionSpec

pytestmark = pytest.mark.integration

BIG = 6 * 1024 * 1024 + 123
ODD_NAME = "a file with spaces — été ñ 日本.txt"
MTIME = 1_600_000_000


def big_content() -> bytes:
    return hashlib.sha256(b"seed").digest() * (BIG // 32) + b"x" * (BIG % 32)


def build_tar() -> bytes:
    """A tree with odd owners and modes, a symlink, a hardlink, an odd name, an empty folder."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        def add(name, kind=tarfile.REGTYPE, data=b"", mode=0o644, uid=0, gid=0, link="", mtime=MTIME):
            info = tarfile.TarInfo(name)
            info.type = kind
            info.mode = mode
            info.uid, info.gid = uid, gid
            info.mtime = mtime
            info.linkname = link
            if kind == tarfile.REGTYPE:
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
            else:
                tar.addfile(info)

        add("data", tarfile.DIRTYPE, mode=0o750, uid=999, gid=999, mtime=MTIME + 1)
        add("data/db.conf", data=b"max_connections = 100\n", mode=0o600, uid=999, gid=999)
        add("data/setuid-tool", data=b"#!/bin/sh\necho hi\n", mode=0o4755, uid=0, gid=0)
        add("data/big.bin", data=big_content(), mode=0o640, uid=1234, gid=5678, mtime=MTIME + 2)
        add("data/hard.bin", tarfile.LNKTYPE, link="data/big.bin", mode=0o640, uid=1234, gid=5678)
        add("data/link-to-conf", tarfile.SYMTYPE, link="db.conf", mode=0o777)
        add("data/dangling", tarfile.SYMTYPE, link="/nowhere/at all", mode=0o777, uid=65534, gid=65534)
        add("shared", tarfile.DIRTYPE, mode=0o1777, uid=0, gid=100, mtime=MTIME + 3)
        add(f"shared/{ODD_NAME}", data="déjà vu\n".encode(), mode=0o664, uid=65534, gid=65534)
        add("empty", tarfile.DIRTYPE, mode=0o700, uid=42, gid=43, mtime=MTIME + 4)
        add("readme.txt", data=b"hello volume\n" * 100, mode=0o444)
    return buf.getvalue()


@pytest.fixture
def work(tmp_path):
    """An empty folder (tmp_path also holds the isolated HOME)."""
    path = tmp_path / "work"
    path.mkdir()
    return path


@pytest.fixture
def engine(engine_host):
    eng = Engine.connect(ConnectionSpec(engine_host, "test"))
    yield eng
    eng.close()


@pytest.fixture
def filled(docker_api, engine, prefix):
    name = f"{prefix}data"
    docker_api.create_volume(name)
    with vd.helper(engine, name) as cid:
        docker_api.put_archive(cid, vd.MOUNT, build_tar())
    return name


def manifest(engine, volume: str) -> dict[str, tuple]:
    """Every entry: type, mode, owner, mtime, link target, sha256 — read back through the engine."""
    out = {}
    with vd.helper(engine, volume, read_only=True) as cid:
        chunks, _ = engine.api.get_archive(cid, "/volume/.")
        with tarfile.open(fileobj=vf.ChunkReader(chunks), mode="r|") as tar:
            for info in tar:
                digest = ""
                if info.isreg():
                    digest = hashlib.sha256(tar.extractfile(info).read()).hexdigest()
                out[info.name] = (info.type, info.mode & 0o7777, info.uid, info.gid, int(info.mtime),
                                  info.linkname, digest)
    return out


def assert_no_leftovers(docker_api):
    assert docker_api.containers(all=True, filters={"label": vd.HELPER_LABEL}) == []
    images = [t for img in docker_api.images() for t in img.get("RepoTags") or []]
    assert sorted(images) == sorted({"volgui-test/busybox:latest", vd.HELPER_IMAGE} & set(images))
    assert vd.HELPER_IMAGE in images
    helper_images = docker_api.images(filters={"label": vd.HELPER_LABEL})
    assert len(helper_images) == 1


def test_backup_restore_clone_keep_everything(engine, docker_api, filled, prefix, work):
    original = manifest(engine, filled)
    names = set(original)
    assert {"./data/hard.bin", f"./shared/{ODD_NAME}", "./empty", "./data/dangling"} <= names
    assert original["./data/hard.bin"][0] == tarfile.LNKTYPE
    assert original["./data/setuid-tool"][1] == 0o4755 and original["./shared"][1] == 0o1777

    seen = []
    archive = work / "backup.tar"
    result = vd.export_volume(engine, filled, archive, progress=seen.append)
    assert archive.stat().st_size == result.bytes > BIG
    assert seen and seen[-1].done == result.bytes
    assert "tar -C /v -cf" in result.command and filled in result.command
    assert [p.name for p in work.iterdir()] == ["backup.tar"]

    restored = f"{prefix}restored"
    vd.import_volume(engine, archive, restored, create=True)
    assert manifest(engine, restored) == original

    gz = work / "backup.tar.gz"
    vd.export_volume(engine, filled, gz, compress=True)
    assert gz.read_bytes()[:2] == b"\x1f\x8b"
    from_gz = f"{prefix}from-gz"
    vd.import_volume(engine, gz, from_gz, create=True)
    assert manifest(engine, from_gz) == original

    clone = f"{prefix}clone"
    progress = []
    vd.clone_volume(engine, filled, clone, progress=progress.append)
    assert manifest(engine, clone) == original
    assert progress[-1].done > BIG

    # the archive is an ordinary tar that tar itself reads
    listing = subprocess.run(["tar", "-tvf", str(archive)], capture_output=True, text=True, check=True).stdout
    assert ODD_NAME in listing and "link to" in listing
    assert_no_leftovers(docker_api)


def test_import_into_existing_volume_overwrites_same_names_only(engine, docker_api, filled, prefix,
                                                                work):
    archive = work / "b.tar"
    vd.export_volume(engine, filled, archive)
    target = f"{prefix}existing"
    docker_api.create_volume(target)
    with vd.helper(engine, target) as cid:
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w") as tar:
            for name, data in (("readme.txt", b"old"), ("keep.txt", b"mine")):
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
        docker_api.put_archive(cid, "/volume", buf.getvalue())
    with pytest.raises(EngineError, match="already exists"):
        vd.import_volume(engine, archive, target, create=True)
    vd.import_volume(engine, archive, target)
    got = manifest(engine, target)
    assert got["./readme.txt"] == manifest(engine, filled)["./readme.txt"]
    assert "./keep.txt" in got
    assert_no_leftovers(docker_api)


def test_cancel_leaves_nothing_behind(engine, docker_api, filled, prefix, work):
    token = CancelToken()

    def cancel_at_once(p):
        token.cancel()

    target = work / "cancelled.tar"
    with pytest.raises(Cancelled):
        vd.export_volume(engine, filled, target, cancel=token, progress=cancel_at_once)
    assert list(work.iterdir()) == []

    archive = work / "ok.tar"
    vd.export_volume(engine, filled, archive)
    token = CancelToken()
    with pytest.raises(Cancelled):
        vd.import_volume(engine, archive, f"{prefix}never", create=True, cancel=token,
                         progress=cancel_at_once)
    assert f"{prefix}never" not in [v["Name"] for v in docker_api.volumes()["Volumes"]]

    token = CancelToken()
    with pytest.raises(Cancelled):
        vd.clone_volume(engine, filled, f"{prefix}never2", cancel=token, progress=cancel_at_once)
    assert f"{prefix}never2" not in [v["Name"] for v in docker_api.volumes()["Volumes"]]
    assert_no_leftovers(docker_api)


def test_failures_are_explained(engine, docker_api, prefix, work):
    with pytest.raises(EngineError, match="no volume named"):
        vd.export_volume(engine, f"{prefix}absent", work / "x.tar")
    docker_api.create_volume(f"{prefix}present")
    with pytest.raises(EngineError, match="does not exist"):
        vd.export_volume(engine, f"{prefix}present", work / "no" / "x.tar")
    with pytest.raises(EngineError, match="Cannot read"):
        vd.import_volume(engine, work / "missing.tar", f"{prefix}x", create=True)
    bad = work / "bad.tar.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00garbage-garbage")
    with pytest.raises(EngineError):
        vd.import_volume(engine, bad, f"{prefix}bad", create=True)
    assert f"{prefix}bad" not in [v["Name"] for v in docker_api.volumes()["Volumes"]]
    assert list(p.name for p in work.iterdir()) == ["bad.tar.gz"]


def test_sweep_removes_leftover_helpers(engine, docker_api, prefix):
    name = f"{prefix}swept"
    docker_api.create_volume(name)
    cid = vd.create_helper(engine, name)
    # one from a process that is gone
    import docker.types

    dead = docker_api.create_container(
        vd.HELPER_IMAGE, ["x"],
        labels={vd.HELPER_LABEL: "1", vd.HELPER_OWNER_LABEL: f"{os.uname()[1]}:999999"},
        host_config=docker_api.create_host_config(mounts=[docker.types.Mount("/volume", name)]))
    removed = vd.sweep_helpers(engine)
    assert removed == [dead["Id"]]  # this process's own helper may be in use: kept
    with pytest.raises(EngineError):
        vd.remove_helper_image(engine)  # in use by that helper
    assert vd.sweep_helpers(engine, everything=True) == [cid]
    assert docker_api.containers(all=True, filters={"label": vd.HELPER_LABEL}) == []
    assert name in [v["Name"] for v in docker_api.volumes()["Volumes"]]  # the volume stays


def test_users_running_and_stopped_around(engine, docker_api, test_image, prefix):
    name = f"{prefix}used"
    docker_api.create_volume(name)
    c = docker_api.create_container(test_image, ["sleep", "300"], name=f"{prefix}db",
                                    host_config=docker_api.create_host_config(binds={name: {"bind": "/d"}}))
    docker_api.start(c)
    assert [u.name for u in vd.users_running(engine, name)] == [f"{prefix}db"]
    with vd.users_stopped(engine, name) as users:
        assert [u.name for u in users] == [f"{prefix}db"]
        assert docker_api.inspect_container(c)["State"]["Running"] is False
    assert docker_api.inspect_container(c)["State"]["Running"] is True
    docker_api.remove_container(c, force=True)


# -- browsing -------------------------------------------------------------------------------------------


def test_scan_lists_children_and_caches_the_subtree(engine, docker_api, filled):
    arrived = []
    result = vf.scan(engine, filled, "", on_entry=arrived.append)
    root = result.listing()
    assert [e.name for e in root] == ["data", "empty", "shared", "readme.txt"]  # folders first
    assert {e.name for e in arrived} == {e.name for e in root}
    data = {e.name: e for e in result.listing("data")}
    assert data["big.bin"].size == len(big_content()) and data["big.bin"].owner_text == "1234:5678"
    assert data["link-to-conf"].kind == "symlink" and data["link-to-conf"].link_target == "db.conf"
    assert data["hard.bin"].kind == "hardlink" and data["hard.bin"].link_target == "data/big.bin"
    assert data["setuid-tool"].mode_text == "-rwsr-xr-x"
    assert result.listing("empty") == []
    shared = vf.list_dir(engine, filled, "shared")
    assert shared[0].name == ODD_NAME and shared[0].path == f"shared/{ODD_NAME}"
    assert {e.mode_text for e in root if e.name == "shared"} == {"drwxrwxrwt"}
    sub = vf.scan(engine, filled, "data")
    assert {e.name: e for e in sub.listing()}["hard.bin"].link_target == "data/big.bin"
    assert sub.root_entry is not None and sub.root_entry.uid == 999
    with pytest.raises(EngineError, match="outside"):
        vf.list_dir(engine, filled, "../etc")
    assert_no_leftovers(docker_api)


def test_preview_download_upload_mkdir_delete(engine, docker_api, filled, work):
    preview = vf.read_file(engine, filled, "data/big.bin", limit=1000)
    assert preview.truncated and len(preview.data) == 1000 and preview.size == len(big_content())
    assert preview.data == big_content()[:1000]
    text = vf.read_file(engine, filled, f"shared/{ODD_NAME}")
    assert text.is_text and text.text() == "déjà vu\n" and not text.truncated

    out = work / "out"
    out.mkdir()
    placed = vf.download(engine, filled, ["data/big.bin", "shared"], out)
    assert [p.name for p in placed] == ["big.bin", "shared"]
    assert (out / "big.bin").read_bytes() == big_content()
    assert (out / "shared" / ODD_NAME).read_text() == "déjà vu\n"
    assert sorted(p.name for p in out.iterdir()) == ["big.bin", "shared"]  # no temp folder left
    with pytest.raises(EngineError, match="already exists"):
        vf.download(engine, filled, ["data/big.bin"], out)

    src = work / "up"
    (src / "nested" / "deeper").mkdir(parents=True)
    (src / "nested" / "deeper" / "n.txt").write_text("nested\n")
    (src / "nested" / "ünï.txt").write_bytes(os.urandom(3 * 1024 * 1024))
    single = work / "single.txt"
    single.write_text("single\n")
    vf.make_dir(engine, filled, "empty/new", owner=(42, 43))
    result = vf.upload(engine, filled, "empty/new", [src / "nested", single], owner=(42, 43))
    assert result.bytes > 3 * 1024 * 1024
    scan = vf.scan(engine, filled, "empty")
    assert [e.name for e in scan.listing("empty/new")] == ["nested", "single.txt"]
    assert {e.owner_text for e in scan.listing("empty/new/nested")} == {"42:43"}
    back = work / "back"
    back.mkdir()
    vf.download(engine, filled, ["empty/new/nested"], back)
    assert (back / "nested" / "ünï.txt").read_bytes() == (src / "nested" / "ünï.txt").read_bytes()
    assert (back / "nested" / "deeper" / "n.txt").read_text() == "nested\n"

    removed = vf.delete(engine, filled, ["empty/new", "readme.txt", "not-there"])
    assert removed == ["empty/new", "readme.txt"]
    assert [e.name for e in vf.list_dir(engine, filled, "")] == ["data", "empty", "shared"]
    assert vf.list_dir(engine, filled, "empty") == []
    with pytest.raises(EngineError):
        vf.delete(engine, filled, [""])
    assert_no_leftovers(docker_api)


def test_download_cancel_leaves_nothing(engine, filled, work):
    token = CancelToken()
    with pytest.raises(Cancelled):
        vf.download(engine, filled, ["data"], work, cancel=token, progress=lambda p: token.cancel())
    assert list(work.iterdir()) == []


def test_helper_image_is_made_locally_and_removable(engine, docker_api, prefix):
    name = f"{prefix}img"
    docker_api.create_volume(name)
    assert vf.list_dir(engine, name) == []
    assert docker_api.images(filters={"label": vd.HELPER_LABEL})
    assert vd.remove_helper_image(engine) is True
    assert docker_api.images(filters={"label": vd.HELPER_LABEL}) == []
    assert vf.list_dir(engine, name) == []  # made again on demand


def test_big_folders_are_listed_by_a_running_helper(engine, docker_api, filled):
    lister = vf.BrowseLister(filled, budget=1024 * 1024)  # the 6 MB file passes it
    try:
        root = lister.scan(engine, filled, "")
        assert lister.lister is not None  # switched: one exec per folder from now on
        def plain(entries):
            return [dataclasses.replace(e, uname="", gname="") for e in entries]

        assert plain(root.listing()) == plain(vf.scan(engine, filled, "").listing())
        assert root.root_entry is not None and root.root_entry.is_dir
        data = {e.name: e for e in lister.scan(engine, filled, "data").listing()}
        assert data["big.bin"].size == len(big_content()) and data["big.bin"].owner_text == "1234:5678"
        assert data["link-to-conf"].link_target == "db.conf"
        assert data["setuid-tool"].mode_text == "-rwsr-xr-x"
        assert data["hard.bin"].kind == "file" and data["hard.bin"].size == len(big_content())
        assert lister.scan(engine, filled, "data").root_entry.owner_text == "999:999"
        assert [e.name for e in lister.scan(engine, filled, "shared").listing()] == [ODD_NAME]
        assert lister.scan(engine, filled, "empty").listing() == []
        with pytest.raises(EngineError, match="does not exist"):
            lister.scan(engine, filled, "nope")
    finally:
        lister.close(engine)
    assert_no_leftovers(docker_api)
