"""Accessibility: text of the painted views for screen readers, every pane by keyboard, shortcuts
for the actions a drag does, and a high-contrast palette.

- ``install_factory`` gives the terminal and the logs view a text interface (see
  ``volgui.ui.views.accessible_text``);
- ``PaneNavigator``: Ctrl+1…9, F6 / Shift+F6, Shift+F10 and the Menu key;
- "Mount a volume…" (what dropping a volume on a container does) and "Back up…" get shortcuts,
  so neither needs a mouse;
- View ▸ High contrast (``ContrastToggle``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from volgui.ui.features.accessibility.contrast import ContrastToggle
from volgui.ui.features.accessibility.panes import PaneNavigator
from volgui.ui.views.accessible_text import install_factory
from volgui.ui.window.context import WindowContext


def _give_shortcut(action: QAction, keys: str) -> None:
    if action.shortcut().isEmpty():
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)


def install(ctx: WindowContext) -> None:
    install_factory()
    ctx.features.panes = PaneNavigator(ctx)
    ctx.features.contrast = ContrastToggle(ctx)
    if ctx.features.mounting is not None:
        _give_shortcut(ctx.features.mounting.mount_action, "Ctrl+Shift+M")
    if ctx.features.volume_data is not None:
        _give_shortcut(ctx.features.volume_data.backup_action, "Ctrl+Shift+B")
