"""A container's files through the archive endpoints, on the private engine: list, preview, download,
upload, new folder, delete — on a running and on a stopped container, with spaces and unicode."""

from __future__ import annotations

import pytest

from volgui.engine.containers import files as cf
from volgui.engine.errors import EngineError

pytestmark = pytest.mark.integration

ODD = "spaced näme é ✓.txt"


@pytest.fixture(params=["running", "stopped"])
def container(request, docker_api, test_image, prefix):
    cid = docker_api.create_container(test_image, ["sleep", "300"], name=f"{prefix}files-{request.param}",
                                      labels={"volgui.test": "1"}, stop_signal="SIGKILL")["Id"]
    docker_api.start(cid)
    if request.param == "stopped":
        docker_api.stop(cid, timeout=0)
        docker_api.wait(cid)
    return cid


def names(entries) -> list[str]:
    return [e.name for e in entries]


def test_root_lists_the_image_and_folders_below(engine, container):
    scan = cf.scan(engine, container, "")
    root = names(scan.listing())
    assert {"bin", "etc", "tmp"} <= set(root)
    assert scan.complete
    assert "passwd" in names(scan.listing("etc"))  # the subtree came with the same read
    bin_entry = next(e for e in scan.listing() if e.name == "bin")
    assert bin_entry.is_dir and bin_entry.uid == 0


def test_round_trip_with_spaces_and_unicode(engine, container, tmp_path):
    src = tmp_path / "src"
    (src / "inner dir ü").mkdir(parents=True)
    (src / ODD).write_text("héllo\n", encoding="utf-8")
    (src / "inner dir ü" / "deep.bin").write_bytes(bytes(range(256)) * 64)
    (src / "link").symlink_to("/etc/passwd")

    result = cf.upload(engine, container, "tmp", [src / ODD, src / "inner dir ü", src / "link"])
    assert result.bytes > 0
    listing = names(cf.scan(engine, container, "tmp").listing())
    assert {ODD, "inner dir ü", "link"} <= set(listing)

    preview = cf.read_file(engine, container, f"tmp/{ODD}")
    assert preview.text() == "héllo\n" and not preview.truncated
    assert cf.read_file(engine, container, "tmp/link").kind == "symlink"

    out = tmp_path / "out"
    out.mkdir()
    placed = cf.download(engine, container, [f"tmp/{ODD}", "tmp/inner dir ü", "tmp/link"], out)
    assert [p.name for p in placed] == [ODD, "inner dir ü", "link"]
    assert (out / ODD).read_text(encoding="utf-8") == "héllo\n"
    assert (out / "inner dir ü" / "deep.bin").read_bytes() == bytes(range(256)) * 64
    assert (out / "link").is_symlink() and str((out / "link").readlink()) == "/etc/passwd"

    made = cf.make_dir(engine, container, "tmp/new földer")
    assert made.is_dir
    with pytest.raises(EngineError):
        cf.make_dir(engine, container, "tmp/new földer")

    removed = cf.delete(engine, container, [f"tmp/{ODD}", "tmp/inner dir ü", "tmp/new földer", "tmp/link"])
    assert len(removed) == 4
    left = names(cf.scan(engine, container, "tmp").listing())
    assert not {ODD, "inner dir ü", "new földer", "link"} & set(left)
    assert cf.exists(engine, container, "etc/passwd")  # the link was deleted, never its target


def test_preview_is_capped_and_download_refuses_to_overwrite(engine, container, tmp_path):
    big = tmp_path / "big.log"
    big.write_bytes(b"line\n" * 100_000)
    cf.upload(engine, container, "tmp", [big])
    preview = cf.read_file(engine, container, "tmp/big.log", limit=1000)
    assert len(preview.data) == 1000 and preview.truncated and preview.size == 500_000
    with pytest.raises(EngineError) as err:
        cf.download(engine, container, ["tmp/big.log"], tmp_path)
    assert err.value.status == 409


def test_missing_paths_say_so(engine, container, tmp_path):
    with pytest.raises(EngineError) as err:
        cf.scan(engine, container, "no/such")
    assert err.value.status == 404
    with pytest.raises(EngineError):
        cf.upload(engine, container, "no/such", [tmp_path])
    assert cf.delete(engine, container, ["tmp/never-there"]) == []


def test_a_big_listing_stops_and_shows_what_it_read(engine, container):
    scan = cf.scan(engine, container, "", max_bytes=64 * 1024)
    assert not scan.complete
    assert scan.listing() is not None and list(scan.children) == [""]
