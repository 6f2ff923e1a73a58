"""Desktop notifications on a private session bus (dbus-daemon started here, a small
Notifications server in its own process): a container that died or became unhealthy, a
scheduled backup that failed or is overdue, each kind off by its check box; and volgui-backup's."""

from __future__ import annotations

import io
import json
import os
import tarfile
from datetime import UTC, datetime, timedelta

import pytest
from notify_receiver import start_session_bus
from PySide6.QtCore import QPoint, Qt

from volgui import backup_cli, paths
from volgui.engine.volumes import backups as bk

pytestmark = pytest.mark.integration

WAIT = 30000


@pytest.fixture
def bus(monkeypatch):
    server = start_session_bus()
    server.serve()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", server.address)
    yield server
    server.stop()


def _summaries(bus) -> list[str]:
    return [r.summary for r in bus.received]


def _run(docker_api, image, name, cmd, **kwargs) -> str:
    cid = docker_api.create_container(image, cmd, name=name, labels={"volgui.test": "1"}, **kwargs)["Id"]
    docker_api.start(cid)
    return cid


def test_a_container_that_dies_or_turns_unhealthy_is_notified(qtbot, window, bus, docker_api, test_image,
                                                              prefix):
    stopped = _run(docker_api, test_image, f"{prefix}stopped", ["sleep", "300"])
    docker_api.stop(stopped, timeout=1)  # asked for: not a death
    _run(docker_api, test_image, f"{prefix}crash", ["sh", "-c", "exit 3"])
    qtbot.waitUntil(lambda: f"{prefix}crash died" in _summaries(bus), timeout=WAIT)
    died = next(r for r in bus.received if r.summary == f"{prefix}crash died")
    assert died.body == f"Container {prefix}crash stopped with exit code 3." and died.hints["urgency"] == 2
    assert died.app == "volgui"
    _run(docker_api, test_image, f"{prefix}sick", ["sleep", "300"],
         healthcheck={"test": ["CMD-SHELL", "exit 1"], "interval": 1_000_000_000, "retries": 1})
    qtbot.waitUntil(lambda: f"{prefix}sick is unhealthy" in _summaries(bus), timeout=WAIT)
    assert not [s for s in _summaries(bus) if "stopped" in s]


def test_a_kind_turned_off_is_not_shown(qtbot, window, bus, docker_api, test_image, prefix):
    feature = window.context.features.notifications
    feature.action.trigger()
    dialog = feature.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    box = dialog.boxes["container_died"]
    assert box.isChecked()
    if os.environ.get("VOLGUI_SCREENSHOTS"):
        dialog.grab().save(os.path.join(os.environ["VOLGUI_SCREENSHOTS"], "notifications.png"))
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the box itself
    assert not box.isChecked()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert json.loads((paths.config_dir() / "notifications.json").read_text())["container_died"] is False
    _run(docker_api, test_image, f"{prefix}quiet", ["sh", "-c", "exit 4"])
    # a notice still on, after the death in the engine's order of events
    _run(docker_api, test_image, f"{prefix}sick2", ["sleep", "300"],
         healthcheck={"test": ["CMD-SHELL", "exit 1"], "interval": 1_000_000_000, "retries": 1})
    qtbot.waitUntil(lambda: f"{prefix}sick2 is unhealthy" in _summaries(bus), timeout=WAIT)
    assert f"{prefix}quiet died" not in _summaries(bus)


def _old_backup(folder, volume, host, days_ago):
    folder.mkdir(parents=True, exist_ok=True)
    archive = folder / f"{volume}--20200101T000000Z.tar"
    with tarfile.open(archive, "w") as tar:
        info = tarfile.TarInfo("./a.txt")
        info.size = 1
        tar.addfile(info, io.BytesIO(b"1"))
    manifest = bk.write_manifest(archive, volume, host)
    data = json.loads(manifest.read_text())
    data["created"] = (datetime.now(UTC) - timedelta(days=days_ago)).isoformat(timespec="seconds")
    manifest.write_text(json.dumps(data))


def test_scheduled_backup_overdue_then_failed(qtbot, window, bus, docker_api, prefix, tmp_path):
    panel = window.context.features.backups_panel
    host = window.session.spec.host
    volume = f"{prefix}kept"
    docker_api.create_volume(volume, labels={"volgui.test": "1"})
    folder = tmp_path / "backups"
    _old_backup(folder, volume, host, days_ago=3)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    panel.store.set_policy(host, bk.Policy(volume, 1, 2))
    panel.set_folder(str(folder))  # lists the three-day-old backup: overdue
    qtbot.waitUntil(lambda: f"Backup of {volume} is overdue" in _summaries(bus), timeout=WAIT)
    overdue = next(r for r in bus.received if r.summary == f"Backup of {volume} is overdue")
    assert "3 days ago" in overdue.body
    panel.set_folder(str(blocker))  # the scheduled backup cannot write there
    panel.run_due()
    qtbot.waitUntil(lambda: f"Backup of {volume} failed" in _summaries(bus), timeout=WAIT)
    assert _summaries(bus).count(f"Backup of {volume} is overdue") == 1  # said once


def test_volgui_backup_notifies_a_failure_and_what_it_made_overdue_without_qt(bus, tmp_path, capsys):
    host = f"unix://{tmp_path / 'no-engine.sock'}"
    store = bk.PolicyStore.load(paths.policy_file())
    store.set_policy(host, bk.Policy("data", 6, 2))
    store.set_policy(host, bk.Policy("fresh", 6, 2))
    store.folder = str(tmp_path / "backups")
    store.save()
    _old_backup(tmp_path / "backups", "data", host, days_ago=2)
    assert backup_cli.main([]) == 1
    assert "no desktop notification" not in capsys.readouterr().err
    got, overdue = bus.received
    assert overdue.summary == "Backup of data is overdue" and "2 days ago" in overdue.body
    assert got.summary == "Backup of data, fresh failed"
    assert "not reachable" in got.body
    assert got.hints["urgency"] == 2
