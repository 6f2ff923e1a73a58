"""The main window on a real Podman service: recognised, listed, events followed."""

import pytest

from remote_engines import start_podman
from volgui.app import build_window

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_window_on_podman(qtbot):
    service = start_podman()
    try:
        window = build_window(host=service.host)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.session.state.connected, timeout=20000)
        assert window.session.state.info.is_podman
        assert "Podman Engine" in window.status_widget.text.text()
        import docker

        api = docker.APIClient(base_url=service.host, version="auto")
        try:
            api.create_volume("vgtest-podman-view")
            qtbot.waitUntil(lambda: window.volume_model.row_of("vgtest-podman-view") >= 0, timeout=20000)
        finally:
            api.remove_volume("vgtest-podman-view")
            api.close()
        qtbot.waitUntil(lambda: window.volume_model.row_of("vgtest-podman-view") < 0, timeout=20000)
        window.close()
    finally:
        service.stop()
