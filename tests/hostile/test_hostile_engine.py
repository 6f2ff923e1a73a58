"""Crafted archives and a volume with links out of it, on the private engine: both ways of
restoring give the same refusal before writing anything; every browser operation stays inside
the volume (``rootlink -> /`` leads to the volume's root, ``up -> ..`` is refused)."""

from __future__ import annotations

import os
import tarfile
import uuid

import pytest
from hostile_archives import entry, header, pax_records, tar_of, write

from volgui.engine import Engine
from volgui.engine.connection import ConnectionSpec
from volgui.engine.volumes import direct as volume_direct
from volgui.engine.volumes import files, helpers, listers
from volgui.engine.volumes import transfer as vd
from volgui.engine.volumes.confine import PathLeavesVolume
from volgui.engine.volumes.tar_headers import ArchiveRefused

pytestmark = pytest.mark.integration


@pytest.fixture
def engine(engine_host):
    eng = Engine.connect(ConnectionSpec(engine_host, "test"))
    yield eng
    eng.close()


def names(engine, volume: str, path: str = "") -> set[str]:
    return {e.name for e in listers.scan(engine, volume, path).listing()}


def host_canary() -> str:
    return f"/tmp/volgui-hostile-{uuid.uuid4().hex}"


def pax_path(path: str) -> bytes:
    records = pax_records(path=path)
    return header("p", b"x", len(records)) + records + bytes(-len(records) % 512)


CANARY = host_canary()
RESTORE_REFUSED = {
    "../x": lambda: [entry("./ok", data=b"1"), entry("../x", data=b"evil")],
    "absolute path": lambda: [entry("./ok", data=b"1"), entry(CANARY, data=b"evil")],
    "pax path ../": lambda: [entry("./ok", data=b"1"), pax_path("../../x"), entry("y", data=b"evil")],
    "hardlink out": lambda: [entry("./ok", data=b"1"), entry("./h", tarfile.LNKTYPE, linkname="/etc/passwd")],
    "symlink then write": lambda: [entry("./l", tarfile.SYMTYPE, linkname="/etc"),
                                   entry("./l/evil", data=b"evil")],
}


@pytest.mark.parametrize("direct", [None, False], ids=["direct", "api"])
@pytest.mark.parametrize("label", list(RESTORE_REFUSED))
def test_both_ways_refuse_the_same_archive_before_writing(engine, docker_api, prefix, tmp_path, direct,
                                                          label, hostile):
    hostile(f"restore ({'api' if direct is False else 'direct'}): {label}")
    assert volume_direct.find_tar_image(engine, refresh=True)[0]  # the direct way is there to try
    path = write(tmp_path / "x.tar", tar_of(*RESTORE_REFUSED[label]()))
    new = f"{prefix}never"
    with pytest.raises(ArchiveRefused, match=r"x\.tar was refused"):
        vd.import_volume(engine, path, new, create=True, direct=direct)
    assert new not in [v["Name"] for v in docker_api.volumes()["Volumes"] or []]
    existing = f"{prefix}kept"
    docker_api.create_volume(existing, labels={"volgui.test": "1"})
    files.upload(engine, existing, "", [write(tmp_path / "mine.txt", b"mine")])
    with pytest.raises(ArchiveRefused):
        vd.import_volume(engine, path, existing, direct=direct)
    assert names(engine, existing) == {"mine.txt"}
    assert not os.path.exists(CANARY)
    preview = vd.overwrite_preview(engine, existing, path)
    assert "was refused" in preview.refused


@pytest.mark.parametrize("direct", [None, False], ids=["direct", "api"])
@pytest.mark.parametrize("label,part", [
    ("char device", entry("./null", tarfile.CHRTYPE, devmajor=1, devminor=3)),
    ("setuid root", entry("./su", data=b"#!/bin/sh\n", mode=0o4755, uid=0)),
    ("setgid", entry("./g", data=b"x", mode=0o2755, uid=0)),
])
def test_special_files_are_named_in_the_preview_and_refused_unless_agreed(
        engine, docker_api, prefix, tmp_path, direct, label, part, hostile):
    hostile(f"restore special ({'api' if direct is False else 'direct'}): {label}")
    path = write(tmp_path / "s.tar", tar_of(entry("./a.txt", data=b"a"), part))
    vol = f"{prefix}special"
    docker_api.create_volume(vol, labels={"volgui.test": "1"})
    preview = vd.overwrite_preview(engine, vol, path)
    assert preview.special and not preview.refused
    assert ("device node" if "device" in label else "set-") in preview.special
    with pytest.raises(ArchiveRefused, match="asks before restoring them"):
        vd.import_volume(engine, path, vol, direct=direct, allow_special=False)
    assert names(engine, vol) == set()
    vd.import_volume(engine, path, vol, direct=direct, allow_special=True)
    assert "a.txt" in names(engine, vol)


# -- a volume with links out of it -----------------------------------------------------------------


@pytest.fixture
def linked(engine, docker_api, prefix, test_image):
    """A volume with links out of it (made by a container: the archive endpoint refuses ``..`` links)."""
    vol = f"{prefix}links"
    docker_api.create_volume(vol, labels={"volgui.test": "1"})
    script = ("cd /v && mkdir etc && echo \"the volume's own hosts\" > etc/hosts && ln -s /etc/shadow etc/abs"
              " && ln -s / rootlink && ln -s etc etclink && ln -s .. up && ln -s etc/../../.. deepup"
              " && ln -s loop loop")
    cid = docker_api.create_container(
        test_image, ["sh", "-c", script], labels={"volgui.test": "1"},
        host_config=docker_api.create_host_config(binds={vol: {"bind": "/v", "mode": "rw"}},
                                                  network_mode="none"))["Id"]
    try:
        docker_api.start(cid)
        assert docker_api.wait(cid)["StatusCode"] == 0
    finally:
        docker_api.remove_container(cid, force=True)
    return vol


ROOT_NAMES = {"etc", "rootlink", "etclink", "up", "deepup", "loop"}


def test_preview_through_a_link_to_slash_reads_the_volume(engine, linked, hostile):
    hostile("browser preview: rootlink/etc/hosts with rootlink -> /")
    hostile("browser preview: etclink/hosts (a link inside the volume)")
    assert files.read_file(engine, linked, "rootlink/etc/hosts").data == b"the volume's own hosts\n"
    assert files.read_file(engine, linked, "etclink/hosts").data == b"the volume's own hosts\n"
    assert files.read_file(engine, linked, "rootlink").kind == "symlink"


@pytest.mark.parametrize("path", ["up/etc/hosts", "deepup/x", "rootlink/up/x", "loop/x"])
def test_links_out_of_the_volume_or_in_a_loop_are_refused(engine, linked, path, hostile):
    hostile(f"browser: every operation on {path}")
    with pytest.raises(PathLeavesVolume):
        files.read_file(engine, linked, path)
    with pytest.raises(PathLeavesVolume):
        files.make_dir(engine, linked, path)
    with pytest.raises(PathLeavesVolume):
        files.delete(engine, linked, [path])
    with pytest.raises(PathLeavesVolume):
        listers.scan(engine, linked, path)
    assert names(engine, linked) == ROOT_NAMES


def test_listing_through_links_lists_the_volume(engine, linked, hostile):
    hostile("browser list: rootlink (archive scan and running lister)")
    assert names(engine, linked, "rootlink") == ROOT_NAMES
    assert names(engine, linked, "rootlink/etc") == {"hosts", "abs"}
    lister = listers.BrowseLister(linked, budget=0)
    try:
        lister.scan(engine, linked, "")  # past the budget: a running lister from now on
        assert lister.lister is not None
        got = lister.scan(engine, linked, "rootlink")
        assert {e.name for e in got.listing()} == ROOT_NAMES
        with pytest.raises(PathLeavesVolume):
            lister.scan(engine, linked, "up")
    finally:
        lister.close(engine)


def test_download_keeps_links_as_links(engine, linked, tmp_path, hostile):
    hostile("browser download: a folder holding an absolute symlink")
    hostile("browser download: rootlink -> / itself")
    hostile("browser download: rootlink/etc")
    files.download(engine, linked, ["etc"], tmp_path)
    assert os.readlink(tmp_path / "etc" / "abs") == "/etc/shadow"
    assert (tmp_path / "etc" / "hosts").read_bytes() == b"the volume's own hosts\n"
    other = tmp_path / "other"
    other.mkdir()
    files.download(engine, linked, ["rootlink"], other)
    assert os.readlink(other / "rootlink") == "/"
    third = tmp_path / "third"
    third.mkdir()
    files.download(engine, linked, ["rootlink/etc"], third)
    assert (third / "etc" / "hosts").read_bytes() == b"the volume's own hosts\n"


def test_upload_mkdir_delete_through_a_link_act_in_the_volume(engine, linked, tmp_path, hostile):
    hostile("browser upload: into rootlink")
    hostile("browser mkdir: rootlink/newdir")
    hostile("browser delete: rootlink/etc/hosts")
    hostile("browser delete: the link rootlink itself")
    src = write(tmp_path / "up.txt", b"uploaded")
    files.upload(engine, linked, "rootlink", [src])
    assert "up.txt" in names(engine, linked)
    files.make_dir(engine, linked, "rootlink/newdir")
    assert {"up.txt", "newdir"} <= names(engine, linked)
    assert files.delete(engine, linked, ["rootlink/etc/hosts"]) == ["rootlink/etc/hosts"]
    assert names(engine, linked, "etc") == {"abs"}
    files.delete(engine, linked, ["rootlink"])
    assert "rootlink" not in names(engine, linked) and "etc" in names(engine, linked)


@pytest.mark.parametrize("label,content", [
    ("naive created", lambda d: {**d, "created": "2026-11-02T00:00:00"}),
    ("list root", lambda d: [d]),
    ("entries a string", lambda d: {**d, "entries": "many"}),
])
def test_a_bad_manifest_does_not_stop_scheduled_backups(engine_host, docker_api, prefix, tmp_path, capsys,
                                                        monkeypatch, label, content, hostile):
    import json

    from volgui import backup_cli, paths
    from volgui.engine.volumes import backups as bk

    hostile(f"volgui-backup run with a manifest: {label}")
    monkeypatch.setattr(paths, "_override", paths._override)  # main() sets it: restore it after
    vol = f"{prefix}sched"
    docker_api.create_volume(vol, labels={"volgui.test": "1"})
    folder = tmp_path / "backups"
    folder.mkdir()
    bad_archive = folder / f"{vol}--20200101T000000Z.tar"
    bad_archive.write_bytes(tar_of(entry("./a", data=b"1")))
    bk.write_manifest(bad_archive, vol, engine_host)
    manifest = bk.manifest_path(bad_archive)
    manifest.write_text(json.dumps(content(json.loads(manifest.read_text()))))
    store = bk.PolicyStore.load(tmp_path / "config" / "backup-policies.json")
    store.folder = str(folder)
    store.set_policy(engine_host, bk.Policy(vol, 1, 1))
    store.save()
    assert backup_cli.main(["--config-dir", str(tmp_path / "config")]) == 0
    out = capsys.readouterr().out
    assert f"backed up {vol}" in out and manifest.name in out and "was skipped" in out
    assert len(bk.list_backups(folder, vol)) == 1 and bad_archive.exists() and manifest.exists()


def test_tools_images_are_never_picked_by_name(engine, docker_api, prefix, hostile):
    import io

    hostile("tools image: an unlabelled image named like busybox")
    repo = f"{prefix}busybox"
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo("bin")
        info.type = tarfile.DIRTYPE
        tar.addfile(info)
    docker_api.import_image_from_data(buf.getvalue(), repository=repo, tag="latest")
    fake = f"{repo}:latest"
    try:
        assert fake not in helpers.tools_images(engine)
        assert volume_direct.find_tar_image(engine, refresh=True)[0] == "volgui-test/busybox:latest"
        assert listers.find_lister_image(engine, refresh=True) == "volgui-test/busybox:latest"
        helpers.choose_tools_image(engine, fake)  # the person's choice comes first
        assert helpers.tools_images(engine)[0] == fake
    finally:
        helpers.choose_tools_image(engine, "")
        volume_direct.find_tar_image(engine, refresh=True)
        listers.find_lister_image(engine, refresh=True)
        docker_api.remove_image(fake, force=True)
