"""Volume history in SQLite: recording, removal, migration, damage, two writers."""

import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime

import pytest

from volgui.engine.dto.objects import Container, Mount, Snapshot
from volgui.engine.volumes.history import SCHEMA_VERSION, HistoryError, VolumeHistory, describe


def snap(*containers):
    return Snapshot(tuple(containers), (), ())


def ctr(cid, name, *mounts, state="running"):
    return Container(id=cid, name=name, image="img", image_id="sha256:x", command="sh",
                     created=datetime(2026, 1, 1, tzinfo=UTC), state=state, status="Up",
                     mounts=tuple(Mount("volume", dest, name=vol, rw=not ro) for vol, dest, ro in mounts))


def test_use_is_recorded_and_kept_after_removal(tmp_path):
    h = VolumeHistory(tmp_path / "h.db")
    h.reconcile("eng", snap(ctr("c1", "web", ("site", "/usr/share/nginx/html", True))), now=1000)
    (rec,) = h.for_volume("eng", "site")
    assert rec.current and rec.container_name == "web" and rec.read_only
    assert h.reconcile("eng", snap(), now=1000 + 3 * 86400) == 1
    (rec,) = h.for_volume("eng", "site")
    assert rec.removed_at == 1000 + 3 * 86400 and rec.first_seen == 1000
    assert describe(rec, now=1000 + 6 * 86400) == \
        "used by web at /usr/share/nginx/html (read-only) (removed 3 days ago)"
    assert h.suggest_path("eng", "site") == "/usr/share/nginx/html"
    h.close()
    # a restart of the app: the record is still there
    h2 = VolumeHistory(tmp_path / "h.db")
    assert [r.container_name for r in h2.for_volume("eng", "site")] == ["web"]
    assert h2.for_volume("other-engine", "site") == []
    h2.close()


def test_remount_revives_the_record(tmp_path):
    h = VolumeHistory(tmp_path / "h.db")
    h.reconcile("e", snap(ctr("c1", "db", ("data", "/var/lib/db", False))), now=1)
    h.reconcile("e", snap(), now=2)
    h.reconcile("e", snap(ctr("c1", "db", ("data", "/var/lib/db", False))), now=3)
    (rec,) = h.for_volume("e", "data")
    assert rec.current and rec.last_seen == 3
    h.close()


def test_migrates_an_old_schema(tmp_path):
    path = tmp_path / "h.db"
    db = sqlite3.connect(path)
    db.execute("""CREATE TABLE usage (engine TEXT NOT NULL, volume TEXT NOT NULL, container_id TEXT NOT NULL,
                  container_name TEXT NOT NULL, destination TEXT NOT NULL, first_seen REAL NOT NULL,
                  last_seen REAL NOT NULL, removed_at REAL,
                  PRIMARY KEY (engine, volume, container_id, destination))""")
    db.execute("INSERT INTO usage VALUES ('e', 'v', 'c', 'old', '/p', 1, 2, 3)")
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()
    h = VolumeHistory(path)
    assert h.schema_version == SCHEMA_VERSION
    (rec,) = h.for_volume("e", "v")
    assert rec.container_name == "old" and rec.read_only is False
    h.close()


def test_corrupt_file_is_moved_aside_and_reported(tmp_path):
    path = tmp_path / "h.db"
    path.write_bytes(b"this is not a database" * 100)
    h = VolumeHistory(path)
    assert "damaged" in h.notice
    assert list(tmp_path.glob("h.db.corrupt-*"))
    h.reconcile("e", snap(ctr("c", "x", ("v", "/v", False))), now=1)
    assert len(h.for_volume("e", "v")) == 1
    h.close()


def test_newer_schema_is_refused_clearly(tmp_path):
    path = tmp_path / "h.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 5}")
    db.close()
    with pytest.raises(HistoryError, match="newer volgui"):
        VolumeHistory(path)


def test_a_locked_database_fails_the_write_not_the_app(tmp_path):
    path = tmp_path / "h.db"
    h = VolumeHistory(path, timeout=0.2)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(HistoryError, match="could not be updated"):
        h.reconcile("e", snap(ctr("c", "x", ("v", "/v", False))))
    other.execute("ROLLBACK")
    other.close()
    h.reconcile("e", snap(ctr("c", "x", ("v", "/v", False))))
    h.close()


def test_two_instances_write_concurrently(tmp_path):
    path = tmp_path / "h.db"
    code = textwrap.dedent(f"""
        import sys
        from datetime import UTC, datetime
        from volgui.engine.volumes.history import VolumeHistory
        from volgui.engine.dto.objects import Container, Mount, Snapshot
        who = sys.argv[1]
        h = VolumeHistory({str(path)!r}, timeout=10)
        for i in range(200):
            c = Container(id=who + str(i), name=who + str(i), image="i", image_id="x", command="",
                          created=datetime(2026, 1, 1, tzinfo=UTC), state="running", status="Up",
                          mounts=(Mount("volume", "/d", name="shared-" + who),))
            h.reconcile("eng-" + who, Snapshot((c,), (), ()), now=i)
        h.close()
    """)
    procs = [subprocess.Popen([sys.executable, "-c", code, who]) for who in ("a", "b")]
    assert [p.wait(120) for p in procs] == [0, 0]
    h = VolumeHistory(path)
    for who in ("a", "b"):
        records = h.for_volume(f"eng-{who}", f"shared-{who}")
        assert len(records) == 200
        assert sum(r.current for r in records) == 1  # only the last container still uses it
    h.close()
