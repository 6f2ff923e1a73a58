"""One engine, one row: DOCKER_HOST, the default engine and a context on the same socket."""

from __future__ import annotations

import hashlib
import json
import os

import pytest
from PySide6.QtCore import Qt

from volgui.app import build_window
from volgui.engine.profiles import discover, unique_by_endpoint

pytestmark = pytest.mark.integration


def _add_context(home, name: str, host: str) -> None:
    meta = home / ".docker" / "contexts" / "meta" / hashlib.sha256(name.encode()).hexdigest()
    meta.mkdir(parents=True)
    (meta / "meta.json").write_text(json.dumps(
        {"Name": name, "Metadata": {"Description": "mine"}, "Endpoints": {"docker": {"Host": host}}}))


def test_the_same_socket_is_listed_once(qtbot, engine_host, tmp_path, monkeypatch):
    socket_path = engine_host.removeprefix("unix://")
    link = tmp_path / "docker.sock"
    os.symlink(socket_path, link)  # the same socket under another name
    monkeypatch.setenv("DOCKER_HOST", f"unix://{link}")
    _add_context(tmp_path / "home", "same", socket_path)  # and as a bare path in a context
    window = build_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.state.connected, timeout=10000)
    panel = window.context.features.engines_panel
    model = panel.list.model()
    rows = [model.index(r).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]
    tips = [model.index(r).data(Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())]
    names = [row.splitlines()[0] for row in rows]  # the engine's name; its health word is below
    assert "DOCKER_HOST" not in names and "same" not in names
    assert names[0] == "Default engine"
    assert "the same engine as DOCKER_HOST, same" in tips[0]  # says what else points there
    window.close()


def test_unique_by_endpoint_keeps_the_first_of_each_endpoint(tmp_path):
    env = {"HOME": str(tmp_path), "DOCKER_HOST": "tcp://Example.org:2375/"}
    found = discover(env)
    names = [p.name for p in found]
    assert names[:2] == ["DOCKER_HOST", "Local Docker"]
    kept = unique_by_endpoint(found, env)
    assert [p.name for p in kept] == names  # different engines: nothing dropped
    env["DOCKER_HOST"] = "unix:///var/run/docker.sock"
    kept = unique_by_endpoint(discover(env), env)
    assert [p.name for p in kept][:1] == ["DOCKER_HOST"] and "Local Docker" not in [p.name for p in kept]
