""""Tools image for fast backups…" on the private engine, with real clicks: the person opens it
from the Data menu, picks an image, the direct way then runs tar in it, and the choice is
applied again when the window connects next time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from private_engine import busybox_rootfs_tar
from volgui.app import build_window
from volgui.engine import Engine
from volgui.engine.connection import ConnectionSpec
from volgui.engine.volumes import direct as volume_direct
from volgui.engine.volumes import helpers, listers, tools_image
from volgui.ui.features.volume_data.tools_dialog import WHY, ToolsImageDialog

pytestmark = pytest.mark.integration

TEST_TOOLS = "volgui-test/busybox:latest"


@pytest.fixture
def other_tools(docker_api, prefix, engine_host):
    """A second image with tar, not labelled for volgui: only the person's choice makes it used."""
    name = f"{prefix}mytar:1"
    docker_api.import_image_from_data(busybox_rootfs_tar(), repository=f"{prefix}mytar", tag="1",
                                      changes=["ENV PATH=/bin:/usr/bin"])
    yield name
    engine = Engine.connect(ConnectionSpec(engine_host, "test"))
    try:
        helpers.choose_tools_image(engine, "")
        volume_direct.reconsider(engine)
        listers.forget_lister_image(engine)
    finally:
        engine.close()
    docker_api.remove_image(name)


def open_from_data_menu(qtbot, window) -> ToolsImageDialog:
    feature = window.context.features.volume_data
    menu, action, bar = feature.menu, feature.tools_action, window.menuBar()
    assert menu.objectName() == "volumeDataMenu" and action in menu.actions()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: any(isinstance(d, ToolsImageDialog) and d.isVisible()
                                for d in window.context.features.volume_data.dialogs))
    dialog = next(d for d in window.context.features.volume_data.dialogs if isinstance(d, ToolsImageDialog))
    qtbot.waitUntil(lambda: dialog.images.topLevelItemCount() > 0 and not dialog._busy, timeout=20000)
    return dialog


def click_row(qtbot, dialog, name: str) -> None:
    items = dialog.images.findItems(name, Qt.MatchFlag.MatchExactly, 0)
    assert items, name
    rect = dialog.images.visualItemRect(items[0])
    QTest.mouseClick(dialog.images.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: dialog.selected_image() == name)


# a menu popped up by a click: the offscreen platform cannot raise it or grab the keyboard
@pytest.mark.qt_log_ignore("This plugin does not support raise", "does not support grabbing the keyboard")
def test_the_person_chooses_an_image_and_it_is_used_and_remembered(qtbot, engine_host, docker_api,
                                                                   other_tools, monkeypatch):
    monkeypatch.setattr(helpers, "_chosen_tools", {})
    window = build_window(host=engine_host)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.session.state.connected, timeout=10000)
    dialog = open_from_data_menu(qtbot, window)
    texts = [label.text() for label in dialog.findChildren(type(dialog.status))]
    assert WHY in texts
    assert f"fast way with {TEST_TOOLS} (labelled for volgui)" in dialog.status.text()
    assert dialog.make_button.isEnabled()  # this machine has a static busybox for the engine's CPU
    assert tools_image.TOOLS_IMAGE in dialog.make_note.text()
    assert "docker import" in dialog.command.text()
    sizes = {dialog.images.topLevelItem(i).text(0): dialog.images.topLevelItem(i).text(1)
             for i in range(dialog.images.topLevelItemCount())}
    assert other_tools in sizes and sizes[other_tools].endswith("MB") and helpers.HELPER_IMAGE not in sizes

    click_row(qtbot, dialog, other_tools)
    QTest.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: f"fast way with {other_tools} (your choice)" in dialog.status.text(),
                    timeout=20000)
    engine = Engine.connect(ConnectionSpec(engine_host, "test"))
    try:
        assert volume_direct.find_tar_image(engine)[0] == other_tools  # the direct way runs tar there
    finally:
        engine.close()
    dialog.reject()
    window.close()

    # a new run: the saved choice is applied when the session connects
    helpers.choose_tools_image(engine, "")
    assert helpers.chosen_tools_image(engine) == ""
    again = build_window(host=engine_host)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.session.state.connected, timeout=10000)
    qtbot.waitUntil(lambda: helpers.chosen_tools_image(engine) == other_tools, timeout=10000)
    dialog = open_from_data_menu(qtbot, again)
    assert dialog.selected_image() == other_tools and "(your choice)" in dialog.status.text()
    QTest.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: f"fast way with {TEST_TOOLS}" in dialog.status.text(), timeout=20000)
    assert helpers.chosen_tools_image(engine) == ""
    dialog.reject()
    again.close()
