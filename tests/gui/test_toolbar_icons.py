"""Disabled toolbar icons look disabled: on the light palette the style's own disabled version of
the black Start/Stop/Pause/Unpause glyphs was a dark grey hard to tell from the enabled ones."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon

from volgui.ui.window.appearance import is_dark

pytestmark = pytest.mark.integration


def ink(icon: QIcon, mode: QIcon.Mode, background: QColor) -> float:
    """How far the icon drawn over ``background`` stands out from it, on average."""
    image = icon.pixmap(QSize(24, 24), mode).toImage()
    total = 0.0
    for x in range(image.width()):
        for y in range(image.height()):
            c = image.pixelColor(x, y)
            a = c.alphaF()
            total += a * (abs(c.red() - background.red()) + abs(c.green() - background.green())
                          + abs(c.blue() - background.blue()))
    return total / (image.width() * image.height())


@pytest.mark.parametrize("verb", ["start", "stop", "pause", "unpause"])
def test_disabled_toolbar_icon_is_faint(qtbot, window, verb):
    assert not is_dark()  # the palette the tests run with is the light one
    action = window.context.features.actions_controller.container_actions[verb]
    button = window.context.toolbar.widgetForAction(action)
    assert button is not None and button.isVisible() and not action.isEnabled()  # nothing selected
    background = button.palette().color(button.backgroundRole())
    normal = ink(action.icon(), QIcon.Mode.Normal, background)
    disabled = ink(action.icon(), QIcon.Mode.Disabled, background)
    assert normal > 0 and disabled < 0.4 * normal, (normal, disabled)
