"""Colour is never the only sign: a linked row has a bar at its left edge and a description a
screen reader says; View ▸ High contrast switches the whole application's palette and back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tests.gui.walk import every_dialog, every_tab
from tests.layout_check import layout_problems
from volgui.ui.features.accessibility.contrast import high_contrast_palette

pytestmark = pytest.mark.integration
WAIT = 15000


def contrast_ratio(a, b) -> float:
    def lum(c):
        def ch(v):
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_high_contrast_palette_reads_at_7_to_1_or_more():
    pal = high_contrast_palette()
    pairs = [(QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
             (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
             (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
             (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
             (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base)]
    for fg, bg in pairs:
        assert contrast_ratio(pal.color(fg), pal.color(bg)) >= 7, (fg, bg)  # WCAG AAA


def test_status_dots_differ_in_shape_not_only_in_colour(qtbot):
    """A volume's dot: filled (a running container uses it), a ring around a dot (stopped ones
    only), a ring (unused). Told apart in one colour, by pixels inside the ring."""
    from PySide6.QtGui import QColor

    from volgui.models.base import dot_icon

    grey = QColor("#808080")
    shapes = set()
    for kw in ({}, {"centre": True}, {"hollow": True}):
        image = dot_icon(grey, **kw).pixmap(16, 16).toImage()
        shapes.add(tuple(image.pixelColor(x, 8).alpha() > 128 for x in (5, 6, 8)))
    assert len(shapes) == 3, shapes


def test_linked_rows_have_a_mark_and_a_description(qtbot, window, docker_api, test_image, prefix):
    volume = f"{prefix}linked"
    docker_api.create_volume(volume, labels={"volgui.test": "1"})
    cid = docker_api.create_container(test_image, ["sleep", "3600"], name=f"{prefix}user",
                                      labels={"volgui.test": "1"},
                                      host_config=docker_api.create_host_config(binds=[f"{volume}:/data"]))["Id"]
    qtbot.waitUntil(lambda: window.container_model.row_of(cid) >= 0
                    and window.volume_model.row_of(volume) >= 0, timeout=WAIT)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.selection.select_volume(volume) or
                    bool(window.selection.selected_volumes()), timeout=WAIT)
    view = window.containers_view
    qtbot.waitUntil(lambda: cid in window.container_model.related(), timeout=WAIT)
    index = view.proxy.mapFromSource(window.container_model.index_of(cid))
    assert index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    view.tree.setFocus()  # not current: the bar is not the focus frame
    cell = view.tree.visualRect(index)
    image = view.tree.viewport().grab().toImage()
    text = view.tree.palette().color(QPalette.ColorRole.Text)
    bar = image.pixelColor(1, cell.center().y())
    assert bar == text, f"no mark at the left edge of the linked row ({bar.name()} is not {text.name()})"


def test_high_contrast_is_kept_and_undone(qtbot, window):
    app = QApplication.instance()
    before = app.palette().color(QPalette.ColorRole.Window)
    toggle = window.context.features.contrast
    toggle.action.setChecked(True)
    window_role = QPalette.ColorRole.Window
    assert app.palette().color(window_role) == high_contrast_palette().color(window_role)
    assert window.settings.value("appearance/highContrast") in (True, "true")
    toggle.action.setChecked(False)
    assert app.palette().color(QPalette.ColorRole.Window) == before and not app.styleSheet()


def test_every_dialog_reads_in_high_contrast(qtbot, window, objects):
    """The style sheet that outlines boxes and fields changes sizes: the layout check again."""
    window.resize(1280, 800)
    toggle = window.context.features.contrast
    toggle.action.setChecked(True)
    try:
        problems = []
        for tab in every_tab(window):
            problems += [f"main window, {tab}: {p}" for p in layout_problems(window)]
        for name, dialog in every_dialog(qtbot, window, objects):
            problems += [f"{name}: {p}" for p in layout_problems(dialog)]
    finally:
        toggle.action.setChecked(False)
    assert problems == [], "in high contrast:\n" + "\n".join(sorted(set(problems)))
