"""Every dialog and panel at its default size passes the layout check (tests/layout_check.py):
at 1280×800 and 1024×700, light and dark. Dialogs are opened the way a person opens them and
checked once their preview has arrived (what they show then is what a person reads)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from tests.layout_check import layout_problems
from tests.private_engine import TEST_IMAGE
from volgui.engine.compose.projects import Project
from volgui.ui.window.appearance import apply_color_scheme, dark_palette, is_dark

pytestmark = pytest.mark.integration

WAIT = 15000
SIZES = [(1280, 800), (1024, 700)]


@pytest.fixture(params=["light", "dark"])
def scheme(request):
    app = QApplication.instance()
    before = app.palette()
    style = app.style().name()
    apply_color_scheme(app, request.param)
    if request.param == "dark" and not is_dark(app.palette()):
        app.setPalette(dark_palette())
    yield request.param
    app.setStyle(style)
    app.setPalette(before)


def settle(qtbot, dialog: QDialog) -> None:
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    qtbot.waitUntil(lambda: not getattr(dialog, "waiting", False), timeout=WAIT)
    plan_wanted = hasattr(dialog, "plan")
    if plan_wanted:
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT)
    qtbot.wait(50)  # queued adjustSize of a dialog that grew with its preview
    QApplication.processEvents()




def open_dialogs(qtbot, window, objects):
    """(name, dialog) for each dialog, opened as a person opens it."""
    actions = window.context.features.actions_controller
    selection = window.selection
    qtbot.waitUntil(lambda: selection.select_volume(objects["volume"]) or bool(selection.selected_volumes()),
                    timeout=WAIT)
    actions.create_volume_action.trigger()
    yield "create volume", actions.dialog
    for kind in ("nfs", "cifs", "tmpfs", "bind"):  # each form of the local driver, its note shown
        actions.create_volume_action.trigger()
        actions.dialog.forms.set_kind(kind)
        actions.dialog.forms.cifs_password.setText("secret")
        yield f"create volume ({kind})", actions.dialog
    actions.remove_volumes_action.trigger()
    yield "remove volumes", actions.dialog
    actions.prune_action.trigger()
    yield "prune", actions.dialog
    data = window.context.features.volume_data
    for action in (data.backup_action, data.restore_action, data.clone_action):
        action.trigger()
        yield action.text(), data.dialogs[-1]
    backups = window.context.features.backups_panel
    backups.policy_button.click()
    yield "policy", backups.policy_dialog
    backups.remote_button.click()
    yield "remote folder", backups.remote_dialog
    qtbot.waitUntil(lambda: selection.select_container(objects["web"]) or
                    bool(selection.selected_containers()), timeout=WAIT)
    actions.remove_containers_action.trigger()
    yield "remove containers", actions.dialog
    mounting = window.context.features.mounting
    mounting.run_action.trigger()
    yield "run", mounting.dialog
    mounting.mount_action.trigger()
    yield "mount", mounting.dialog
    engines = window.context.features.engines_panel
    if engines is not None:
        engines.add_button.click()
        yield "add engine", engines.dialog
    window.context.features.notifications.action.trigger()
    yield "notifications", window.context.features.notifications.dialog
    window.context.features.about_action.trigger()
    yield "about", window.context.features.about_opener.dialog
    qtbot.waitUntil(lambda: selection.select_volume(objects["volume"]) or bool(selection.selected_volumes()),
                    timeout=WAIT)
    data.browse_action.trigger()
    yield "volume browser", data.dialogs[-1]
    snapshots = window.context.features.snapshots
    snapshots.timeline_action.trigger()
    yield "snapshots timeline", snapshots.dialogs[-1]  # the others: test_snapshots.py
    history = next(a for a in window.volumes_view.context_actions if a.text() == window.tr("Volume history…"))
    yield "volume history", opened(window, history.trigger)
    menu = window.context.features.help_menu
    glossary = next(a for a in menu.actions() if a.objectName() == "glossaryAction")
    yield "glossary", opened(window, glossary.trigger)
    shortcuts = next(a for a in menu.actions() if a.objectName() == "shortcutsAction")
    shortcuts.trigger()
    yield "keyboard shortcuts", window.context.features.about_opener.shortcuts
    compose = window.context.features.compose
    qtbot.waitUntil(lambda: selection.select_container(objects["web"]) or
                    bool(selection.selected_containers()), timeout=WAIT)
    yield "save as compose.yaml", compose.save_selection()
    project = Project("vgtest-shop", ("web",), tuple(selection.selected_containers()), (objects["volume"],))
    yield "back up project", compose.open_backup(project)
    yield "remove project", compose.open_down(project)
    yield from image_dialogs(qtbot, window)


def image_dialogs(qtbot, window):
    """The Image menu's dialogs, on the test image (tagged, so Push and Tag apply)."""
    images = window.context.features.images
    if images is None:
        return
    image = next(i for i in window.image_model.objects() if TEST_IMAGE in i.tags)
    selection = window.selection
    qtbot.waitUntil(lambda: selection.select_image(image.id) or bool(selection.selected_images()),
                    timeout=WAIT)
    for key in ("pull", "push", "tag", "history", "save", "load", "remove", "prune", "disk"):
        images.actions[key].trigger()
        yield f"image {key}", images.dialog
    images.actions["disk"].trigger()  # its build cache's clean-up, over it
    disk = images.disk_dialog
    qtbot.waitUntil(lambda: disk.use is not None, timeout=WAIT)
    images.reclaim("build_cache", disk.use.group("build_cache"))
    yield "prune build cache", images.dialog
    disk.done(0)


def opened(window, trigger) -> QDialog:
    """The dialog that ``trigger`` opens (a new visible one under the window)."""
    before = {id(d) for d in window.findChildren(QDialog) if d.isVisible()}
    trigger()
    QApplication.processEvents()
    (dialog,) = [d for d in window.findChildren(QDialog) if d.isVisible() and id(d) not in before]
    return dialog


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_window_and_panels(qtbot, window, objects, scheme, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0], timeout=WAIT)
    problems = []
    for tabs in (window.bottom_tabs, window.side_tabs, window.object_tabs):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            problems += [f"{tabs.tabText(i)}: {p}" for p in layout_problems(window)]
    assert problems == [], f"{size} {scheme}:\n" + "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_dialog_at_its_default_size(qtbot, window, objects, scheme, size):
    window.resize(*size)
    problems = []
    for name, dialog in open_dialogs(qtbot, window, objects):
        settle(qtbot, dialog)
        problems += [f"{name} ({dialog.width()}×{dialog.height()}): {p}" for p in layout_problems(dialog)]
        dialog.done(QDialog.DialogCode.Rejected)
    assert problems == [], f"{size} {scheme}:\n" + "\n".join(problems)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_container_files_tab(qtbot, window, objects, scheme, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0], timeout=WAIT)
    qtbot.waitUntil(lambda: window.selection.select_container(objects["web"]) or
                    bool(window.selection.selected_containers()), timeout=WAIT)
    feature = window.context.features.container_files
    window.bottom_tabs.setCurrentWidget(feature.tab)
    qtbot.waitUntil(lambda: feature.browser is not None and feature.browser.marks is not None
                    and "" in feature.browser.cache and not feature.browser.jobs, timeout=WAIT)
    qtbot.waitUntil(lambda: feature.browser.progress.isHidden(), timeout=WAIT)  # what a person reads
    QApplication.processEvents()
    problems = layout_problems(window)
    assert problems == [], f"{size} {scheme}:\n" + "\n".join(problems)
