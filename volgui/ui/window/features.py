"""Features add themselves to the main window here, so they need not edit main_window.py.

Each entry names a module with ``install(ctx: WindowContext) -> None`` (see
``volgui.ui.window.context``). ``install`` may add actions to ``ctx.toolbar`` / menus, tabs to
``ctx.bottom_tabs`` or ``ctx.side_tabs``, connect to ``ctx.session`` and ``ctx.selection``, and
publishes what other features use in its field of ``ctx.features``. Order matters for toolbar order,
and a feature reads at install time only the fields of features listed before it.
"""

from __future__ import annotations

import importlib

from volgui.ui.window.context import WindowContext

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
    "volgui.ui.features.container_files.feature",
    "volgui.ui.features.volume_data.feature",
    "volgui.ui.features.mounting.feature",
    "volgui.ui.features.snapshots.feature",
    "volgui.ui.features.compose.feature",
    "volgui.ui.features.shells.feature",
    "volgui.ui.features.swarm.feature",
    "volgui.ui.features.images.feature",
    "volgui.ui.features.notifications.feature",
    "volgui.ui.features.accessibility.feature",
]


def install_features(ctx: WindowContext) -> None:
    for name in FEATURES:
        importlib.import_module(name).install(ctx)
