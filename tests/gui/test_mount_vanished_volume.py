"""A volume removed while the mount dialog is open: OK refuses with a clear message in the dialog,
and the container is left exactly as it was (the engine would have created the volume empty)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from volgui.app import build_window
from volgui.models.base import OBJECT_ROLE
from volgui.models.objects import VOLUME_MIME
from volgui.workers.registry import live_threads

pytestmark = pytest.mark.integration
WAIT = 15000


@pytest.fixture
def window(qtbot, engine_host, docker_api):
    win = build_window(host=engine_host)
    win.resize(1280, 800)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.container_model.loaded, timeout=WAIT)
    yield win
    if win.context.features.mounting.dialog is not None:
        win.context.features.mounting.dialog.close()
    win.close()
    assert live_threads() == []


def row_point(view, key: str) -> QPoint:
    proxy = view.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if getattr(index.data(OBJECT_ROLE), "id", None) == key:
            view.tree.scrollTo(index)
            return view.tree.visualRect(index).center()
    raise AssertionError(f"{key} is not listed")


def drop_volume(view, point: QPoint, name: str) -> None:
    mime = QMimeData()
    mime.setData(VOLUME_MIME, name.encode())
    mime.setText(name)
    viewport = view.tree.viewport()
    actions, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    mods = Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(viewport, QDragEnterEvent(point, actions, mime, buttons, mods))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, actions, mime, buttons, mods))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), actions, mime, buttons, mods))


def test_volume_removed_while_the_dialog_is_open(qtbot, window, docker_api, test_image):
    api = docker_api
    api.create_volume("vgtest-gone-vol")
    cid = api.create_container(test_image, ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"],
                               name="vgtest-gone-web")["Id"]
    api.start(cid)
    try:
        qtbot.waitUntil(lambda: window.container_model.row_of(cid) >= 0
                        and window.volume_model.row_of("vgtest-gone-vol") >= 0, timeout=WAIT)
        before = api.inspect_container(cid)
        view = window.containers_view
        drop_volume(view, row_point(view, cid), "vgtest-gone-vol")
        dialog = window.context.features.mounting.dialog
        qtbot.waitUntil(lambda: dialog.plan is not None and dialog.ok_button.isEnabled(), timeout=WAIT)

        api.remove_volume("vgtest-gone-vol")  # someone else, in a terminal
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        # refused, then the dialog looks again by itself: the message stays in view through that
        qtbot.waitUntil(lambda: dialog.plan is not None and bool(dialog.plan.problems)
                        and dialog._plan_request is None and dialog._run_request is None, timeout=WAIT)
        assert dialog.error.isVisible()
        assert dialog.error.text() == ("The volume vgtest-gone-vol no longer exists: mounting it would "
                                       "create an empty one. Nothing was done: vgtest-gone-web is as it was.")
        assert dialog.isVisible()
        # the new plan names the problem too, and OK stays off
        assert "vgtest-gone-vol does not exist" in dialog.problems.text()
        assert not dialog.ok_button.isEnabled()

        after = api.inspect_container("vgtest-gone-web")
        assert after["Id"] == cid and after["State"]["Running"]
        assert after["State"]["StartedAt"] == before["State"]["StartedAt"]
        assert after["Mounts"] == before["Mounts"]
        assert "vgtest-gone-vol" not in [v["Name"] for v in api.volumes().get("Volumes") or []]
        assert [n for c in api.containers(all=True) for n in c["Names"] if "vgtest-gone" in n] == \
            ["/vgtest-gone-web"]
    finally:
        for c in api.containers(all=True):
            if any("vgtest-gone" in n for n in c["Names"]):
                api.remove_container(c["Id"], force=True)
        if "vgtest-gone-vol" in [v["Name"] for v in api.volumes().get("Volumes") or []]:
            api.remove_volume("vgtest-gone-vol")
