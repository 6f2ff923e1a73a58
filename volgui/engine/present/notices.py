"""What a desktop notification says: pure functions, no Qt, no D-Bus.

Four kinds, each of which a person can turn off: a scheduled backup that failed, one that is
overdue, a container that became unhealthy, a container that died. The GUI sends them over
QtDBus and ``volgui-backup`` with a small D-Bus client; both take the words from here.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from volgui.engine.error_text import ConnectionErrors
from volgui.engine.present.display import human_age, human_duration
from volgui.engine.present.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the event's fields only, for the reader
    from volgui.engine.streams.events import EngineEvent

BACKUP_FAILED = "backup_failed"
BACKUP_OVERDUE = "backup_overdue"
CONTAINER_UNHEALTHY = "container_unhealthy"
CONTAINER_DIED = "container_died"
_KIND_TEXTS = {
    BACKUP_FAILED: QT_TRANSLATE_NOOP("ConnectionErrors", "A scheduled backup failed"),
    BACKUP_OVERDUE: QT_TRANSLATE_NOOP("ConnectionErrors", "A scheduled backup is overdue"),
    CONTAINER_UNHEALTHY: QT_TRANSLATE_NOOP("ConnectionErrors", "A container became unhealthy"),
    CONTAINER_DIED: QT_TRANSLATE_NOOP("ConnectionErrors", "A container died"),
}


class _Kinds(Mapping[str, str]):
    """Each kind → what it is called, in the language of the moment it is read (the dialog is
    built after the translator is installed; this module is imported before)."""

    def __getitem__(self, kind: str) -> str:
        return ConnectionErrors.tr(_KIND_TEXTS[kind])

    def __iter__(self) -> Iterator[str]:
        return iter(_KIND_TEXTS)

    def __len__(self) -> int:
        return len(_KIND_TEXTS)


KINDS: Mapping[str, str] = _Kinds()
MAX_BODY = 500  # characters: notification servers show a few lines
STOPPED_WINDOW = 30.0  # seconds: a die this soon after a kill or stop was asked for, not a death


@dataclass(frozen=True)
class Notice:
    kind: str
    summary: str
    body: str
    urgency: int = 1  # the freedesktop hint: 0 low, 1 normal, 2 critical


def _clip(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= MAX_BODY else text[: MAX_BODY - 1] + "…"


def backup_failed(volume: str, message: str) -> Notice:
    return Notice(BACKUP_FAILED, ConnectionErrors.tr("Backup of {0} failed").format(_clip(volume)[:100]),
                  _clip(message), 2)


def overdue_by(every_hours: float, last: datetime | None, now: datetime | None = None) -> float:
    """Seconds a policy's backup is overdue (0: not overdue). Grace: half the interval, at least an
    hour, so a timer that runs hourly is never reported late. Never backed up: not overdue (the
    first run is due at once, and a failure of it is reported as failed)."""
    if last is None:
        return 0.0
    now = now or datetime.now(UTC)
    late = (now - last).total_seconds() - every_hours * 3600
    return late if late > max(3600.0, every_hours * 1800) else 0.0


def backup_overdue(volume: str, late_seconds: float, last: datetime) -> Notice:
    return Notice(BACKUP_OVERDUE, ConnectionErrors.tr("Backup of {0} is overdue").format(_clip(volume)[:100]),
                  _clip(ConnectionErrors.tr("The last backup was made {0}; the next one is {1} late. Is the "
                                            "engine reachable and volgui-backup's timer installed?").format(
                      human_age(last), human_duration(late_seconds))))


class EventWatch:
    """Turns engine events into notices: a container turning unhealthy, or dying by itself.

    A ``die`` shortly after a ``kill`` or ``stop`` of the same container was asked for (by volgui,
    the CLI or compose) is a stop, not a death; a clean exit (code 0) is not a death either.
    Remembers at most ``limit`` recent stops.
    """

    def __init__(self, limit: int = 1000) -> None:
        self._stopping: OrderedDict[str, datetime] = OrderedDict()
        self._limit = limit

    def notice(self, event: EngineEvent) -> Notice | None:
        if event.type != "container":
            return None
        action = event.base_action
        name = _clip(event.name or event.id[:12])[:100]
        if action in ("kill", "stop"):
            self._stopping[event.id] = event.time
            self._stopping.move_to_end(event.id)
            while len(self._stopping) > self._limit:
                self._stopping.popitem(last=False)
            return None
        if action == "health_status" and event.action.split(":", 1)[-1].strip() == "unhealthy":
            return Notice(CONTAINER_UNHEALTHY, ConnectionErrors.tr("{0} is unhealthy").format(name),
                          ConnectionErrors.tr("The health check of container {0} failed.").format(name), 2)
        if action == "die":
            code = dict(event.attributes).get("exitCode", "")
            asked = self._stopping.pop(event.id, None)
            if asked is not None and abs((event.time - asked).total_seconds()) <= STOPPED_WINDOW:
                return None
            if code == "0":
                return None
            body = (ConnectionErrors.tr("Container {0} stopped with exit code {1}.").format(
                name, _clip(code)[:12]) if code
                else ConnectionErrors.tr("Container {0} stopped unexpectedly.").format(name))
            return Notice(CONTAINER_DIED, ConnectionErrors.tr("{0} died").format(name), body, 2)
        return None
