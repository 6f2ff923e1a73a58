"""Retention and due checks count only the backups made from the same engine."""

import io
import json
import tarfile
from datetime import UTC, datetime, timedelta

from volgui.engine.volumes.backups import apply_retention, list_backups, manifest_path, write_manifest


def _backup(folder, volume, engine, day):
    archive = folder / f"{volume}--{engine.rsplit('/', 1)[-1]}-{day}.tar"
    with tarfile.open(archive, "w") as tar:
        info = tarfile.TarInfo("./a.txt")
        info.size = 1
        tar.addfile(info, io.BytesIO(b"1"))
    write_manifest(archive, volume, engine)
    path = manifest_path(archive)
    data = json.loads(path.read_text())
    data["created"] = (datetime(2026, 11, 1, tzinfo=UTC) + timedelta(days=day)).isoformat()
    path.write_text(json.dumps(data))
    return archive


def test_retention_keeps_another_engines_backups_of_a_same_named_volume(tmp_path):
    local, remote = "unix:///var/run/docker.sock", "ssh://me@server"
    theirs = [_backup(tmp_path, "data", remote, day) for day in (1, 2, 3)]
    mine = [_backup(tmp_path, "data", local, day) for day in (4, 5, 6)]
    deleted = apply_retention(tmp_path, "data", 2, local)
    assert sorted(deleted) == sorted([mine[0], manifest_path(mine[0])])
    assert all(a.exists() and manifest_path(a).exists() for a in theirs)
    assert [b.archive for b in list_backups(tmp_path, "data", local)] == [mine[2], mine[1]]
    assert len(list_backups(tmp_path, "data", remote)) == 3
    assert len(list_backups(tmp_path, "data")) == 5
