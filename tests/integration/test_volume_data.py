"""Volume data on the private engine: back up, restore, clone, browse — no image pulled."""

from __future__ import annotations

import dataclasses
import io
import os
import subprocess
import tarfile

import pytest
from volume_trees import BIG, ODD_NAME, assert_no_leftovers, big_content, manifest

from volgui.engine import Cancelled, CancelToken, EngineError
from volgui.engine.volumes import files as vf
from volgui.engine.volumes import helpers, listers
from volgui.engine.volumes import transfer as vd
from volgui.engine.volumes import users as volume_users

pytestmark = pytest.mark.integration


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


@pytest.mark.parametrize("direct", [False, None], ids=["endpoints", "direct"])
def test_import_into_existing_volume_overwrites_same_names_only(engine, docker_api, filled, prefix,
                                                                work, direct):
    archive = work / "b.tar"
    vd.export_volume(engine, filled, archive)
    target = f"{prefix}existing"
    docker_api.create_volume(target)
    with helpers.helper(engine, target) as cid:
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w") as tar:
            for name, data in (("readme.txt", b"old"), ("keep.txt", b"mine")):
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
        docker_api.put_archive(cid, "/volume", buf.getvalue())
    with pytest.raises(EngineError, match="already exists"):
        vd.import_volume(engine, archive, target, create=True)
    result = vd.import_volume(engine, archive, target, direct=direct)
    assert result.method == ("api" if direct is False else "direct")
    got = manifest(engine, target)
    assert got["./readme.txt"] == manifest(engine, filled)["./readme.txt"]
    assert "./keep.txt" in got
    assert_no_leftovers(docker_api)


@pytest.mark.parametrize("direct", [False, None], ids=["endpoints", "direct"])
def test_cancel_leaves_nothing_behind(engine, docker_api, filled, prefix, work, direct):
    token = CancelToken()

    def cancel_at_once(p):
        token.cancel()

    target = work / "cancelled.tar"
    with pytest.raises(Cancelled):
        vd.export_volume(engine, filled, target, cancel=token, progress=cancel_at_once, direct=direct)
    assert list(work.iterdir()) == []

    archive = work / "ok.tar"
    vd.export_volume(engine, filled, archive)
    token = CancelToken()
    with pytest.raises(Cancelled):
        vd.import_volume(engine, archive, f"{prefix}never", create=True, cancel=token,
                         progress=cancel_at_once, direct=direct)
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
    cid = helpers.create_helper(engine, name)
    # one from a process that is gone
    import docker.types

    dead = docker_api.create_container(
        helpers.HELPER_IMAGE, ["x"],
        labels={helpers.HELPER_LABEL: "1", helpers.HELPER_OWNER_LABEL: f"{os.uname()[1]}:999999"},
        host_config=docker_api.create_host_config(mounts=[docker.types.Mount("/volume", name)]))
    removed = helpers.sweep_helpers(engine)
    assert removed == [dead["Id"]]  # this process's own helper may be in use: kept
    with pytest.raises(EngineError):
        helpers.remove_helper_image(engine)  # in use by that helper
    assert helpers.sweep_helpers(engine, everything=True) == [cid]
    assert docker_api.containers(all=True, filters={"label": helpers.HELPER_LABEL}) == []
    assert name in [v["Name"] for v in docker_api.volumes()["Volumes"]]  # the volume stays


def test_users_running_and_stopped_around(engine, docker_api, test_image, prefix):
    name = f"{prefix}used"
    docker_api.create_volume(name)
    c = docker_api.create_container(test_image, ["sleep", "300"], name=f"{prefix}db",
                                    host_config=docker_api.create_host_config(binds={name: {"bind": "/d"}}))
    docker_api.start(c)
    assert [u.name for u in volume_users.users_running(engine, name)] == [f"{prefix}db"]
    with volume_users.users_stopped(engine, name) as users:
        assert [u.name for u in users] == [f"{prefix}db"]
        assert docker_api.inspect_container(c)["State"]["Running"] is False
    assert docker_api.inspect_container(c)["State"]["Running"] is True
    docker_api.remove_container(c, force=True)


# -- browsing -------------------------------------------------------------------------------------------


def test_scan_lists_children_and_caches_the_subtree(engine, docker_api, filled):
    arrived = []
    result = listers.scan(engine, filled, "", on_entry=arrived.append)
    root = result.listing()
    assert [e.name for e in root] == ["data", "empty", "shared", "readme.txt"]  # folders first
    assert {e.name for e in arrived} == {e.name for e in root}
    data = {e.name: e for e in result.listing("data")}
    assert data["big.bin"].size == len(big_content()) and data["big.bin"].owner_text == "1234:5678"
    assert data["link-to-conf"].kind == "symlink" and data["link-to-conf"].link_target == "db.conf"
    assert data["hard.bin"].kind == "hardlink" and data["hard.bin"].link_target == "data/big.bin"
    assert data["setuid-tool"].mode_text == "-rwsr-xr-x"
    assert result.listing("empty") == []
    shared = listers.list_dir(engine, filled, "shared")
    assert shared[0].name == ODD_NAME and shared[0].path == f"shared/{ODD_NAME}"
    assert {e.mode_text for e in root if e.name == "shared"} == {"drwxrwxrwt"}
    sub = listers.scan(engine, filled, "data")
    assert {e.name: e for e in sub.listing()}["hard.bin"].link_target == "data/big.bin"
    assert sub.root_entry is not None and sub.root_entry.uid == 999
    with pytest.raises(EngineError, match="outside"):
        listers.list_dir(engine, filled, "../etc")
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
    scan = listers.scan(engine, filled, "empty")
    assert [e.name for e in scan.listing("empty/new")] == ["nested", "single.txt"]
    assert {e.owner_text for e in scan.listing("empty/new/nested")} == {"42:43"}
    back = work / "back"
    back.mkdir()
    vf.download(engine, filled, ["empty/new/nested"], back)
    assert (back / "nested" / "ünï.txt").read_bytes() == (src / "nested" / "ünï.txt").read_bytes()
    assert (back / "nested" / "deeper" / "n.txt").read_text() == "nested\n"

    removed = vf.delete(engine, filled, ["empty/new", "readme.txt", "not-there"])
    assert removed == ["empty/new", "readme.txt"]
    assert [e.name for e in listers.list_dir(engine, filled, "")] == ["data", "empty", "shared"]
    assert listers.list_dir(engine, filled, "empty") == []
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
    assert listers.list_dir(engine, name) == []
    assert docker_api.images(filters={"label": helpers.HELPER_LABEL})
    assert helpers.remove_helper_image(engine) is True
    assert docker_api.images(filters={"label": helpers.HELPER_LABEL}) == []
    assert listers.list_dir(engine, name) == []  # made again on demand


def test_big_folders_are_listed_by_a_running_helper(engine, docker_api, filled):
    lister = listers.BrowseLister(filled, budget=1024 * 1024)  # the 6 MB file passes it
    try:
        root = lister.scan(engine, filled, "")
        assert lister.lister is not None  # switched: one exec per folder from now on
        def plain(entries):
            return [dataclasses.replace(e, uname="", gname="") for e in entries]

        assert plain(root.listing()) == plain(listers.scan(engine, filled, "").listing())
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


def cut_listings(monkeypatch, engine, times: int) -> list[int]:
    """The next ``times`` exec outputs arrive cut after their first line (as once seen under load)."""
    real, cuts = engine.api.exec_start, []

    def exec_start(*args, **kwargs):
        out, err = real(*args, **kwargs)
        if len(cuts) < times:
            cuts.append(len(out))
            out = out.partition(b"\n")[0] + b"\n"
        return out, err

    monkeypatch.setattr(engine.api, "exec_start", exec_start)
    return cuts


def test_a_listing_cut_short_is_read_again_never_shown_empty(engine, docker_api, filled, monkeypatch):
    lister = listers.BrowseLister(filled, budget=1024 * 1024)
    try:
        lister.scan(engine, filled, "")
        assert lister.lister is not None
        cuts = cut_listings(monkeypatch, engine, 1)
        assert [e.name for e in lister.scan(engine, filled, "shared").listing()] == [ODD_NAME]
        assert len(cuts) == 1 and lister.lister is not None  # read again by the same helper
        cuts = cut_listings(monkeypatch, engine, 2)  # cut every time: the archive scan lists it
        assert [e.name for e in lister.scan(engine, filled, "shared").listing()] == [ODD_NAME]
        assert len(cuts) == 2 and lister.lister is None
    finally:
        lister.close(engine)
    assert_no_leftovers(docker_api)
