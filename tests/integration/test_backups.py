"""Verified backups, tampering, policies, retention and volgui-backup without the GUI."""

import io
import json
import subprocess
import sys
import tarfile
from datetime import UTC, datetime, timedelta

import pytest

from volgui.engine import Engine, resolve
from volgui.engine.errors import EngineError
from volgui.engine.volumes.backups import (
    Policy,
    PolicyStore,
    apply_retention,
    backup,
    list_backups,
    parse_interval,
    read_manifest,
    run_due,
    verify,
)

pytestmark = pytest.mark.integration


@pytest.fixture
def engine(engine_host):
    eng = Engine.connect_first(resolve(host=engine_host))
    yield eng
    eng.close()


def fill(api, volume, files):
    """Put files (name → bytes) into a volume through a created-only container."""
    api.create_volume(volume)
    c = api.create_container("volgui-test/busybox:latest", "true", labels={"volgui.test": "1"},
                             host_config=api.create_host_config(binds=[f"{volume}:/v"]))
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        d = tarfile.TarInfo("sub")
        d.type, d.mode, d.uid, d.gid, d.mtime = tarfile.DIRTYPE, 0o750, 1000, 1000, 1_600_000_000
        tar.addfile(d)
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.uid, info.gid, info.mtime = len(data), 0o640, 1234, 99, 1_700_000_000
            tar.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("sub/link")
        link.type, link.linkname = tarfile.SYMTYPE, "../a.txt"
        tar.addfile(link)
    api.put_archive(c["Id"], "/v", buf.getvalue())
    api.remove_container(c["Id"])


def touch(api, volume, name):
    """One more small file in the volume."""
    c = api.create_container("volgui-test/busybox:latest", "true", labels={"volgui.test": "1"},
                             host_config=api.create_host_config(binds=[f"{volume}:/v"]))
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo(name)
        info.size = 3
        tar.addfile(info, io.BytesIO(b"new"))
    api.put_archive(c["Id"], "/v", buf.getvalue())
    api.remove_container(c["Id"])


def test_manifest_matches_and_verification_passes(engine, docker_api, prefix, tmp_path):
    vol = f"{prefix}precious"
    fill(docker_api, vol, {"a.txt": b"alpha\n", "sub/b.bin": bytes(range(256)) * 100, "sp ace é.txt": b"x"})
    made = backup(engine, vol, tmp_path)
    data = read_manifest(made.manifest)
    assert data["volume"] == vol and data["engine"] == engine.spec.host
    assert data["files"]["a.txt"]["sha256"] == __import__("hashlib").sha256(b"alpha\n").hexdigest()
    assert data["files"]["a.txt"]["uid"] == 1234 and data["files"]["a.txt"]["mode"] == 0o640
    assert data["files"]["sub/link"]["link"] == "../a.txt"
    assert data["entries"] == len(data["files"]) and data["total_size"] == 6 + 25600 + 1
    result = verify(engine, made.manifest)
    assert result.verified is True, result.verify_message
    assert "all match" in result.verify_message
    assert read_manifest(made.manifest)["verification"]["ok"] is True
    # the scratch volume is gone
    assert not [v for v in docker_api.volumes()["Volumes"] if v["Name"].startswith("volgui-verify-")]


def test_tampered_archive_fails_verification(engine, docker_api, prefix, tmp_path):
    vol = f"{prefix}tamper"
    fill(docker_api, vol, {"a.txt": b"original\n"})
    made = backup(engine, vol, tmp_path)
    raw = bytearray(made.archive.read_bytes())
    at = raw.find(b"original")
    raw[at:at + 8] = b"ORIGINAL"
    made.archive.write_bytes(bytes(raw))
    result = verify(engine, made.manifest)
    assert result.verified is False
    assert "checksum does not match" in result.verify_message


def test_retention_deletes_only_volgui_backups(docker_api, engine, prefix, tmp_path):
    vol = f"{prefix}keep"
    fill(docker_api, vol, {"a.txt": b"1"})
    (tmp_path / "notes.txt").write_text("mine")
    (tmp_path / f"{vol}--19990101T000000Z.tar").write_text("not volgui's: no manifest")
    for _ in range(4):
        backup(engine, vol, tmp_path)
    assert len(list_backups(tmp_path, vol)) == 4
    deleted = apply_retention(tmp_path, vol, 2, engine.spec.host)
    assert len(deleted) == 4  # two archives and their manifests
    assert len(list_backups(tmp_path, vol)) == 2
    assert (tmp_path / "notes.txt").exists() and (tmp_path / f"{vol}--19990101T000000Z.tar").exists()


def test_policy_due_and_interval_parsing():
    assert parse_interval("6h") == 6 and parse_interval("2d") == 48
    with pytest.raises(EngineError):
        parse_interval("soon")
    p = Policy("v", 6, 3)
    now = datetime(2026, 11, 29, 12, tzinfo=UTC)
    assert p.due(None, now)
    assert not p.due(now - timedelta(hours=2), now)
    assert p.due(now - timedelta(hours=6), now)


def test_run_due_and_volgui_backup_command(engine, engine_host, docker_api, prefix, tmp_path):
    vol = f"{prefix}policy"
    fill(docker_api, vol, {"a.txt": b"data"})
    config = tmp_path / "config"
    folder = tmp_path / "backups"
    store = PolicyStore.load(config / "backup-policies.json")
    store.folder = str(folder)
    store.set_policy(engine_host, Policy(vol, 1, 2))
    store.save()
    # the first run through the command, without any GUI
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(3):
        out = subprocess.run([sys.executable, "-m", "volgui.backup_cli", "--config-dir", str(config)],
                             capture_output=True, text=True, env=env, timeout=120, check=False)
        assert out.returncode == 0, out.stderr
        # pretend time passed: make the newest backup look two hours old
        newest = list_backups(folder, vol)[0]
        data = json.loads(newest.manifest.read_text())
        data["created"] = (newest.created - timedelta(hours=2)).isoformat()
        newest.manifest.write_text(json.dumps(data))
        touch(docker_api, vol, f"run-{len(data['files'])}.txt")  # a change, else the next run skips
    assert "PySide6" not in out.stdout
    assert len(list_backups(folder, vol)) == 2  # retention kept exactly K
    # nothing due right after a backup
    run_due(engine, store, folder)
    made = run_due(engine, store, folder)
    assert made == []


def test_timer_units_and_cron(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    out = subprocess.run([sys.executable, "-m", "volgui.backup_cli", "--install-timer", "--no-enable"],
                         capture_output=True, text=True, env=env, check=True)
    timer = (tmp_path / "cfg" / "systemd" / "user" / "volgui-backup.timer").read_text()
    service = (tmp_path / "cfg" / "systemd" / "user" / "volgui-backup.service").read_text()
    assert "OnCalendar=hourly" in timer and "volgui.backup_cli" in service and "wrote" in out.stdout
    cron = subprocess.run([sys.executable, "-m", "volgui.backup_cli", "--print-cron"], capture_output=True,
                          text=True, env=env, check=True).stdout
    assert cron.startswith("17 * * * * ") and "volgui.backup_cli" in cron
