"""What a feature may use of the main window: the ``WindowContext`` handed to ``install(ctx)``.

The main window builds one context and ``volgui.ui.window.features.install_features`` passes it to
each feature's ``install(ctx: WindowContext) -> None``. A feature reaches the window only through it:

- ``window``: the main window (a QMainWindow), to parent dialogs, add window-wide actions and menus,
  and show status messages (``window.show_status_message``, ``window.statusBar()``);
- ``session``: the session the window shows. In the app that is the ``ActiveSession`` facade, which
  forwards to the selected engine; a test may hand a plain ``EngineSession``. ``engines`` is the
  ``EngineManager`` behind an ``ActiveSession`` (None for a plain session);
  ``engine_session(session)`` is the engine shown now, not the facade;
- ``selection`` (a ``SelectionHub``); the views ``containers_view``, ``volumes_view``,
  ``images_view``; their models ``container_model``, ``volume_model``, ``image_model``; ``loader``;
- ``toolbar``, ``view_menu``, ``side_tabs`` (right of the views), ``bottom_tabs``, ``settings``;
- ``closing``: emitted once, before the engine sessions shut down.

``features`` is how features reach each other (and tests reach them): each ``install`` sets its own
field of ``Features``, which stays None until then. Installation follows ``FEATURES``, so a feature
reads another's field when it needs it (at install time only for features listed before it), and a
None field means that feature is not installed. A dialog finds its window's context with
``context_of(widget)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QToolBar, QWidget

from volgui.models.loader import SnapshotLoader
from volgui.models.objects import ContainerTableModel, ImageTableModel, VolumeTableModel
from volgui.ui.views.objects import ContainersView, ImagesView, VolumesView
from volgui.ui.window.selection import SelectionHub
from volgui.workers.engines import ActiveSession, EngineManager
from volgui.workers.session import EngineSession

if TYPE_CHECKING:  # the features import this module: their types are named for the reader only
    from volgui.models.activity import ActivityModel
    from volgui.ui.features.accessibility.contrast import ContrastToggle
    from volgui.ui.features.accessibility.panes import PaneNavigator
    from volgui.ui.features.actions.feature import ActionsController
    from volgui.ui.features.activity.panel import ActivityPanel
    from volgui.ui.features.backups.panel import BackupsPanel
    from volgui.ui.features.compose.feature import ComposeFeature
    from volgui.ui.features.container_files.feature import ContainerFilesFeature
    from volgui.ui.features.desktop.feature import AboutOpener
    from volgui.ui.features.engines.panel import EnginesPanel
    from volgui.ui.features.history.feature import HistoryRecorder
    from volgui.ui.features.images.feature import ImagesController
    from volgui.ui.features.inspect.panel import InspectPanel
    from volgui.ui.features.learn.panel import LearnPanel
    from volgui.ui.features.logs.feature import LogsFeature
    from volgui.ui.features.mounting.feature import MountingController
    from volgui.ui.features.notifications.feature import NotificationsFeature
    from volgui.ui.features.shells.feature import ShellsFeature
    from volgui.ui.features.snapshots.feature import SnapshotsFeature
    from volgui.ui.features.swarm.feature import SwarmFeature
    from volgui.ui.features.terminal.feature import TerminalFeature
    from volgui.ui.features.volume_data.feature import VolumeDataFeature
    from volgui.ui.window.main_window import MainWindow

WindowSession = ActiveSession | EngineSession
"""What the window is handed: the app's active-engine facade, or one engine's session (tests)."""


def engine_session(session: WindowSession) -> WindowSession:
    """The engine shown now rather than the facade (a dialog's action goes to the engine it previewed)."""
    if isinstance(session, ActiveSession):
        return session.current or session
    return session


@dataclass
class Features:
    """What the features publish, each set by that feature's ``install`` (None: not installed)."""

    engines_panel: EnginesPanel | None = None
    learn_panel: LearnPanel | None = None
    show_commands_action: QAction | None = None
    history: HistoryRecorder | None = None
    inspect_panel: InspectPanel | None = None
    help_menu: QMenu | None = None
    about_action: QAction | None = None
    about_opener: AboutOpener | None = None
    activity_model: ActivityModel | None = None
    activity_panel: ActivityPanel | None = None
    actions_controller: ActionsController | None = None  # its ``container_menu``: the Container menu
    backups_panel: BackupsPanel | None = None
    terminal_feature: TerminalFeature | None = None
    logs_feature: LogsFeature | None = None
    volume_data: VolumeDataFeature | None = None
    mounting: MountingController | None = None
    snapshots: SnapshotsFeature | None = None  # ``run_first``: a snapshot before a risky action
    container_files: ContainerFilesFeature | None = None
    notifications: NotificationsFeature | None = None
    compose: ComposeFeature | None = None
    shells: ShellsFeature | None = None
    swarm: SwarmFeature | None = None
    panes: PaneNavigator | None = None
    contrast: ContrastToggle | None = None
    images: ImagesController | None = None


@dataclass(frozen=True, eq=False)
class WindowContext:
    """The parts of one main window a feature may use (see the module docstring)."""

    window: MainWindow
    session: WindowSession
    engines: EngineManager | None
    selection: SelectionHub
    containers_view: ContainersView
    volumes_view: VolumesView
    images_view: ImagesView
    container_model: ContainerTableModel
    volume_model: VolumeTableModel
    image_model: ImageTableModel
    loader: SnapshotLoader
    toolbar: QToolBar
    view_menu: QMenu
    side_tabs: QTabWidget
    bottom_tabs: QTabWidget
    settings: QSettings
    closing: SignalInstance
    features: Features = field(default_factory=Features)


class ContextWindow(QMainWindow):
    """The main window's base: it keeps its context, so a dialog parented to it reaches the features."""

    context: WindowContext


def context_of(widget: QWidget | None) -> WindowContext | None:
    """The context of the main window ``widget`` is shown in; None outside one."""
    window = widget.window() if widget is not None else None
    return window.context if isinstance(window, ContextWindow) else None
