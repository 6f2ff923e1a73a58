"""A request's label reaches a German or Spanish reader in their language when the request fails.

The label titles the failure box and starts the status line ("{0} failed: {1}"). Real requests
fail on the private engine through the window, as a person would make them: two volumes removed
from the Remove dialog while a container starts using them after the preview (dockerd refuses:
"volume is in use"), and Start on a container whose program does not exist. Under the shipped
German and Spanish catalogues (compiled and installed as the application does) the box and the
status line carry the catalogue's label and no English one; with the English catalogue they read
as before.
"""

from __future__ import annotations

import pytest

from tests.gui.test_actions import make, select, wait_done
from volgui.ui.dialogs.volumes import RemoveVolumesDialog

pytestmark = pytest.mark.integration

# what the catalogues say, per language; {0} the container's name
LABELS = {
    "de": {"remove_two": "2 Volumes entfernen", "start": "{0} starten", "failed": "fehlgeschlagen: "},
    "es": {"remove_two": "Eliminar 2 volúmenes", "start": "Iniciar {0}", "failed": "falló: "},
    "en": {"remove_two": "Remove 2 volumes", "start": "Start {0}", "failed": "failed: "},
}


@pytest.fixture
def controller(window):
    ctl = window.context.features.actions_controller
    yield ctl
    if ctl.dialog is not None:
        ctl.dialog.reject()
    if ctl.error_box is not None:
        ctl.error_box.close()


def _failure(qtbot, window, ctl) -> tuple[str, str]:
    """The failure box's title and the status line, once the last request has failed."""
    wait_done(qtbot, ctl)
    qtbot.waitUntil(lambda: ctl.error_box is not None and ctl.error_box.isVisible(), timeout=10000)
    return ctl.error_box.windowTitle(), window.statusBar().currentMessage()


def _remove_two_volumes_in_use(qtbot, window, ctl, docker_api, test_image, prefix) -> tuple[str, str]:
    names = [f"{prefix}first", f"{prefix}second"]
    for name in names:
        docker_api.create_volume(name, labels={"volgui.test": "1"})
    select(qtbot, window.volumes_view, names)
    qtbot.waitUntil(ctl.remove_volumes_action.isEnabled)
    ctl.remove_volumes_action.trigger()
    dialog = ctl.dialog
    assert isinstance(dialog, RemoveVolumesDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None and len(dialog.preview.removable) == 2, timeout=10000)
    for check in (dialog.backup_check, dialog.snapshot_check):  # the plain removal, nothing first
        if check is not None:
            check.setChecked(False)
    # a container starts using both after the preview: the engine refuses each removal
    make(docker_api, test_image, f"{prefix}user", binds=[f"{n}:/{n}" for n in names],
         volumes=[f"/{n}" for n in names], start=False)
    dialog.accept()
    title, status = _failure(qtbot, window, ctl)
    assert set(names) <= {v["Name"] for v in docker_api.volumes()["Volumes"] or []}
    return title, status


def _start_a_broken_container(qtbot, window, ctl, docker_api, test_image, prefix) -> tuple[str, str]:
    cid = make(docker_api, test_image, f"{prefix}broken", cmd=["/no/such/program"], start=False)
    select(qtbot, window.containers_view, [cid])
    qtbot.waitUntil(ctl.container_actions["start"].isEnabled)
    ctl.container_actions["start"].trigger()
    return _failure(qtbot, window, ctl)


def _check(words: dict, title: str, status: str, expected: str, english: str = "") -> None:
    assert title == expected, title
    assert status.startswith(f"{expected} {words['failed']}"), status
    if english:
        assert english not in title and english not in status and f"{english} failed" not in status, status


def test_failed_requests_are_labelled_in_the_readers_language(language, qtbot, window, controller, docker_api,
                                                               test_image, prefix):
    words = LABELS[language]
    title, status = _remove_two_volumes_in_use(qtbot, window, controller, docker_api, test_image, prefix)
    _check(words, title, status, words["remove_two"], english=LABELS["en"]["remove_two"])

    title, status = _start_a_broken_container(qtbot, window, controller, docker_api, test_image, prefix)
    _check(words, title, status, words["start"].format(f"{prefix}broken"),
           english=LABELS["en"]["start"].format(f"{prefix}broken"))


def test_failed_requests_are_labelled_in_english_without_a_translation(qtbot, window, controller, docker_api,
                                                                       test_image, prefix):
    words = LABELS["en"]
    title, status = _remove_two_volumes_in_use(qtbot, window, controller, docker_api, test_image, prefix)
    _check(words, title, status, words["remove_two"])
    title, status = _start_a_broken_container(qtbot, window, controller, docker_api, test_image, prefix)
    _check(words, title, status, words["start"].format(f"{prefix}broken"))
