"""The Learn panel: guided lessons that run for real on the connected engine.

A lesson asks for consent first (it creates objects named ``learn-…``), then shows one step at a
time: what to do, why, where in the window (that part is outlined), the equivalent ``docker``
command, a "Do it for me" button, and a check that runs on the engine after every engine
event — the step is done when the engine shows it, whoever did it.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from PySide6.QtCore import QT_TR_NOOP, QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from volgui import paths
from volgui.engine.errors import EngineError
from volgui.engine.lessons import (
    CleanupPlan,
    Lesson,
    LessonContext,
    all_lessons,
    cleanup_plan,
    lesson,
    lesson_clock_start,
    pick_image,
    remove_planned,
)
from volgui.engine.present import commands
from volgui.engine.present.display import time_text
from volgui.operations.snapshots import snapshot_then_clean_up
from volgui.ui.dialogs.base import SHOW_COMMANDS_KEY, show_commands
from volgui.ui.dialogs.focus import settle_on_show
from volgui.ui.dialogs.snapshot_first import snapshot_first_check
from volgui.ui.views.descriptions import describe, describe_buttons, describe_tab
from volgui.ui.window.context import WindowContext
from volgui.workers.requests import LatestRequest

POLL_MS = 2000  # a shown step is checked again this often until it is done (a query or two)

GLOSSARY = (  # (term, meaning), translated where shown
    (QT_TR_NOOP("Image"),
     QT_TR_NOOP("A read-only template: the files and settings a container starts from.")),
    (QT_TR_NOOP("Container"),
     QT_TR_NOOP("A running (or stopped) copy of an image, with its own thin write layer.")),
    (QT_TR_NOOP("Write layer"),
     QT_TR_NOOP("Where a container keeps every file it creates or changes. It is deleted when the container"
                " is removed — stopping keeps it.")),
    (QT_TR_NOOP("Volume"),
     QT_TR_NOOP("Storage managed by Docker apart from any container. It survives container removal and can "
                "be mounted into several containers.")),
    (QT_TR_NOOP("Anonymous volume"),
     QT_TR_NOOP("A volume Docker created without a name (a long hex id), usually because the image declares"
                " one. Kept when its container is removed unless you ask.")),
    (QT_TR_NOOP("Bind mount"),
     QT_TR_NOOP("A folder of the host mounted into a container (-v /host/path:/path).")),
    (QT_TR_NOOP("Snapshot image"),
     QT_TR_NOOP("An image made from a container as it is now (docker commit), so a new container can start "
                "with exactly the same files.")),
    (QT_TR_NOOP("Mount path"),
     QT_TR_NOOP("Where a volume appears inside the container, e.g. /data.")),
    (QT_TR_NOOP("Detached (-d)"),
     QT_TR_NOOP("The container runs in the background; you read its logs to see output.")),
    (QT_TR_NOOP("Interactive (-i -t)"),
     QT_TR_NOOP("Keeps input open and gives the container a terminal, so you can type into it.")),
    (QT_TR_NOOP("Prune"),
     QT_TR_NOOP("Delete everything of a kind that nothing uses — for volumes: every unused volume and its "
                "data.")),
    (QT_TR_NOOP("In use"),
     QT_TR_NOOP("A volume mounted by a container, even a stopped one, cannot be removed: remove the "
                "container first.")),
)


def _perform(engine, step_index: int, ctx: LessonContext):
    step = lesson(ctx.lesson_id).steps[step_index]
    step.perform(engine, ctx)
    return step_index


def files_dir() -> str:
    """The person's own folder for the lessons' files (the temporary folder is everyone's)."""
    return str(paths.data_dir() / "learn")


def _check(engine, step_index: int, ctx: LessonContext) -> tuple[int, bool]:
    step = lesson(ctx.lesson_id).steps[step_index]
    return step_index, bool(step.check(engine, ctx))


def _start(engine) -> tuple[str, str, float]:
    """The lesson's image, a note about it, and the engine's clock now (clean-up takes only what
    was created after this moment, besides what the lesson labelled)."""
    return (*pick_image(engine), lesson_clock_start(engine))


class Outline(QWidget):
    """A coloured frame drawn over the part of the window a step uses.

    A child of the window (not of the target), so nothing inside the target can cover it.
    """

    def __init__(self, window: QWidget, target: QWidget) -> None:
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.target = target
        self.follow()
        self.show()

    def follow(self) -> None:
        """Frame the target below its title, so the frame never covers the title's text."""
        area = self.target.rect()
        title = self.target.findChild(QLabel, "viewTitle")
        if title is not None and title.isVisible():
            area.setTop(title.mapTo(self.target, title.rect().bottomLeft()).y() + 1)
        top_left = self.target.mapTo(self.parentWidget(), area.topLeft())
        self.setGeometry(QRect(top_left, area.size()))
        self.raise_()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        pen = QPen(QColor("#f5a623"), 4)
        p.setPen(pen)
        p.drawRect(QRect(2, 2, self.width() - 4, self.height() - 4))


class GlossaryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settle_on_show(self)  # Tab follows the layout; typing goes to the first field
        self.setWindowTitle(self.tr("Docker glossary"))
        self.resize(560, 480)
        text = QTextBrowser()
        text.setAccessibleName(self.tr("Glossary"))
        describe(text, self.tr("Docker words and what they mean, one paragraph each"))
        text.setHtml("".join(f"<p><b>{self.tr(term)}</b> — {self.tr(meaning)}</p>"
                             for term, meaning in GLOSSARY))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)


class LearnPanel(QWidget):
    step_changed = Signal(int)  # index of the step now shown
    lesson_finished = Signal(str)

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = ctx.window
        self.session = ctx.session
        self._show_commands_key = SHOW_COMMANDS_KEY
        # objectName in a lesson step → the part of the main window it names
        self._where: dict[str, QWidget] = {"containersView": ctx.containers_view,
                                           "volumesView": ctx.volumes_view, "bottomTabs": ctx.bottom_tabs}
        self.lesson: Lesson | None = None
        self.step_index = 0
        self.image = ""
        self.started: float | None = None  # the engine's clock when the lesson began
        self._started_here: float | None = None  # this machine's clock then
        self._plan: CleanupPlan | None = None
        self.done_steps: set[int] = set()
        self._outline: Outline | None = None
        self._check_request = LatestRequest(self)
        self._action_request = LatestRequest(self)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(150)
        self._check_timer.timeout.connect(self.check_now)
        # a step done where no engine event follows (typed in an open terminal) is still noticed
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self._poll)
        self._outline_timer = QTimer(self)
        self._outline_timer.setSingleShot(True)
        self._outline_timer.setInterval(6000)
        self._outline_timer.timeout.connect(self._clear_outline)

        self.lessons = all_lessons()  # built now: their text in the language installed by now
        self.chooser = QComboBox()
        for item in self.lessons:
            self.chooser.addItem(item.title, item.id)
            self.chooser.setItemData(self.chooser.count() - 1, item.title, Qt.ItemDataRole.ToolTipRole)
        # the list shows whole titles even when the panel is narrow (the closed box may elide)
        metrics = self.chooser.view().fontMetrics()
        widest = max((metrics.horizontalAdvance(i.title) for i in self.lessons), default=0)
        self.chooser.view().setMinimumWidth(widest + 32)
        describe(self.chooser, self.tr("The lesson to start"))
        self.start_button = QPushButton(self.tr("Start lesson"))
        self.start_button.clicked.connect(self.ask_consent)
        describe(self.start_button, self.tr("Start the chosen lesson at its first step"), tip=True)
        top = QHBoxLayout()
        top.addWidget(self.chooser, 1)
        top.addWidget(self.start_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QLabel()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("font-style: italic;")
        self.command = QPlainTextEdit()
        self.command.setAccessibleName(self.tr("Command of this step"))
        describe(self.command, self.tr("The command this step runs, to read or copy into a terminal"))
        self.command.setReadOnly(True)
        self.command.setMaximumHeight(70)
        self.command.setStyleSheet("font-family: monospace;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.do_button = QPushButton(self.tr("Do it for me"))
        self.do_button.clicked.connect(self.do_step)
        describe(self.do_button, self.tr("Run this step's command for you"), tip=True)
        self.next_button = QPushButton(self.tr("Next step"))
        self.next_button.clicked.connect(self.next_step)
        describe(self.next_button, self.tr("Go on to the next step of the lesson"), tip=True)
        self.cleanup_button = QPushButton(self.tr("Clean up lesson"))
        self.cleanup_button.clicked.connect(self.clean_up)
        describe(self.cleanup_button,
                 self.tr("Remove what the lessons made: their containers, volumes and images"),
                 tip=True)
        self.glossary_button = QPushButton(self.tr("Glossary"))
        self.glossary_button.clicked.connect(self.show_glossary)
        describe(self.glossary_button, self.tr("Open the list of Docker words and what they mean"), tip=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.do_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.cleanup_button)
        bottom.addStretch(1)
        bottom.addWidget(self.glossary_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.hint)
        layout.addWidget(QLabel(self.tr("The same in the terminal:")))
        layout.addWidget(self.command)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.session.event_received.connect(self._on_engine_event)
        self._show_intro()

    # -- lesson flow -------------------------------------------------------------------------
    def _show_intro(self) -> None:
        item = self.lessons[self.chooser.currentIndex()]
        self.summary.setText(item.summary)
        self.progress.setText(self.tr("{0} steps").format(len(item.steps)))
        for w in (self.title, self.explanation, self.hint, self.status):
            w.setText("")
        self.command.setPlainText("")
        self.do_button.setEnabled(False)
        self.next_button.setEnabled(False)
        self.chooser.currentIndexChanged.connect(self._on_chosen)

    @Slot(int)
    def _on_chosen(self, _index: int) -> None:
        if self.lesson is None:
            item = self.lessons[self.chooser.currentIndex()]
            self.summary.setText(item.summary)
            self.progress.setText(self.tr("{0} steps").format(len(item.steps)))

    @Slot()
    def ask_consent(self) -> None:
        item = self.lessons[self.chooser.currentIndex()]
        engine = self.session.state.info.describe() if self.session.state.info else self.tr("the engine")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Start lesson"),
                          self.tr("“{0}” runs for real on {1}: it creates containers and volumes named "
                                  "learn-… and removes them when you click “Clean up lesson” — also "
                                  "those named learn-… that you make during the lesson. Nothing made "
                                  "before it, or named otherwise, is touched. Start?").format(
                                      item.title, engine),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        self._consent_box = box
        box.finished.connect(self._on_consent)
        box.open()

    @Slot(int)
    def _on_consent(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            self.start(self.lessons[self.chooser.currentIndex()].id)

    def start(self, lesson_id: str) -> None:
        """Begin a lesson (after consent): choose a local image, then show step 1."""
        self.lesson = next(item for item in self.lessons if item.id == lesson_id)
        self.step_index = 0
        self.done_steps = set()
        self.status.setText(self.tr("Looking for a local image with a shell…"))
        self.started, self._started_here = None, time.time()
        req = self._action_request.replace(self.session.submit(_start,
                                                               label=self.tr("Choose a lesson image")))
        req.succeeded.connect(self._on_image)
        req.failed.connect(self._on_failed)

    @Slot(object)
    def _on_image(self, result) -> None:
        self.image, note, self.started = result
        self.status.setText(note)
        self._show_step()

    def _ctx(self) -> LessonContext:
        return LessonContext(self.image, self.lesson.id, files_dir=files_dir())

    def _show_step(self) -> None:
        step = self.lesson.steps[self.step_index]
        self.progress.setText(self.tr("{0} — step {1} of {2}").format(
            self.lesson.title, self.step_index + 1, len(self.lesson.steps)))
        self.title.setText(step.title)
        self.explanation.setText(step.explanation)
        self.hint.setText(step.hint)
        self.command.setPlainText(step.command(self._ctx()))
        self.status.setText("")
        self.do_button.setEnabled(True)
        self.next_button.setEnabled(False)
        self._highlight(step.where)
        self.step_changed.emit(self.step_index)
        self.check_now()
        self._poll_timer.start()

    @Slot()
    def _poll(self) -> None:
        """Check the shown step again, one check at a time, until it is done."""
        if self.lesson is None or self.step_index in self.done_steps:
            self._poll_timer.stop()
            return
        current = self._check_request.current
        if current is None or current.done:
            self.check_now()

    def _highlight(self, where: str) -> None:
        self._clear_outline()
        target = self._where.get(where)
        if target is not None and target.isVisible():
            self._outline = Outline(self.window, target)
            self._outline_timer.start()

    @Slot()
    def _clear_outline(self) -> None:
        if self._outline is not None:
            self._outline.hide()
            self._outline.deleteLater()
            self._outline = None

    @Slot()
    def do_step(self) -> None:
        if self.lesson is None:
            return
        step = self.lesson.steps[self.step_index]
        self.do_button.setEnabled(False)
        self.status.setText(self.tr("Running: {0}").format(step.command(self._ctx())))
        req = self._action_request.replace(self.session.submit(
            _perform, self.step_index, self._ctx(),
            label=self.tr("Lesson: {0}").format(step.title), command=step.command(self._ctx())))
        req.succeeded.connect(self._on_performed)
        req.failed.connect(self._on_failed)

    @Slot(object)
    def _on_performed(self, _index) -> None:
        self.check_now()

    @Slot()
    def check_now(self) -> None:
        if self.lesson is None or not self.image:
            return
        backups = self.ctx.features.backups_panel  # "Back up…" anywhere: its folder is listed there
        folders = (str(backups.folder), *backups.known_folders()) if backups is not None else ()
        ctx = LessonContext(self.image, self.lesson.id, folders, self.started, self._started_here,
                            files_dir())
        req = self._check_request.replace(self.session.submit(_check, self.step_index, ctx,
                                                              label=self.tr("Lesson check")))
        req.succeeded.connect(self._on_checked)
        req.failed.connect(self._on_failed)

    @Slot(object)
    def _on_checked(self, result) -> None:
        index, ok = result
        if self.lesson is None or index != self.step_index:
            return
        if ok:
            self.done_steps.add(index)
            self._poll_timer.stop()
            last = index == len(self.lesson.steps) - 1
            self.status.setText(self.tr("✔ Done — the engine shows it.") + (
                " " + self.tr("Lesson complete! Click “Clean up lesson” to remove what it made.")
                if last else ""))
            self.next_button.setEnabled(not last)
            self.do_button.setEnabled(False)
            if last:
                self.lesson_finished.emit(self.lesson.id)
        else:
            self.do_button.setEnabled(True)

    @Slot(object)
    def _on_failed(self, error: EngineError) -> None:
        self.status.setText(self.tr("⚠ {0}").format(error.message))
        self.do_button.setEnabled(self.lesson is not None and bool(self.image))

    @Slot()
    def next_step(self) -> None:
        if self.lesson is not None and self.step_index + 1 < len(self.lesson.steps):
            self.step_index += 1
            self._show_step()

    @Slot(object)
    def _on_engine_event(self, event) -> None:
        if self.lesson is not None and event.type in ("container", "volume"):
            self._check_timer.start()

    @Slot()
    def clean_up(self) -> None:
        """First list what would go (shown in a confirmation), then remove exactly that."""
        item = self.lesson or self.lessons[self.chooser.currentIndex()]
        started = self.started if self.lesson is not None else None
        self.status.setText(self.tr("Looking for what the lesson made…"))
        req = self._action_request.replace(self.session.submit(
            cleanup_plan, item.id, started, files_dir(),
            label=self.tr("List what lesson {0} made").format(item.title)))
        req.succeeded.connect(self._on_plan)
        req.failed.connect(self._on_failed)

    def cleanup_rule(self) -> str:
        started = self.started if self.lesson is not None else None
        rule = self.tr("Clean-up removes what this lesson made: the containers and volumes it created "
                       "itself")
        if started:
            rule += self.tr(", and those named learn-… created since the lesson started ({0}), such as "
                            "the ones you made following its steps").format(
                                time_text(datetime.fromtimestamp(started, UTC)))
        return rule + self.tr(". Anything made before the lesson, or named otherwise, is kept.")

    @Slot(object)
    def _on_plan(self, plan: CleanupPlan) -> None:
        self.status.setText("")
        if not plan.names:
            self._on_cleaned([])
            return
        listing = "\n".join(f"• {name}" for name in plan.names)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Clean up lesson"),
                          self.cleanup_rule() + "\n\n" + self.tr("Will remove:") + "\n" + listing,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("cleanupConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove them"))
        self._snapshot_cleanup = False
        check = snapshot_first_check(box, self.tr("the lesson's volumes")) if plan.volumes else None
        if check is not None:
            box.setCheckBox(check)  # the box owns it: its answer is kept here, not read back later
            self._snapshot_cleanup = check.isChecked()
            check.toggled.connect(self._on_snapshot_cleanup)
        self._cleanup_box, self._plan = box, plan
        box.finished.connect(self._on_cleanup_answer)
        box.open()

    @Slot(int)
    def _on_cleanup_answer(self, result: int) -> None:
        plan, self._plan = self._plan, None
        if result != QMessageBox.StandardButton.Yes or plan is None:
            return
        parts = []
        if plan.containers:
            parts.append(commands.remove_containers(plan.containers, force=True))
        if plan.volumes:
            parts.append(commands.remove_volumes(plan.volumes))
        if plan.volumes and self._snapshot_cleanup:
            req = self._action_request.replace(self.session.submit(
                snapshot_then_clean_up, plan, label=self.tr("Snapshot, then clean up lesson"),
                with_progress=True,
                command=" && ".join(parts) or "rm"))
        else:
            req = self._action_request.replace(self.session.submit(
                remove_planned, plan, label=self.tr("Clean up lesson"), command=" && ".join(parts) or "rm"))
        req.succeeded.connect(self._on_cleaned)
        req.failed.connect(self._on_failed)

    @Slot(bool)
    def _on_snapshot_cleanup(self, on: bool) -> None:
        self._snapshot_cleanup = on

    @Slot(object)
    def _on_cleaned(self, removed) -> None:
        self.status.setText(self.tr("Removed: {0}").format(", ".join(removed) or self.tr("nothing")))
        self.lesson = None
        self.image = ""
        self.started = None
        self._poll_timer.stop()
        self._clear_outline()
        self.do_button.setEnabled(False)
        self.next_button.setEnabled(False)

    @Slot(bool)
    def set_show_commands(self, on: bool) -> None:
        self.ctx.settings.setValue(self._show_commands_key, on)
        self.ctx.settings.sync()

    @Slot()
    def show_glossary(self) -> None:
        self._glossary = GlossaryDialog(self)
        self._glossary.open()


def install(ctx: WindowContext) -> None:
    panel = LearnPanel(ctx)
    panel.setObjectName("learnPanel")
    describe_tab(ctx.side_tabs, ctx.side_tabs.addTab(panel, ctx.window.tr("Learn")),
                 ctx.window.tr("Lessons that walk through Docker step by step, and a glossary"))
    ctx.side_tabs.show()
    ctx.features.learn_panel = panel
    _add_show_commands_toggle(ctx, panel)


def _add_show_commands_toggle(ctx: WindowContext, panel: LearnPanel) -> None:
    """View ▸ Show docker commands: every action's dialog shows its equivalent command (default on)."""
    window = ctx.window
    action = QAction(window.tr("Show docker commands"), window)
    action.setCheckable(True)
    action.setChecked(show_commands())
    action.setToolTip(window.tr("Show the equivalent docker command in every action's dialog"))
    action.toggled.connect(panel.set_show_commands)
    ctx.features.show_commands_action = action
    ctx.view_menu.addAction(action)
