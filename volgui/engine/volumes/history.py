"""Volume history: which containers used which volume, at which path, and when.

Kept in SQLite under volgui's data dir, per engine, built from the snapshots volgui loads while
it runs (at start-up and after engine events) — so it survives the containers' removal and
tells a person what an "unused" volume was for before they delete it.

The schema is versioned (``PRAGMA user_version``) and migrated. WAL mode and a busy timeout
let two volgui instances share the file. A corrupt file is moved aside and started afresh; a
locked one makes a write fail with :class:`HistoryError` — the caller reports it and goes on.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from volgui.engine.dto.objects import Snapshot
from volgui.engine.present.display import human_age
from volgui.engine.volumes.error_text import VolumeErrors

SCHEMA_VERSION = 2

_MIGRATIONS = {
    1: [
        """CREATE TABLE usage (
            engine TEXT NOT NULL,
            volume TEXT NOT NULL,
            container_id TEXT NOT NULL,
            container_name TEXT NOT NULL,
            destination TEXT NOT NULL,
            first_seen REAL NOT NULL,
            last_seen REAL NOT NULL,
            removed_at REAL,
            PRIMARY KEY (engine, volume, container_id, destination)
        )""",
        "CREATE INDEX usage_by_volume ON usage (engine, volume)",
    ],
    2: [
        "ALTER TABLE usage ADD COLUMN read_only INTEGER NOT NULL DEFAULT 0",
    ],
}


class HistoryError(Exception):
    """The history database could not be used; ``message`` says why, for the activity log."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class UsageRecord:
    volume: str
    container_id: str
    container_name: str
    destination: str
    read_only: bool
    first_seen: float
    last_seen: float
    removed_at: float | None

    @property
    def current(self) -> bool:
        return self.removed_at is None


class VolumeHistory:
    """One open history database. Use from one thread (open it in the thread that uses it)."""

    def __init__(self, path: Path, *, timeout: float = 2.0) -> None:
        self.path = Path(path)
        self.notice = ""  # set when something had to be repaired
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open(timeout)
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise HistoryError(VolumeErrors.tr("The volume history ({0}) is locked by another program: "
                                                   "{1}").format(self.path, exc)) from exc
            aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
            self.path.replace(aside)
            for suffix in ("-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            self.notice = VolumeErrors.tr("The volume history file was damaged ({0}); it was moved to {1} "
                                          "and a new one started.").format(exc, aside.name)
            self._db = self._open(timeout)

    def _open(self, timeout: float) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        try:
            db.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
            self._use_wal(db, timeout)
            self._migrate(db)
        except BaseException:
            db.close()
            raise
        return db

    @staticmethod
    def _use_wal(db: sqlite3.Connection, timeout: float) -> None:
        """Switch to WAL, waiting up to ``timeout`` for another instance opening the file too.

        SQLite answers "database is locked" at once, without its busy handler, when two
        connections change a new file's journal mode together (seen in about 1 in 6 starts of
        two instances on a loaded machine): retry until the timeout instead.
        """
        deadline = time.monotonic() + timeout
        while True:
            try:
                db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() >= deadline:
                    raise
                time.sleep(0.02)

    @staticmethod
    def _migrate(db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise HistoryError(VolumeErrors.tr("The volume history was written by a newer volgui (schema "
                                               "{0}).").format(version))
        if version == SCHEMA_VERSION:
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]  # another instance may have won
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in _MIGRATIONS[target]:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version={target}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self._db.close()

    @property
    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def reconcile(self, engine: str, snapshot: Snapshot, now: float | None = None) -> int:
        """Record every current (volume, container, path); mark the ones gone as removed.

        Returns how many uses were newly marked removed.
        """
        now = time.time() if now is None else now
        current = []
        for c in snapshot.containers:
            for m in c.mounts:
                if m.is_volume and m.name:
                    current.append((engine, m.name, c.id, c.name, m.destination, int(m.read_only), now, now))
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany(
                """INSERT INTO usage (engine, volume, container_id, container_name, destination, read_only,
                                      first_seen, last_seen, removed_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)
                   ON CONFLICT (engine, volume, container_id, destination) DO UPDATE SET
                       container_name = excluded.container_name, read_only = excluded.read_only,
                       last_seen = excluded.last_seen, removed_at = NULL""",
                current)
            keys = {(r[1], r[2], r[4]) for r in current}
            live = self._db.execute(
                "SELECT volume, container_id, destination FROM usage WHERE engine = ? AND removed_at IS NULL",
                (engine,)).fetchall()
            gone = [(now, engine, v, c, d) for v, c, d in live if (v, c, d) not in keys]
            self._db.executemany(
                """UPDATE usage SET removed_at = ? WHERE engine = ? AND volume = ? AND container_id = ?
                   AND destination = ?""", gone)
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise HistoryError(VolumeErrors.tr("The volume history could not be updated: {0}")
                               .format(exc)) from exc
        return len(gone)

    def for_volume(self, engine: str, volume: str) -> list[UsageRecord]:
        """Every recorded use of ``volume``, current ones first, then most recent."""
        rows = self._db.execute(
            """SELECT volume, container_id, container_name, destination, read_only, first_seen, last_seen,
                      removed_at
               FROM usage WHERE engine = ? AND volume = ?
               ORDER BY removed_at IS NOT NULL, COALESCE(removed_at, last_seen) DESC""",
            (engine, volume)).fetchall()
        return [UsageRecord(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], r[7]) for r in rows]

    def suggest_path(self, engine: str, volume: str) -> str | None:
        """Where this volume was last mounted — a good default when mounting it again."""
        records = self.for_volume(engine, volume)
        return records[0].destination if records else None


def describe(record: UsageRecord, now: float | None = None) -> str:
    """"used by web at /srv (removed 3 days ago)" — for tooltips and the inspect panel."""
    now = time.time() if now is None else now
    if record.current:
        if record.read_only:
            return VolumeErrors.tr("used by {0} at {1} (read-only)").format(record.container_name,
                                                                            record.destination)
        return VolumeErrors.tr("used by {0} at {1}").format(record.container_name, record.destination)
    removed = human_age(record.removed_at, now)
    if record.read_only:
        return VolumeErrors.tr("used by {0} at {1} (read-only) (removed {2})").format(
            record.container_name, record.destination, removed)
    return VolumeErrors.tr("used by {0} at {1} (removed {2})").format(record.container_name,
                                                                      record.destination, removed)
