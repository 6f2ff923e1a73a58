"""A listing reads again only the manifests that are new or changed since the last one."""

import io
import json
import os
import tarfile

from volgui.engine.volumes import backups as bk

HOST = "unix:///run/test.sock"


def _backup(folder, day: int):
    archive = folder / f"data--2026110{day}T000000Z.tar"
    with tarfile.open(archive, "w") as tar:
        info = tarfile.TarInfo("./a.txt")
        info.size = 1
        tar.addfile(info, io.BytesIO(b"1"))
    return bk.write_manifest(archive, "data", HOST)


def test_unchanged_manifests_are_not_parsed_again(tmp_path):
    manifests = [_backup(tmp_path, day) for day in (1, 2, 3)]
    read = []

    def load(path):
        read.append(path.name)
        return bk.info(path)

    first = bk.list_backups(tmp_path, "data", HOST, load=load)
    assert len(first) == 3 and sorted(read) == sorted(m.name for m in manifests)
    read.clear()
    assert bk.list_backups(tmp_path, "data", HOST, load=load) == first
    assert read == []

    # changed in place (a longer text: another size) and replaced as volgui does: both read again
    data = json.loads(manifests[0].read_text())
    data["note"] = "edited by hand"
    manifests[0].write_text(json.dumps(data, indent=2))
    data = json.loads(manifests[1].read_text())
    data["volume"] = "other"
    tmp = manifests[1].with_suffix(".tmp")
    tmp.write_text(json.dumps(data))
    os.replace(tmp, manifests[1])
    now = bk.list_backups(tmp_path, "data", HOST, load=load)
    assert sorted(read) == sorted(m.name for m in manifests[:2])
    assert [b.manifest for b in now] == [manifests[2], manifests[0]]  # "other" is not this volume's

    read.clear()
    manifests[2].unlink()
    assert [b.manifest for b in bk.list_backups(tmp_path, "data", HOST, load=load)] == [manifests[0]]
    assert read == []

    # a manifest made unreadable is said, every time, and never served from before
    manifests[0].write_text("{")
    problems: list[str] = []
    assert bk.list_backups(tmp_path, "data", HOST, problems, load=load) == []
    assert len(problems) == 1 and manifests[0].name in problems[0]


def test_remembered_false_reads_every_manifest(tmp_path):
    _backup(tmp_path, 1)
    read = []

    def load(path):
        read.append(path.name)
        return bk.info(path)

    bk.list_backups(tmp_path, load=load)
    bk.list_backups(tmp_path, load=load, remembered=False)
    assert len(read) == 2
