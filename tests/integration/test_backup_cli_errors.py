"""volgui-backup reports a backup that cannot be written as a message, not a traceback."""

import pytest

from volgui import backup_cli, paths
from volgui.engine.volumes.backups import Policy, PolicyStore

pytestmark = pytest.mark.integration


def test_unwritable_backups_folder_is_a_message_and_exit_code(engine_host, docker_api, prefix, tmp_path,
                                                               capsys, monkeypatch):
    monkeypatch.setattr(paths, "_override", paths._override)  # main() sets it: restore it after
    vol = f"{prefix}cli-unwritable"
    docker_api.create_volume(vol, labels={"volgui.test": "1"})
    config = tmp_path / "config"
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    store = PolicyStore.load(config / "backup-policies.json")
    store.folder = str(blocker / "backups")  # cannot be created: its parent is a file
    store.set_policy(engine_host, Policy(vol, 1, 2))
    store.save()
    assert backup_cli.main(["--config-dir", str(config)]) == 1
    err = capsys.readouterr().err
    assert "volgui-backup:" in err and "a-file" in err
    assert "Traceback" not in err
