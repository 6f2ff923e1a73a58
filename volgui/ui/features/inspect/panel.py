"""The inspect panel: ``docker inspect`` for the selected container, volume or image.

It follows the selection (``show_object``), loads through the session's request worker
(a new selection cancels the old request, so a stale result never lands), reloads when the
engine reports a change to the shown object, and shows a readable Summary and the Raw JSON.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TR_NOOP, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.dto.inspect import (
    Inspection,
    VolumeSize,
    inspect_command,
    inspect_object,
    measure_volume_sizes,
    secret_env_paths,
)
from volgui.engine.dto.objects import Container, Image, Volume
from volgui.engine.errors import EngineError
from volgui.engine.streams.events import EngineEvent
from volgui.ui.features.inspect.summary import (
    ContainerSummaryView,
    ImageSummaryView,
    VolumeSummaryView,
)
from volgui.ui.views.descriptions import describe_tab
from volgui.ui.views.json_tree import JsonView
from volgui.workers.requests import LatestRequest

KIND_TITLES = {"container": "Container", "volume": "Volume", "image": "Image"}
# Container events that change who uses a volume or an image.
_USER_ACTIONS = {"create", "destroy", "rename", "start", "die", "stop", "pause", "unpause"}
# Container events that change nothing inspect shows (healthchecks run an exec every interval).
_QUIET_ACTIONS = {"exec_create", "exec_start", "exec_die", "exec_detach", "attach", "detach", "resize",
                  "top", "archive-path", "extract-to-dir", "export", "copy", "commit"}


def target_of(obj) -> tuple[str, str, str] | None:
    """(kind, key, name) of a selected dataclass."""
    if isinstance(obj, Container):
        return "container", obj.id, obj.name
    if isinstance(obj, Volume):
        return "volume", obj.name, obj.name
    if isinstance(obj, Image):
        return "image", obj.id, obj.display_name
    return None


class InspectPanel(QWidget):
    container_requested = Signal(str)  # container id: select it in the containers view
    volume_requested = Signal(str)  # volume name
    image_requested = Signal(str)  # image id
    loaded = Signal(object)  # Inspection, after it is shown
    load_failed = Signal(object)  # EngineError, after it is shown
    sizes_measured = Signal(object)  # dict[str, VolumeSize]: one measurement covers every volume

    EMPTY_TEXT = QT_TR_NOOP("Select a container, volume or image to see its details")
    RELOAD_DELAY_MS = 200  # a burst of events for one object makes one reload

    def sizeHint(self) -> QSize:
        return QSize(480, 640)

    def minimumSizeHint(self) -> QSize:
        return QSize(340, 240)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = self.key = self.name = ""
        self.inspection: Inspection | None = None
        self.revealed = False
        self.loads = 0  # requests submitted (tests and diagnostics)
        self._latest = LatestRequest(self)
        self._size_request = LatestRequest(self)
        self._sizes: dict[str, VolumeSize] = {}
        # another source of measurements (the volumes view's "Compute sizes"): name -> VolumeSize | None
        self.size_lookup = None
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(self.RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self._reload_quietly)
        self._build()
        self.clear()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("inspectTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.kind_label = QLabel()
        self.kind_label.setObjectName("inspectKind")
        self.kind_label.setProperty("muted", True)
        self.refresh_button = QToolButton()
        self.refresh_button.setText(self.tr("Reload"))
        self.refresh_button.setToolTip(self.tr("Inspect again"))
        self.refresh_button.setAutoRaise(True)
        self.refresh_button.clicked.connect(self.reload)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.kind_label)
        head.addWidget(self.refresh_button)

        self.command = QLabel()
        self.command.setObjectName("inspectCommand")
        self.command.setWordWrap(True)
        self.command.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.command.setTextFormat(Qt.TextFormat.PlainText)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        self.command.setFont(mono)
        self.command.setToolTip(self.tr("The equivalent docker command"))
        self.copy_command_button = QToolButton()
        self.copy_command_button.setText(self.tr("Copy"))
        self.copy_command_button.setToolTip(self.tr("Copy the command"))
        self.copy_command_button.clicked.connect(self._copy_command)
        command_row = QHBoxLayout()
        command_row.addWidget(self.command, 1)
        command_row.addWidget(self.copy_command_button, 0, Qt.AlignmentFlag.AlignTop)

        self.status = QLabel()
        self.status.setObjectName("inspectStatus")
        self.status.setProperty("muted", True)

        self.header = QWidget()
        header_layout = QVBoxLayout(self.header)
        header_layout.setContentsMargins(8, 6, 8, 0)
        header_layout.setSpacing(3)
        header_layout.addLayout(head)
        header_layout.addLayout(command_row)
        header_layout.addWidget(self.status)

        self.summary_stack = QStackedWidget()
        self._views: dict[str, QWidget] = {}  # built when first shown: see summary_view
        self.raw = JsonView()
        self.raw.copied.connect(self._on_copied)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("inspectTabs")
        self.tabs.setDocumentMode(True)
        describe_tab(self.tabs, self.tabs.addTab(self.summary_stack, self.tr("Summary")),
                     self.tr("The main facts, in sections"))
        describe_tab(self.tabs, self.tabs.addTab(self.raw, self.tr("Raw JSON")),
                     self.tr("What the engine answered, as a tree to read"))

        self.message = QLabel()
        self.message.setObjectName("inspectMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(self.reload)
        message_page = QWidget()
        message_layout = QVBoxLayout(message_page)
        message_layout.addStretch(1)
        message_layout.addWidget(self.message)
        message_layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        message_layout.addStretch(2)

        self.pages = QStackedWidget()
        self.pages.addWidget(message_page)
        self.pages.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)

    SUMMARY_VIEWS = {"container": ContainerSummaryView, "volume": VolumeSummaryView,
                     "image": ImageSummaryView}

    def summary_view(self, kind: str):
        """The summary of this kind of object, built the first time it is needed: the three took
        20-40 ms of the window's start on a busy machine, with nothing selected to show."""
        view = self._views.get(kind)
        if view is None:
            view = self._views[kind] = self.SUMMARY_VIEWS[kind]()
            self.summary_stack.addWidget(view)
            view.container_requested.connect(self.container_requested)
            view.volume_requested.connect(self.volume_requested)
            view.image_requested.connect(self.image_requested)
            view.reveal_toggled.connect(self.set_revealed)
            if kind == "volume":
                view.measure_requested.connect(self.measure_size)
            else:  # the ones with environment variables, some of them secret
                view.set_revealed(self.revealed)
        return view

    @property
    def views(self) -> dict:
        return {kind: self.summary_view(kind) for kind in self.SUMMARY_VIEWS}

    @property
    def container_view(self) -> ContainerSummaryView:
        return self.summary_view("container")

    @property
    def volume_view(self) -> VolumeSummaryView:
        return self.summary_view("volume")

    @property
    def image_view(self) -> ImageSummaryView:
        return self.summary_view("image")

    # -- what is shown -----------------------------------------------------------------------
    @property
    def state(self) -> str:
        """``empty``, ``loading``, ``shown`` or ``error``."""
        return self._state

    def clear(self) -> None:
        """The empty state: nothing selected."""
        self._latest.cancel()
        self._size_request.cancel()
        if "volume" in self._views:
            self.volume_view.measure_button.setEnabled(True)
        self._reload_timer.stop()
        self.kind = self.key = self.name = ""
        self.inspection = None
        self.header.hide()
        self._show_message(self.tr(self.EMPTY_TEXT), retry=False)
        self._state = "empty"

    @Slot(object)
    def show_object(self, obj) -> None:
        """Follow the selection: a Container, Volume or Image dataclass (``None``: empty)."""
        target = target_of(obj)
        if target is None:
            self.clear()
            return
        self.show_key(*target)

    def show_key(self, kind: str, key: str, name: str = "") -> None:
        name = name or key
        same = (kind, key) == (self.kind, self.key)
        self.kind, self.key, self.name = kind, key, name
        if not same:
            self.inspection = None
            self.set_revealed(False)
            # a size measurement in flight goes on: it measures every volume
        self.header.show()
        self._set_header()
        self.summary_stack.setCurrentWidget(self.summary_view(kind))
        if not same or self._state != "shown":
            self._show_message(self.tr("Loading {0}…").format(name), retry=False)
            self._state = "loading"
        # following the selection is browsing, not an action: it stays out of the activity log
        self._load(user=False)

    @Slot()
    def reload(self) -> None:
        if self.kind:
            self._load(user=True)

    @Slot()
    def _reload_quietly(self) -> None:
        if self.kind:
            self._load(user=False)

    def _set_header(self) -> None:
        self.title.setText(self.name if len(self.name) != 64 else self.name[:12] + "…")
        self.title.setToolTip(self.name)
        self.kind_label.setText(self.tr(KIND_TITLES[self.kind]))
        self.command.setText(inspect_command(self.kind, self.name))
        self.raw.set_subject(self.kind, self.name)

    def _show_message(self, text: str, retry: bool) -> None:
        self.message.setText(text)
        self.retry_button.setVisible(retry)
        self.pages.setCurrentIndex(0)

    # -- loading -----------------------------------------------------------------------------
    def _load(self, user: bool) -> None:
        self._reload_timer.stop()
        command = inspect_command(self.kind, self.name)
        try:
            request = self.session.submit(
                inspect_object, self.kind, self.key,
                label=self.tr("Inspect {0} {1}").format(self.kind, self.name),
                # only what the person asked for goes to the activity log, not live reloads
                command=command if user else "")
        except EngineError as err:
            self._latest.cancel()
            self._on_failed(err)
            return
        self.loads += 1
        self._latest.replace(request)
        request.succeeded.connect(self._on_loaded)
        request.failed.connect(self._on_failed)
        if self._state == "shown":
            self.status.setText(self.tr("Reloading…"))

    @Slot(object)
    def _on_loaded(self, inspection: Inspection) -> None:
        if (inspection.kind, inspection.key) != (self.kind, self.key):
            return  # belt and braces: LatestRequest already cancels stale requests
        previous = self.inspection
        self.inspection = inspection
        self.name = inspection.name
        self._set_header()
        view = self.summary_view(inspection.kind)
        view.set_summary(inspection.summary)
        if inspection.kind == "volume":
            if self._size_request.current:
                self.volume_view.set_size(None, self.tr("measuring… (the engine walks every volume's files)"))
            else:
                self.show_known_size()
        hidden = secret_env_paths(inspection.raw)
        self.raw.set_document(inspection.raw, hidden, keep_state=previous is not None)
        self.raw.set_revealed(self.revealed)
        self.status.setText(self.tr("Inspected at {0}").format(datetime.now().strftime("%H:%M:%S")))
        self.pages.setCurrentWidget(self.tabs)
        self._state = "shown"
        self.loaded.emit(inspection)

    @Slot(object)
    def _on_failed(self, error: EngineError) -> None:
        kind = self.tr(KIND_TITLES.get(self.kind, "Object"))
        if getattr(error, "status", None) == 404:
            text = self.tr("{0} {1} no longer exists.").format(kind, self.name)
        else:
            text = self.tr("Could not inspect {0} {1}:\n{2}").format(kind.lower(), self.name, error.message)
        self.inspection = None
        self.status.setText("")
        self._show_message(text, retry=True)
        self._state = "error"
        self.load_failed.emit(error)

    # -- live updates ------------------------------------------------------------------------
    def concerns(self, event: EngineEvent) -> bool:
        """Does this engine event change what the panel shows?"""
        if not self.kind:
            return False
        if event.type == self.kind:
            if self.kind == "image":
                return event.id.removeprefix("sha256:") == self.key.removeprefix("sha256:") \
                    or event.id == self.name
            if event.base_action in _QUIET_ACTIONS:
                return False
            return event.id == self.key
        if event.type == "container" and self.kind in ("volume", "image"):
            return event.base_action in _USER_ACTIONS
        if event.type == "network" and self.kind == "container":
            return dict(event.attributes).get("container") == self.key
        return False

    @Slot(object)
    def on_engine_event(self, event) -> None:
        # also while loading: the answer in flight may predate this change
        if isinstance(event, EngineEvent) and self.concerns(event):
            self._reload_timer.start()

    @Slot()
    def on_resync(self) -> None:
        if self.kind:
            self._reload_timer.start()

    # -- secrets, size, clipboard ------------------------------------------------------------
    @Slot(bool)
    def set_revealed(self, revealed: bool) -> None:
        if revealed == self.revealed:
            return
        self.revealed = revealed
        for kind, view in self._views.items():  # one built later starts with self.revealed
            if kind != "volume":
                view.set_revealed(revealed)
        self.raw.set_revealed(revealed)

    def forget_sizes(self) -> None:
        """Another engine is shown: its volumes are others, even when their names are the same."""
        self._sizes.clear()

    def size_of(self, name: str) -> VolumeSize | None:
        """The latest measurement of a volume: ours or the lookup's, whichever is newer."""
        own = self._sizes.get(name)
        other = self.size_lookup(name) if self.size_lookup is not None else None
        if own is None or (other is not None and other.measured_at > own.measured_at):
            return other
        return own

    def show_known_size(self) -> None:
        """Show the newest known measurement of the shown volume (after a reload, or when the
        volumes view measured sizes)."""
        if self.kind != "volume" or self._size_request.current:
            return
        size = self.size_of(self.key)
        if size is not None:
            self.volume_view.set_size(size)

    @Slot()
    def measure_size(self) -> None:
        if self.kind != "volume":
            return
        try:
            request = self.session.submit(
                measure_volume_sizes, label=self.tr("Measure volume sizes"),
                command="docker system df -v")
        except EngineError as err:
            self.volume_view.set_size(None, err.message)
            return
        self._size_request.replace(request)
        request.succeeded.connect(self._on_sizes)
        request.failed.connect(self._on_size_failed)
        self.volume_view.set_size(None, self.tr("measuring… (the engine walks every volume's files)"))
        self.volume_view.measure_button.setEnabled(False)

    @Slot(object)
    def _on_sizes(self, sizes: dict) -> None:
        self._sizes.update(sizes)
        self._size_request.current = None
        self.volume_view.measure_button.setEnabled(True)
        if self.kind == "volume":
            size = sizes.get(self.key)
            if size is not None:
                self.volume_view.set_size(size)
            else:
                self.volume_view.set_size(None, self.tr("the engine did not report this volume's size"))
        self.sizes_measured.emit(sizes)

    @Slot(object)
    def _on_size_failed(self, error: EngineError) -> None:
        self._size_request.current = None
        self.volume_view.measure_button.setEnabled(True)
        self.volume_view.set_size(None, error.message)

    @Slot()
    def _copy_command(self) -> None:
        QGuiApplication.clipboard().setText(self.command.text())
        self._on_copied(self.command.text())

    @Slot(str)
    def _on_copied(self, text: str) -> None:
        short = text if len(text) <= 60 else text[:57] + "…"
        self.status.setText(self.tr("Copied: {0}").format(short.replace("\n", " ")))
