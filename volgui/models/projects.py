"""The Projects list: one row per compose project (and one for the ungrouped rows).

Made from the containers and volumes models' rows (``projects_of``), never from the engine:
it costs one pass over rows already in memory, done only while the list is shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from volgui.engine.compose.projects import Project
from volgui.engine.present import display
from volgui.models.base import FONT, FOREGROUND, OBJECT_ROLE, TOOLTIP, italic_font, muted_colour

_Index = QModelIndex | QPersistentModelIndex


class ProjectTableModel(QAbstractTableModel):
    NAME, SERVICES, CONTAINERS, VOLUMES, WORKING_DIR, CONFIG_FILES = range(6)

    _projects: Sequence[Project] = ()  # once the collector cleared the instance (models/base.py)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._projects = []

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Project"), self.tr("Services"), self.tr("Containers"), self.tr("Volumes"),
                self.tr("Working directory"), self.tr("Config files"))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._projects)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 6 and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._projects):
            return None
        project = self._projects[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(project, column)
        if role == OBJECT_ROLE:
            return project
        if role == TOOLTIP:
            if column == self.NAME and project.ungrouped:
                return self.tr("Containers and volumes that no compose project made")
            text = self._text(project, column)
            return text if len(text) > 20 else None
        if project.ungrouped and role in (FONT, FOREGROUND) and column == self.NAME:
            return italic_font() if role == FONT else muted_colour()
        return None

    def _text(self, p: Project, column: int) -> str:
        if column == self.NAME:
            return p.name or self.tr("ungrouped")
        if column == self.SERVICES:
            return str(len(p.services)) if not p.ungrouped else ""
        if column == self.CONTAINERS:
            return self.tr("{0} of {1} running").format(p.running, len(p.containers))
        if column == self.VOLUMES:
            return str(len(p.all_volumes if not p.ungrouped else p.volumes))
        if column == self.WORKING_DIR:
            return p.working_dir
        if column == self.CONFIG_FILES:
            return ", ".join(p.config_files)
        return ""

    # -- updates ------------------------------------------------------------------------------
    def projects(self) -> list[Project]:
        return list(self._projects)

    def project(self, name: str) -> Project | None:
        return next((p for p in self._projects if p.name == name), None)

    def set_projects(self, projects: list[Project]) -> None:
        """Same projects in the same order: cells change in place (the selection stays); else reset."""
        if [p.name for p in projects] == [p.name for p in self._projects]:
            changed = [i for i, (a, b) in enumerate(zip(self._projects, projects, strict=True)) if a != b]
            self._projects = list(projects)
            for row in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 5))
            return
        self.beginResetModel()
        self._projects = list(projects)
        self.endResetModel()

    @staticmethod
    def filter_text(project: Project) -> str:
        return display.project_filter(project.name)
