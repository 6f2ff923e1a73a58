"""Backups in an SFTP folder on a real sshd on loopback: round trip, verification from the
remote copy, retention with the local rules, cancel, host keys, and volgui-backup."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from remote_engines import start_sshd
from volgui import backup_cli, paths
from volgui.engine import EngineError
from volgui.engine.cancel import CancelToken
from volgui.engine.errors import Cancelled
from volgui.engine.volumes import backups as bk
from volgui.engine.volumes import remote_backups as rb
from volgui.engine.volumes.sftp import SftpFolder, SftpTarget
from volgui.engine.volumes.tar_headers import ArchiveRefused
from volgui.operations import remote_backups as remote_ops

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.fixture
def sshd(engine_host):
    server = start_sshd(engine_host, Path(os.environ["HOME"]))
    yield server
    server.stop()


@pytest.fixture
def remote(sshd, tmp_path):
    """(the remote folder on disk, its sftp:// address)."""
    folder = tmp_path / "remote-backups"
    folder.mkdir()
    return folder, f"sftp://root@127.0.0.1:{sshd.port}{folder}"


def test_round_trip_verify_and_retention(engine, filled, remote):
    where, url = remote
    seen = []
    with SftpFolder(url) as folder:
        first = rb.backup_to(engine, filled, folder, progress=seen.append)
        second = rb.backup_to(engine, filled, folder)
        assert first.archive.name != second.archive.name  # the same second: a new name, not overwritten
        assert any(p.phase == "upload" for p in seen) and seen[-1].done == first.archive_size
        assert sorted(p.name for p in where.iterdir()) == sorted(
            [first.archive.name, first.manifest.name, second.archive.name, second.manifest.name])
        listed = rb.list_remote(folder, filled, engine.spec.host)
        assert {b.archive.name for b in listed} == {first.archive.name, second.archive.name}
        checked = rb.verify_remote(engine, folder, first.manifest.name)
        assert checked.verified is True, checked.verify_message
        # the result is in the remote manifest
        assert json.loads((where / first.manifest.name).read_text())["verification"]["ok"] is True
        # a damaged remote archive fails verification, with the reason
        with open(where / second.archive.name, "r+b") as fh:  # same size, one byte changed
            fh.seek(second.archive_size // 2)
            byte = fh.read(1)
            fh.seek(second.archive_size // 2)
            fh.write(bytes([byte[0] ^ 0xFF]))
        damaged = rb.verify_remote(engine, folder, second.manifest.name)
        assert damaged.verified is False and "checksum" in damaged.verify_message
        # retention keeps the newest, and refuses to delete the damaged archive it did not write as is
        said: list[str] = []
        third = rb.backup_to(engine, filled, folder)
        deleted = rb.apply_remote_retention(folder, filled, 1, engine.spec.host, report=said.append)
        assert third.archive.name not in deleted
        assert second.archive.name not in deleted and (where / second.archive.name).exists()
        assert any("checksum" in s for s in said), said
        assert set(deleted) == {first.archive.name, first.manifest.name}
        assert not (where / first.archive.name).exists()


def test_restore_from_the_remote_copy(engine, filled, remote, docker_api, prefix):
    _where, url = remote
    with SftpFolder(url) as folder:
        special = rb.backup_to(engine, filled, folder)
        docker_api.create_volume(f"{prefix}plain")
        made = rb.backup_to(engine, f"{prefix}plain", folder)
    # set-ID files are refused here as in a local restore from the tab ("Restore…" asks about them)
    with pytest.raises(ArchiveRefused):
        remote_ops.restore_remote(engine, url, None, special.manifest.name, f"{prefix}refused")
    restored = remote_ops.restore_remote(engine, url, None, made.manifest.name, f"{prefix}back")
    assert restored.volume == f"{prefix}back"
    assert remote_ops.check_folder(engine, url, None).startswith("Connected: 2 volgui backups")
    again = remote_ops.verify_remote(engine, url, None, made.manifest.name)
    assert again.verified is True


def test_retention_never_follows_a_link_or_deletes_a_foreign_file(engine, filled, remote, tmp_path):
    where, url = remote
    precious = tmp_path / "precious.tar"
    precious.write_bytes(b"not a backup")
    with SftpFolder(url) as folder:
        old = rb.backup_to(engine, filled, folder)
        rb.backup_to(engine, filled, folder)
        # the old archive replaced by a link to a file outside: the link's target is never deleted
        (where / old.archive.name).unlink()
        (where / old.archive.name).symlink_to(precious)
        said: list[str] = []
        assert rb.apply_remote_retention(folder, filled, 1, engine.spec.host, report=said.append) == []
        assert precious.read_bytes() == b"not a backup"
        assert any("not a plain file" in s for s in said)


def test_cancelled_upload_leaves_nothing(engine, filled, remote, tmp_path):
    where, url = remote
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(4 << 20))
    cancel = CancelToken()

    def progress(p):
        if p.done > 0:
            cancel.cancel()

    with SftpFolder(url) as folder, pytest.raises(Cancelled):
        folder.upload(str(big), "big.bin", cancel=cancel, progress=lambda p: progress(p))
    assert list(where.iterdir()) == []


def test_unknown_and_changed_host_keys_are_refused(remote, sshd):
    _where, url = remote
    known = Path(os.environ["HOME"]) / ".ssh" / "known_hosts"
    saved = known.read_text()
    known.write_text("")
    with pytest.raises(EngineError) as info:
        SftpFolder(url).open()
    assert "host key of 127.0.0.1 is not known" in info.value.message
    assert f"ssh -p {sshd.port} root@127.0.0.1" in info.value.message
    other = known.parent / "other"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(other)], check=True)
    kind, key = (other.with_suffix(".pub")).read_text().split()[:2]
    known.write_text(f"[127.0.0.1]:{sshd.port} {kind} {key}\n")
    with pytest.raises(EngineError) as info:
        SftpFolder(url).open()
    assert "CHANGED" in info.value.message
    known.write_text(saved)


def test_bad_addresses_are_refused_with_a_reason():
    for url, words in (("sftp://host/x", "Name the user"), ("sftp://u:pw@host/x", "password"),
                       ("sftp://u@host/../etc", "without “..”"), ("sftp://u@host:99999/x", "port"),
                       ("ftp://u@host/x", "not an SFTP folder"), ("sftp://u@host", "absolute path")):
        with pytest.raises(EngineError) as info:
            SftpTarget.parse(url)
        assert words in info.value.message, (url, info.value.message)
    assert SftpTarget.parse("sftp://u@h:2222/srv/b").account == "sftp://u@h:2222"


def test_volgui_backup_runs_due_policies_into_an_sftp_folder(engine, filled, remote, capsys):
    where, url = remote
    store = bk.PolicyStore.load(paths.policy_file())
    store.folder = url
    store.set_policy(engine.spec.host, bk.Policy(filled, 1, 1))
    store.save()
    assert backup_cli.main([]) == 0, capsys.readouterr()
    out = capsys.readouterr().out
    assert f"backed up {filled}" in out and url in out
    manifests = [p for p in where.iterdir() if p.name.endswith(".manifest.json")]
    assert len(manifests) == 1
    # a second run right after: nothing due, nothing uploaded
    assert backup_cli.main([]) == 0
    assert len([p for p in where.iterdir() if p.name.endswith(".manifest.json")]) == 1
