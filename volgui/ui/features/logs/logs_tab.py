"""The Logs tab: the selected container's logs, followed live while the tab is shown.

- stdout and stderr: stderr lines have a red bar and red text (unless the program colours them);
- timestamps on demand (the engine's, UTC); ANSI colours rendered or stripped;
- "since": last 100 / 1000 / 10000 lines, last hour, all;
- search with every match highlighted, Next / Previous (Enter / Shift+Enter);
- copy (selected lines, or all), save to a file;
- bounded: the last 100 000 lines are kept; a flood arrives in batches every 40 ms at most.

The stream stops while the tab is hidden and resumes from the last line seen when it is shown
again, when the container starts again, and after an engine reconnect.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.present import display
from volgui.engine.streams.log_lines import is_after, parse_timestamp
from volgui.engine.streams.logs import LogOptions
from volgui.ui.views.log_text import LogTextView
from volgui.workers.log_stream import LogEnded, LogFollower, LogStarted

# (label, tail, seconds back)
SINCE_CHOICES = (
    ("Last 100 lines", 100, None),
    ("Last 1,000 lines", 1000, None),
    ("Last 10,000 lines", 10000, None),
    ("Last hour", None, 3600),
    ("All", None, None),
)
DEFAULT_SINCE = 1


class LogsView(QWidget):
    """Shows one container's logs; the feature tells it which (``show_container``)."""

    status_changed = Signal(str)

    def __init__(self, session=None, capacity: int = 100_000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logsView")
        self.session = session
        self.container = None  # volgui.engine.dto.objects.Container
        self.state = "empty"  # empty, starting, following, stopped, removed, broken, paused
        self.command = ""
        self._resume_after = ""  # drop lines not after this timestamp (resumed stream)
        self._resume_on_end = False
        self.follower = LogFollower(self)
        self.follower.lines_arrived.connect(self._on_lines)
        self.follower.opened.connect(self._on_opened)
        self.follower.ended.connect(self._on_ended)
        self.follower.failed.connect(self._on_failed)
        self._build(capacity)

    def _build(self, capacity: int) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        bar = QHBoxLayout()
        self.since_box = QComboBox()
        self.since_box.setObjectName("logsSince")
        for label, _tail, _secs in SINCE_CHOICES:
            self.since_box.addItem(self.tr(label))
        self.since_box.setCurrentIndex(DEFAULT_SINCE)
        self.since_box.setToolTip(self.tr("Which part of the log to load (docker logs --tail / --since)"))
        self.since_box.currentIndexChanged.connect(self._on_since_changed)
        self.timestamps_box = QCheckBox(self.tr("Timestamps"))
        self.timestamps_box.setToolTip(self.tr("Show when the engine received each line (UTC)"))
        self.timestamps_box.toggled.connect(self._on_timestamps)
        self.colours_box = QCheckBox(self.tr("Colours"))
        self.colours_box.setChecked(True)
        self.colours_box.setToolTip(self.tr("Render ANSI colours (off: strip them)"))
        self.colours_box.toggled.connect(self._on_colours)
        self.follow_box = QCheckBox(self.tr("Follow"))
        self.follow_box.setChecked(True)
        self.follow_box.setToolTip(self.tr("Keep the newest line in view (End)"))
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("logsSearch")
        self.search_edit.setAccessibleName(self.tr("Search the log"))
        self.search_edit.setPlaceholderText(self.tr("Search the log…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_text)
        self.search_edit.returnPressed.connect(self.find_next)
        self.prev_button = QToolButton()
        self.prev_button.setText("▲")
        self.prev_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.prev_button.clicked.connect(self.find_previous)
        self.next_button = QToolButton()
        self.next_button.setText("▼")
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.next_button.clicked.connect(self.find_next)
        self.match_label = QLabel()
        self.match_label.setMinimumWidth(70)
        self.copy_button = QToolButton()
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the selected lines (all lines when none is selected)"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QToolButton()
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save the lines shown to a text file"))
        self.save_button.clicked.connect(self.save_dialog)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Clear the view (the container's log is kept)"))
        self.clear_button.clicked.connect(self.clear_view)
        for w in (self.since_box, self.timestamps_box, self.colours_box, self.follow_box):
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(self.search_edit, 1)
        for w in (self.prev_button, self.next_button, self.match_label, self.copy_button,
                  self.save_button, self.clear_button):
            bar.addWidget(w)
        layout.addLayout(bar)
        self.text_view = LogTextView(capacity)
        self.text_view.follow_changed.connect(self.follow_box.setChecked)
        self.follow_box.toggled.connect(self._on_follow_toggled)
        layout.addWidget(self.text_view, 1)
        self.status = QLabel()
        self.status.setObjectName("logsStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        back = QShortcut(QKeySequence("Shift+Return"), self.search_edit)
        back.activated.connect(self.find_previous)
        self._set_status("empty", self.tr("Select a container to see its logs."))

    # -- which container ------------------------------------------------------------------------
    def show_container(self, container) -> None:
        """Follow ``container`` (a Container dataclass) or show nothing (None)."""
        old = self.container
        self.container = container
        if container is None:
            self.follower.stop()
            self.text_view.clear()
            self._set_status("empty", self.tr("Select a container to see its logs."))
            return
        if old is not None and old.id == container.id:
            # the same one, maybe in another state: start again if it was started again
            if container.running and self.state in ("stopped", "broken") and self.isVisible():
                self._start(resume=True)
            return
        self.follower.stop()
        self.text_view.clear()
        self.search_edit.clear()
        self._resume_after = ""
        if self.isVisible():
            self._start(resume=False)
        else:
            self._set_status("paused", self.tr("{0} — the log loads when this tab is shown.").format(
                container.name))

    def _options(self, resume: bool) -> LogOptions:
        if resume and self.text_view.buffer.last_timestamp:
            last = self.text_view.buffer.latest_timestamp()
            self._resume_after = last
            since = parse_timestamp(last)
            return LogOptions(tail=None, since=since)
        _label, tail, secs = SINCE_CHOICES[self.since_box.currentIndex()]
        return LogOptions(tail=tail, since=time.time() - secs if secs else None)

    def _start(self, resume: bool) -> None:
        spec = getattr(self.session, "spec", None) if self.session is not None else None
        if self.container is None:
            return
        if spec is None:
            self._set_status("broken", self.tr("Not connected: the log loads when the engine is back."))
            return
        options = self._options(resume)
        self._resume_on_end = False
        if not resume:
            self._resume_after = ""
        self.command = options.command(self.container.name, timestamps=False)
        self._set_status("starting", self.tr("Loading the log of {0}…").format(self.container.name))
        self.follower.start(spec, self.container.id, options)

    def restart(self) -> None:
        """Load again from scratch with the current "since" choice."""
        self.follower.stop()
        self.text_view.clear()
        self._start(resume=False)

    def stop_stream(self) -> None:
        self.follower.stop()

    # -- visibility: stream only while shown ----------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.container is not None and not self.follower.active and self.state in (
                "paused", "starting", "following"):
            self._start(resume=bool(len(self.text_view.buffer)))

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if self.follower.active:
            self.follower.stop()
            name = self.container.name if self.container is not None else ""
            self._set_status("paused", self.tr("{0} — paused while the tab is hidden.").format(name))

    # -- engine events --------------------------------------------------------------------------
    def on_engine_event(self, event) -> None:
        if self.container is None or event.type != "container" or event.id != self.container.id:
            return
        action = event.base_action
        if action == "destroy":
            self.follower.stop()
            self._set_status("removed", self.tr("{0} was removed; the lines above are what was "
                                                "shown.").format(self.container.name))
        elif action == "start" and self.isVisible():
            if self.state in ("stopped", "broken"):
                self._start(resume=True)
            elif self.follower.active:
                self._resume_on_end = True  # the old run's stream has not ended yet

    def on_resync(self) -> None:
        """The engine is back after a gap: pick the stream up again."""
        if self.container is not None and self.state in ("broken", "stopped") and self.isVisible():
            # (a stopped container's stream just returns what was logged meanwhile, then ends)
            self._start(resume=bool(len(self.text_view.buffer)))

    # -- stream results -------------------------------------------------------------------------
    @Slot(list)
    def _on_lines(self, lines: list) -> None:
        if self._resume_after:
            # a resumed stream repeats lines up to the resume point (since= is inclusive, and the
            # two pipes interleave): drop every line not after it, until a new one arrives
            last = self._resume_after
            lines = [line for line in lines if is_after(line[1], last)]
            if lines:
                self._resume_after = ""
        if lines:
            self.text_view.append_lines(lines)

    @Slot(object)
    def _on_opened(self, started: LogStarted) -> None:
        self.command = started.command
        what = self.tr("following") if started.running else self.tr("not running — the whole log is shown")
        self._set_status("following", f"{started.name} — {what}   ·   {started.command}")

    @Slot(object)
    def _on_ended(self, end: LogEnded) -> None:
        if self._resume_on_end and self.isVisible() and self.container is not None:
            self._resume_on_end = False
            self._start(resume=True)
            return
        name = self.container.name if self.container is not None else ""
        self._set_status("stopped", self.tr("{0} is not running: the log is complete. It resumes when "
                                            "the container starts.").format(name))

    @Slot(object)
    def _on_failed(self, error) -> None:
        message = getattr(error, "message", str(error))
        if getattr(error, "status", None) == 404:
            self._set_status("removed", message)
        else:
            self._set_status("broken", self.tr("The log stream stopped: {0} — it resumes when the "
                                               "engine is back.").format(message))

    def _set_status(self, state: str, text: str) -> None:
        self.state = state
        dropped = self.text_view.buffer.dropped if hasattr(self, "text_view") else 0
        if dropped:
            text += self.tr("   ·   {0:,} older lines no longer held").format(dropped)
        self.status.setText(text)
        self.status_changed.emit(text)

    # -- options --------------------------------------------------------------------------------
    @Slot(int)
    def _on_since_changed(self, _index: int) -> None:
        if self.container is not None and self.isVisible():
            self.restart()

    @Slot(bool)
    def _on_timestamps(self, on: bool) -> None:
        self.text_view.set_show_timestamps(on)

    @Slot(bool)
    def _on_colours(self, on: bool) -> None:
        self.text_view.set_render_colours(on)

    @Slot(bool)
    def _on_follow_toggled(self, on: bool) -> None:
        if on != self.text_view.following:
            self.text_view.set_following(on)

    # -- search ---------------------------------------------------------------------------------
    @Slot(str)
    def _on_search_text(self, text: str) -> None:
        self.text_view.set_needle(text)
        if text:
            self._show_match(self.text_view.find(text))
        else:
            self.match_label.clear()

    @Slot()
    def find_next(self) -> int:
        return self._show_match(self.text_view.find(self.search_edit.text(), from_current=True))

    @Slot()
    def find_previous(self) -> int:
        return self._show_match(self.text_view.find(self.search_edit.text(), backwards=True,
                                                    from_current=True))

    def _show_match(self, index: int) -> int:
        if not self.search_edit.text():
            self.match_label.clear()
        elif index < 0:
            self.match_label.setText(self.tr("No match"))
        else:
            self.match_label.setText(self.tr("Line {0:,}").format(index + 1 + self.text_view.buffer.dropped))
            self.text_view.set_following(False)
            self.text_view.scroll_to_line(index)
        return index

    # -- copy, save -----------------------------------------------------------------------------
    @Slot()
    def copy(self) -> str:
        return self.text_view.copy()

    @Slot()
    def clear_view(self) -> None:
        self.text_view.clear()

    @Slot()
    def save_dialog(self) -> None:
        name = self.container.name if self.container is not None else "container"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the log"), f"{name}.log",
                                              self.tr("Text files (*.log *.txt);;All files (*)"))
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> int:
        """Write the lines held (plain text; timestamps when shown); returns the line count."""
        view = self.text_view
        count = len(view.buffer)
        with open(path, "w", encoding="utf-8") as fh:
            for i in range(count):
                fh.write(view.line_text(i))
                fh.write("\n")
        note = self.tr("Saved {0} to {1}.").format(display.count(count, "line"), path)
        if view.buffer.dropped and self.container is not None:
            note += self.tr(" Older lines were no longer held: `docker logs {0} > file` saves "
                            "everything.").format(self.container.name)
        self.status.setText(note)
        self.status_changed.emit(note)
        return count

    def shutdown(self) -> None:
        self.follower.stop()
