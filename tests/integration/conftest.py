"""Fixtures shared by the volume-data tests: a connected Engine, a work folder, a filled volume."""

from __future__ import annotations

import pytest
from volume_trees import build_tar

from volgui.engine import Engine
from volgui.engine.connection import ConnectionSpec
from volgui.engine.volumes import helpers


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
    with helpers.helper(engine, name) as cid:
        docker_api.put_archive(cid, helpers.MOUNT, build_tar())
    return name
