"""A snapshot's manifest made in one pass, as tar writes the archive: the same manifest a scan of
the finished file gives, the same when that pass is not possible, and nothing left when it fails."""

from __future__ import annotations

import hashlib
import json

import pytest
from volume_trees import assert_no_leftovers

from volgui.engine import EngineError
from volgui.engine.volumes import backups, direct, snapshots, stream_scan
from volgui.engine.volumes.archive_scan import scan_archive

pytestmark = pytest.mark.integration


def manifest_matches_the_file(snap) -> dict:
    data = json.loads(snap.backup.manifest.read_text())
    entries, sha, size = scan_archive(snap.backup.archive)
    assert data["files"] == {k: e.__dict__ for k, e in sorted(entries.items())}
    assert data["archive_sha256"] == sha == hashlib.sha256(snap.backup.archive.read_bytes()).hexdigest()
    assert data["archive_size"] == size and data["entries"] == len(entries)
    return data


def test_the_manifest_is_made_while_tar_writes(engine, docker_api, filled, work, monkeypatch):
    scans_afterwards = []
    real = backups.scan_archive
    monkeypatch.setattr(backups, "scan_archive", lambda path: scans_afterwards.append(path) or real(path))
    snap = snapshots.snapshot(engine, filled, work)
    assert scans_afterwards == []  # no second pass over the file
    manifest_matches_the_file(snap)
    assert backups.verify(engine, snap.backup.manifest).verified is True
    assert_no_leftovers(docker_api)


@pytest.mark.parametrize("way", ["not followed", "the FIFO way"])
def test_without_the_one_pass_the_file_is_scanned_after(engine, docker_api, filled, work, monkeypatch, way):
    if way == "not followed":
        def refuse(self):
            raise stream_scan.NotScanned("injected")
        monkeypatch.setattr(stream_scan.StreamScan, "result", refuse)
    else:
        monkeypatch.setattr(direct, "_shared_file", lambda path: path + ".not-there")
    snap = snapshots.snapshot(engine, filled, work)
    manifest_matches_the_file(snap)
    assert_no_leftovers(docker_api)


@pytest.mark.parametrize("at", [0, 1 << 20])
def test_a_failure_while_following_leaves_nothing(engine, docker_api, filled, work, monkeypatch, at):
    """The scan fails in the middle (fault injection at the new step): no archive, no manifest, no
    temporary file, no tar container."""
    real = stream_scan.StreamScan.feed
    def fail(self, chunk, release=None):
        if self.size + len(chunk) > at:  # the piece that reaches byte ``at`` of the archive
            raise OSError(5, "injected read error")
        real(self, chunk, release)

    monkeypatch.setattr(stream_scan.StreamScan, "feed", fail)
    with pytest.raises(OSError, match="injected"):
        snapshots.snapshot(engine, filled, work)
    assert list(work.iterdir()) == []
    assert_no_leftovers(docker_api)


def test_a_manifest_that_cannot_be_made_leaves_no_archive(engine, docker_api, filled, work, monkeypatch):
    """The one-pass scan refuses the archive at its end (as for more entries than are read): the
    finished archive is removed again, since nothing would list it without its manifest."""
    def refuse(self):
        raise EngineError("The archive holds more than 2 000 000 entries: not read further.")

    monkeypatch.setattr(stream_scan.StreamScan, "result", refuse)
    with pytest.raises(EngineError, match="not read further"):
        snapshots.snapshot(engine, filled, work)
    assert list(work.iterdir()) == []
    assert_no_leftovers(docker_api)
