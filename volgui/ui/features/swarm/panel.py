"""The Swarm tab: services on the left; their tasks, the nodes, volume copies per node, logs and
inspect on the right; the service actions above. Widgets only: the feature fills them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from volgui.models.swarm import NodeTableModel, ServiceTableModel, TaskTableModel, VolumeInstanceModel
from volgui.ui.dialogs.base import CommandBox, note_label
from volgui.ui.features.swarm.views import NodesView, ServicesView, TasksView, VolumeInstancesView
from volgui.ui.views.descriptions import describe_tab
from volgui.ui.views.json_tree import JsonView
from volgui.ui.views.log_text import LogTextView

LOG_LINES = 20_000  # lines the logs tab keeps at most (the request asks for fewer)


def _page(*widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 4, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if not isinstance(widget, (CommandBox, QPushButton)) else 0)
    return page


class SwarmPanel(QWidget):
    def __init__(self, services: ServiceTableModel, tasks: TaskTableModel, nodes: NodeTableModel,
                 instances: VolumeInstanceModel, settings=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("swarmPanel")
        self.state_label = note_label()
        self.state_label.setObjectName("swarmState")
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.state_label, 1)
        for key, label, tip in (
                ("scale", self.tr("Scale…"), self.tr("Change how many tasks of the service run")),
                ("restart", self.tr("Restart…"),
                 self.tr("Replace every task (docker service update --force)")),
                ("logs", self.tr("Logs"), self.tr("The last lines of every task of the service")),
                ("inspect", self.tr("Inspect"), self.tr("The service as the engine describes it")),
                ("refresh", self.tr("Refresh"), self.tr("List the services, tasks and nodes again"))):
            button = QPushButton(label)
            button.setObjectName(f"swarm_{key}")
            button.setToolTip(tip)
            bar.addWidget(button)
            self.buttons[key] = button

        self.services_view = ServicesView(services, settings)
        self.tasks_view = TasksView(tasks, settings)
        self.nodes_view = NodesView(nodes, settings)
        self.instances_view = VolumeInstancesView(instances, settings)
        self.backup_note = note_label()
        self.backup_note.setObjectName("serviceBackupNote")
        self.backup_button = QPushButton(self.tr("Back up this volume…"))
        self.backup_button.setObjectName("serviceBackup")
        self.logs_view = LogTextView(LOG_LINES)
        self.logs_note = note_label(tone="hint")
        self.logs_command = CommandBox()
        self.inspect_view = JsonView()
        self.inspect_command = CommandBox()

        self.detail_tabs = QTabWidget()
        self.detail_tabs.setObjectName("swarmDetailTabs")
        self.detail_tabs.setDocumentMode(True)
        describe_tab(self.detail_tabs, self.detail_tabs.addTab(self.tasks_view, self.tr("Tasks")),
                     self.tr("The tasks of the selected service and where each runs"))
        describe_tab(self.detail_tabs, self.detail_tabs.addTab(self.nodes_view, self.tr("Nodes")),
                     self.tr("The machines of the swarm"))
        backup_row = QWidget()
        row = QHBoxLayout(backup_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.backup_note, 1)
        row.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignTop)
        instances_page = _page(self.instances_view)
        instances_page.layout().addWidget(backup_row)
        describe_tab(self.detail_tabs, self.detail_tabs.addTab(instances_page, self.tr("Volumes per node")),
                     self.tr("Which volume each node holds for the selected service"))
        logs_page = _page(self.logs_note, self.logs_view, self.logs_command)
        describe_tab(self.detail_tabs, self.detail_tabs.addTab(logs_page, self.tr("Logs")),
                     self.tr("What the tasks of the selected service wrote"))
        inspect_page = _page(self.inspect_view, self.inspect_command)
        describe_tab(self.detail_tabs, self.detail_tabs.addTab(inspect_page, self.tr("Inspect")),
                     self.tr("The selected service as the engine describes it"))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.services_view)
        splitter.addWidget(self.detail_tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.set_service_actions(False)

    def set_service_actions(self, enabled: bool, scalable: bool = False) -> None:
        """The actions on one service: enabled while exactly one is selected (scale: a replicated one)."""
        for key in ("restart", "logs", "inspect"):
            self.buttons[key].setEnabled(enabled)
        self.buttons["scale"].setEnabled(enabled and scalable)

    def show_tab(self, page_index: int) -> None:
        self.detail_tabs.setCurrentIndex(page_index)
