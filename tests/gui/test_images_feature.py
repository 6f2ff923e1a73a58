"""The Image menu and the images view's actions, driven by clicks and keys on the real window:
remove (refused while used, or with its containers), prune, tag, history, pull and push with
progress against a loopback registry (and cancel), save and load, and what takes space."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog
from registry import LoopbackRegistry, random_layer_tar, remove_images

from volgui.models.activity import CANCELLED, OK

pytestmark = pytest.mark.integration
WAIT = 20000
REPO = "vgtest-img/gui"
# a menu popped up by a click: the offscreen platform cannot raise it or grab the keyboard
menus = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def images(window, docker_api):
    yield window.context.features.images
    remove_images(docker_api, ("vgtest-img", "127.0.0.1:"))


@pytest.fixture(scope="module")
def registry():
    reg = LoopbackRegistry()
    yield reg
    reg.stop()


def make_image(api, tag: str, size: int = 4096, repo: str = REPO) -> str:
    api.import_image_from_data(random_layer_tar(size), repository=repo, tag=tag)
    return api.inspect_image(f"{repo}:{tag}")["Id"]


def click_image(qtbot, window, image_id: str) -> None:
    view = window.images_view
    window.object_tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.model.row_of(image_id) >= 0, timeout=WAIT)
    index = view.proxy.mapFromSource(view.model.index_of(image_id))
    view.tree.scrollTo(index)
    pos = view.tree.visualRect(index).center()
    QTest.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: [i.id for i in window.selection.selected_images()] == [image_id], timeout=WAIT)


def from_menu(qtbot, window, images, key: str) -> QDialog:
    """Image menu ▸ the action, clicked; returns the dialog it opened."""
    menu, action, bar = images.menu, images.actions[key], window.menuBar()
    qtbot.waitUntil(action.isEnabled, timeout=WAIT)
    before = images.dialog
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: images.dialog is not None and images.dialog is not before
                    and images.dialog.isVisible(), timeout=WAIT)
    return images.dialog


def click(qtbot, button) -> None:
    """A click where a person clicks: a check box on its box, a button in its middle."""
    qtbot.waitUntil(button.isEnabled, timeout=WAIT)
    pos = QPoint(8, button.height() // 2) if isinstance(button, QCheckBox) else button.rect().center()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)


@menus
def test_the_image_menu_lists_every_action(window, images):
    texts = [a.text().replace("&", "") for a in images.menu.actions() if not a.isSeparator()]
    assert texts == ["Inspect", "Run this image…", "Pull image…", "Push…", "Tag…", "History",
                     "Save to file…", "Load from file…", "Remove image…", "Prune unused images…",
                     "What takes space…"]


def test_remove_names_the_container_and_removes_it_too_when_asked(qtbot, window, images, docker_api, prefix):
    image_id = make_image(docker_api, "used")
    c = docker_api.create_container(f"{REPO}:used", ["x"], name=f"{prefix}img-gui-user")
    click_image(qtbot, window, image_id)
    QTest.keyClick(window.images_view.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: images.dialog is not None and images.dialog.preview is not None, timeout=WAIT)
    dialog = images.dialog
    assert dialog.users.topLevelItem(0).text(0) == f"{prefix}img-gui-user"
    assert not dialog.ok_button.isEnabled()  # refused while used
    assert dialog.command_box.text() == f"docker image rm {REPO}:used"
    click(qtbot, dialog.also_containers)
    assert dialog.command_box.text() == f"docker rm {prefix}img-gui-user && docker image rm {REPO}:used"
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: window.image_model.row_of(image_id) < 0, timeout=WAIT)
    assert not docker_api.containers(all=True, filters={"id": c["Id"]})


@menus
def test_prune_lists_the_dangling_images_with_sizes_and_removes_them(qtbot, window, images, docker_api):
    docker_api.import_image_from_data(random_layer_tar(30000))
    dangling = docker_api.images(filters={"dangling": True})[0]["Id"]
    kept = make_image(docker_api, "kept")
    qtbot.waitUntil(lambda: window.image_model.row_of(kept) >= 0, timeout=WAIT)
    dialog = from_menu(qtbot, window, images, "prune")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT)
    rows = [dialog.list.topLevelItem(i).text(0) for i in range(dialog.list.topLevelItemCount())]
    assert dangling.removeprefix("sha256:")[:12] in rows and f"{REPO}:kept" not in rows
    assert "up to" in dialog.total.text()
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: window.image_model.row_of(dangling) < 0, timeout=WAIT)
    assert window.image_model.row_of(kept) >= 0


@menus
def test_tag_and_history(qtbot, window, images, docker_api):
    image_id = make_image(docker_api, "src")
    click_image(qtbot, window, image_id)
    dialog = from_menu(qtbot, window, images, "tag")
    QTest.keyClicks(dialog.target, "Bad Name")
    assert not dialog.ok_button.isEnabled() and dialog.problem.text()
    dialog.target.clear()
    QTest.keyClicks(dialog.target, f"{REPO}:copy")
    assert dialog.command_box.text() == f"docker image tag {REPO}:src {REPO}:copy"
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: bool(docker_api.images(name=f"{REPO}:copy")), timeout=WAIT)

    click_image(qtbot, window, image_id)
    history = from_menu(qtbot, window, images, "history")
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=WAIT)
    assert "1 step" in history.summary.text()
    assert history.command.text().startswith("docker image history --no-trunc")
    history.reject()


@menus
def test_push_then_pull_back_with_layer_progress(qtbot, window, images, docker_api, registry):
    ref = f"{registry.host}/vgtest/gui:v1"
    image_id = make_image(docker_api, "v1", 256 * 1024, repo=f"{registry.host}/vgtest/gui")
    click_image(qtbot, window, image_id)
    push = from_menu(qtbot, window, images, "push")
    assert push.tag_combo.currentText() == ref
    qtbot.waitUntil(lambda: "No credentials" in push.credentials.text(), timeout=WAIT)
    assert push.command.text() == f"docker image push {ref}"
    click(qtbot, push.start_button)
    qtbot.waitUntil(lambda: push.result_value is not None or push.error is not None, timeout=60000)
    assert push.error is None, push.error.message
    assert push.layers.rowCount() == 1 and "Pushed" in push.status.text()
    QTest.mouseClick(push.cancel_button, Qt.MouseButton.LeftButton)  # now "Close"
    docker_api.remove_image(ref)
    qtbot.waitUntil(lambda: window.image_model.row_of(image_id) < 0, timeout=WAIT)

    pull = from_menu(qtbot, window, images, "pull")
    QTest.keyClicks(pull.reference_edit, ref)
    assert pull.command.text() == f"docker image pull {ref}"
    click(qtbot, pull.start_button)
    qtbot.waitUntil(lambda: pull.result_value is not None or pull.error is not None, timeout=60000)
    assert pull.error is None, pull.error.message
    qtbot.waitUntil(lambda: window.image_model.row_of(image_id) >= 0, timeout=WAIT)
    assert pull.layers.rows[0].status == "Pull complete" and pull.progress.value() == 1000
    pull.reject()
    log = {e.command: e.status for e in window.context.features.activity_model.entries()}
    assert log[f"docker image push {ref}"] == OK and log[f"docker image pull {ref}"] == OK


@menus
def test_cancel_a_pull_leaves_no_image(qtbot, window, images, docker_api, registry, engine_host):
    from volgui.engine.client import Engine
    from volgui.engine.connection import ConnectionSpec
    from volgui.engine.images import transfer

    ref = f"{registry.host}/vgtest/big:v1"
    make_image(docker_api, "v1", 48 * 1024 * 1024, repo=f"{registry.host}/vgtest/big")
    engine = Engine.connect(ConnectionSpec(engine_host, "test"))
    try:
        transfer.push(engine, ref)
    finally:
        engine.close()
    docker_api.remove_image(ref)
    for _attempt in range(3):  # a starved GUI thread may click after the last layer: then again
        pull = from_menu(qtbot, window, images, "pull")
        QTest.keyClicks(pull.reference_edit, ref)
        click(qtbot, pull.start_button)
        # the first layer is announced: 48 MB of random bytes still to download and unpack
        qtbot.waitUntil(lambda p=pull: p.layers.rowCount() > 0 or p.result_value is not None, timeout=60000)
        QTest.mouseClick(pull.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda p=pull: p.job_thread is None, timeout=60000)
        if pull.result_value is None:
            break
        pull.reject()
        docker_api.remove_image(ref)
    assert pull.result_value is None and "Cancelled" in pull.status.text()
    assert not docker_api.images(name=ref)
    log = window.context.features.activity_model.entries()
    assert [e.status for e in log if e.command == f"docker image pull {ref}"][-1] == CANCELLED
    assert pull.start_button.isEnabled()  # it can be started again
    pull.reject()


@menus
def test_save_and_load_round_trip_and_a_bad_file_refused(qtbot, window, images, docker_api, tmp_path):
    image_id = make_image(docker_api, "saved", 1024 * 1024)
    click_image(qtbot, window, image_id)
    save = from_menu(qtbot, window, images, "save")
    target = tmp_path / "my images.tar"
    save.path_edit.clear()
    QTest.keyClicks(save.path_edit, str(target))
    assert save.command.text() == f"docker image save -o '{target}' {REPO}:saved"
    click(qtbot, save.start_button)
    qtbot.waitUntil(lambda: save.result_value is not None or save.error is not None, timeout=60000)
    assert save.error is None and target.stat().st_size > 1024 * 1024
    save.reject()
    docker_api.remove_image(f"{REPO}:saved")
    qtbot.waitUntil(lambda: window.image_model.row_of(image_id) < 0, timeout=WAIT)

    load = from_menu(qtbot, window, images, "load")
    bad = tmp_path / "notes.tar"
    bad.write_bytes(b"just some words, not an archive\n" * 100)
    QTest.keyClicks(load.path_edit, str(bad))
    qtbot.waitUntil(lambda: "not an image archive" in load.contents.text(), timeout=WAIT)
    assert not load.start_button.isEnabled()
    load.path_edit.clear()
    QTest.keyClicks(load.path_edit, str(target))
    qtbot.waitUntil(lambda: f"brings {REPO}:saved" in load.contents.text(), timeout=WAIT)
    click(qtbot, load.start_button)
    qtbot.waitUntil(lambda: load.result_value is not None or load.error is not None, timeout=60000)
    assert load.result_value.loaded == (f"{REPO}:saved",)
    qtbot.waitUntil(lambda: window.image_model.row_of(image_id) >= 0, timeout=WAIT)
    load.reject()


@menus
def test_what_takes_space_shows_each_group_and_opens_its_clean_up(qtbot, window, images, docker_api, prefix):
    make_image(docker_api, "df", 50000)
    docker_api.create_volume(f"{prefix}df-gui", labels={"volgui.test": "1"})
    dialog = from_menu(qtbot, window, images, "disk")
    qtbot.waitUntil(lambda: dialog.use is not None, timeout=60000)
    tab = dialog.group_tabs["volumes"]
    names = [tab.model.rows[i].name for i in range(tab.model.rowCount())]
    assert f"{prefix}df-gui" in names
    assert dialog.command.text() == "docker system df -v"
    dialog.tabs.setCurrentWidget(tab)
    click(qtbot, tab.reclaim)
    actions = window.context.features.actions_controller
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible(), timeout=WAIT)
    assert actions.dialog.objectName() == "pruneVolumesDialog" or "Prune" in actions.dialog.windowTitle()
    actions.dialog.reject()
    images_tab = dialog.group_tabs["images"]
    dialog.tabs.setCurrentWidget(images_tab)
    click(qtbot, images_tab.reclaim)
    qtbot.waitUntil(lambda: images.dialog is not dialog and images.dialog.objectName() == "pruneImagesDialog",
                    timeout=WAIT)
    assert images.dialog.unused.isChecked()
    images.dialog.reject()
    dialog.reject()
    qtbot.waitUntil(lambda: images.disk_dialog is None, timeout=WAIT)  # closed and deleted
    again = from_menu(qtbot, window, images, "disk")  # opens anew
    qtbot.waitUntil(lambda: again.use is not None, timeout=60000)
    again.reject()
    QApplication.processEvents()


@menus
def test_screenshots(qtbot, window, images, docker_api, registry, test_image, prefix, tmp_path):
    """Grabs of each image dialog as a person sees it (``VOLGUI_SCREENSHOT_DIR=docs/screenshots``
    keeps them)."""
    out = Path(os.environ.get("VOLGUI_SCREENSHOT_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    window.resize(1280, 800)

    def shot(dialog, name: str) -> None:
        qtbot.wait(50)
        QApplication.processEvents()
        assert dialog.grab().save(str(out / f"images-{name}.png"))

    c = docker_api.create_container(test_image, ["sh", "-c", "mkdir -p /srv && echo hi > /srv/index.html"],
                                    labels={"volgui.test": "1"})
    docker_api.start(c["Id"])
    docker_api.wait(c["Id"])
    repo = f"{registry.host}/team/site"
    docker_api.commit(c["Id"], repository=repo, tag="1.0", changes=['CMD ["httpd", "-f"]', "ENV PORT=80"])
    docker_api.remove_container(c["Id"])
    image_id = docker_api.inspect_image(f"{repo}:1.0")["Id"]
    user = docker_api.create_container(
        f"{repo}:1.0", ["sh", "-c", "echo draft > /srv/new.html"], name=f"{prefix}site",
        host_config=docker_api.create_host_config(binds=[f"{prefix}site-data:/data"]))["Id"]
    docker_api.start(user)
    docker_api.wait(user)

    click_image(qtbot, window, image_id)
    history = from_menu(qtbot, window, images, "history")
    qtbot.waitUntil(lambda: not history.waiting and history.model.rowCount() > 1, timeout=WAIT)
    shot(history, "history")
    history.reject()

    push = from_menu(qtbot, window, images, "push")
    click(qtbot, push.start_button)
    qtbot.waitUntil(lambda: push.result_value is not None, timeout=60000)
    shot(push, "push")
    push.reject()

    remove = from_menu(qtbot, window, images, "remove")
    qtbot.waitUntil(lambda: remove.preview is not None, timeout=WAIT)
    click(qtbot, remove.also_containers)
    shot(remove, "remove")
    click(qtbot, remove.ok_button)
    qtbot.waitUntil(lambda: window.image_model.row_of(image_id) < 0, timeout=WAIT)

    pull = from_menu(qtbot, window, images, "pull")
    QTest.keyClicks(pull.reference_edit, f"{repo}:1.0")
    click(qtbot, pull.start_button)
    qtbot.waitUntil(lambda: pull.result_value is not None, timeout=60000)
    shot(pull, "pull")
    pull.reject()

    load = from_menu(qtbot, window, images, "load")
    bad = tmp_path / "holiday photos.tar"
    bad.write_bytes(b"JFIF" * 300)
    QTest.keyClicks(load.path_edit, str(bad))
    qtbot.waitUntil(lambda: "not an image archive" in load.contents.text(), timeout=WAIT)
    shot(load, "load-refused")
    load.reject()

    docker_api.import_image_from_data(random_layer_tar(2_000_000))
    prune = from_menu(qtbot, window, images, "prune")
    qtbot.waitUntil(lambda: prune.preview is not None, timeout=WAIT)
    shot(prune, "prune")
    prune.reject()

    disk = from_menu(qtbot, window, images, "disk")
    qtbot.waitUntil(lambda: disk.use is not None, timeout=60000)
    shot(disk, "disk-use")
    disk.reject()


@menus
def test_run_this_image_from_the_image_menu(qtbot, window, images, docker_api):
    image_id = make_image(docker_api, "runme")
    click_image(qtbot, window, image_id)
    mounting = window.context.features.mounting
    menu, action, bar = images.menu, mounting.run_image_action, window.menuBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: mounting.dialog is not None and mounting.dialog.isVisible(), timeout=WAIT)
    assert mounting.dialog.image.currentText() == f"{REPO}:runme"
    mounting.dialog.reject()


def test_closing_the_window_cancels_a_running_save(qtbot, window, images, docker_api, tmp_path):
    image_id = make_image(docker_api, "closing", 24 * 1024 * 1024)
    click_image(qtbot, window, image_id)
    images.actions["save"].trigger()
    save = images.dialog
    save.path_edit.setText(str(tmp_path / "cut.tar"))
    click(qtbot, save.start_button)
    assert save.job_thread is not None  # its end is queued to this thread: still running here
    window.close()  # the job is cancelled and waited for: no thread outlives the window (conftest)
    assert not (tmp_path / "cut.tar.part").exists()  # cancelled mid-way, or done just before
