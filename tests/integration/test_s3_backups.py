"""Backups in an S3-compatible bucket, against moto's local S3 server (a process of its own on
loopback): round trip, verification from the remote copy, retention with the local rules, a
cancelled upload that leaves nothing, the secret key asked for, and volgui-backup."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time

import pytest

from volgui import backup_cli, paths
from volgui.engine import EngineError
from volgui.engine.cancel import CancelToken
from volgui.engine.errors import Cancelled
from volgui.engine.volumes import backups as bk
from volgui.engine.volumes import remote_backups as rb
from volgui.engine.volumes import s3
from volgui.engine.volumes.s3 import S3Folder, S3Target
from volgui.engine.volumes.sftp import PasswordNeeded

pytestmark = [pytest.mark.integration, pytest.mark.slow]

KEY, SECRET = "volguitest", "not-a-real-secret"


@pytest.fixture(scope="module")
def s3_server():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = shutil.which("moto_server", path=os.path.dirname(sys.executable))
    assert server, "moto_server is not installed (pip install 'moto[server]')"
    proc = subprocess.Popen([server, "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            break
        assert proc.poll() is None, "moto_server exited"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(10)


@pytest.fixture
def bucket(s3_server, prefix):
    import boto3

    name = f"{prefix}bucket-{os.getpid()}-{time.monotonic_ns() % 10**6}".replace("_", "-").lower()
    client = boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1", aws_access_key_id=KEY,
                          aws_secret_access_key=SECRET)
    client.create_bucket(Bucket=name)
    yield client, name, f"s3+http://{KEY}@{s3_server.removeprefix('http://')}/{name}/volgui"
    client.close()


def _keys(client, bucket) -> list[str]:
    return sorted(o["Key"] for o in client.list_objects_v2(Bucket=bucket).get("Contents") or [])


def test_round_trip_verify_and_retention(engine, filled, bucket):
    client, name, url = bucket
    with S3Folder(url, SECRET) as folder:
        seen = []
        first = rb.backup_to(engine, filled, folder, progress=seen.append)
        second = rb.backup_to(engine, filled, folder)
        assert seen[-1].phase == "upload" and seen[-1].done == first.archive_size
        assert _keys(client, name) == sorted(f"volgui/{n}" for n in (
            first.archive.name, first.manifest.name, second.archive.name, second.manifest.name))
        assert {b.archive.name for b in rb.list_remote(folder, filled)} == {first.archive.name,
                                                                           second.archive.name}
        assert rb.verify_remote(engine, folder, first.manifest.name).verified is True
        # one byte changed in the bucket: verification fails, retention keeps it and says why
        key = f"volgui/{second.archive.name}"
        data = bytearray(client.get_object(Bucket=name, Key=key)["Body"].read())
        data[len(data) // 2] ^= 0xFF
        client.put_object(Bucket=name, Key=key, Body=bytes(data))
        damaged = rb.verify_remote(engine, folder, second.manifest.name)
        assert damaged.verified is False and "checksum" in damaged.verify_message
        third = rb.backup_to(engine, filled, folder)
        said: list[str] = []
        deleted = rb.apply_remote_retention(folder, filled, 1, engine.spec.host, report=said.append)
        assert set(deleted) == {first.archive.name, first.manifest.name}
        assert any("checksum" in s for s in said)
        assert f"volgui/{third.archive.name}" in _keys(client, name) and key in _keys(client, name)


def test_cancelled_upload_leaves_nothing(bucket, tmp_path, monkeypatch):
    client, name, url = bucket
    monkeypatch.setattr(s3, "PART_SIZE", 1 << 20)
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(3 << 20))
    cancel = CancelToken()
    with S3Folder(url, SECRET) as folder, pytest.raises(Cancelled):
        folder.upload(str(big), "big.bin", cancel=cancel, progress=lambda p: cancel.cancel())
    assert _keys(client, name) == []
    assert not client.list_multipart_uploads(Bucket=name).get("Uploads")


def test_secret_key_is_asked_for_and_a_missing_bucket_is_said(bucket, s3_server):
    _client, _name, url = bucket
    with pytest.raises(PasswordNeeded):
        S3Folder(url).open()
    with pytest.raises(EngineError) as info:
        S3Folder(f"s3+http://{KEY}@{s3_server.removeprefix('http://')}/no-such-bucket", SECRET).open()
    assert "There is no bucket “no-such-bucket”" in info.value.message
    for bad, words in (("s3+http://k:secret@h/b", "never written"), ("s3+http://k@h/B_ad", "bucket name"),
                       ("s3+http://k@h/bucket/../x", "“..”")):
        with pytest.raises(EngineError) as info:
            S3Target.parse(bad)
        assert words in info.value.message, info.value.message
    assert S3Target.parse(url).url == url


def test_volgui_backup_into_a_bucket_with_the_environments_credentials(engine, filled, bucket,
                                                                       monkeypatch, capsys):
    client, name, url = bucket
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET)
    store = bk.PolicyStore.load(paths.policy_file())
    store.folder = url.replace(f"{KEY}@", "")  # no key id in the address: boto3's own credentials
    store.set_policy(engine.spec.host, bk.Policy(filled, 1, 1))
    store.save()
    assert backup_cli.main([]) == 0, capsys.readouterr()
    assert f"backed up {filled}" in capsys.readouterr().out
    assert len([k for k in _keys(client, name) if k.endswith(".manifest.json")]) == 1
