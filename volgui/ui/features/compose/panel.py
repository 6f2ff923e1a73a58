"""The Projects tab: every compose project on the engine, with its actions.

The list is made from the rows the containers and volumes views already hold (one pass, only
while the tab is shown, at most every 300 ms), so a burst of engine events costs it nothing.
Choosing a project filters both views to it (``project:NAME`` in their filter boxes).
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.compose.projects import Project, projects_of
from volgui.models.base import OBJECT_ROLE
from volgui.models.projects import ProjectTableModel
from volgui.ui.dialogs.base import note_label
from volgui.ui.views.descriptions import describe, list_text


class ProjectsPanel(QWidget):
    """The projects table and its buttons; the feature runs what they ask for."""

    action_requested = Signal(str, object)  # verb (start, stop, restart, backup, down, save), Project

    def __init__(self, container_model, volume_model, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectsPanel")
        self.container_model = container_model
        self.volume_model = volume_model
        self.model = ProjectTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("projectsTable")
        self.table.setAccessibleName(self.tr("Compose projects"))
        describe(self.table, list_text())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self.table.resizeColumnsToContents)  # a few rows: cheap, all in view
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.buttons: dict[str, QPushButton] = {}
        rows = (("show", self.tr("Show in the views"), self.tr("Filter both views to this project")),
                ("start", self.tr("Start"), self.tr("Start every stopped container of the project")),
                ("stop", self.tr("Stop"), self.tr("Stop every running container of the project")),
                ("restart", self.tr("Restart"), self.tr("Restart every container of the project")),
                ("backup", self.tr("Back up volumes…"), self.tr("Back up all the project's volumes")),
                ("down", self.tr("Remove…"),
                 self.tr("Remove the project's containers (docker compose down)")),
                ("save", self.tr("Save as compose.yaml…"), self.tr("A compose file that re-creates the "
                                                                  "project as it is now")))
        # the side tab is narrow: the three short verbs share a row, the others have one each
        grid = QGridLayout()
        for i, (verb, text, tip) in enumerate(rows):
            button = QPushButton(text)
            button.setObjectName(f"project_{verb}")
            button.setToolTip(tip)
            button.clicked.connect(functools.partial(self._clicked, verb))
            if verb in ("start", "stop", "restart"):
                grid.addWidget(button, 0, i - 1)
            else:
                grid.addWidget(button, i if i else 1, 0, 1, 3)
            self.buttons[verb] = button
        self.status = note_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        self._dirty = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        for model in (container_model, volume_model):
            model.snapshot_applied.connect(self._schedule)  # after every change of rows, not of sizes
        self._update_buttons()

    # -- the list ------------------------------------------------------------------------------
    @Slot()
    def _schedule(self, *_args) -> None:
        self._dirty = True
        if self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Group the views' rows by project again, keeping the selected project selected."""
        self._dirty = False
        chosen = self.selected_project()
        self.model.set_projects(projects_of(self.container_model.objects(), self.volume_model.objects()))
        if chosen is not None and self.selected_project() is None:
            self.select(chosen.name)
        self._update_buttons()

    def select(self, name: str) -> bool:
        for row, project in enumerate(self.model.projects()):
            if project.name == name:
                self.table.selectRow(row)
                return True
        return False

    def selected_project(self) -> Project | None:
        rows = self.table.selectionModel().selectedRows(0)
        return rows[0].data(OBJECT_ROLE) if rows else None

    @Slot()
    def _update_buttons(self, *_args) -> None:
        project = self.selected_project()
        grouped = project is not None and not project.ungrouped
        for verb, button in self.buttons.items():
            if verb == "show":
                button.setEnabled(project is not None)
            elif verb == "save":
                button.setEnabled(grouped or (project is not None and bool(project.containers)))
            elif verb == "start":
                button.setEnabled(grouped and project.running < len(project.containers))
            elif verb == "stop":
                button.setEnabled(grouped and project.running > 0)
            elif verb == "backup":
                button.setEnabled(grouped and bool(project.all_volumes))
            else:
                button.setEnabled(grouped and bool(project.containers))

    @Slot(object)
    def _on_double_clicked(self, _index) -> None:
        self._clicked("show")

    def _clicked(self, verb: str, *_args) -> None:
        project = self.selected_project()
        if project is not None:
            self.action_requested.emit(verb, project)

    def show_status(self, text: str) -> None:
        self.status.setText(text)

