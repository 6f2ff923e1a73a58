"""The containers, volumes and images table models."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from volgui.engine.compose.projects import compose_info, project_of
from volgui.engine.dto.objects import Container, Image, Snapshot, Volume
from volgui.engine.present import display
from volgui.models.base import (
    ALIGNMENT,
    DECORATION,
    FONT,
    FOREGROUND,
    OBJECT_ROLE,
    TOOLTIP,
    KeyedTableModel,
    bold_font,
    dot_icon,
    italic_font,
    muted_colour,
)

VOLUME_MIME = "application/x-volgui-volume"
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)

# Readable on light and dark backgrounds alike.
TONES = {"good": QColor("#3a9d4f"), "warn": QColor("#c98a00"), "bad": QColor("#d64545"),
         "idle": QColor("#8a8f98")}


class ContainerTableModel(KeyedTableModel):
    NAME, STATE, MOUNTS, IMAGE, PORTS, SIZE, STATUS, CREATED, STATS, PROJECT = range(10)
    COLUMNS = ("name", "state", "mounts", "image", "ports", "size", "status", "created", "stats", "project")
    TIME_COLUMNS = (CREATED,)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sizes: dict[str, tuple[int | None, datetime]] = {}
        self._pending: set[str] = set()
        self._stats: dict[str, tuple[str, float]] = {}  # id → ("12% · 45 MB", cpu for sorting)

    def key(self, obj: Container) -> str:
        return obj.id

    def headers(self):
        return (self.tr("Name"), self.tr("State"), self.tr("Volumes and mounts"), self.tr("Image"),
                self.tr("Ports"), self.tr("Write layer"), self.tr("Status"), self.tr("Created"),
                self.tr("CPU · memory"), self.tr("Project"))

    def values(self, c: Container) -> tuple:
        return (c.name, display.container_state(c), c.mounts, c.image, c.ports, None, c.status, c.created,
                None, project_of(c))

    def display(self, c: Container, column: int) -> str:
        if column == self.NAME:
            return c.name
        if column == self.IMAGE:
            return c.image
        if column == self.STATE:
            return display.container_state(c)
        if column == self.STATUS:
            return c.status
        if column == self.CREATED:
            return display.human_age(c.created)
        if column == self.PORTS:
            return display.ports(p for p in c.ports if p.public_port is not None) or \
                display.ports(c.ports)
        if column == self.MOUNTS:
            return display.mounts(c.mounts) if c.mounts else self.tr("no volumes")
        if column == self.SIZE:
            if c.id in self._pending:
                return "…"
            size = self._sizes.get(c.id)
            return display.human_size(size[0]) if size else ""
        if column == self.STATS:
            stats = self._stats.get(c.id)
            return stats[0] if stats and c.running else ""
        if column == self.PROJECT:
            return project_of(c) or self.tr("ungrouped")
        return ""

    def sort_value(self, c: Container, column: int):
        if column == self.STATE:
            rank, code = display.state_rank(c)
            return rank * 100_000 + code + 1000
        if column == self.CREATED:
            return c.created.timestamp()
        if column == self.SIZE:
            size = self._sizes.get(c.id)
            return size[0] if size and size[0] is not None else -1
        if column == self.STATS:
            stats = self._stats.get(c.id)
            return stats[1] if stats and c.running else -1.0
        if column == self.MOUNTS:
            return ("0" if c.volume_names else "1") + display.mounts(c.mounts).lower()
        if column == self.PROJECT:
            return display.group_sort_key(project_of(c), c.name)
        return super().sort_value(c, column)

    def haystack(self, c: Container) -> str:
        parts = [c.name, c.image, c.short_id, c.state, c.status, *c.volume_names,
                 *(f"{k}={v}" for k, v in c.labels), display.project_word(project_of(c))]
        return "\n".join(parts).lower()

    def extra_data(self, c: Container, column: int, role: int):
        if role == DECORATION and column == self.STATE:
            tone = display.state_tone(c)
            return dot_icon(TONES[tone], hollow=tone == "idle")
        if role == FOREGROUND:
            if column == self.STATE and display.state_tone(c) == "bad":
                return TONES["bad"]
            if self._placeholder(c, column):
                return muted_colour()
        if role == FONT:
            if self._placeholder(c, column):
                return italic_font()
            if column == self.MOUNTS and c.id in self._related:
                return bold_font()
        if role == TOOLTIP:
            return self._tooltip(c, column)
        return None

    def _placeholder(self, c: Container, column: int) -> bool:
        """The cell says there is nothing ("no volumes", "ungrouped"): shown muted."""
        if column == self.MOUNTS:
            return not c.volume_names
        return column == self.PROJECT and not project_of(c)

    def _tooltip(self, c: Container, column: int) -> str | None:
        if column == self.NAME:
            lines = [f"<b>{c.name}</b>", self.tr("ID: {0}").format(c.short_id),
                     self.tr("Command: {0}").format(c.command)]
            if c.compose_project:
                lines.append(self.tr("Compose project: {0}").format(c.compose_project))
            related = self._related.get(c.id)
            if related:
                lines.append(self.tr("Uses the selected volume: {0}").format(related))
            return "<br>".join(lines)
        if column == self.STATE:
            meaning = display.exit_meaning(c.exit_code) if c.state == "exited" else ""
            return "\n".join(t for t in (meaning, c.status) if t) or None
        if column == self.CREATED:
            return display.timestamp(c.created)
        if column == self.MOUNTS:
            if not c.mounts:
                return self.tr("This container mounts no volume: its files live only in its write layer.")
            return "\n".join(display.mount(m) for m in c.mounts)
        if column == self.SIZE:
            size = self._sizes.get(c.id)
            if size:
                return self.tr("Files written in the container (measured {0} ago). Removing the container "
                               "deletes them.").format(display.short_age(size[1]))
            return self.tr("Size of the container's write layer: measured when the row is shown.")
        if column == self.PORTS:
            return display.ports(c.ports) or None
        if column == self.STATS:
            return self.tr("Live CPU and memory of the containers whose Stats tab you opened "
                           "(volgui streams stats only for what it shows).")
        if column == self.PROJECT:
            return display.compose_tooltip(*compose_info(c.labels))
        return None

    # -- live stats -------------------------------------------------------------------------------
    def set_stats(self, cid: str, text: str, cpu: float) -> None:
        """The latest CPU/memory figures of a container (from the Stats tab's stream)."""
        if cid not in self._row_of or self._stats.get(cid, ("", 0.0))[0] == text:
            return
        self._stats[cid] = (text, cpu)
        self.emit_column_changed(self.STATS, [cid])

    # -- write-layer sizes --------------------------------------------------------------------
    def sizes_missing(self, ids: Iterable[str]) -> list[str]:
        """Which of these containers have no measured or requested size yet."""
        return [i for i in ids if i in self._row_of and i not in self._sizes and i not in self._pending]

    def mark_size_pending(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        self._pending.update(ids)
        self.emit_column_changed(self.SIZE, ids)

    def set_sizes(self, sizes: dict[str, int | None], when: datetime | None = None) -> None:
        when = when or datetime.now(UTC)
        for cid, size in sizes.items():
            self._sizes[cid] = (size, when)
        self._pending.difference_update(sizes)
        self.emit_column_changed(self.SIZE, list(sizes))

    def forget_sizes(self, ids: Iterable[str]) -> None:
        """Measure these again when next wanted."""
        ids = [i for i in ids if i in self._sizes]
        for cid in ids:
            del self._sizes[cid]
        self.emit_column_changed(self.SIZE, ids)

    def cancel_pending_sizes(self) -> None:
        ids = list(self._pending)
        self._pending.clear()
        self.emit_column_changed(self.SIZE, ids)

    def size_of(self, cid: str) -> int | None:
        size = self._sizes.get(cid)
        return size[0] if size else None

    def _after_reset(self) -> None:
        self._sizes.clear()
        self._pending.clear()

    def _forget(self, key: str) -> None:
        self._sizes.pop(key, None)
        self._pending.discard(key)

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        self.apply(snapshot.containers)


class VolumeTableModel(KeyedTableModel):
    NAME, USED_BY, MOUNT_PATHS, SIZE, LABELS, CREATED, DRIVER, PROJECT = range(8)
    COLUMNS = ("name", "used_by", "mount_paths", "size", "labels", "created", "driver", "project")
    TIME_COLUMNS = (SIZE, CREATED)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sizes: dict[str, tuple[int | None, datetime]] = {}
        self._pending = False

    def key(self, obj: Volume) -> str:
        return obj.name

    def headers(self):
        return (self.tr("Name"), self.tr("Used by"), self.tr("Mounted at"), self.tr("Size"),
                self.tr("Labels"), self.tr("Created"), self.tr("Driver"), self.tr("Project"))

    def values(self, v: Volume) -> tuple:
        return (v.name, display.used_by(v), display.mount_paths(v), None, display.labels(v.labels),
                v.created, v.driver, project_of(v))

    def display(self, v: Volume, column: int) -> str:
        if column == self.NAME:
            if v.anonymous:
                return self.tr("{0} (anonymous)").format(display.volume_short_name(v.name, True))
            return v.name
        if column == self.DRIVER:
            return v.driver
        if column == self.USED_BY:
            return display.used_by(v) or self.tr("unused")
        if column == self.MOUNT_PATHS:
            related = self._related.get(v.name)
            return related if related else display.mount_paths(v)
        if column == self.SIZE:
            size = self._sizes.get(v.name)
            if size:
                return display.measured_size(size[0], size[1])
            return "…" if self._pending else ""
        if column == self.CREATED:
            return display.human_age(v.created)
        if column == self.LABELS:
            return display.labels(v.labels)
        if column == self.PROJECT:
            return project_of(v) or self.tr("ungrouped")
        return ""

    def sort_value(self, v: Volume, column: int):
        if column == self.CREATED:
            return v.created.timestamp() if v.created else 0.0
        if column == self.SIZE:
            size = self._sizes.get(v.name)
            return size[0] if size and size[0] is not None else -1
        if column == self.USED_BY:
            return ("0" if v.users else "1") + display.used_by(v).lower()
        if column == self.NAME:
            return ("1" if v.anonymous else "0") + v.name.lower()
        if column == self.PROJECT:
            return display.group_sort_key(project_of(v), v.name)
        return super().sort_value(v, column)

    def haystack(self, v: Volume) -> str:
        parts = [v.name, v.driver, *(u.container_name for u in v.users),
                 *(f"{k}={val}" for k, val in v.labels), display.project_word(project_of(v))]
        if v.anonymous:
            parts.append("anonymous")
        if not v.users:
            parts.append("unused")
        return "\n".join(parts).lower()

    def extra_data(self, v: Volume, column: int, role: int):
        if role == FONT:
            if column == self.NAME and v.anonymous:
                return italic_font()
            if (column == self.USED_BY and not v.users) or (column == self.PROJECT and not project_of(v)):
                return italic_font()
            if column == self.MOUNT_PATHS and v.name in self._related:
                return bold_font()
        if role == FOREGROUND:
            if (column == self.USED_BY and not v.users) or (column == self.PROJECT and not project_of(v)):
                return muted_colour()
        if role == DECORATION and column == self.NAME:
            if any(u.running for u in v.users):
                return dot_icon(TONES["good"])
            # used by stopped containers only: a ring around a dot (not a grey copy of the green dot)
            return dot_icon(TONES["idle"], centre=True) if v.users else dot_icon(TONES["idle"], hollow=True)
        if role == TOOLTIP:
            return self._tooltip(v, column)
        if role == ALIGNMENT and column == self.SIZE:
            return _RIGHT
        return None

    def _tooltip(self, v: Volume, column: int) -> str | None:
        if column == self.NAME:
            text = v.name
            if v.anonymous:
                text += "\n" + self.tr("Anonymous volume: Docker named it when a container (or its image) "
                                       "asked for a volume without a name.")
            if v.mountpoint:
                text += "\n" + self.tr("On the host: {0}").format(v.mountpoint)
            return text
        if column in (self.USED_BY, self.MOUNT_PATHS):
            if not v.users:
                return self.tr("No container uses this volume (prune would delete it).")
            lines = [self.tr("{0} at {1}{2}{3}").format(
                u.container_name, u.destination, self.tr(" (read-only)") if u.read_only else "",
                self.tr(" — running") if u.running else "") for u in v.users]
            return "\n".join(lines)
        if column == self.SIZE:
            size = self._sizes.get(v.name)
            if size:
                return self.tr("Measured at {0}").format(display.timestamp(size[1]))
            return self.tr("Sizes are measured on demand (Compute sizes): it reads every file.")
        if column == self.CREATED:
            return display.timestamp(v.created)
        if column == self.LABELS:
            return "\n".join(f"{k}={val}" for k, val in v.labels) or None
        if column == self.PROJECT:
            return display.compose_tooltip(*compose_info(v.labels))
        return None

    _FLAGS = KeyedTableModel._FLAGS | Qt.ItemFlag.ItemIsDragEnabled

    def flags(self, index) -> Qt.ItemFlag:
        """Volumes can be dragged (onto a container, to mount them)."""
        return self._FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def mimeTypes(self) -> list[str]:
        return [VOLUME_MIME, "text/plain"]

    def mimeData(self, indexes) -> QMimeData:
        names: list[str] = []
        for index in indexes:
            if index.isValid() and 0 <= index.row() < len(self._keys):
                name = self._keys[index.row()]
                if name not in names:
                    names.append(name)
        mime = QMimeData()
        if names:
            mime.setData(VOLUME_MIME, names[0].encode())
            mime.setText(names[0])
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    # -- sizes --------------------------------------------------------------------------------
    @property
    def sizes_pending(self) -> bool:
        return self._pending

    def set_sizes_pending(self, pending: bool) -> None:
        self._pending = pending
        self.emit_column_changed(self.SIZE)

    def set_sizes(self, sizes: dict[str, int | None], when: datetime | None = None) -> None:
        when = when or datetime.now(UTC)
        for name, size in sizes.items():
            self._sizes[name] = (size, when)
        self._pending = False
        self.emit_column_changed(self.SIZE)

    def size_of(self, name: str) -> tuple[int | None, datetime] | None:
        return self._sizes.get(name)

    def _after_reset(self) -> None:
        self._sizes.clear()
        self._pending = False

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        self.apply(snapshot.volumes)


class ImageTableModel(KeyedTableModel):
    TAG, ID, SIZE, CREATED, CONTAINERS = range(5)
    COLUMNS = ("tag", "id", "size", "created", "containers")
    TIME_COLUMNS = (CREATED,)
    EXTERNAL_VALUES = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._usage: dict[str, int] = {}

    def key(self, obj: Image) -> str:
        return obj.id

    def headers(self):
        return (self.tr("Repository:tag"), self.tr("ID"), self.tr("Size"), self.tr("Created"),
                self.tr("Containers"))

    def values(self, i: Image) -> tuple:
        return (i.tags, i.short_id, i.size, i.created, self._usage.get(i.id, 0))

    def display(self, i: Image, column: int) -> str:
        if column == self.TAG:
            return ", ".join(i.tags) if i.tags else self.tr("<none>")
        if column == self.ID:
            return i.short_id
        if column == self.SIZE:
            return display.human_size(i.size)
        if column == self.CREATED:
            return display.human_age(i.created)
        if column == self.CONTAINERS:
            return str(self._usage.get(i.id, 0))
        return ""

    def sort_value(self, i: Image, column: int):
        if column == self.SIZE:
            return i.size
        if column == self.CREATED:
            return i.created.timestamp()
        if column == self.CONTAINERS:
            return self._usage.get(i.id, 0)
        return super().sort_value(i, column)

    def haystack(self, i: Image) -> str:
        return "\n".join([*i.tags, i.id, *(f"{k}={v}" for k, v in i.labels)]).lower()

    def extra_data(self, i: Image, column: int, role: int):
        if not i.tags and column == self.TAG:
            if role == FONT:
                return italic_font()
            if role == FOREGROUND:
                return muted_colour()
        if role == ALIGNMENT and column in (self.SIZE, self.CONTAINERS):
            return _RIGHT
        if role == TOOLTIP:
            if column == self.ID:
                return i.id
            if column == self.CREATED:
                return display.timestamp(i.created)
        return None

    def usage(self, image_id: str) -> int:
        return self._usage.get(image_id, 0)

    @staticmethod
    def _count(containers) -> dict[str, int]:
        usage: dict[str, int] = {}
        for c in containers:
            usage[c.image_id] = usage.get(c.image_id, 0) + 1
        return usage

    def set_usage(self, containers) -> None:
        """Containers changed: update the "Containers" counts in place."""
        usage = self._count(containers)
        if usage != self._usage:
            self._usage = usage
            self.update(self.objects())

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        self._usage = self._count(snapshot.containers)
        self.apply(snapshot.images)


def object_at(index: QModelIndex | QPersistentModelIndex):
    """The dataclass behind an index of any of these models (or a proxy over one)."""
    return index.data(OBJECT_ROLE) if index.isValid() else None
