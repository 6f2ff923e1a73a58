"""The engines in the switcher, each with its state in words (connected, slow, not answering,
disconnected) and its last error in the tooltip."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from volgui.engine.connection import ConnectionSpec
from volgui.engine.present.display import clock_time, latency_text
from volgui.engine.profiles import EngineProfile

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
PROFILE_ROLE = Qt.ItemDataRole.UserRole + 2
PHASE_ROLE = Qt.ItemDataRole.UserRole + 3
HEALTH_ROLE = Qt.ItemDataRole.UserRole + 4  # "connected", "slow", "not answering", "disconnected"…

_COLOURS = {"connected": "#2e9e44", "slow": "#d9a400", "connecting": "#d9a400",
            "not answering": "#e65100", "disconnected": "#c62828"}

# What a session's health can say (workers.session.SessionState.health), for lupdate; shown through tr().
HEALTH_WORDS = (
    QT_TRANSLATE_NOOP("EngineListModel", "connecting"), QT_TRANSLATE_NOOP("EngineListModel", "connected"),
    QT_TRANSLATE_NOOP("EngineListModel", "slow"), QT_TRANSLATE_NOOP("EngineListModel", "not answering"),
    QT_TRANSLATE_NOOP("EngineListModel", "disconnected"),
    QT_TRANSLATE_NOOP("EngineListModel", "not connected yet"))


_DOTS: dict[str, QIcon] = {}


def _dot(colour: str) -> QIcon:
    """A small filled circle: the engine's state at a glance."""
    if colour not in _DOTS:
        pix = QPixmap(12, 12)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(QColor(colour))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(1, 1, 10, 10)
        p.end()
        _DOTS[colour] = QIcon(pix)
    return _DOTS[colour]


def _security_warning(profile: EngineProfile) -> str:
    """An unverified or plain-TCP engine, in words (from the profile alone: no file is read)."""
    return ConnectionSpec(profile.host or "", profile.name, profile.tls).security_warning()


class EngineListModel(QAbstractListModel):
    _profiles: Sequence[EngineProfile] = ()  # once the collector cleared the instance (models/base.py)

    def __init__(self, manager, parent=None) -> None:
        super().__init__(parent)
        self._manager = manager
        self._profiles = manager.profiles()
        manager.profiles_changed.connect(self._on_profiles_changed)
        manager.engine_state_changed.connect(self._on_state)
        manager.active_changed.connect(self._on_active)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._profiles)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._profiles):
            return None
        p = self._profiles[index.row()]
        state = self._manager.state_of(p.key)
        phase = state.phase if state is not None else "idle"
        health = state.health if state is not None else HEALTH_WORDS[-1]
        if role == Qt.ItemDataRole.DisplayRole:  # short: the sidebar is narrow (details in the tooltip)
            name = f"{p.name}  ⚠" if _security_warning(p) else p.name
            return f"{name}\n{self.tr(health)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [p.name, p.host or p.description]
            if state is not None:
                lines.append(self.tr("State: {0}").format(self._health_text(state, health)))
                if state.info is not None:
                    lines.append(state.info.describe())
                if state.message and state.message != state.last_error:
                    lines.append(state.message)
                if state.last_error:
                    lines.append(self.tr("Last error: {0}").format(state.last_error))
            else:
                lines.append(self.tr("Not connected yet — select it to connect"))
            warning = _security_warning(p)
            if warning:
                lines.append("⚠ " + warning)
            return "\n".join(x for x in lines if x)
        if role == Qt.ItemDataRole.DecorationRole:
            return _dot(_COLOURS.get(health, "#8a8a8a"))
        if role == Qt.ItemDataRole.FontRole and p.key == self._manager.active_key:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == KEY_ROLE:
            return p.key
        if role == PROFILE_ROLE:
            return p
        if role == PHASE_ROLE:
            return phase
        if role == HEALTH_ROLE:
            return health
        return None

    def _health_text(self, state, health: str) -> str:
        if state is not None and health == "not answering":
            return self.tr("not answering since {0}").format(clock_time(state.since))
        if state is not None and health == "slow":
            return self.tr("slow (answers in {0})").format(latency_text(state.latency))
        return self.tr(health)

    def row_of(self, key: str) -> int:
        return next((i for i, p in enumerate(self._profiles) if p.key == key), -1)

    @Slot()
    def _on_profiles_changed(self) -> None:
        new = self._manager.profiles()
        old_keys = [p.key for p in self._profiles]
        new_keys = [p.key for p in new]
        if old_keys == new_keys:
            self._profiles = new
            if new:
                self.dataChanged.emit(self.index(0), self.index(len(new) - 1))
            return
        # engines are few: a reset is cheap and keeps the contract simple
        self.beginResetModel()
        self._profiles = new
        self.endResetModel()

    @Slot(str, object)
    def _on_state(self, key: str, state) -> None:
        row = self.row_of(key)
        if row >= 0:
            idx = self.index(row)
            self.dataChanged.emit(idx, idx)

    @Slot(object)
    def _on_active(self, profile) -> None:
        if self._profiles:
            self.dataChanged.emit(self.index(0), self.index(len(self._profiles) - 1))
