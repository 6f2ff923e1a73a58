"""Features add themselves to the main window here, so they need not edit main_window.py.

Each entry names a module with ``install(window: MainWindow) -> None``. ``install`` may add
actions to ``window.toolbar`` / menus, tabs to ``window.bottom_tabs`` or ``window.side_tabs``,
and connect to ``window.session`` and ``window.selection``. Order matters only for toolbar order.
"""

from __future__ import annotations

import importlib

FEATURES: list[str] = [
    "volgui.ui.features.engines.panel",
    "volgui.ui.features.learn.panel",
    "volgui.ui.features.history.feature",
    "volgui.ui.features.inspect.feature",
    "volgui.ui.features.desktop.feature",
    "volgui.ui.features.activity.panel",
    "volgui.ui.features.actions.feature",
    "volgui.ui.features.backups.panel",
    "volgui.ui.features.terminal.feature",
    "volgui.ui.features.logs.feature",
    "volgui.ui.features.volume_data.feature",
    "volgui.ui.features.mounting.feature",
]


def install_features(window) -> None:
    for name in FEATURES:
        importlib.import_module(name).install(window)
