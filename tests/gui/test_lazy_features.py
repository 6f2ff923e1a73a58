"""Features whose heavy parts load on first use (start-up time): the window starts without them,
and a person's first click still opens them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.integration

LOADED_AT_START = """
import json, sys
from volgui.app import build_window, create_application
app = create_application([sys.argv[0]])
window = build_window(host=sys.argv[1])
window.show()
app.processEvents()
print(json.dumps(sorted(sys.modules)))
window.close()
"""

LAZY = ("pyte", "volgui.terminal.emulator", "volgui.ui.features.terminal.tab",
        "volgui.ui.features.volume_data.browser", "volgui.ui.dialogs.file_browser.browser",
        "volgui.ui.features.container_files.browser", "volgui.ui.features.volume_data.transfer_dialogs",
        "volgui.ui.features.volume_data.tools_dialog", "volgui.ui.features.images.transfer_dialog",
        "volgui.ui.features.images.archive_dialogs", "volgui.ui.features.images.disk_use",
        "volgui.engine.images.auth", "yaml",
        "volgui.ui.features.compose.save_dialog", "volgui.ui.features.compose.project_dialogs")


def test_the_window_starts_without_the_lazy_parts(engine_host, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VOLGUI_CONFIG_DIR=str(tmp_path / "config"))
    out = subprocess.run([sys.executable, "-c", LOADED_AT_START, engine_host], capture_output=True,
                         text=True, env=env, timeout=120, check=True).stdout
    loaded = set(json.loads(out.splitlines()[-1]))
    assert "volgui.ui.features.terminal.feature" in loaded  # the feature is there, its actions too
    assert loaded.isdisjoint(LAZY), sorted(loaded & set(LAZY))


def click_row(qtbot, view, key) -> None:
    """Click a row of a view as a person would."""
    qtbot.waitUntil(lambda: view.model.row_of(key) >= 0, timeout=10000)
    index = view.proxy.mapFromSource(view.model.index_of(key))
    view.tree.scrollTo(index)
    rect = view.tree.visualRect(index)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_terminal_opens_from_the_toolbar_on_first_use(qtbot, window, docker_api, test_image, prefix):
    c = docker_api.create_container(test_image, ["sleep", "3600"], name=f"{prefix}lazy-term",
                                    labels={"volgui.test": "1"})
    docker_api.start(c["Id"])
    qtbot.waitUntil(lambda: (o := window.container_model.object(c["Id"])) is not None and o.running,
                    timeout=10000)
    click_row(qtbot, window.containers_view, c["Id"])
    feature = window.context.features.terminal_feature
    qtbot.waitUntil(feature.open_action.isEnabled, timeout=5000)
    qtbot.mouseClick(window.toolbar.widgetForAction(feature.open_action), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(feature.tabs) == 1 and feature.tabs[0].state == "running", timeout=15000)
    assert window.bottom_tabs.currentWidget() is feature.tabs[0]
    window.bottom_tabs.tabCloseRequested.emit(window.bottom_tabs.currentIndex())  # the tab's ×
    assert feature.tabs == []


def test_the_volume_browser_opens_from_the_toolbar_on_first_use(qtbot, window, docker_api, prefix):
    name = f"{prefix}lazy-vol"
    docker_api.create_volume(name, labels={"volgui.test": "1"})
    window.object_tabs.setCurrentWidget(window.volumes_view)
    click_row(qtbot, window.volumes_view, name)
    feature = window.context.features.volume_data
    qtbot.waitUntil(feature.browse_action.isEnabled, timeout=5000)
    qtbot.mouseClick(window.toolbar.widgetForAction(feature.browse_action), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(feature.dialogs) == 1 and feature.dialogs[0].isVisible(), timeout=10000)
    dialog = feature.dialogs[0]
    assert type(dialog).__name__ == "VolumeBrowserDialog" and name in dialog.windowTitle()
    dialog.reject()
    qtbot.waitUntil(lambda: feature.dialogs == [], timeout=10000)
    QApplication.processEvents()
