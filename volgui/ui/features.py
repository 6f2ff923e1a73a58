"""Features add themselves to the main window here, so they need not edit main_window.py.

Each entry names a module with ``install(window: MainWindow) -> None``. ``install`` may add
actions to ``window.toolbar`` / menus, tabs to ``window.bottom_tabs`` or ``window.side_tabs``,
and connect to ``window.session`` and ``window.selection``. Order matters only for toolbar order.
"""

from __future__ import annotations

import importlib

FEATURES: list[str] = [
    "volgui.ui.engines_panel",
    "volgui.ui.learn_panel",
    "volgui.ui.history_feature",
    "volgui.ui.inspect_feature",
    "volgui.ui.desktop_feature",
    "volgui.ui.activity",
    "volgui.ui.actions",
    "volgui.ui.backups_panel",
    "volgui.ui.terminal_feature",
    "volgui.ui.logs_feature",
    "volgui.ui.volume_data_feature",
    "volgui.ui.mounting",
]


def install_features(window) -> None:
    for name in FEATURES:
        importlib.import_module(name).install(window)
