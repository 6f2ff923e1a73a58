"""Fixtures shared by the GUI tests."""

import runpy
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from volgui.app import build_window
from volgui.engine.present import i18n
from volgui.ui.window.appearance import install_translators


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp, tmp_path_factory):
    """volgui's English catalogue (its plural forms: "1 item", "2 items"), installed as the app does
    on an English desktop; compiled from the committed .ts as a build would."""
    out = tmp_path_factory.mktemp("qm-en")
    tools = runpy.run_path(str(Path(__file__).resolve().parents[2] / "packaging" / "translations.py"))
    tools["compile_all"](out)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    translators = install_translators(qapp, english, out)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.set_translator(None)


@pytest.fixture(params=["de", "es"])
def language(request, qapp, tmp_path_factory):
    """German, then Spanish: the catalogues compiled (as at build time) and installed the way the
    application does for a desktop in that language; the language code is the value."""
    out = tmp_path_factory.mktemp(f"qm-{request.param}")
    tools = runpy.run_path(str(Path(__file__).resolve().parents[2] / "packaging" / "translations.py"))
    tools["compile_all"](out)
    translators = install_translators(qapp, QLocale(request.param), out)
    assert any(t.filePath().endswith(f"volgui_{request.param}.qm") for t in translators)
    yield request.param
    for t in translators:
        qapp.removeTranslator(t)
    i18n.set_translator(None)


@pytest.fixture
def window(qtbot, engine_host, docker_api):
    """The real main window, connected to the private engine (closed afterwards)."""
    win = build_window(host=engine_host)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.session.state.connected, timeout=10000)
    yield win
    win.close()


@pytest.fixture
def objects(qtbot, window, docker_api, test_image, prefix):
    """A volume and a running container that mounts it, both shown in the window."""
    docker_api.create_volume(f"{prefix}my_wall", labels={"volgui.test": "1"})
    cid = docker_api.create_container(
        test_image, ["sleep", "3600"], name=f"{prefix}web", labels={"volgui.test": "1"},
        host_config=docker_api.create_host_config(binds=[f"{prefix}my_wall:/usr/share/www"]))["Id"]
    docker_api.start(cid)
    qtbot.waitUntil(lambda: window.container_model.row_of(cid) >= 0
                    and window.volume_model.row_of(f"{prefix}my_wall") >= 0, timeout=15000)
    return {"web": cid, "volume": f"{prefix}my_wall"}
