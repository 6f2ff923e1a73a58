"""Save images to a tar file and load them back; a bad archive is refused before anything is sent."""

from __future__ import annotations

import gzip
import io
import tarfile

import pytest
from registry import random_layer_tar, remove_images

from volgui.engine.cancel import CancelToken
from volgui.engine.errors import Cancelled
from volgui.engine.images import archive
from volgui.engine.volumes.tar_headers import ArchiveRefused

pytestmark = pytest.mark.integration
REPO = "vgtest-img/archive"


@pytest.fixture(autouse=True)
def _images_removed_after(docker_api):
    yield
    remove_images(docker_api, ("vgtest-img",))


def test_save_and_load_round_trip(engine, docker_api, tmp_path):
    docker_api.import_image_from_data(random_layer_tar(2 * 1024 * 1024), repository=REPO, tag="v1")
    image_id = docker_api.inspect_image(f"{REPO}:v1")["Id"]
    target = tmp_path / "images.tar"
    seen = []
    saved = archive.save(engine, [f"{REPO}:v1"], target, expected=2 * 1024 * 1024, progress=seen.append)
    assert saved.size == target.stat().st_size > 2 * 1024 * 1024
    assert seen[-1].done == saved.size
    assert not (tmp_path / "images.tar.part").exists()
    found = archive.check_image_archive(target)
    assert found.tags == (f"{REPO}:v1",) and found.images == 1

    docker_api.remove_image(f"{REPO}:v1")
    seen.clear()
    loaded = archive.load(engine, target, progress=seen.append)
    assert loaded.loaded == (f"{REPO}:v1",)
    assert docker_api.inspect_image(f"{REPO}:v1")["Id"] == image_id
    assert seen[-1].done == saved.size and seen[-1].fraction == 1.0


def test_gzipped_archive_loads_too(engine, docker_api, tmp_path):
    docker_api.import_image_from_data(random_layer_tar(4096), repository=REPO, tag="gz")
    plain = tmp_path / "plain.tar"
    archive.save(engine, [f"{REPO}:gz"], plain)
    packed = tmp_path / "images.tar.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    docker_api.remove_image(f"{REPO}:gz")
    assert archive.load(engine, packed).loaded == (f"{REPO}:gz",)


def test_cancelled_save_leaves_no_file(engine, docker_api, tmp_path):
    docker_api.import_image_from_data(random_layer_tar(8 * 1024 * 1024), repository=REPO, tag="big")
    token = CancelToken()
    target = tmp_path / "cut.tar"

    def on_progress(_p) -> None:
        token.cancel()

    with pytest.raises(Cancelled):
        archive.save(engine, [f"{REPO}:big"], target, cancel=token, progress=on_progress)
    assert list(tmp_path.glob("cut.tar*")) == []


def test_cancelled_load_loads_nothing(engine, docker_api, tmp_path):
    docker_api.import_image_from_data(random_layer_tar(6 * 1024 * 1024), repository=REPO, tag="cut")
    target = tmp_path / "images.tar"
    archive.save(engine, [f"{REPO}:cut"], target)
    docker_api.remove_image(f"{REPO}:cut")
    token = CancelToken()

    def on_progress(_p) -> None:
        token.cancel()

    with pytest.raises(Cancelled):
        archive.load(engine, target, cancel=token, progress=on_progress)
    assert not docker_api.images(name=f"{REPO}:cut")


def _tar(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


@pytest.mark.parametrize("content, words", [
    (b"this is plain text, not an archive" * 40, "not an image archive"),
    (_tar({"notes.txt": b"hello"}), "no manifest.json"),
    (b"", "no manifest.json"),
])
def test_a_bad_archive_is_refused_clearly(engine, docker_api, tmp_path, content, words):
    before = {i["Id"] for i in docker_api.images()}
    path = tmp_path / "bad.tar"
    path.write_bytes(content)
    with pytest.raises(ArchiveRefused) as err:
        archive.load(engine, path)
    assert words in err.value.message and "bad.tar" in err.value.message
    assert {i["Id"] for i in docker_api.images()} == before
