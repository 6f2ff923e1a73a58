"""Backups made within one second keep their order; passwords go to the keyring or nowhere."""

from __future__ import annotations

import io
import json
import tarfile

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from volgui.engine import EngineError, keyring_store
from volgui.engine.volumes.backups import apply_retention, list_backups, manifest_path, write_manifest
from volgui.engine.volumes.retention_rules import age_key
from volgui.engine.volumes.sftp import SftpTarget


def _same_second_backup(folder, name):
    archive = folder / name
    with tarfile.open(archive, "w") as tar:
        info = tarfile.TarInfo("./a.txt")
        info.size = 1
        tar.addfile(info, io.BytesIO(b"1"))
    write_manifest(archive, "data", "unix:///x.sock")
    path = manifest_path(archive)
    data = json.loads(path.read_text())
    data["created"] = "2026-11-01T10:00:00+00:00"  # every manifest the same second
    path.write_text(json.dumps(data))
    return archive


def test_backups_of_one_second_sort_by_their_names_stamp_and_sequence(tmp_path):
    names = ["data--20261101T095959Z.tar", "data--20261101T100000Z.tar", "data--20261101T100000Z-1.tar",
             "data--20261101T100000Z-2.tar"]
    made = [_same_second_backup(tmp_path, n) for n in names]
    assert [b.archive.name for b in list_backups(tmp_path, "data")] == names[::-1]
    deleted = apply_retention(tmp_path, "data", 1, "unix:///x.sock")
    assert made[-1].exists() and all(not a.exists() for a in made[:-1])
    assert len(deleted) == 6
    assert age_key(None, "a--b--20261101T100000Z-3.tar.gz")[1:] == ("20261101T100000Z", 3)


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in this process only: the tests' desktop keyring."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.saved = {}

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def delete_password(self, service, username):
        self.saved.pop((service, username), None)


KeyringBackend._classes.discard(MemoryKeyring)  # defining it registered it: only set_keyring uses it


@pytest.fixture
def restore_keyring():
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def test_password_round_trip_in_the_keyring(restore_keyring):
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    account = SftpTarget.parse("sftp://me@box:2222/srv/b").account
    assert keyring_store.why_unavailable() == ""
    assert keyring_store.get_password(account) is None
    keyring_store.set_password(account, "s3cret")
    assert ring.saved == {("volgui", "sftp://me@box:2222"): "s3cret"}
    assert keyring_store.get_password(account) == "s3cret"
    keyring_store.delete_password(account)
    assert keyring_store.get_password(account) is None


def test_without_a_keyring_nothing_is_saved_and_the_reason_is_said(restore_keyring, tmp_path):
    keyring.set_keyring(fail.Keyring())
    why = keyring_store.why_unavailable()
    assert "No desktop keyring" in why and "asked each time" in why
    assert keyring_store.get_password("sftp://me@box:22") is None
    with pytest.raises(EngineError) as info:
        keyring_store.set_password("sftp://me@box:22", "s3cret")
    assert info.value.message == why
