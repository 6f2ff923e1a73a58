"""SFTP backup folders by password, for real: a loopback sshd where one test user logs in by
password only (keys refused for that user), driven through the operations the Backups tab runs.

The user is made for this run alone (a random name and password, an account that expires in two
days in case the run is killed, no login shell) and removed at the end.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from remote_engines import start_sshd
from volgui.engine import EngineError
from volgui.engine.volumes.sftp import PasswordNeeded, SftpFolder
from volgui.operations import remote_backups as remote_ops

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def _retry(argv: list[str], stdin: str = "") -> None:
    """Run a user-database tool; another run holding /etc/passwd's lock makes it fail for a moment,
    and so does a session of the user that sshd is still closing (userdel)."""
    for _ in range(100):
        done = subprocess.run(argv, input=stdin, capture_output=True, text=True, check=False)
        if done.returncode == 0:
            return
        said = (done.stderr + done.stdout).lower()
        if "lock" not in said and "used by process" not in said:
            break
        time.sleep(0.1)
    raise AssertionError(f"{argv[0]} failed: {done.stderr or done.stdout}")


@pytest.fixture
def password_user():
    """(name, password, a folder the user owns)."""
    for tool in ("useradd", "chpasswd", "userdel"):
        assert shutil.which(tool), f"{tool} is needed (the passwd package)"
    name = f"vgpw{secrets.token_hex(4)}"
    password = secrets.token_urlsafe(18)
    folder = Path(tempfile.mkdtemp(prefix="volgui-sftp-pw-"))
    expires = (date.today() + timedelta(days=2)).isoformat()
    _retry(["useradd", "--no-create-home", "--home-dir", str(folder), "--shell", "/usr/sbin/nologin",
            "--expiredate", expires, name])
    try:
        _retry(["chpasswd"], f"{name}:{password}\n")
        os.chown(folder, int(subprocess.run(["id", "-u", name], capture_output=True, text=True,
                                            check=True).stdout), -1)
        yield name, password, folder
    finally:
        _retry(["userdel", name])
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def sshd(engine_host, password_user):
    name = password_user[0]
    server = start_sshd(engine_host, Path(os.environ["HOME"]), extra_config=(
        f"Match User {name}\n  PasswordAuthentication yes\n  PubkeyAuthentication no\n"
        "  AuthorizedKeysFile none\n  ForceCommand internal-sftp\n"))
    yield server
    server.stop()


def test_an_sftp_folder_by_password_end_to_end(engine, filled, sshd, password_user):
    name, password, folder = password_user
    url = f"sftp://{name}@127.0.0.1:{sshd.port}{folder}"
    with pytest.raises(PasswordNeeded):  # the key (in ~/.ssh/config) is refused for this user
        SftpFolder(url).open()
    with pytest.raises(EngineError, match="refused the login"):
        SftpFolder(url, password=password + "x").open()

    assert remote_ops.check_folder(engine, url, password)
    made, note = remote_ops.backup_remote(engine, filled, url, password, keep=1)
    assert note == ""
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.archive.name, made.manifest.name])
    assert (folder / made.archive.name).stat().st_uid == int(subprocess.run(
        ["id", "-u", name], capture_output=True, text=True, check=True).stdout)  # written as that user
    listed = remote_ops.list_remote(engine, url, password)
    assert [b.archive.name for b in listed] == [made.archive.name]
    checked = remote_ops.verify_remote(engine, url, password, made.manifest.name)
    assert checked.verified is True, checked.verify_message
    second, _ = remote_ops.backup_remote(engine, filled, url, password, keep=1)  # retention there
    assert sorted(p.name for p in folder.iterdir()) == sorted([second.archive.name, second.manifest.name])
