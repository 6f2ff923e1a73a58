"""Container, image, compose and swarm errors reach a German or Spanish reader in their language.

The shipped catalogues are compiled (as at build time) and installed the way the application
installs them; the errors come from the real code paths — on the private engine where the engine
is the one that refuses. The message must be in the catalogue's words with the names and values
filled in, ``detail`` keeps dockerd's own words for the log, and without a translator (scripts,
``volgui-backup``) every message is the English one of before.
"""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from volgui import operations as ops
from volgui.engine import Engine, EngineError, resolve
from volgui.engine.compose import edit
from volgui.engine.containers.mounts import check_destination
from volgui.engine.containers.recreate.plan import plan_add_mount
from volgui.engine.images import refs, transfer
from volgui.engine.present import i18n
from volgui.operations.batch import BatchResult
from volgui.ui.window.appearance import install_translators

TOOLS = runpy.run_path(str(Path(__file__).resolve().parents[2] / "packaging" / "translations.py"))

# the expected words, from the catalogues ({0}… are filled in by each test)
WORDS = {
    "de": {"image_name": "ist kein Image-Name", "runtime": "wird von der Container-Laufzeit verwaltet",
           "cannot_read": "kann nicht gelesen werden", "pruned": "2 Volumes gelöscht",
           "pause_failed": "{0} pausieren fehlgeschlagen",
           "no_image": "Auf dieser Engine gibt es kein Image {0}",
           "batch": "Starten ist bei 1 von 2 fehlgeschlagen; erledigt: {0}.",
           "plan": "Die Einhängungen von {0} können nicht geändert werden: /proc wird von",
           "kept": "jede andere Einstellung, unverändert an die Engine zurückgeschickt"},
    "es": {"image_name": "no es un nombre de imagen", "runtime": "lo gestiona el entorno de ejecución",
           "cannot_read": "No se puede leer", "pruned": "2 volúmenes borrados",
           "pause_failed": "Pausar {0} falló", "no_image": "No hay ninguna imagen {0} en este motor",
           "batch": "Iniciar falló en 1 de 2; hecho: {0}.",
           "plan": "No se pueden cambiar los montajes de {0}: /proc lo gestiona",
           "kept": "cualquier otra configuración, devuelta al motor tal como estaba"},
}


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("qm")
    TOOLS["compile_all"](out)
    return out


@pytest.fixture(params=["de", "es"])
def language(request, qapp, compiled):
    """German, then Spanish, installed as the application installs them; the code is the value."""
    translators = install_translators(qapp, QLocale(request.param), compiled)
    assert any(t.filePath().endswith(f"volgui_{request.param}.qm") for t in translators)
    yield request.param
    for t in translators:
        qapp.removeTranslator(t)
    i18n.set_translator(None)


def message(call) -> str:
    with pytest.raises(EngineError) as info:
        call()
    return info.value.message


def test_refusals_without_an_engine(language, tmp_path):
    words = WORDS[language]
    assert words["image_name"] in message(lambda: refs.check_reference("Bad Name!"))
    assert "'Bad Name!'" in message(lambda: refs.check_reference("Bad Name!"))
    problem = check_destination("/proc")
    assert problem is not None and words["runtime"] in problem and problem.startswith("/proc")
    missing = tmp_path / "compose.yaml"
    text = message(lambda: edit.add_mount(str(missing), "web", "", "volume", "data", "/data"))
    assert words["cannot_read"] in text and str(missing) in text
    # a count decides the plural; the names and the size are filled in
    summary = BatchResult("Prune", ("a", "b"), freed=12_000).summary()
    assert words["pruned"] in summary and summary.endswith(": a, b")


def test_without_a_translator_the_english_is_unchanged(tmp_path):
    i18n.set_translator(None)
    assert message(lambda: refs.check_reference("Bad Name!")) == (
        "'Bad Name!' is not an image name: use lowercase letters, digits, and . _ - between them; a tag "
        "follows a colon (app:1.2).")
    assert check_destination("/proc") == (
        "/proc is managed by the container runtime and cannot be a mount target.")
    missing = tmp_path / "c.yaml"
    assert message(lambda: edit.add_mount(str(missing), "web", "", "volume", "d", "/d")).startswith(
        f"Cannot read {missing}: ")
    assert BatchResult("Prune", ("a", "b"), freed=12_000).summary() == "Deleted 2 volumes (12.0 kB): a, b"
    assert BatchResult("Stop", ("a", "b", "c", "d")).summary() == "Stopped 4 containers: a, b, c, d"
    assert BatchResult("Down", ()).summary() == "Down: nothing to do."


@pytest.fixture
def engine(engine_host, docker_api):
    eng = Engine.connect_first(resolve(host=engine_host))
    yield eng
    eng.close()


@pytest.mark.integration
def test_engine_refusals_are_translated(language, engine, docker_api, test_image, prefix):
    words = WORDS[language]
    idle = f"{prefix}idle"
    docker_api.create_container(test_image, ["sleep", "300"], name=idle)

    # dockerd refuses (409, words it does not understand): our label before its words, translated
    with pytest.raises(EngineError) as info:
        ops.pause(engine, idle)
    assert words["pause_failed"].format(idle) in info.value.message, info.value.message
    assert "is not running" in info.value.detail  # dockerd's own words, kept for the log

    # one of two fails: what was done and what was not, in the reader's words
    text = message(lambda: ops.start(engine, [idle, f"{prefix}missing"]))
    assert text.startswith(words["batch"].format(idle)), text
    docker_api.stop(idle, timeout=0)

    # a re-create plan refused before anything is touched
    docker_api.create_volume(f"{prefix}data")
    plan = plan_add_mount(engine, idle, f"{prefix}data", "/proc")
    text = message(plan.check)
    assert text.startswith(words["plan"].format(idle)), text
    assert words["kept"] in plan.kept, plan.kept  # what the plan shows beside its problems

    # the image to push is not there: the sentence names it
    assert words["no_image"].format(f"{prefix}nothing:1") in message(
        lambda: transfer.push(engine, f"{prefix}nothing:1"))


@pytest.mark.integration
def test_engine_refusals_in_english_without_a_translator(engine, docker_api, test_image, prefix):
    i18n.set_translator(None)
    idle = f"{prefix}idle"
    docker_api.create_container(test_image, ["sleep", "300"], name=idle)
    assert message(lambda: ops.pause(engine, idle)).startswith(f"Pause {idle} failed: ")
    assert message(lambda: ops.start(engine, [idle, f"{prefix}missing"])).startswith(
        f"Start failed for 1 of 2; done: {idle}.")
    docker_api.stop(idle, timeout=0)
    docker_api.create_volume(f"{prefix}data")
    assert message(plan_add_mount(engine, idle, f"{prefix}data", "/proc").check) == (
        f"Cannot change the mounts of {idle}: /proc is managed by the container runtime and cannot be a "
        "mount target.")
    assert message(lambda: transfer.push(engine, f"{prefix}nothing:1")) == (
        f"There is no image {prefix}nothing:1 on this engine to push.")
