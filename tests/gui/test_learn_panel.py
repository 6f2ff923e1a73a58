"""Walk every lesson through the Learn panel, checking the engine after each step."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from volgui.engine.lessons import LESSONS

pytestmark = pytest.mark.integration


def lesson_objects(api, lesson_id):
    label = f"volgui.lesson={lesson_id}"
    containers = [c["Names"][0].lstrip("/") for c in api.containers(all=True, filters={"label": label})]
    volumes = [v["Name"] for v in api.volumes(filters={"label": label})["Volumes"] or []]
    return containers, volumes


def confirm_cleanup(qtbot, panel) -> str:
    """The clean-up lists what it removes first; accept it. Returns the list's text."""
    qtbot.waitUntil(lambda: panel._plan is not None or panel.lesson is None, timeout=20000)
    if panel.lesson is None:
        return ""
    box = panel._cleanup_box
    qtbot.waitExposed(box)
    text = box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    return text


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.id for lesson in LESSONS])
def test_walk_lesson(qtbot, window, docker_api, prefix, lesson):
    docker_api.create_volume(f"{prefix}not-a-lesson")
    panel = window.context.features.learn_panel
    panel.chooser.setCurrentIndex([item.id for item in LESSONS].index(lesson.id))
    panel.ask_consent()
    panel._consent_box.done(QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: panel.image != "", timeout=10000)
    for index, step in enumerate(lesson.steps):
        qtbot.waitUntil(lambda i=index: panel.step_index == i, timeout=5000)
        assert panel.title.text() == step.title
        assert panel.command.toPlainText().startswith("docker ")
        qtbot.waitUntil(panel.do_button.isEnabled, timeout=10000)
        panel.do_button.click()
        qtbot.waitUntil(lambda i=index: i in panel.done_steps, timeout=20000)
        assert "Done" in panel.status.text()
        # the engine really shows it (checked independently of the panel)
        containers, volumes = lesson_objects(docker_api, lesson.id)
        assert containers or volumes or index > 0
        if index + 1 < len(lesson.steps):
            panel.next_button.click()
    assert "Lesson complete" in panel.status.text()
    panel.cleanup_button.click()
    confirm_cleanup(qtbot, panel)
    qtbot.waitUntil(lambda: panel.lesson is None, timeout=20000)
    assert lesson_objects(docker_api, lesson.id) == ([], [])
    assert f"{prefix}not-a-lesson" in [v["Name"] for v in docker_api.volumes()["Volumes"]]


def test_show_commands_setting(qtbot, window):
    from volgui.ui.dialogs.base import CommandBox, show_commands

    assert window.context.features.show_commands_action.isChecked() and show_commands()
    box = CommandBox()
    qtbot.addWidget(box)
    box.show()
    box.set_command("docker volume create x")
    assert box.isVisible()
    window.context.features.show_commands_action.setChecked(False)
    assert not show_commands()
    box.set_command("docker volume create y")
    assert not box.isVisible()
    window.context.features.show_commands_action.setChecked(True)
