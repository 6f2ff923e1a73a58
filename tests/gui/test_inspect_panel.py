"""The inspect panel against the private engine: summaries, links, raw search, live updates."""

from __future__ import annotations

import io
import os
import tarfile
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from volgui.app import build_window
from volgui.engine import Engine, resolve
from volgui.engine.dto.inspect import MASK
from volgui.ui.features.inspect.panel import InspectPanel

pytestmark = pytest.mark.integration


@pytest.fixture
def objects(docker_api, test_image, prefix):
    """A named volume, a running container using it (with secrets) and a stopped one."""
    volume = f"{prefix}data"
    docker_api.create_volume(volume, labels={"volgui.test": "1", "app": "demo"})
    host_config = docker_api.create_host_config(
        binds={volume: {"bind": "/data", "mode": "rw"}, "/tmp": {"bind": "/host", "mode": "ro"}},
        restart_policy={"Name": "on-failure", "MaximumRetryCount": 3}, network_mode="none",
        port_bindings={80: ("127.0.0.1", 8080)})
    web = docker_api.create_container(
        test_image, ["sleep", "1000"], name=f"{prefix}web", host_config=host_config, ports=[80],
        healthcheck={"Test": ["CMD", "true"], "Interval": 1_000_000_000},
        environment={"DB_PASSWORD": "hunter2", "MODE": "prod"}, labels={"volgui.test": "1", "tier": "web"})
    docker_api.start(web)
    other = docker_api.create_container(test_image, ["true"], name=f"{prefix}other",
                                        labels={"volgui.test": "1"})
    return {"volume": volume, "web": web["Id"], "other": other["Id"]}


def snapshot(engine_host):
    engine = Engine.connect_first(resolve(host=engine_host))
    try:
        return engine.snapshot()
    finally:
        engine.close()


def find(snap, kind, key):
    if kind == "container":
        return next(c for c in snap.containers if c.id == key)
    if kind == "volume":
        return next(v for v in snap.volumes if v.name == key)
    return next(i for i in snap.images if key in i.tags or i.id == key)


@pytest.fixture
def window(qtbot, engine_host):
    win = build_window(host=engine_host)
    qtbot.addWidget(win)
    win.resize(1300, 860)
    win.show()
    qtbot.waitUntil(lambda: win.session.state.connected, timeout=10000)
    yield win
    win.close()


def show(qtbot, panel, obj):
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.show_object(obj)
    return panel.inspection


def test_empty_state_first(window):
    panel = window.context.features.inspect_panel
    assert panel.state == "empty"
    assert panel.message.text() == panel.EMPTY_TEXT


def test_container_summary_masks_secrets_until_revealed(qtbot, window, objects, engine_host, prefix):
    panel = window.context.features.inspect_panel
    container = find(snapshot(engine_host), "container", objects["web"])
    inspection = show(qtbot, panel, container)
    assert inspection.key == objects["web"]
    assert panel.title.text() == f"{prefix}web"
    assert panel.command.text() == f"docker inspect {prefix}web"
    view = panel.container_view
    assert panel.summary_stack.currentWidget() is view
    assert view.facts.text("state").startswith("running")
    assert view.facts.text("command") == "sleep 1000"
    assert view.facts.text("id") == objects["web"][:12]
    assert "on failure, at most 3 times" in view.facts.text("restart")
    assert "volgui-test/busybox" in view.facts.text("image")
    rows = view.mounts.table_model.rows
    assert [(r.type, r.source_text, r.destination, r.read_only) for r in rows] == [
        ("volume", f"{prefix}data", "/data", False), ("bind", "/tmp", "/host", True)]
    env = {e.key: e for e in view.env_table.table_model.rows}
    assert env["DB_PASSWORD"].secret and not env["MODE"].secret
    model = view.env_table.table_model
    row = list(env).index("DB_PASSWORD")
    assert model.index(row, 1).data() == MASK
    raw_env = panel.raw.model.index_for_path(("Config", "Env", row), 1)
    assert "hunter2" not in raw_env.data()
    assert view.reveal_button.isVisible()
    view.reveal_button.click()
    assert model.index(row, 1).data() == "hunter2"
    assert raw_env.data() == "DB_PASSWORD=hunter2"
    view.reveal_button.click()
    assert model.index(row, 1).data() == MASK


def test_mounts_table_links_to_the_volume(qtbot, window, objects, engine_host, prefix):
    panel = window.context.features.inspect_panel
    container = find(snapshot(engine_host), "container", objects["web"])
    show(qtbot, panel, container)
    table = panel.container_view.mounts
    with qtbot.waitSignal(panel.volume_requested) as blocker:
        table.click_row(0, 0)  # the source column
    assert blocker.args == [f"{prefix}data"]
    with qtbot.assertNotEmitted(panel.volume_requested):
        table.click_row(1, 0)  # a bind mount is not a link
    hub = getattr(window, "selection", None)
    if hub is not None:
        # with the linked views, the volume is selected in the volumes view and shown here
        qtbot.waitUntil(lambda: panel.kind == "volume" and panel.key == f"{prefix}data", timeout=10000)
        qtbot.waitUntil(lambda: panel.state == "shown", timeout=10000)
        show(qtbot, panel, container)
    with qtbot.waitSignal(panel.image_requested) as blocker:
        panel.container_view.facts.values["image"].linkActivated.emit(f"image:{container.image_id}")
    assert blocker.args == [container.image_id]
    if hub is not None:
        qtbot.waitUntil(lambda: panel.kind == "image" and panel.key == container.image_id, timeout=10000)


def test_volume_summary_users_and_size(qtbot, window, objects, engine_host, prefix):
    panel = window.context.features.inspect_panel
    volume = find(snapshot(engine_host), "volume", objects["volume"])
    inspection = show(qtbot, panel, volume)
    assert panel.command.text() == f"docker volume inspect {prefix}data"
    view = panel.volume_view
    assert panel.summary_stack.currentWidget() is view
    assert view.facts.text("driver") == "local"
    assert inspection.summary.mountpoint.endswith(f"/volumes/{prefix}data/_data")
    assert ("app", "demo") in view.labels.table_model.rows
    users = view.users.table_model.rows
    assert [(u.container_name, u.destination, u.running) for u in users] == [(f"{prefix}web", "/data", True)]
    with qtbot.waitSignal(panel.container_requested) as blocker:
        view.users.click_row(0, 0)
    assert blocker.args == [objects["web"]]
    if getattr(window, "selection", None) is not None:
        qtbot.waitUntil(lambda: panel.kind == "container" and panel.key == objects["web"], timeout=10000)
    panel.show_object(volume)  # back to the volume if the linked views moved the selection
    qtbot.waitUntil(lambda: panel.kind == "volume" and panel.state == "shown", timeout=10000)
    assert view.facts.text("size") == "not measured"
    view.measure_button.click()
    qtbot.waitUntil(lambda: panel.size_of(f"{prefix}data") is not None, timeout=20000)
    size = panel.size_of(f"{prefix}data")
    assert size.size >= 0
    assert "measured" in view.facts.text("size")
    model = getattr(window, "volume_model", None)
    if model is not None:
        # one measurement serves the volumes view too, and the other way round
        assert model.size_of(f"{prefix}data")[0] == size.size
        later = size.measured_at + timedelta(seconds=5)
        model.set_sizes({f"{prefix}data": 4321}, later)
        assert panel.size_of(f"{prefix}data").size == 4321
        assert view.facts.text("size").startswith("4.32 kB, measured")


def test_image_summary(qtbot, window, objects, engine_host, test_image):
    panel = window.context.features.inspect_panel
    image = find(snapshot(engine_host), "image", test_image)
    inspection = show(qtbot, panel, image)
    assert panel.command.text() == f"docker image inspect {test_image}"
    view = panel.image_view
    assert test_image in view.facts.text("tags")
    assert view.facts.text("id") == image.short_id
    assert image.id in view.facts.values["id"].toolTip()
    assert view.facts.text("command") == "sh"
    names = {u.container_name for u in view.users.table_model.rows}
    assert {"vgtest-web", "vgtest-other"} <= names
    assert inspection.summary.size > 0


def test_search_in_raw_tree_finds_a_nested_value(qtbot, window, objects, engine_host, prefix):
    panel = window.context.features.inspect_panel
    show(qtbot, panel, find(snapshot(engine_host), "container", objects["web"]))
    raw = panel.raw
    panel.tabs.setCurrentWidget(raw)
    assert raw.search("rslave") == 1  # Mounts[n].Propagation of the bind mount
    current = raw.tree.currentIndex()
    path = raw.model.path_of(current)
    assert path[0] == "Mounts" and path[-1] == "Propagation"
    assert raw.tree.isExpanded(current.parent()) and raw.tree.isExpanded(current.parent().parent())
    assert raw.current_path() == f"Mounts[{path[1]}].Propagation"
    raw.copy_path()
    assert QGuiApplication.clipboard().text() == f"Mounts[{path[1]}].Propagation"
    raw.copy_value()
    assert QGuiApplication.clipboard().text() == "rslave"
    raw.copy_format_command()
    assert QGuiApplication.clipboard().text() == \
        f"docker inspect --format '{{{{(index .Mounts {path[1]}).Propagation}}}}' {prefix}web"
    assert raw.search("Binds") >= 1  # keys are searched too
    assert raw.model.path_of(raw.tree.currentIndex()) == ("HostConfig", "Binds")
    assert raw.search("hunter2") == 0  # masked secrets are not found by their value
    raw.copy_json()
    assert "hunter2" not in QGuiApplication.clipboard().text()
    assert '"HostConfig"' in QGuiApplication.clipboard().text()


def test_stopping_the_container_updates_the_panel(qtbot, window, objects, engine_host, docker_api):
    panel = window.context.features.inspect_panel
    show(qtbot, panel, find(snapshot(engine_host), "container", objects["web"]))
    assert panel.container_view.facts.text("state").startswith("running")
    docker_api.stop(objects["web"], timeout=0)
    qtbot.waitUntil(lambda: panel.inspection is not None and panel.inspection.summary.state == "exited",
                    timeout=15000)
    assert panel.container_view.facts.text("state").startswith("stopped: ")
    assert panel.container_view.facts.text("finished")


def test_removed_object_shows_error_state(qtbot, window, objects, engine_host, docker_api, prefix):
    panel = window.context.features.inspect_panel
    show(qtbot, panel, find(snapshot(engine_host), "container", objects["other"]))
    with qtbot.waitSignal(panel.load_failed, timeout=15000):
        docker_api.remove_container(objects["other"])
    assert panel.state == "error"
    assert panel.message.text() == f"Container {prefix}other no longer exists."
    assert panel.retry_button.isVisible()


def test_fast_selection_changes_end_on_the_last_object(qtbot, window, objects, engine_host, test_image):
    panel = window.context.features.inspect_panel
    snap = snapshot(engine_host)
    sequence = [find(snap, "container", objects["web"]), find(snap, "volume", objects["volume"]),
                find(snap, "image", test_image), find(snap, "container", objects["other"]),
                find(snap, "volume", objects["volume"]), find(snap, "container", objects["web"]),
                find(snap, "container", objects["other"])]
    seen = []
    panel.loaded.connect(seen.append)
    for i, obj in enumerate(sequence):
        if i:
            qtbot.wait(1)  # let some results come back while selections keep changing
        panel.show_object(obj)
    mark = len(seen)  # anything shown from here on must be the last selection
    qtbot.waitUntil(lambda: panel.state == "shown" and panel.inspection.key == objects["other"],
                    timeout=10000)
    qtbot.wait(300)
    assert panel.key == objects["other"]
    assert panel.inspection.key == objects["other"]
    late = seen[mark:]
    assert late and all((i.kind, i.key) == ("container", objects["other"]) for i in late)


def test_follows_the_views_selection(qtbot, window, objects, prefix):
    hub = getattr(window, "selection", None)
    if hub is None:
        pytest.skip("the linked views are not in this tree yet")
    panel = window.context.features.inspect_panel
    qtbot.waitUntil(lambda: hub.select_volume(f"{prefix}data"), timeout=10000)
    qtbot.waitUntil(lambda: panel.kind == "volume" and panel.state == "shown", timeout=10000)
    assert panel.key == f"{prefix}data"


def _tar_with(name: str, size: int) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo(name)
        info.size = size
        tar.addfile(info, io.BytesIO(b"x" * size))
    return buf.getvalue()


def test_screenshots(qtbot, window, objects, engine_host, test_image, tmp_path, docker_api):
    """Offscreen grabs of each kind (``VOLGUI_SCREENSHOT_DIR=docs/screenshots`` keeps them)."""
    docker_api.put_archive(objects["web"], "/data", _tar_with("report.csv", 1_250_000))
    out = Path(os.environ.get("VOLGUI_SCREENSHOT_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    panel = InspectPanel(window.session)  # on its own, at a size that reads well
    qtbot.addWidget(panel)
    window.session.event_received.connect(panel.on_engine_event)
    panel.resize(560, 900)
    panel.show()
    snap = snapshot(engine_host)
    for kind, key in (("container", objects["web"]), ("volume", objects["volume"]), ("image", test_image)):
        show(qtbot, panel, find(snap, kind, key))
        if kind == "container":
            qtbot.waitUntil(lambda: "healthy" in panel.container_view.facts.text("state"), timeout=10000)
        if kind == "volume":
            panel.volume_view.measure_button.click()
            qtbot.waitUntil(lambda: panel.size_of(objects["volume"]) is not None, timeout=20000)
            assert panel.size_of(objects["volume"]).size >= 1_250_000
        qtbot.wait(50)
        image = panel.grab()
        assert not image.isNull()
        assert image.save(str(out / f"inspect-{kind}.png"))
    panel.tabs.setCurrentWidget(panel.raw)
    panel.raw.search("Propagation")
    qtbot.wait(50)
    assert panel.grab().save(str(tmp_path / "inspect-raw.png"))


def test_size_measurement_outlives_a_selection_change(qtbot, window, objects, engine_host, docker_api,
                                                      prefix):
    docker_api.create_volume(f"{prefix}more", labels={"volgui.test": "1"})
    snap = snapshot(engine_host)
    panel = window.context.features.inspect_panel
    show(qtbot, panel, find(snap, "volume", objects["volume"]))
    panel.volume_view.measure_button.click()
    assert not panel.volume_view.measure_button.isEnabled()
    panel.show_object(find(snap, "volume", f"{prefix}more"))  # one measurement covers both
    qtbot.waitUntil(lambda: panel.size_of(f"{prefix}more") is not None, timeout=20000)
    qtbot.waitUntil(lambda: panel.state == "shown" and panel.key == f"{prefix}more", timeout=10000)
    assert panel.volume_view.facts.text("size").startswith("0 B, measured")
    assert panel.volume_view.measure_button.isEnabled()
    assert panel.size_of(objects["volume"]) is not None
