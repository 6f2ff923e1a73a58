"""The backups table model with rows: the Qt model contract, and the newest backup of a volume."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

from volgui.engine.volumes.backups import BackupInfo
from volgui.models.backups import BackupTableModel


def _info(volume: str, engine: str, hours_ago: float, verified: bool | None) -> BackupInfo:
    created = datetime.now(UTC) - timedelta(hours=hours_ago)
    archive = Path(f"/backups/{volume}--{created:%Y%m%dT%H%M%SZ}.tar")
    return BackupInfo(archive, archive.with_suffix(".json"), volume, engine, created, 12, 4096, 10240,
                      verified, verify_message="" if verified is None else "checked")


def test_backup_model_contract_with_rows(qapp, qtmodeltester):
    model = BackupTableModel()
    items = [_info("photos", "unix:///a", 1, True), _info("photos", "unix:///b", 2, False),
             _info("db", "unix:///a", 3, None)]
    model.set_items(items)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0, 0).data() == "photos"
    assert model.index(0, 4).data() == "✔ verified"
    assert model.index(2, 4).data() == "not yet"
    assert model.last_backup("photos") is items[0]
    assert model.last_backup("photos", "unix:///b") is items[1]
    assert model.last_backup("other") is None
    model.set_items([])
    qtmodeltester.check(model)
