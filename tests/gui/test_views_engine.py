"""The views against the private engine: events update rows in place, linked selection, sizes."""

from __future__ import annotations

import pytest

from volgui.app import build_window
from volgui.models.objects import ContainerTableModel, VolumeTableModel
from volgui.workers.registry import live_threads

pytestmark = pytest.mark.integration


@pytest.fixture
def window(qtbot, engine_host, docker_api):
    win = build_window(host=engine_host)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.container_model.loaded, timeout=10000)
    yield win
    win.close()
    assert live_threads() == []


def container_id(window, name: str) -> str:
    return next(c.id for c in window.container_model.objects() if c.name == name)


def test_engine_events_update_rows_without_refresh(qtbot, docker_api, prefix, test_image, window):
    vmodel, cmodel = window.volume_model, window.container_model
    name = f"{prefix}evented"
    with qtbot.assertNotEmitted(vmodel.modelReset), qtbot.assertNotEmitted(cmodel.modelReset):
        docker_api.create_volume(name)  # as from the command line
        qtbot.waitUntil(lambda: vmodel.row_of(name) >= 0, timeout=10000)
        assert vmodel.index_of(name, VolumeTableModel.USED_BY).data() == "unused"

        # a new container that mounts it: its "used by" changes in place
        docker_api.create_container(test_image, "sleep 300", name=f"{prefix}user",
                                    host_config=docker_api.create_host_config(binds=[f"{name}:/data"]))
        qtbot.waitUntil(lambda: vmodel.index_of(name, VolumeTableModel.USED_BY).data() == f"{prefix}user",
                        timeout=10000)
        cid = container_id(window, f"{prefix}user")
        docker_api.start(cid)
        qtbot.waitUntil(lambda: cmodel.object(cid).state == "running", timeout=10000)
        assert vmodel.index_of(name, VolumeTableModel.USED_BY).data() == f"{prefix}user ▶"

        docker_api.remove_container(cid, force=True)
        qtbot.waitUntil(lambda: cmodel.row_of(cid) < 0, timeout=10000)
        docker_api.remove_volume(name)
        qtbot.waitUntil(lambda: vmodel.row_of(name) < 0, timeout=10000)


def test_linked_selection_both_ways_on_the_engine(qtbot, docker_api, prefix, test_image, window):
    for vol in ("a", "b", "lonely"):
        docker_api.create_volume(f"{prefix}{vol}")
    hc = docker_api.create_host_config(binds=[f"{prefix}a:/data/a", f"{prefix}b:/b:ro"])
    docker_api.create_container(test_image, "true", name=f"{prefix}both", host_config=hc)
    hc = docker_api.create_host_config(binds=[f"{prefix}a:/srv"])
    docker_api.create_container(test_image, "true", name=f"{prefix}one", host_config=hc)
    qtbot.waitUntil(lambda: window.container_model.row_of(container_id_or_none(window, f"{prefix}one")) >= 0
                    and window.volume_model.row_of(f"{prefix}lonely") >= 0, timeout=10000)
    both, one = container_id(window, f"{prefix}both"), container_id(window, f"{prefix}one")

    with qtbot.waitSignal(window.selection.containers_selected):
        assert window.selection.select_container(both)
    assert window.volume_model.related() == {f"{prefix}a": "/data/a", f"{prefix}b": "/b"}
    assert window.volume_model.index_of(f"{prefix}a", VolumeTableModel.MOUNT_PATHS).data() == "/data/a"

    window.volumes_view.related_toggle.setChecked(True)
    shown = {window.volumes_view.proxy.index(r, 0).data(window.volumes_view.OBJECT_ROLE).name
             for r in range(window.volumes_view.proxy.rowCount())}
    assert shown == {f"{prefix}a", f"{prefix}b"}
    window.volumes_view.related_toggle.setChecked(False)

    with qtbot.waitSignal(window.selection.volumes_selected):
        assert window.selection.select_volume(f"{prefix}a")
    assert set(window.container_model.related()) == {both, one}
    assert window.container_model.related()[one] == f"{prefix}a → /srv"
    assert [v.name for v in window.selection.selected_volumes()] == [f"{prefix}a"]

    # the relation follows the engine: a third user appears highlighted without reselecting
    hc = docker_api.create_host_config(binds=[f"{prefix}a:/late"])
    docker_api.create_container(test_image, "true", name=f"{prefix}late", host_config=hc)
    qtbot.waitUntil(lambda: len(window.container_model.related()) == 3, timeout=10000)


def container_id_or_none(window, name: str) -> str:
    return next((c.id for c in window.container_model.objects() if c.name == name), "")


def test_write_layer_and_volume_sizes_are_measured_off_the_gui_thread(qtbot, docker_api, prefix,
                                                                     test_image, window):
    docker_api.create_volume(f"{prefix}sized")
    hc = docker_api.create_host_config(binds=[f"{prefix}sized:/v"])
    c = docker_api.create_container(
        test_image, ["sh", "-c", "dd if=/dev/zero of=/layer bs=1000 count=300 && "
                                 "dd if=/dev/zero of=/v/data bs=1000 count=200"],
        name=f"{prefix}writer", host_config=hc)
    docker_api.start(c)
    assert docker_api.wait(c, timeout=30)["StatusCode"] == 0
    cid = c["Id"]
    qtbot.waitUntil(lambda: window.container_model.row_of(cid) >= 0
                    and window.container_model.object(cid).state == "exited", timeout=10000)
    window.selection.select_container(cid)  # a selected row gets its write layer measured
    qtbot.waitUntil(lambda: window.container_model.size_of(cid) is not None, timeout=10000)
    assert window.container_model.size_of(cid) >= 300_000
    assert window.container_model.index_of(cid, ContainerTableModel.SIZE).data().endswith("kB")
    with qtbot.waitSignal(window.container_model.dataChanged):
        window.containers_view.measure_selected_again()  # the context menu's "measure again"
    qtbot.waitUntil(lambda: window.container_model.size_of(cid) is not None, timeout=10000)

    window.compute_volume_sizes()
    qtbot.waitUntil(lambda: window.volume_model.size_of(f"{prefix}sized") is not None, timeout=20000)
    size, _when = window.volume_model.size_of(f"{prefix}sized")
    assert size >= 200_000
    text = window.volume_model.index_of(f"{prefix}sized", VolumeTableModel.SIZE).data()
    assert text.startswith("200 kB (") and text.endswith("ago)")


def test_empty_engine_state_and_disconnected_state(qtbot, tmp_path):
    window = build_window(host=f"unix://{tmp_path}/absent.sock")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.state.phase == "disconnected", timeout=5000)
    for view in (window.containers_view, window.volumes_view):
        assert not view.tree.isEnabled()
        assert view.empty.isVisible() or not view.isVisible()
        assert view.empty.title.text() == "Not connected"
    assert window.banner.isVisible()
    window.close()
    assert live_threads() == []


def test_switching_engines_shows_each_engines_objects_and_survives_a_restart(
        qtbot, docker_api, prefix, window, restartable_engine):
    from volgui.engine.profiles import make_custom_profile

    docker_api.create_volume(f"{prefix}on-first")
    qtbot.waitUntil(lambda: window.volume_model.row_of(f"{prefix}on-first") >= 0, timeout=10000)
    manager = window.session.manager
    first_key = manager.active_key
    profile = make_custom_profile("second", restartable_engine.host).profile
    manager.add_profile(profile)
    manager.activate(profile.key)
    # the other engine's rows never show here, not even for a moment
    assert window.volume_model.row_of(f"{prefix}on-first") == -1
    qtbot.waitUntil(lambda: window.session.state.connected and window.volume_model.loaded, timeout=15000)
    assert window.volume_model.row_of(f"{prefix}on-first") == -1

    api = restartable_engine.api()
    try:
        api.create_volume(f"{prefix}on-second")
        qtbot.waitUntil(lambda: window.volume_model.row_of(f"{prefix}on-second") >= 0, timeout=10000)

        restartable_engine.stop()
        qtbot.waitUntil(lambda: window.session.state.phase == "disconnected", timeout=15000)
        assert not window.volumes_view.tree.isEnabled()  # dimmed, last rows kept
        assert window.volume_model.row_of(f"{prefix}on-second") >= 0
        restartable_engine.start()
        qtbot.waitUntil(lambda: window.session.state.connected, timeout=20000)
        api.close()
        api = restartable_engine.api()
        api.create_volume(f"{prefix}after-restart")
        qtbot.waitUntil(lambda: window.volume_model.row_of(f"{prefix}after-restart") >= 0, timeout=15000)
        assert window.volumes_view.tree.isEnabled()
    finally:
        api.close()

    manager.activate(first_key)
    qtbot.waitUntil(lambda: window.volume_model.row_of(f"{prefix}on-first") >= 0, timeout=10000)
    assert window.volume_model.row_of(f"{prefix}on-second") == -1


def test_a_killed_or_stopped_container_is_shown_as_ended(qtbot, docker_api, prefix, test_image, window):
    """The row of a container that was killed or stopped stops saying "running" without a Refresh."""
    cmodel = window.container_model

    def shown_state(cid: str) -> str:
        return str(cmodel.index_of(cid, ContainerTableModel.STATE).data() or "")

    for verb in ("kill", "stop"):
        cid = docker_api.create_container(test_image, "sleep 300", name=f"{prefix}{verb}ed",
                                          labels={"volgui.test": "1"})["Id"]
        docker_api.start(cid)
        qtbot.waitUntil(lambda c=cid: cmodel.row_of(c) >= 0 and cmodel.object(c).running, timeout=10000)
        assert "running" in shown_state(cid).lower()
        getattr(docker_api, verb)(cid, **({"timeout": 0} if verb == "stop" else {}))
        qtbot.waitUntil(lambda c=cid: not cmodel.object(c).running
                        and "running" not in shown_state(c).lower(), timeout=10000)


def test_a_died_container_shows_its_exit_code_at_once_and_a_stale_listing_does_not_undo_it(
        qtbot, docker_api, prefix, test_image, window, monkeypatch):
    """Fault injection: for half a second after the kill every listing still says "running", as
    Engine 20.10 does under load. The row shows the die event's exit code without waiting for the
    listing, never says "running" again, and the engine's own words arrive after a re-fetch."""
    import time
    from dataclasses import replace

    from volgui.models import loader as loader_module

    cmodel = window.container_model
    cid = docker_api.create_container(test_image, "sleep 300", name=f"{prefix}stale",
                                      labels={"volgui.test": "1"})["Id"]
    docker_api.start(cid)
    qtbot.waitUntil(lambda: cmodel.row_of(cid) >= 0 and cmodel.object(cid).running, timeout=10000)
    real, stale_until, stale_answers, true_answers = loader_module.load_changes, [0.0], [], []

    def stale_at_first(engine, ids, *args):
        changes = real(engine, ids, *args)
        if cid in ids and time.monotonic() >= stale_until[0]:
            true_answers.append(cid)
        elif cid in ids and changes.containers:
            stale_answers.append(cid)
            changes = replace(changes, containers=tuple(
                replace(c, state="running", status="Up 5 seconds") if c.id == cid else c
                for c in changes.containers))
        return changes

    shown: list[str] = []

    def note_shown(*_args) -> None:
        if cmodel.row_of(cid) >= 0:
            status = str(cmodel.index_of(cid, ContainerTableModel.STATUS).data() or "")
            if not shown or shown[-1] != status:
                shown.append(status)

    cmodel.dataChanged.connect(note_shown)
    monkeypatch.setattr(loader_module, "load_changes", stale_at_first)
    stale_until[0] = time.monotonic() + 0.5
    docker_api.kill(cid)
    qtbot.waitUntil(lambda: bool(true_answers) and not window.loader.loading, timeout=10000)
    assert cmodel.object(cid).state == "exited"
    assert shown[0].startswith("Exited (137)")  # from the die event, before any listing
    assert not any(s.startswith("Up") for s in shown)  # the stale "running" answers never showed
    assert stale_answers  # the stale answer was given
