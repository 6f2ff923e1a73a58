"""Errors the engine layer builds reach a German or Spanish reader in their language.

Real engine errors are provoked on the private engine — a volume removed while a container uses
it, a container name that is taken, an object that does not exist, an engine that is not there —
with the shipped catalogues compiled and installed as the application installs them. The message
for the person must be translated (not the English one, and in the catalogue's words), and
``detail`` must keep what dockerd answered, untranslated, for the log.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from volgui import operations as ops
from volgui.engine import Engine, EngineError, resolve
from volgui.engine.connection import ConnectionSpec
from volgui.engine.present import i18n

pytestmark = pytest.mark.integration

# a word of each translated sentence, per language (from the catalogues)
WORDS = {
    "de": {"in_use": "Gebrauch", "name_taken": "vergeben", "not_found": "Nicht gefunden",
           "unreachable": "nicht erreichbar", "volume_in_use": "wird von",
           "none_answered": "Keine Docker-Engine"},
    "es": {"in_use": "en uso", "name_taken": "ocupado", "not_found": "No encontrado",
           "unreachable": "no accesible", "volume_in_use": "lo usa",
           "none_answered": "Ningún motor"},
}



@pytest.fixture
def engine(engine_host):
    eng = Engine.connect(ConnectionSpec(engine_host, "test"))
    yield eng
    eng.close()


def caught(call) -> EngineError:
    with pytest.raises(EngineError) as info:
        call()
    return info.value


def english(call) -> str:
    """The message the same failure gives without a translator (the English source)."""
    i18n.set_translator(None)
    try:
        return caught(call).message
    finally:
        i18n.set_translator(QCoreApplication.translate)  # as install_translators leaves it


def assert_translated(call, word: str, engine_said: str) -> EngineError:
    err = caught(call)
    assert err.message != english(call), err.message
    assert word in err.message, err.message
    assert engine_said in err.detail, err.detail  # dockerd's own words, kept for the log
    return err


def test_engine_errors_are_translated(language, engine, docker_api, test_image, prefix, tmp_path):
    words = WORDS[language]
    docker_api.create_volume(f"{prefix}busy")
    user = docker_api.create_container(test_image, ["sleep", "300"], name=f"{prefix}user",
                                       host_config=docker_api.create_host_config(binds=[f"{prefix}busy:/d"]))

    # the engine refuses: the volume is in use (dockerd's 409, through Engine.call)
    assert_translated(lambda: engine.call("Remove volume", engine.api.remove_volume, f"{prefix}busy"),
                      words["in_use"], "volume is in use")
    # the everyday operation names the container that uses it, in the reader's language
    err = caught(lambda: ops.remove_volumes(engine, f"{prefix}busy"))
    assert words["volume_in_use"] in err.message and f"{prefix}user" in err.message, err.message

    # a container name that is taken
    assert_translated(lambda: engine.call("Create container", engine.api.create_container, test_image,
                                          ["true"], name=f"{prefix}user"),
                      words["name_taken"], "is already in use by container")

    # an object that does not exist: the message names it
    err = assert_translated(lambda: engine.call("Inspect volume", engine.api.inspect_volume, f"{prefix}nope"),
                            words["not_found"], "no such volume")
    assert f"{prefix}nope" in err.message

    # an engine that is not there
    err = assert_translated(lambda: Engine.connect_first(resolve(host=f"unix://{tmp_path}/none.sock")),
                            words["unreachable"], "No such file or directory")
    assert "none.sock" in err.message
    # none of several engines answers: each is listed, in the reader's language
    specs = [*resolve(host=f"unix://{tmp_path}/a.sock"), *resolve(host=f"unix://{tmp_path}/b.sock")]
    err = caught(lambda: Engine.connect_first(specs))
    assert words["none_answered"] in err.message and words["unreachable"] in err.message, err.message
    assert "b.sock" in err.detail
    docker_api.remove_container(user["Id"])
