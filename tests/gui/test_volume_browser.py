"""The volume browser lists, previews, downloads and uploads on the private engine."""

from __future__ import annotations

import io
import tarfile

import pytest
from layout_check import cut_cells
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from volgui.engine.volumes import entries as volume_entries
from volgui.engine.volumes import helpers
from volgui.engine.volumes.streaming import TransferProgress
from volgui.models.volume_files import FileTableModel
from volgui.ui.features.volume_data.browser import VolumeBrowserDialog, progress_text

pytestmark = pytest.mark.integration

ODD = "spaced name é.txt"


def fill(api, volume: str) -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        def add(name, data=None, kind=tarfile.REGTYPE, link="", uid=0, mode=0o644):
            info = tarfile.TarInfo(name)
            info.type, info.linkname, info.uid, info.gid, info.mode = kind, link, uid, uid, mode
            info.mtime = 1_700_000_000
            if data is not None:
                info.size = len(data)
            tar.addfile(info, io.BytesIO(data) if data is not None else None)

        add("conf", kind=tarfile.DIRTYPE, uid=999, mode=0o750)
        add("conf/app.ini", b"[main]\nkey = value\n", uid=999)
        add("conf/latest", kind=tarfile.SYMTYPE, link="app.ini")
        add(ODD, "héllo\n".encode())
        add("blob.bin", bytes(range(256)) * 4096)
        add("big.log", b"line\n" * 100_000)
    cid = api.create_container(helpers.HELPER_IMAGE, ["x"], labels={"volgui.test": "1"},
                               host_config=api.create_host_config(binds={volume: {"bind": "/volume"}}))
    try:
        api.put_archive(cid, "/volume", buf.getvalue())
    finally:
        api.remove_container(cid)


@pytest.fixture
def browser(qtbot, window, docker_api, prefix):
    name = f"{prefix}browse"
    docker_api.create_volume(name)
    from volgui.engine import Engine
    from volgui.engine.connection import ConnectionSpec

    engine = Engine.connect(ConnectionSpec(window.session.spec.host, "test"))
    helpers.ensure_helper_image(engine)
    engine.close()
    fill(docker_api, name)
    dialog = VolumeBrowserDialog(window.session, name, window)
    qtbot.addWidget(dialog)
    dialog.show()
    b = dialog.browser
    qtbot.waitUntil(lambda: b.path in b.cache and not b.jobs, timeout=10000)
    yield b
    dialog.close()
    assert docker_api.containers(all=True, filters={"label": helpers.HELPER_LABEL}) == []


def names(b) -> list[str]:
    return [b.proxy.index(r, 0).data() for r in range(b.proxy.rowCount())]


def test_lists_folders_first_with_details(qtbot, browser, qtmodeltester):
    qtmodeltester.check(browser.model)
    assert names(browser) == ["conf", "big.log", "blob.bin", ODD]
    model = browser.model
    row = [e.name for e in model.entries].index("conf")
    assert model.index(row, FileTableModel.OWNER).data() == "999:999"
    assert model.index(row, FileTableModel.MODE).data() == "drwxr-x---"
    assert model.index(row, FileTableModel.TYPE).data() == "Folder"
    browser.navigate("conf")  # from the cache: no request
    assert not browser.jobs
    assert names(browser) == ["app.ini", "latest → app.ini"]
    tree_paths = set(browser._tree_items)
    assert {"", "conf"} <= tree_paths
    browser.go_up()
    assert browser.path == "" and "ls -la" in browser.command.text()


def test_every_column_shows_its_text_at_the_default_size(qtbot, browser):
    """Type, size, owner, mode and modified time are whole at the dialog's default size; the name
    takes the room that is left."""
    browser.navigate("conf")
    assert names(browser) == ["app.ini", "latest → app.ini"]
    assert cut_cells(browser.table) == []
    browser.go_up()
    assert cut_cells(browser.table) == []


def test_preview_text_binary_and_capped(qtbot, browser):
    browser.select_names([ODD])
    qtbot.waitUntil(lambda: "héllo" in browser.preview.toPlainText(), timeout=10000)
    assert "head -c" in browser.command.text()
    browser.select_names(["blob.bin"])
    qtbot.waitUntil(lambda: "Binary file" in browser.preview.toPlainText(), timeout=10000)
    browser.PREVIEW_LIMIT = 1000
    browser.select_names(["big.log"])
    qtbot.waitUntil(lambda: "first 1.0 kB of 500.0 kB" in browser.preview.toPlainText(), timeout=10000)
    assert browser.preview.toPlainText().startswith("line\nline\n")


def test_download_upload_drop_mkdir_delete(qtbot, browser, tmp_path, monkeypatch):
    dest = tmp_path / "dl"
    dest.mkdir()
    browser.select_names(["conf", ODD])
    with qtbot.waitSignal(browser.job_finished, timeout=10000) as sig:
        browser.download(browser.selected_entries(), str(dest))
    assert sig.args[0] == "download"
    assert (dest / ODD).read_text() == "héllo\n"
    assert (dest / "conf" / "app.ini").read_text() == "[main]\nkey = value\n"
    assert (dest / "conf" / "latest").is_symlink()

    src = tmp_path / "src"
    (src / "folder" / "inner").mkdir(parents=True)
    (src / "folder" / "inner" / "x.txt").write_text("x\n")
    (src / "upload me.txt").write_text("up\n")
    browser.navigate("conf")
    with qtbot.waitSignal(browser.listed, timeout=10000):
        with qtbot.waitSignal(browser.job_finished, timeout=10000):
            browser.upload([str(src / "upload me.txt")])
    assert "upload me.txt" in names(browser)
    entry = next(e for e in browser.model.entries if e.name == "upload me.txt")
    assert entry.uid == 999  # the folder's owner

    # a drop from the desktop's file manager uploads too
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(src / "folder"))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(browser.listed, timeout=10000):
        browser.dropEvent(event)
    assert "folder" in names(browser)
    browser.navigate("conf/folder/inner")
    qtbot.waitUntil(lambda: names(browser) == ["x.txt"], timeout=10000)

    browser.navigate("")
    qtbot.waitUntil(lambda: "" in browser.cache, timeout=10000)
    with qtbot.waitSignal(browser.listed, timeout=10000):
        browser.make_dir("new folder")
    assert "new folder" in names(browser)

    asked = []
    monkeypatch.setattr(browser, "_ask", lambda title, text: asked.append(text) or True)
    browser.select_names(["conf", "blob.bin"])
    with qtbot.waitSignal(browser.listed, timeout=10000):
        browser.ask_delete()
    assert "/conf  (folder with 6 items" in asked[0] and "/blob.bin  (file, 1.0 MB)" in asked[0]
    assert names(browser) == ["new folder", "big.log", ODD]


def test_cancelled_download_leaves_nothing(qtbot, browser, tmp_path):
    dest = tmp_path / "dl"
    dest.mkdir()
    browser.select_names(["big.log", "blob.bin"])
    job = browser.download(browser.selected_entries(), str(dest))
    job.cancel()
    qtbot.waitUntil(lambda: not browser.jobs, timeout=10000)
    assert "Cancelled" in browser.status.text() or sorted(p.name for p in dest.iterdir()) == \
        ["big.log", "blob.bin"]
    assert all(not p.name.startswith(".volgui") for p in dest.iterdir())


def test_progress_text():
    p = TransferProgress(done=50_000_000, total=200_000_000, elapsed=2.0)
    assert progress_text(p) == "50.0 MB of 200.0 MB · 25.0 MB/s · about 6 s left"
    assert progress_text(TransferProgress(1000, None, 0.1)) == "1.0 kB"
    assert volume_entries.mode_string("file", 0o2755) == "-rwxr-sr-x"


def test_big_volume_is_listed_folder_by_folder(qtbot, browser):
    browser.lister.budget = 100_000  # blob.bin (1 MB) passes it: a running helper lists from now on
    with qtbot.waitSignal(browser.listed, timeout=15000):
        browser.refresh()
    assert browser.lister.lister is not None
    assert names(browser) == ["conf", "big.log", "blob.bin", ODD]
    assert "conf" not in browser.cache  # nothing below was read
    with qtbot.waitSignal(browser.listed, timeout=10000):
        browser.navigate("conf")
    assert names(browser) == ["app.ini", "latest → app.ini"]
    assert browser.dir_entries["conf"].uid == 999


def test_numbered_names_sort_by_their_numbers_both_ways(qtbot, browser, docker_api):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name in ("parts/", "parts/part-10.txt", "parts/Part-2.txt", "parts/part-1.txt", "parts/notes",
                     "parts/disc 9", "parts/disc 10"):
            info = tarfile.TarInfo(name.rstrip("/"))
            if name.endswith("/") or name.startswith("parts/disc"):
                info.type, info.mode = tarfile.DIRTYPE, 0o755
            tar.addfile(info, io.BytesIO(b""))
    cid = docker_api.create_container(helpers.HELPER_IMAGE, ["x"], labels={"volgui.test": "1"},
                                      host_config=docker_api.create_host_config(
                                          binds={browser.volume: {"bind": "/volume"}}))
    try:
        docker_api.put_archive(cid, "/volume", buf.getvalue())
    finally:
        docker_api.remove_container(cid)
    with qtbot.waitSignal(browser.listed, timeout=15000):
        browser.refresh()
    with qtbot.waitSignal(browser.listed, timeout=15000):
        browser.navigate("parts")
    natural = ["disc 9", "disc 10", "notes", "part-1.txt", "Part-2.txt", "part-10.txt"]
    assert names(browser) == natural  # folders first, then numbers by their value
    parts = browser._tree_items["parts"]
    assert [parts.child(r).text() for r in range(parts.rowCount())] == ["disc 9", "disc 10"]  # the tree too
    header = browser.table.header()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 20, header.height() // 2))
    assert names(browser) == ["part-10.txt", "Part-2.txt", "part-1.txt", "notes", "disc 10", "disc 9"]
