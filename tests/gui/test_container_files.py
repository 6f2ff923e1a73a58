"""The "Files" tab of a container, driven by clicks on the real window and the private engine: the
write layer marked, preview, upload by a drop, download by a drag out, new folder, delete, and
"Move to a volume…"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog

from volgui.engine import Engine
from volgui.engine.connection import ConnectionSpec
from volgui.engine.containers import files as cf
from volgui.models.container_files import ContainerFileTableModel
from volgui.models.volume_files import ENTRY_ROLE

pytestmark = pytest.mark.integration

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
SCRIPT = ("[ -e /ready ] || { mkdir -p /srv/site && echo '<h1>hï</h1>' > '/srv/site/index page.html' && "
          "echo extra >> /etc/group && rm /etc/passwd && touch /ready; } && exec sleep 300")


@pytest.fixture
def container(docker_api, test_image, prefix):
    docker_api.create_volume(f"{prefix}files-data")
    cid = docker_api.create_container(
        test_image, ["sh", "-c", SCRIPT], name=f"{prefix}files", labels={"volgui.test": "1"},
        stop_signal="SIGKILL",
        host_config=docker_api.create_host_config(binds={f"{prefix}files-data": {"bind": "/data"}}))["Id"]
    docker_api.start(cid)
    return cid


def wait_ready(qtbot, window, container) -> None:
    """The container's script has made its files."""
    engine = Engine.connect(ConnectionSpec(window.session.spec.host, "test"))
    try:
        qtbot.waitUntil(lambda: cf.exists(engine, container, "ready"), timeout=30000)
    finally:
        engine.close()


def click_row(qtbot, view, key) -> None:
    qtbot.waitUntil(lambda: view.model.row_of(key) >= 0, timeout=10000)
    index = view.proxy.mapFromSource(view.model.index_of(key))
    view.tree.scrollTo(index)
    qtbot.mouseClick(view.tree.viewport(), LEFT, pos=view.tree.visualRect(index).center())


def click_tab(window, widget) -> None:
    bar = window.bottom_tabs.tabBar()
    QTest.mouseClick(bar, LEFT, NONE, bar.tabRect(window.bottom_tabs.indexOf(widget)).center())


def row_of(browser, name: str):
    for row in range(browser.proxy.rowCount()):
        index = browser.proxy.index(row, 0)
        if index.data(ENTRY_ROLE).name == name:
            return index
    return None


def click_file(qtbot, browser, name: str) -> None:
    qtbot.waitUntil(lambda: row_of(browser, name) is not None, timeout=20000)
    index = row_of(browser, name)
    browser.table.scrollTo(index)
    qtbot.mouseClick(browser.table.viewport(), LEFT, pos=browser.table.visualRect(index).center())


def double_click_file(qtbot, browser, name: str) -> None:
    click_file(qtbot, browser, name)
    index = row_of(browser, name)
    qtbot.mouseDClick(browser.table.viewport(), LEFT, pos=browser.table.visualRect(index).center())
    qtbot.waitUntil(lambda: browser.path.endswith(name), timeout=10000)


def cell(browser, name: str, column: int) -> str:
    index = row_of(browser, name)
    return browser.proxy.index(index.row(), column).data() or ""


def click_action(qtbot, browser, action) -> None:
    qtbot.mouseClick(browser.toolbar.widgetForAction(action), LEFT)


def open_files_tab(qtbot, window, container):
    feature = window.context.features.container_files
    click_row(qtbot, window.containers_view, container)
    click_tab(window, feature.tab)
    qtbot.waitUntil(lambda: feature.browser is not None, timeout=10000)
    browser = feature.browser
    qtbot.waitUntil(lambda: browser.marks is not None and row_of(browser, "srv") is not None, timeout=30000)
    return feature, browser


def test_files_tab_marks_the_write_layer(qtbot, window, container, prefix, qtmodeltester):
    wait_ready(qtbot, window, container)
    _feature, browser = open_files_tab(qtbot, window, container)
    assert browser.isVisible() and browser.legend.isVisible()
    assert "Write layer:" in browser.legend.text()
    qtmodeltester.check(browser.model)
    m = ContainerFileTableModel
    assert cell(browser, "srv", m.STORED) == "write layer · added"
    assert cell(browser, "data", m.STORED) == f"volume {prefix}files-data"
    assert cell(browser, "bin", m.STORED) == "image"
    assert browser.table.isColumnHidden(m.TYPE)
    assert browser.command.text() == f"docker cp {prefix}files:/ - | tar -tvf -"

    double_click_file(qtbot, browser, "etc")
    qtbot.waitUntil(lambda: row_of(browser, "passwd") is not None, timeout=10000)
    assert cell(browser, "passwd", m.STORED) == "write layer · deleted"  # listed although gone: struck out
    assert cell(browser, "group", m.STORED) == "write layer · changed"
    assert cell(browser, "hosts", m.STORED) == "docker"
    name_cell = browser.proxy.index(row_of(browser, "passwd").row(), m.NAME)
    assert name_cell.data(Qt.ItemDataRole.FontRole).strikeOut()

    # "Move to a volume…" only for a folder of the write layer
    browser.navigate("")
    click_file(qtbot, browser, "bin")
    assert not browser.move_action.isEnabled()
    click_file(qtbot, browser, "srv")
    assert browser.move_action.isEnabled()


def test_upload_preview_download_drag_mkdir_delete(qtbot, window, container, tmp_path, monkeypatch):
    _feature, browser = open_files_tab(qtbot, window, container)
    double_click_file(qtbot, browser, "tmp")
    monkeypatch.setattr(browser, "_ask", lambda *a: True)

    # a drop from the desktop's file manager uploads into the folder shown
    src = tmp_path / "spaced näme ✓.txt"
    src.write_text("héllo from the desktop\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(src))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, LEFT, NONE)
    with qtbot.waitSignal(browser.job_finished, timeout=20000):
        browser.dropEvent(event)
    click_file(qtbot, browser, src.name)
    qtbot.waitUntil(lambda: "héllo" in browser.preview.toPlainText(), timeout=10000)
    qtbot.waitUntil(lambda: cell(browser, src.name, ContainerFileTableModel.STORED) == "write layer · added",
                    timeout=10000)  # the marks are read again after a change
    click_file(qtbot, browser, src.name)

    # dragging it out: the drop target gets the file, downloaded meanwhile
    data = browser.drag_data()
    urls = data.urls()
    assert [u.toLocalFile().rsplit("/", 1)[-1] for u in urls] == [src.name]
    with open(urls[0].toLocalFile(), encoding="utf-8") as fh:
        assert fh.read() == "héllo from the desktop\n"
    qtbot.waitUntil(lambda: browser._transfer_job is None, timeout=10000)

    # new folder, then delete both
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("new földer", True))
    click_action(qtbot, browser, browser.mkdir_action)
    qtbot.waitUntil(lambda: row_of(browser, "new földer") is not None, timeout=10000)
    browser.select_names([src.name, "new földer"])
    click_action(qtbot, browser, browser.delete_action)
    qtbot.waitUntil(lambda: row_of(browser, "new földer") is None and row_of(browser, src.name) is None,
                    timeout=10000)
    browser.shutdown()
    QApplication.processEvents()


def test_files_of_a_stopped_container_and_move_to_a_volume(qtbot, window, container, docker_api, prefix,
                                                           monkeypatch):
    wait_ready(qtbot, window, container)
    docker_api.stop(container, timeout=0)
    qtbot.waitUntil(lambda: (o := window.container_model.object(container)) is not None and not o.running,
                    timeout=10000)
    _feature, browser = open_files_tab(qtbot, window, container)
    click_file(qtbot, browser, "srv")
    monkeypatch.setattr(browser, "_ask", lambda *a: True)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (f"{prefix}site", True))
    with qtbot.waitSignal(browser.recreated, timeout=60000) as moved:
        click_action(qtbot, browser, browser.move_action)
    new_id = moved.args[0]
    assert new_id != container and browser.source.target == new_id
    mounts = {m["Destination"]: m["Name"] for m in docker_api.inspect_container(new_id)["Mounts"]}
    assert mounts["/srv"] == f"{prefix}site"
    qtbot.waitUntil(lambda: browser.marks is not None and browser.marks.mount_at("srv") is not None,
                    timeout=20000)
    qtbot.waitUntil(lambda: row_of(browser, "srv") is not None, timeout=20000)
    assert cell(browser, "srv", ContainerFileTableModel.STORED) == f"volume {prefix}site"
    double_click_file(qtbot, browser, "srv")
    double_click_file(qtbot, browser, "site")
    click_file(qtbot, browser, "index page.html")
    qtbot.waitUntil(lambda: "<h1>hï</h1>" in browser.preview.toPlainText(), timeout=10000)


def test_the_tab_lets_go_of_a_removed_container(qtbot, window, container, docker_api, prefix):
    feature = window.context.features.container_files
    click_row(qtbot, window.containers_view, container)
    assert feature.browse_action in window.containers_view.context_actions
    assert feature.browse_action.isEnabled()
    feature.browse_action.trigger()  # "Browse files" from the Container menu or the row's menu
    qtbot.waitUntil(lambda: feature.browser is not None and feature.browser.isVisible(), timeout=10000)
    docker_api.remove_container(container, force=True)
    qtbot.waitUntil(lambda: feature.browser is None and feature.placeholder.isVisible(), timeout=20000)
    assert f"{prefix}files was removed" in feature.placeholder.text()
