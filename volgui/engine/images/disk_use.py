"""What takes space on an engine (``docker system df -v``), in four groups with what each could
give back (no Qt).

``api.df()`` walks every volume's files, so it is asked only on demand. Its answer comes from
outside: each group keeps at most :data:`MAX_ROWS` rows (the rest are counted and summed), texts
are cut, and a negative size (the engine's "unknown") counts as nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from volgui.engine.present.display import state_word
from volgui.engine.present.i18n import Context

DiskText = Context("DiskText")  # lupdate's context for the details below

MAX_ROWS = 2000
MAX_NAME = 256
KINDS = ("images", "containers", "volumes", "build_cache")


@dataclass(frozen=True, slots=True)
class DiskRow:
    key: str  # image id, container id, volume name, cache record id
    name: str
    size: int
    reclaimable: bool  # what the group's reclaim action would remove
    detail: str = ""  # "used by 2 containers", "running", "in use"…


@dataclass(frozen=True)
class DiskGroup:
    kind: str  # one of KINDS
    rows: tuple[DiskRow, ...]
    total: int
    reclaimable: int
    more: int = 0  # rows past MAX_ROWS (counted in the sizes, not listed)

    @property
    def count(self) -> int:
        return len(self.rows) + self.more


@dataclass(frozen=True)
class DiskUse:
    groups: tuple[DiskGroup, ...]

    def group(self, kind: str) -> DiskGroup:
        return next(g for g in self.groups if g.kind == kind)

    @property
    def total(self) -> int:
        return sum(g.total for g in self.groups)


def _size(value) -> int:
    """A count from outside: 0 unless a positive number; clamped (JSON allows Infinity)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        return 0
    return int(min(value, 2 ** 63))


def _list(raw: dict, key: str) -> list[dict]:
    value = raw.get(key)
    return [row for row in value if isinstance(row, dict)] if isinstance(value, list) else []


def _group(kind: str, rows: list[DiskRow], total: int | None = None) -> DiskGroup:
    if total is None:
        total = sum(r.size for r in rows)
        reclaimable = sum(r.size for r in rows if r.reclaimable)
    else:  # images, as the docker CLI counts them: all layers but the own layers of images in use
        reclaimable = max(total - sum(r.size for r in rows if not r.reclaimable), 0)
    return DiskGroup(kind, tuple(rows[:MAX_ROWS]), total, reclaimable, max(len(rows) - MAX_ROWS, 0))


def _text(value) -> str:
    return str(value)[:MAX_NAME] if value is not None else ""


def _image_row(raw: dict) -> DiskRow:
    tags = [t for t in raw.get("RepoTags") or [] if isinstance(t, str) and t != "<none>:<none>"]
    image_id = _text(raw.get("Id"))
    users = _size(raw.get("Containers"))
    shared = _size(raw.get("SharedSize"))
    unique = max(_size(raw.get("Size")) - shared, 0)
    detail = DiskText.tr("used by %Ln container(s)", "", users) if users else DiskText.tr("unused")
    name = ", ".join(tags[:4]) or f"<untagged> {image_id.removeprefix('sha256:')[:12]}"
    return DiskRow(image_id, name, unique, users == 0, detail)


def _container_row(raw: dict) -> DiskRow:
    names = [n.lstrip("/") for n in raw.get("Names") or [] if isinstance(n, str)]
    state = _text(raw.get("State")).lower()
    stopped = state not in ("running", "paused", "restarting")
    return DiskRow(_text(raw.get("Id")), names[0] if names else _text(raw.get("Id"))[:12],
                   _size(raw.get("SizeRw")), stopped, state_word(state or "unknown"))


def _volume_row(raw: dict) -> DiskRow:
    usage = raw.get("UsageData") if isinstance(raw.get("UsageData"), dict) else {}
    refs = _size(usage.get("RefCount"))
    detail = DiskText.tr("used by %Ln container(s)", "", refs) if refs else DiskText.tr("unused")
    name = _text(raw.get("Name"))
    return DiskRow(name, name, _size(usage.get("Size")), refs == 0, detail)


def _cache_row(raw: dict) -> DiskRow:
    in_use = bool(raw.get("InUse"))
    shared = bool(raw.get("Shared"))
    detail = (DiskText.tr("in use") if in_use else DiskText.tr("shared") if shared
              else _text(raw.get("Type")) or DiskText.tr("cache"))
    return DiskRow(_text(raw.get("ID")), _text(raw.get("Description")) or _text(raw.get("ID"))[:12],
                   _size(raw.get("Size")), not in_use and not shared, detail)


def parse_disk_use(raw) -> DiskUse:
    """The four groups from ``GET /system/df``; a missing or broken part is an empty group."""
    raw = raw if isinstance(raw, dict) else {}
    images = [_image_row(r) for r in _list(raw, "Images")]
    layers = _size(raw.get("LayersSize"))
    return DiskUse((
        _group("images", images, layers or None),
        _group("containers", [_container_row(r) for r in _list(raw, "Containers")]),
        _group("volumes", [_volume_row(r) for r in _list(raw, "Volumes")]),
        _group("build_cache", [_cache_row(r) for r in _list(raw, "BuildCache")]),
    ))
