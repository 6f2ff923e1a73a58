"""The inspector column at the default window size: Mounts and JSON values read whole.

A cell whose text is cut ("Desti…", an elided path or id) hides what a person came to read;
the tables use the width the panel has, and a long value wraps rather than being cut.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest

pytestmark = pytest.mark.integration
LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
MARGIN = 4  # the style's text margin on each side of a cell


@pytest.fixture
def web(docker_api, test_image, prefix):
    """A container with a named volume on a deep path and a long environment value."""
    volume = f"{prefix}my_wall"
    docker_api.create_volume(volume, labels={"volgui.test": "1"})
    host_config = docker_api.create_host_config(
        binds={volume: {"bind": "/usr/share/nginx/html/static", "mode": "rw"}}, network_mode="none")
    c = docker_api.create_container(test_image, ["sleep", "1000"], name=f"{prefix}web",
                                    host_config=host_config,
                                    environment={"GREETING": "hello-from-the-volume-tutorial-" * 2},
                                    labels={"volgui.test": "1"})
    return c["Id"]


def shown_text_is_whole(view, index) -> tuple[bool, str]:
    """Does the cell hold its whole text (on as many lines as it has) in the space it is given?"""
    text = index.data(Qt.ItemDataRole.DisplayRole) or ""
    rect = view.visualRect(index)
    metrics = QFontMetrics(index.data(Qt.ItemDataRole.FontRole) or view.font())
    inner = rect.width() - 2 * MARGIN
    flags = Qt.TextFlag.TextWrapAnywhere if view.wordWrap() else Qt.TextFlag.TextSingleLine
    needed = metrics.boundingRect(QRect(0, 0, inner, 100000), flags, text)
    fits = needed.width() <= inner and needed.height() <= rect.height()
    return fits, f"{text!r}: {needed.width()}×{needed.height()} px in {inner}×{rect.height()}"


def grab(widget, name: str) -> None:
    folder = os.environ.get("VOLGUI_SCREENSHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, f"{name}.png"))


def test_mounts_and_json_values_read_whole_at_the_default_size(qtbot, window, web):
    assert (window.width(), window.height()) == (1280, 800)
    ctx = window.context
    view = ctx.containers_view
    index = lambda: view.proxy.mapFromSource(view.model.index_of(web))  # noqa: E731
    qtbot.waitUntil(lambda: index().isValid(), timeout=10000)
    QTest.mouseClick(view.tree.viewport(), LEFT, NONE, view.tree.visualRect(index()).center())
    panel = ctx.features.inspect_panel
    qtbot.waitUntil(lambda: panel.key == web and panel.state == "shown", timeout=10000)
    ctx.side_tabs.setCurrentWidget(panel)
    mounts = panel.container_view.mounts
    qtbot.waitUntil(lambda: mounts.table_model.rowCount() == 1 and mounts.isVisible(), timeout=10000)
    grab(panel, "inspector-summary")

    model = mounts.table_model
    for column in range(model.columnCount()):
        header = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        width = mounts.horizontalHeader().sectionSize(column)
        header_metrics = QFontMetrics(mounts.horizontalHeader().font())
        assert header_metrics.horizontalAdvance(header) + 2 * MARGIN <= width, header
        ok, why = shown_text_is_whole(mounts, model.index(0, column))
        assert ok, why
    # the table fits the panel: nothing to scroll sideways
    assert not mounts.horizontalScrollBar().isVisible()

    # Raw JSON: every value of the visible top rows reads whole
    tab_bar = panel.tabs.tabBar()
    QTest.mouseClick(tab_bar, LEFT, NONE, tab_bar.tabRect(panel.tabs.indexOf(panel.raw)).center())
    tree = panel.raw.tree
    qtbot.waitUntil(lambda: tree.model().rowCount() > 0 and tree.isVisible(), timeout=10000)
    panel.raw.expand_all()
    grab(panel, "inspector-json")
    model = tree.model()
    checked = 0
    idx = tree.indexAt(tree.viewport().rect().topLeft())
    while idx.isValid() and tree.visualRect(idx).top() < tree.viewport().height():
        value = idx.siblingAtColumn(1)
        if value.data(Qt.ItemDataRole.DisplayRole):
            ok, why = shown_text_is_whole(tree, value)
            assert ok, why
            checked += 1
        idx = tree.indexBelow(idx)
    assert checked > 5


def test_fair_widths_gives_short_columns_their_text_and_shares_the_rest():
    from volgui.ui.features.inspect.widgets import fair_widths

    assert fair_widths([50, 80, 70], 400) == [50, 80, 70]  # everything fits: natural widths
    # "Read-only" (70) and the volume's name (110) fit their share; the path shares what is left
    assert fair_widths([110, 400, 70], 300) == [110, 120, 70]
    assert fair_widths([500, 400], 200) == [100, 100]  # two long ones: half each
    assert fair_widths([500, 400], 50) == [60, 60]  # never narrower than the least width
    assert fair_widths([500, 400], 200, floors=[130, 40]) == [130, 70]  # nor than its header
    assert fair_widths([120, 400, 85], 270, floors=[108, 60, 85]) == [108, 77, 85]  # the rest gives way
