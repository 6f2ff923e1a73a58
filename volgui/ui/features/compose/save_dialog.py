"""Save as compose.yaml: a live preview of the file (and its ``.env``) for containers or a project.

The document is made on the worker from the containers' inspect (``operations.compose.compose_for``)
and made again whenever an option changes; the ``.env`` preview masks its values until revealed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
)

from volgui.engine.compose.export import ComposeFile
from volgui.engine.dto.secrets import MASK
from volgui.engine.present import commands
from volgui.operations import compose as compose_ops
from volgui.ui.dialogs.base import ActionDialog, ask_yes_no, fixed_font, note_label
from volgui.ui.views.descriptions import browse_file_text, describe, describe_tab


class SaveComposeDialog(ActionDialog):
    """Where to save, whether secrets go to ``.env``, and the file as it will be written."""

    def __init__(self, submit, container_ids: list[str], title_name: str, project: str = "",
                 folder: str = "", parent=None) -> None:
        super().__init__(self.tr("Save as compose.yaml"), self.tr("Save"), parent)
        self.setObjectName("saveComposeDialog")
        self._submit = submit
        self.container_ids = list(container_ids)
        self.project = project
        self.result_file: ComposeFile | None = None
        self.intro.setText(self.tr("A compose file that re-creates {0} as the engine has it now. "
                                   "Bring it up with docker compose; settings compose cannot express "
                                   "are listed below the preview.").format(title_name))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("File:")))
        self.path_edit = QLineEdit(str(Path(folder or Path.home()) / "compose.yaml"))
        self.path_edit.setObjectName("composePath")
        self.path_edit.setAccessibleName(self.tr("Compose file to write"))
        describe(self.path_edit, self.tr("Where compose.yaml is written, on this computer"))
        self.path_edit.textChanged.connect(self._update_command)
        row.addWidget(self.path_edit, 1)
        browse = QPushButton(self.tr("Choose…"))
        browse.setAutoDefault(False)
        describe(browse, browse_file_text())
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        self.body.addLayout(row)
        self.secrets_box = QCheckBox(self.tr("Secrets as ${VAR} references, their values in .env beside "
                                             "the file"))
        self.secrets_box.setObjectName("secretsToEnv")
        self.secrets_box.setChecked(True)
        describe(self.secrets_box,
                 self.tr("Keep passwords and tokens out of compose.yaml, in the .env file beside it"),
                 tip=True)
        self.secrets_box.toggled.connect(self.refresh)
        self.body.addWidget(self.secrets_box)
        self.reveal_box = QCheckBox(self.tr("Show the secret values in the preview"))
        self.reveal_box.toggled.connect(self._show)
        describe(self.reveal_box, self.tr("Show the values instead of dots in the preview below"))
        self.body.addWidget(self.reveal_box)
        self.tabs = QTabWidget()
        self.yaml_view = self._text_view("composePreview")
        self.yaml_view.setAccessibleName(self.tr("Preview of compose.yaml"))
        describe(self.yaml_view, self.tr("What the file will hold, to read before saving"))
        self.env_view = self._text_view("envPreview")
        self.env_view.setAccessibleName(self.tr("Preview of the .env file"))
        describe(self.env_view, self.tr("What the file will hold, to read before saving"))
        describe_tab(self.tabs, self.tabs.addTab(self.yaml_view, "compose.yaml"),
                     self.tr("What compose.yaml will hold"))
        describe_tab(self.tabs, self.tabs.addTab(self.env_view, ".env"),
                     self.tr("What the .env file will hold"))
        self.body.addWidget(self.tabs, 1)
        self.notes = note_label(tone="hint")
        self.notes.hide()
        self.body.addWidget(self.notes)
        self._update_command()
        self.refresh()

    @staticmethod
    def _text_view(name: str) -> QPlainTextEdit:
        view = QPlainTextEdit()
        view.setObjectName(name)
        view.setReadOnly(True)
        view.setFont(fixed_font())
        view.setMinimumHeight(260)
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        return view

    @Slot()
    def refresh(self, *_args) -> None:
        """Make the document again (an option changed)."""
        self.ask(self._submit, compose_ops.compose_for, self.container_ids, self.project,
                 self.secrets_box.isChecked(), busy_text=self.tr("Reading the containers' settings…"))

    def on_preview(self, result: ComposeFile) -> None:
        self.result_file = result
        self.show_error("")
        self._show()
        self.ok_button.setEnabled(True)

    @Slot()
    def _show(self, *_args) -> None:
        made = self.result_file
        if made is None:
            return
        self.yaml_view.setPlainText(made.yaml_text())
        env = made.env_text()
        if not self.reveal_box.isChecked():
            env = "\n".join(line.split("=", 1)[0] + "=" + MASK for line in env.splitlines())
        self.env_view.setPlainText(env or self.tr("# no secrets: no .env is written"))
        self.tabs.setTabEnabled(1, bool(made.env))
        self.reveal_box.setVisible(bool(made.env))
        self.notes.setText("\n".join(made.notes))
        self.notes.setVisible(bool(made.notes))

    @Slot()
    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as compose.yaml"), self.path_edit.text(),
                                              self.tr("Compose files (*.yaml *.yml)"))
        if path:
            self.path_edit.setText(path)

    @Slot()
    def _update_command(self, *_args) -> None:
        self.command_box.set_command(commands.compose_up(self.path_edit.text().strip() or "compose.yaml"))

    def accepted_values(self) -> tuple[str, str, str]:
        """``(path, compose text, .env text)`` to write."""
        made = self.result_file
        return (self.path_edit.text().strip(), made.yaml_text() if made else "",
                made.env_text() if made else "")

    def accept(self) -> None:
        path = self.path_edit.text().strip()
        if not path or self.result_file is None:
            self.show_error(self.tr("Choose where to save the file."))
            return
        target = Path(path)
        if not target.parent.is_dir():
            self.show_error(self.tr("The folder {0} does not exist.").format(target.parent))
            return
        existing = [p.name for p in (target, target.with_name(".env"))
                    if p.exists() and (p == target or self.result_file.env)]
        if existing and not ask_yes_no(self, self.windowTitle(), self.tr(
                "{0} already in {1}. Replace?").format(" and ".join(existing), target.parent)):
            return
        super().accept()
