"""Pull and push with progress against a private registry on loopback; cancel leaves no image."""

from __future__ import annotations

import base64
import json

import pytest
from registry import LoopbackRegistry, random_layer_tar, remove_images

from volgui.engine.cancel import CancelToken
from volgui.engine.client import Engine
from volgui.engine.connection import ConnectionSpec
from volgui.engine.errors import Cancelled, EngineError
from volgui.engine.images import transfer
from volgui.engine.images.auth import registry_auth
from volgui.engine.images.progress import ProgressTracker, TransferProgress

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def registry():
    reg = LoopbackRegistry()
    yield reg
    reg.stop()


@pytest.fixture
def engine(engine_host, docker_api, registry):
    eng = Engine.connect(ConnectionSpec(engine_host, "test"))
    yield eng
    eng.close()
    remove_images(docker_api, (registry.host, "vgtest-img"))


def local_image(api, repository: str, size: int = 64 * 1024) -> str:
    api.import_image_from_data(random_layer_tar(size), repository=repository, tag="v1")
    return f"{repository}:v1"


def test_push_remove_pull_back_with_progress(engine, docker_api, registry):
    ref = local_image(docker_api, f"{registry.host}/vgtest/app")
    image_id = docker_api.inspect_image(ref)["Id"]
    seen: list[TransferProgress] = []
    pushed = transfer.push(engine, ref, progress=seen.append)
    assert pushed.digest.startswith("sha256:")
    assert seen and seen[-1].layers and all(layer.finished for layer in seen[-1].layers)
    docker_api.remove_image(ref)
    assert not docker_api.images(name=ref)

    seen.clear()
    pulled = transfer.pull(engine, ref, progress=seen.append)
    assert pulled.image_id == image_id  # the same image came back
    assert pulled.digest == pushed.digest
    last = seen[-1]
    assert last.layers and last.finished_layers == len(last.layers) and last.fraction == 1.0
    assert "Downloaded newer image" in last.message


def test_pull_of_a_missing_image_says_so(engine, registry):
    with pytest.raises(EngineError) as err:
        transfer.pull(engine, f"{registry.host}/vgtest/nothing-here:v9")
    assert "not found" in err.value.message.lower() or "unknown" in err.value.message.lower()


def test_cancel_mid_pull_leaves_no_image(engine, docker_api, registry):
    ref = local_image(docker_api, f"{registry.host}/vgtest/big", 48 * 1024 * 1024)
    transfer.push(engine, ref)
    docker_api.remove_image(ref)
    from volgui.engine.cancel import CancelToken

    token = CancelToken()
    seen: list[TransferProgress] = []

    def on_progress(p: TransferProgress) -> None:
        seen.append(p)
        if p.layers:  # the first layer is announced: the pull is under way
            token.cancel()

    with pytest.raises(Cancelled):
        transfer.pull(engine, ref, cancel=token, progress=on_progress)
    assert seen and seen[-1].fraction < 1.0
    assert not docker_api.images(name=ref)
    # and a pull afterwards is whole
    assert transfer.pull(engine, ref).image_id


def test_a_cancel_after_every_layer_was_unpacked_leaves_no_image(engine, docker_api, registry, monkeypatch):
    """The engine may be storing and tagging such a pull as the connection closes: whatever it made
    of it (tagged, stored untagged, or nothing) is gone once the cancel has returned."""
    ref = local_image(docker_api, f"{registry.host}/vgtest/late", 48 * 1024 * 1024)
    transfer.push(engine, ref)
    docker_api.remove_image(ref)
    there = {image["Id"] for image in docker_api.images(all=True)}
    token = CancelToken()
    real_feed = ProgressTracker.feed

    def feed(tracker, message):  # cancelled the moment the stream says every layer is unpacked
        real_feed(tracker, message)
        layers = tracker.snapshot().layers
        if layers and all(layer.status.startswith(("Pull complete", "Already exists")) for layer in layers):
            token.cancel()

    monkeypatch.setattr(ProgressTracker, "feed", feed)
    try:
        with pytest.raises(Cancelled):
            transfer.pull(engine, ref, cancel=token)
        assert not docker_api.images(name=ref)
        assert {image["Id"] for image in docker_api.images(all=True)} == there  # nor an untagged one
    finally:
        _remove_new_images(docker_api, there)


def _remove_new_images(api, there: set[str]) -> None:
    """Leave no image for later tests, also when the test failed. A cancelled pull returns once the
    engine has ended its stream, that is its pull: nothing appears after this."""
    for image_id in {image["Id"] for image in api.images(all=True)} - there:
        try:
            api.remove_image(image_id, force=True)
        except Exception:
            pass


def test_credentials_come_from_the_docker_cli_config(engine, docker_api, tmp_path, monkeypatch):
    """A registry that asks for a password: refused without one, and the Docker CLI's config
    (the folder DOCKER_CONFIG names) signs in."""
    private = LoopbackRegistry(users={"ann": "s3cret-pass"})
    try:
        ref = local_image(docker_api, f"{private.host}/vgtest/private")
        with pytest.raises(EngineError) as err:
            transfer.push(engine, ref)
        assert "auth" in err.value.message.lower()
        anonymous = registry_auth(f"{private.host}/vgtest/private")
        assert anonymous.describe().startswith(f"No credentials for {private.host}")

        folder = tmp_path / "docker-config"
        folder.mkdir()
        token = base64.b64encode(b"ann:s3cret-pass").decode()
        (folder / "config.json").write_text(json.dumps({"auths": {private.host: {"auth": token}}}))
        monkeypatch.setenv("DOCKER_CONFIG", str(folder))
        found = registry_auth(f"{private.host}/vgtest/private")
        assert found.username == "ann" and found.config_file == str(folder / "config.json")
        assert "s3cret" not in found.describe()

        transfer.push(engine, ref)
        image_id = docker_api.inspect_image(ref)["Id"]
        docker_api.remove_image(ref)
        assert transfer.pull(engine, ref).image_id == image_id
    finally:
        private.stop()
        remove_images(docker_api, (private.host,))


def test_cancel_mid_push_keeps_the_local_image_and_a_later_push_is_whole(engine, docker_api, registry):
    from volgui.engine.cancel import CancelToken

    ref = local_image(docker_api, f"{registry.host}/vgtest/pushed-big", 32 * 1024 * 1024)
    token = CancelToken()

    def on_progress(p: TransferProgress) -> None:
        if p.layers:
            token.cancel()

    with pytest.raises(Cancelled):
        transfer.push(engine, ref, cancel=token, progress=on_progress)
    assert docker_api.images(name=ref)
    pushed = transfer.push(engine, ref)
    docker_api.remove_image(ref)
    assert transfer.pull(engine, ref).digest == pushed.digest
