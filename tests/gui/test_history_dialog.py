"""The app records volume use from what it sees, keeps it after removal and across restarts."""

import pytest

from volgui.app import build_window
from volgui.ui.features.history.feature import VolumeHistoryDialog

pytestmark = pytest.mark.integration


def open_window(qtbot, host):
    window = build_window(host=host)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.state.connected, timeout=10000)
    return window


def history_rows(qtbot, window, volume):
    dialog = VolumeHistoryDialog(window.context.features.history, volume, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.summary.text() != "Loading…", timeout=10000)
    rows = [[dialog.tree.topLevelItem(i).text(c) for c in range(6)]
            for i in range(dialog.tree.topLevelItemCount())]
    return dialog.summary.text(), rows


def test_history_survives_container_removal_and_restart(qtbot, engine_host, docker_api, test_image, prefix):
    vol = f"{prefix}site"
    docker_api.create_volume(vol)
    window = open_window(qtbot, engine_host)
    c = docker_api.create_container(test_image, "sleep 300", name=f"{prefix}web",
                                    host_config=docker_api.create_host_config(
                                        binds=[f"{vol}:/usr/share/nginx/html:ro"]))
    docker_api.start(c)
    qtbot.waitUntil(lambda: window.container_model.row_of(c["Id"]) >= 0, timeout=10000)
    seen = window.context.features.history.recorded
    qtbot.waitUntil(lambda: window.context.features.history.recorded > seen, timeout=10000)
    summary, rows = history_rows(qtbot, window, vol)
    assert rows == [[f"{prefix}web", "/usr/share/nginx/html", "read-only", rows[0][3], rows[0][4], "in use"]]

    docker_api.remove_container(c["Id"], force=True)
    qtbot.waitUntil(lambda: window.container_model.row_of(c["Id"]) < 0, timeout=10000)
    seen = window.context.features.history.recorded
    qtbot.waitUntil(lambda: window.context.features.history.recorded > seen, timeout=10000)
    window.close()

    # a new start of the app still knows
    window2 = open_window(qtbot, engine_host)
    summary, rows = history_rows(qtbot, window2, vol)
    assert len(rows) == 1 and rows[0][0] == f"{prefix}web" and rows[0][5].startswith("removed")
    assert f"used by {prefix}web at /usr/share/nginx/html" in summary
    window2.close()
