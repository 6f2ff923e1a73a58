"""Several engines side by side: switching, independence, adding one."""

import pytest

from volgui.app import build_window
from volgui.engine.profiles import make_custom_profile
from volgui.models.engine_list import KEY_ROLE, EngineListModel

pytestmark = pytest.mark.integration


def test_engine_list_model_contract(qtbot, qtmodeltester, engine_host):
    window = build_window(host=engine_host)
    qtbot.addWidget(window)
    model = EngineListModel(window.session.manager)
    qtmodeltester.check(model)
    assert model.index(0).data(KEY_ROLE) == "cli:host"
    window.close()


def test_switch_between_engines_and_stop_one(qtbot, engine_host, restartable_engine):
    window = build_window(host=engine_host)
    qtbot.addWidget(window)
    window.show()
    manager = window.session.manager
    qtbot.waitUntil(lambda: window.session.state.connected, timeout=10000)
    first_key = manager.active_key

    profile = make_custom_profile("second", restartable_engine.host).profile
    manager.add_profile(profile)
    assert manager.profile(profile.key) is not None
    manager.activate(profile.key)
    qtbot.waitUntil(lambda: window.session.state.connected, timeout=10000)
    assert window.session.state.info.host == restartable_engine.host
    assert restartable_engine.host in window.windowTitle()

    # actions go to the active engine only
    api = restartable_engine.api()
    assert api.volumes()["Volumes"] in (None, [])
    api.close()

    restartable_engine.stop()
    qtbot.waitUntil(lambda: window.session.state.phase == "disconnected", timeout=15000)
    # the first engine's session is undisturbed, and switching back needs no reconnect
    assert manager.state_of(first_key).connected
    manager.activate(first_key)
    assert window.session.state.connected
    assert engine_host in window.status_widget.text.text()
    assert manager.state_of(profile.key).phase == "disconnected"
    window.close()


def test_add_engine_dialog_validates_as_typed(qtbot, tmp_path):
    from volgui.ui.features.engines.panel import AddEngineDialog

    dialog = AddEngineDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.name.setText("lab")
    dialog.host.setText("tcp://lab.example:2376")
    assert ok.isEnabled() and "without TLS" in dialog.message.text()
    dialog.ca.setText(str(tmp_path / "missing.pem"))
    assert not ok.isEnabled() and "does not exist" in dialog.message.text()
    ca = tmp_path / "ca.pem"
    ca.write_text("x")
    dialog.ca.setText(str(ca))
    assert ok.isEnabled()
    assert dialog.profile.tls is not None and dialog.profile.tls.verify
    dialog.verify.setChecked(False)
    assert "verification is off" in dialog.message.text()
    dialog.reject()
