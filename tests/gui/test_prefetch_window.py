"""The main window filled from the start-up prefetch: the same rows as the normal load, nothing
changed since the prefetch is lost, and a prefetch that brings nothing (hostile reply, hung engine)
leaves the normal load to do its work."""

from __future__ import annotations

import dataclasses

import pytest
from fake_engine import HANG, reply

from volgui.app import build_window
from volgui.engine import prefetch
from volgui.ui.window.main_window import MainWindow

pytestmark = pytest.mark.integration


def rows(model) -> dict:
    """The model's objects by key; a running container's status only as "Up …"."""
    def steady(o):
        status = getattr(o, "status", "")
        return dataclasses.replace(o, status="Up …") if status.startswith("Up ") else o

    return {k: steady(o) for k, o in zip(model.keys(), model.objects(), strict=True)}


def open_window(qtbot, engine_host, pf=None):
    window = build_window(host=engine_host, prefetch=pf)
    qtbot.addWidget(window)
    window.show()
    return window


def test_prefetched_rows_are_the_normal_rows_and_later_changes_arrive(qtbot, engine_host, docker_api,
                                                                    test_image, prefix):
    docker_api.create_volume(f"{prefix}pre-a", labels={"volgui.test": "1"})
    hc = docker_api.create_host_config(binds=[f"{prefix}pre-a:/data"], network_mode="none")
    docker_api.create_container(test_image, ["true"], name=f"{prefix}pre-c", labels={"volgui.test": "1"},
                                host_config=hc)
    pf = prefetch.start(engine_host, env={})
    assert pf is not None and pf.wait(30) is not None
    # made after the prefetch answered, before the session connects: must not be lost
    docker_api.create_volume(f"{prefix}pre-late", labels={"volgui.test": "1"})

    window = open_window(qtbot, engine_host, pf)
    assert window.prefetch_shown
    assert f"{prefix}pre-a" in rows(window.volume_model)  # there at once, before any connection
    assert f"{prefix}pre-late" not in rows(window.volume_model)
    qtbot.waitUntil(lambda: f"{prefix}pre-late" in rows(window.volume_model), timeout=20000)
    assert window.session.state.connected
    prefetched_then_reloaded = (rows(window.container_model), rows(window.volume_model))

    normal = open_window(qtbot, engine_host)
    qtbot.waitUntil(lambda: normal.loader.loads > 0 and not normal.loader.loading, timeout=20000)
    assert not normal.prefetch_shown
    assert (rows(normal.container_model), rows(normal.volume_model)) == prefetched_then_reloaded
    volume = rows(window.volume_model)[f"{prefix}pre-a"]
    assert [u.container_name for u in volume.users] == [f"{prefix}pre-c"]
    for w in (window, normal):
        w.close()


def test_a_hostile_prefetch_reply_leaves_the_normal_load(qtbot, engine_host, docker_api, prefix,
                                                         fake_engine, hostile):
    hostile("prefetch window: garbled list reply")
    docker_api.create_volume(f"{prefix}pre-real", labels={"volgui.test": "1"})
    fake = fake_engine({"/volumes": reply(b'{"Volumes": [{"Name": ')})
    pf = prefetch.Prefetch(fake.path)
    window = open_window(qtbot, engine_host, pf)
    qtbot.waitUntil(lambda: f"{prefix}pre-real" in rows(window.volume_model), timeout=20000)
    assert pf.done and pf.snapshot is None and not window.prefetch_shown
    window.close()


def test_a_hung_prefetch_does_not_hold_the_session(qtbot, engine_host, docker_api, prefix, fake_engine,
                                                   monkeypatch, hostile):
    hostile("prefetch window: engine never answers the lists")
    monkeypatch.setattr(MainWindow, "PREFETCH_WAIT_MS", 200)
    docker_api.create_volume(f"{prefix}pre-hung", labels={"volgui.test": "1"})
    fake = fake_engine({"/containers/json": HANG})
    pf = prefetch.Prefetch(fake.path, timeout=30)
    window = open_window(qtbot, engine_host, pf)
    qtbot.waitUntil(lambda: f"{prefix}pre-hung" in rows(window.volume_model), timeout=20000)
    assert not pf.done  # still waiting for the fake: the session did not
    window.close()
    fake.close()  # the prefetch thread ends with the fake's connections
    assert pf.wait(35) is None
