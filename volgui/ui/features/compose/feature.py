"""Compose projects: the Projects tab, the project actions and "Save as compose.yaml…".

Start, stop and restart run on the session's request worker; backing up the project's volumes
and removing the project (which may back up first) run through a ``JobRunner``, with a connection of
their own, logged in the activity log with their ``docker compose …`` line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QObject, Signal, Slot
from PySide6.QtGui import QAction

from volgui import paths
from volgui.engine.compose.projects import Project, project_of
from volgui.engine.present import commands, display
from volgui.operations import compose as compose_ops
from volgui.ui.features.compose.panel import ProjectsPanel
from volgui.ui.views.descriptions import describe_tab
from volgui.ui.window.context import WindowContext, engine_session
from volgui.workers.job_runner import JobRunner, engine_factory
from volgui.workers.jobs import JobThread

if TYPE_CHECKING:
    from volgui.ui.features.compose.project_dialogs import ProjectBackupDialog, ProjectDownDialog
    from volgui.ui.features.compose.save_dialog import SaveComposeDialog

SAVED_KEY = "compose/saved"  # settings: project (or container) name → the compose file last saved for it
VERBS = {"start": compose_ops.start_project, "stop": compose_ops.stop_project,
         "restart": compose_ops.restart_project}
LABELS = {"start": QT_TR_NOOP("Start {0}"), "stop": QT_TR_NOOP("Stop {0}"),
          "restart": QT_TR_NOOP("Restart {0}")}


class ComposeFeature(QObject):
    """Owns the Projects tab and runs what it asks for."""

    compose_file_edited = Signal(str)  # a mount was added to a compose file (or why not)

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.window = ctx.window
        self.panel = ProjectsPanel(ctx.container_model, ctx.volume_model)
        self.panel.action_requested.connect(self._on_action)
        self.dialog = None
        self.runner = JobRunner(ctx.session, "volgui-compose", parent=self)
        self.last_request = None
        self.save_action = QAction(self.tr("Save as compose.yaml…"), self.window)
        self.save_action.setObjectName("saveComposeAction")
        self.save_action.setToolTip(self.tr("A compose file that re-creates the selected containers"))
        self.save_action.triggered.connect(self.save_selection)
        ctx.containers_view.context_actions.append(self.save_action)
        describe_tab(ctx.side_tabs, ctx.side_tabs.addTab(self.panel, self.tr("Projects")),
                     self.tr("Compose projects and the containers, volumes and networks of each"))
        ctx.closing.connect(self.close_all)

    # -- helpers ---------------------------------------------------------------------------------
    def _session(self):
        return engine_session(self.ctx.session)

    def backups_folder(self) -> str:
        panel = self.ctx.features.backups_panel
        return str(panel.folder) if panel is not None else str(paths.data_dir() / "backups")

    @Slot(str)
    def _say(self, text: str) -> None:
        self.panel.show_status(text)
        self.window.statusBar().showMessage(text, 8000)

    def saved_file(self, name: str) -> str:
        """The compose file last saved for this project or container (``""``: none)."""
        value = self.ctx.settings.value(f"{SAVED_KEY}/{name}", "")
        return value if isinstance(value, str) else ""

    # -- actions -----------------------------------------------------------------------------------
    @Slot(str, object)
    def _on_action(self, verb: str, project: Project) -> None:
        if verb == "show":
            self.show_project(project)
        elif verb in VERBS:
            self.run_verb(verb, project)
        elif verb == "backup":
            self.open_backup(project)
        elif verb == "down":
            self.open_down(project)
        elif verb == "save":
            self.open_save([c.id for c in project.containers], project.name or self.tr("the containers"),
                           project.name)

    def show_project(self, project: Project) -> None:
        text = self.panel.model.filter_text(project)
        for view in (self.ctx.containers_view, self.ctx.volumes_view):
            view.filter_edit.setText(text)

    def run_verb(self, verb: str, project: Project):
        request = self._session().submit(VERBS[verb], project.name,
                                         label=self.tr(LABELS[verb]).format(project.name),
                                         command=commands.compose_command(verb, project.name))
        request.succeeded.connect(self._on_done)
        request.failed.connect(self._on_failed)
        self.last_request = request
        return request

    @Slot(object)
    def _on_done(self, result) -> None:
        summary = getattr(result, "summary", None)
        self._say(summary() if callable(summary) else self.tr("Done."))

    @Slot(object)
    def _on_failed(self, error) -> None:
        self._say(getattr(error, "message", str(error)))

    # -- dialogs -----------------------------------------------------------------------------------
    def _open(self, dialog, on_accept):
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.show()
        return dialog

    def open_backup(self, project: Project) -> ProjectBackupDialog:
        from volgui.ui.features.compose.project_dialogs import ProjectBackupDialog  # lazy: start-up time

        dialog = ProjectBackupDialog(project, self.backups_folder(), self.window)
        return self._open(dialog, self._backup_accepted)

    @Slot()
    def _backup_accepted(self) -> None:
        dialog = self.dialog
        folder, stop_first = dialog.accepted_values()
        self._start_job(compose_ops.backup_project, dialog.project.name, list(dialog.volumes), folder,
                        stop_first=stop_first,
                        label=self.tr("Back up project {0}").format(dialog.project.name),
                        command=dialog.command_box.text())

    def open_down(self, project: Project) -> ProjectDownDialog:
        from volgui.ui.features.compose.project_dialogs import ProjectDownDialog  # lazy: start-up time

        dialog = ProjectDownDialog(self._session().submit, project, self.backups_folder(), self.window)
        return self._open(dialog, self._down_accepted)

    @Slot()
    def _down_accepted(self) -> None:
        dialog = self.dialog
        with_volumes, folder = dialog.accepted_values()
        self._start_job(compose_ops.down_project, dialog.project.name, with_volumes=with_volumes,
                        backup_folder=folder, label=self.tr("Remove project {0}").format(dialog.project.name),
                        command=dialog.command_box.text())

    @Slot()
    def save_selection(self) -> SaveComposeDialog | None:
        containers = list(self.ctx.selection.selected_containers())
        if not containers:
            return None
        projects = {project_of(c) for c in containers}
        project = projects.pop() if len(projects) == 1 else ""
        title = containers[0].name if len(containers) == 1 else \
            display.count(len(containers), "container")
        return self.open_save([c.id for c in containers], title, project)

    def open_save(self, ids: list[str], title: str, project: str) -> SaveComposeDialog:
        from volgui.ui.features.compose.save_dialog import SaveComposeDialog  # lazy: start-up time

        known = self.saved_file(project or title)
        folder = str(Path(known).parent) if known else str(Path.home())
        dialog = SaveComposeDialog(self._session().submit, ids, title, project, folder, self.window)
        dialog.remember_as = project or title
        return self._open(dialog, self._save_accepted)

    @Slot()
    def _save_accepted(self) -> None:
        dialog = self.dialog
        path, yaml_text, env_text = dialog.accepted_values()
        self.ctx.settings.setValue(f"{SAVED_KEY}/{dialog.remember_as}", path)
        request = self._session().submit(compose_ops.save_compose, path, yaml_text, env_text,
                                         label=self.tr("Save {0}").format(Path(path).name),
                                         command=commands.compose_up(path))
        request.succeeded.connect(self._on_saved)
        request.failed.connect(self._on_failed)
        self.last_request = request

    @Slot(object)
    def _on_saved(self, written) -> None:
        self._say(self.tr("Saved {0}").format(", ".join(written)))

    # -- the mount dialog of a compose container --------------------------------------------------------
    def offer_compose_edit(self, dialog) -> None:
        """Put "also add the mount to the compose file" into a mount dialog of a compose container."""
        project = project_of(dialog.container)
        if not project:
            return
        from volgui.ui.features.compose.mount_offer import ComposeMountOffer  # lazy: start-up time

        offer = ComposeMountOffer(dialog, self.saved_file(project) or self.saved_file(dialog.container.name),
                                  dialog)
        outer = dialog.layout()
        outer.insertWidget(outer.indexOf(dialog.buttons), offer)
        dialog.compose_offer = offer
        dialog.recreated.connect(self._on_mount_recreated)

    @Slot(object)
    def _on_mount_recreated(self, _result) -> None:
        offer = getattr(self.sender(), "compose_offer", None)
        values = offer.values() if offer is not None else None
        if values is None:
            return
        request = self._session().submit(compose_ops.add_mount_to_compose, *values,
                                         label=self.tr("Add the mount to {0}").format(Path(values[0]).name))
        request.succeeded.connect(self._on_compose_edited)
        request.failed.connect(self._on_compose_not_edited)
        self.last_request = request

    @Slot(object)
    def _on_compose_edited(self, text) -> None:
        self._say(str(text))
        self.compose_file_edited.emit(str(text))

    @Slot(object)
    def _on_compose_not_edited(self, error) -> None:
        text = self.tr("The compose file was not changed: {0}").format(getattr(error, "message", str(error)))
        self._say(text)
        self.compose_file_edited.emit(text)

    # -- jobs --------------------------------------------------------------------------------------
    def _start_job(self, fn, *args, label: str, command: str, **kwargs) -> JobThread | None:
        factory = engine_factory(self._session())
        if factory is None:
            self._say(self.tr("Not connected."))
            return None
        self._say(self.tr("{0}…").format(label))
        return self.runner.start(factory, fn, *args, on_ok=self._on_job_done, on_failed=self._on_failed,
                                 label=label, command=command, **kwargs)

    def _on_job_done(self, result) -> None:
        if isinstance(result, compose_ops.ProjectBackup):
            text = self.tr("Backed up {0}.").format(display.count(len(result.made), "volume"))
            if result.restart_problems:
                text += " " + " ".join(result.restart_problems)
            self._say(text)
        else:
            self._on_done(result)

    @Slot()
    def close_all(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.runner.close()

    def busy(self) -> bool:
        return self.runner.busy()


def install(ctx: WindowContext) -> None:
    ctx.features.compose = ComposeFeature(ctx)
