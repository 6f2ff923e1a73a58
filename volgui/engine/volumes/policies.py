"""Backup policies: how often to back up each volume and how many backups to keep (no Qt).

Kept per engine and volume in one JSON file with the backups folder; read by the Backups tab
and ``volgui-backup``. A hand-edited entry volgui cannot read is left alone, never fatal. The
store also remembers when a due backup was skipped because nothing had changed, so the volume
is not scanned again at every check until the next interval.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from volgui.engine.errors import EngineError
from volgui.engine.volumes.error_text import VolumeErrors
from volgui.engine.volumes.manifests import aware_time

_INTERVAL = re.compile(r"^\s*(\d+)\s*([hd])\s*$")


@dataclass(frozen=True)
class Policy:
    volume: str
    every_hours: float
    keep: int

    def due(self, last_backup: datetime | None, now: datetime | None = None) -> bool:
        if last_backup is None:
            return True
        now = now or datetime.now(UTC)
        return (now - last_backup).total_seconds() >= self.every_hours * 3600 - 60


def parse_interval(text: str) -> float:
    """"6h" or "2d" → hours."""
    m = _INTERVAL.match(text)
    if not m or int(m.group(1)) == 0:
        raise EngineError(VolumeErrors.tr("“{0}” is not an interval: use a number of hours or days, like 6h "
                                          "or 2d.").format(text))
    return int(m.group(1)) * (24 if m.group(2) == "d" else 1)


@dataclass
class PolicyStore:
    """Backup policies per engine and volume, and the backups folder, in a JSON file."""

    path: Path
    data: dict = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | os.PathLike) -> PolicyStore:
        p = Path(path)
        try:
            data = json.loads(p.read_text())
        except FileNotFoundError:
            data = {}
        except (OSError, ValueError) as exc:
            raise EngineError(VolumeErrors.tr("The backup policies in {0} cannot be read: {1}")
                              .format(p, exc)) from exc
        if not isinstance(data, dict):
            raise EngineError(VolumeErrors.tr("The backup policies in {0} are not a JSON object.").format(p))
        return cls(p, data)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.data, indent=2))
        os.replace(tmp, self.path)

    @property
    def folder(self) -> str:
        return self.data.get("folder", "")

    @folder.setter
    def folder(self, value: str) -> None:
        self.data["folder"] = value

    def policies(self, engine: str) -> list[Policy]:
        engines = self.data.get("engines") if isinstance(self.data, dict) else None
        items = engines.get(engine, {}) if isinstance(engines, dict) else {}
        out = []
        for v, p in sorted(items.items()) if isinstance(items, dict) else ():
            if not isinstance(p, dict):
                continue  # a hand-edited entry volgui cannot read is left alone
            hours, keep = p.get("every_hours"), p.get("keep")
            if _int(keep) and keep >= 1 and (_int(hours) or isinstance(hours, float)) and 0 < hours < 1e6:
                out.append(Policy(v, hours, keep))
        return out

    def set_policy(self, engine: str, policy: Policy) -> None:
        if policy.keep < 1:
            raise EngineError(VolumeErrors.tr("Keep at least one backup."))
        self.data.setdefault("engines", {}).setdefault(engine, {})[policy.volume] = {
            "every_hours": policy.every_hours, "keep": policy.keep}

    def remove_policy(self, engine: str, volume: str) -> None:
        (self.data.get("engines") or {}).get(engine, {}).pop(volume, None)

    def engines(self) -> list[str]:
        engines = self.data.get("engines") if isinstance(self.data, dict) else None
        return sorted(k for k in engines if isinstance(k, str)) if isinstance(engines, dict) else []



    def checked_unchanged(self, engine: str, volume: str) -> datetime | None:
        """When a due backup of ``volume`` was last skipped because nothing had changed."""
        checked = self.data.get("unchanged") if isinstance(self.data, dict) else None
        items = checked.get(engine) if isinstance(checked, dict) else None
        return aware_time(items.get(volume)) if isinstance(items, dict) else None

    def set_checked_unchanged(self, engine: str, volume: str, when: datetime | None = None) -> None:
        when = when or datetime.now(UTC)
        checked = self.data.get("unchanged")
        if not isinstance(checked, dict):
            checked = self.data["unchanged"] = {}
        if not isinstance(checked.get(engine), dict):
            checked[engine] = {}
        checked[engine][volume] = when.isoformat(timespec="seconds")


def _int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
