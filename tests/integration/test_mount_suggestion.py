"""Mounting a volume again suggests the path it was last mounted at (volume history)."""

from datetime import UTC, datetime

import pytest

from volgui import paths
from volgui.engine import Engine, resolve
from volgui.engine.dto.objects import Container, Mount, Snapshot
from volgui.engine.volumes.history import VolumeHistory
from volgui.operations.mount import make_plan
from volgui.paths import history_file

pytestmark = pytest.mark.integration


def test_add_mount_suggests_the_remembered_path(engine_host, docker_api, test_image, prefix, tmp_path):
    paths.set_config_dir(tmp_path / "cfg")
    try:
        vol = f"{prefix}site"
        docker_api.create_volume(vol)
        history = VolumeHistory(history_file())
        gone = Container(id="f" * 64, name="old-web", image="i", image_id="x", command="",
                         created=datetime(2026, 1, 1, tzinfo=UTC), state="exited", status="Exited (0)",
                         mounts=(Mount("volume", "/usr/share/nginx/html", name=vol),))
        history.reconcile(engine_host, Snapshot((gone,), (), ()), now=1)
        history.reconcile(engine_host, Snapshot((), (), ()), now=2)  # that container was removed
        history.close()
        c = docker_api.create_container(test_image, "sleep 300", name=f"{prefix}new-web")
        engine = Engine.connect_first(resolve(host=engine_host))
        try:
            plan = make_plan(engine, "add", c["Id"], vol, None, False, "copy")
            assert plan.add.target == "/usr/share/nginx/html"
            other = f"{prefix}fresh"
            docker_api.create_volume(other)
            assert make_plan(engine, "add", c["Id"], other, None, False, "copy").add.target == "/data"
        finally:
            engine.close()
    finally:
        paths.set_config_dir(None)
