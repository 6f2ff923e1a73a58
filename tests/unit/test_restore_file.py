"""What the one-container restore refuses before it asks the engine anything: paths to remove that
leave the volume, and compressed archives (the caller then takes the way that handles them)."""

from __future__ import annotations

import pytest

from volgui.engine.volumes import direct, restore_file


@pytest.mark.parametrize("paths", [["../etc"], ["/etc"], ["a/../../b"], [""], ["ok", "x/.."]])
def test_paths_that_leave_the_volume_are_not_removed_this_way(tmp_path, paths):
    archive = tmp_path / "a.tar"
    archive.write_bytes(bytes(1024))
    with pytest.raises(direct.DirectUnavailableError):
        restore_file.restore(None, "vol", archive, delete=paths)


def test_a_compressed_archive_is_left_to_the_other_way(tmp_path):
    with pytest.raises(direct.DirectUnavailableError):
        restore_file.restore(None, "vol", tmp_path / "a.tar.gz", empty=True)


@pytest.mark.parametrize("paths", [["data/new.txt", "-rf", "a b", "été/日本"], []])
def test_ordinary_paths_pass(paths):
    assert restore_file._paths_ok(paths)
