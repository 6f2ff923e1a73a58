"""Image actions on the private engine: remove refuses while used (or removes the users too),
prune removes exactly the previewed images, tag, history, disk use."""

from __future__ import annotations

import pytest
from registry import random_layer_tar, remove_images

from volgui.engine.errors import EngineError
from volgui.operations import images as ops

pytestmark = pytest.mark.integration
REPO = "vgtest-img/ops"


@pytest.fixture(autouse=True)
def _images_removed_after(docker_api):
    yield
    remove_images(docker_api, ("vgtest-img",))


def make_image(api, tag: str) -> str:
    api.import_image_from_data(random_layer_tar(4096), repository=REPO, tag=tag)
    return api.inspect_image(f"{REPO}:{tag}")["Id"]


def test_remove_refuses_while_used_and_names_the_container(engine, docker_api, prefix):
    image_id = make_image(docker_api, "used")
    c = docker_api.create_container(f"{REPO}:used", ["x"], name=f"{prefix}img-user")
    preview = ops.image_removal_preview(engine, [image_id])
    assert [u.name for u in preview.users] == [f"{prefix}img-user"]
    assert preview.containers is not None and preview.containers.containers[0].name == f"{prefix}img-user"
    assert preview.command(True) == f"docker rm {prefix}img-user && docker image rm {REPO}:used"
    with pytest.raises(EngineError) as err:
        ops.remove_images(engine, [image_id])
    assert f"{prefix}img-user" in err.value.message
    assert docker_api.images(name=f"{REPO}:used")  # nothing was removed
    assert docker_api.inspect_container(c["Id"])

    result = ops.remove_images(engine, [image_id], remove_containers_too=True)
    assert result.ok
    assert not docker_api.images(name=f"{REPO}:used")
    assert not docker_api.containers(all=True, filters={"id": c["Id"]})


def test_remove_an_image_with_two_tags(engine, docker_api):
    image_id = make_image(docker_api, "one")
    docker_api.tag(image_id, REPO, "two")
    ops.remove_images(engine, [image_id])
    assert not any(i["Id"] == image_id for i in docker_api.images())


def test_prune_previews_and_removes_exactly_the_dangling_images(engine, docker_api, prefix):
    kept = make_image(docker_api, "kept")
    docker_api.import_image_from_data(random_layer_tar(5000))  # no repository: dangling
    untagged = next(i["Id"] for i in docker_api.images(filters={"dangling": True}))
    preview = ops.image_prune_preview(engine, unused=False)
    assert untagged in {i.id for i in preview.images} and kept not in {i.id for i in preview.images}
    assert preview.command() == "docker image prune -f"
    result = ops.prune_images(engine, [i.id for i in preview.images])
    assert result.freed == preview.size
    assert not docker_api.images(filters={"dangling": True})
    assert docker_api.images(name=f"{REPO}:kept")
    everything = ops.image_prune_preview(engine, unused=True)
    assert kept in {i.id for i in everything.images}


def test_tag_and_history(engine, docker_api, test_image):
    image_id = make_image(docker_api, "src")
    assert ops.tag_image(engine, image_id, f"{REPO}:tagged") == f"{REPO}:tagged"
    assert docker_api.inspect_image(f"{REPO}:tagged")["Id"] == image_id
    with pytest.raises(EngineError):
        ops.tag_image(engine, image_id, "Not A Name")
    layers = ops.image_history(engine, f"{REPO}:src")
    assert len(layers) == 1 and layers[0].size >= 4096 and "Imported" in layers[0].comment
    c = docker_api.create_container(test_image, ["sh", "-c", "echo made > /made.txt"],
                                    labels={"volgui.test": "1"})
    docker_api.start(c["Id"])
    docker_api.wait(c["Id"])
    docker_api.commit(c["Id"], repository=REPO, tag="built")
    built = ops.image_history(engine, f"{REPO}:built")
    assert len(built) == len(ops.image_history(engine, test_image)) + 1
    assert "echo made > /made.txt" in built[0].created_by and built[0].size > 0


def test_disk_use_groups(engine, docker_api, prefix):
    make_image(docker_api, "df")
    docker_api.create_volume(f"{prefix}df-vol")
    use = ops.disk_use(engine)
    images = use.group("images")
    assert any(f"{REPO}:df" in r.name for r in images.rows)
    volume = next(r for r in use.group("volumes").rows if r.key == f"{prefix}df-vol")
    assert volume.reclaimable and volume.detail == "unused"
    assert ops.prune_build_cache(engine).action == "Prune build cache"
