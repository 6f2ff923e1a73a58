"""The sentences the connection, validation, terminal and lessons code writes itself
(``ConnectionErrors``) reach a German or Spanish reader in their language, with the names and
values filled in; without a translator they are the English of before.

The catalogues are the shipped ones, compiled as a build does and installed the way the
application installs them (``install_translators``). Where the error comes from the engine, it
is provoked on the private engine through the real code path.
"""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from volgui.engine import Engine, EngineError
from volgui.engine.connection import ConnectionSpec, resolve
from volgui.engine.lessons import CleanupPlan, remove_planned
from volgui.engine.present import i18n, notices
from volgui.engine.streams.exec_session import ExecSession, resize_container_tty
from volgui.engine.validation import ValidationError, parse_port_spec, validate_volume_name
from volgui.ui.window.appearance import install_translators

TOOLS = runpy.run_path(str(Path(__file__).resolve().parents[2] / "packaging" / "translations.py"))

# each case's message in German and Spanish, as the catalogues word it ({name}: the test's object)
EXPECTED = {
    "de": {
        "context": "Den Docker-Kontext „nope“ (--context) gibt es nicht. Bekannte Kontexte: keiner. Mit "
                   "`docker context ls` auflisten.",
        "port": "Portangabe „8080:80/xyz“: das Protokoll muss tcp, udp oder sctp sein (nicht „xyz“).",
        "name": "Ein Volume-Name muss mit einem Buchstaben oder einer Ziffer beginnen (nicht „-“).",
        "attach": "{name} wurde nicht mit -i -t (interaktiv, mit Terminal) gestartet",
        "resize": "Größe des Terminals ändern fehlgeschlagen: ",
        "cleanup": "Entfernt: nichts; nicht entfernt werden konnte: {name} (",
        "notice": "Sicherung von {name} fehlgeschlagen",
        "kind": "Ein Container ist abgestürzt",
    },
    "es": {
        "context": "El contexto de Docker «nope» (--context) no existe. Contextos conocidos: ninguno. "
                   "Lístalos con `docker context ls`.",
        "port": "Puerto «8080:80/xyz»: el protocolo debe ser tcp, udp o sctp (no «xyz»).",
        "name": "Un nombre de volumen debe empezar por una letra o un dígito (no «-»).",
        "attach": "{name} no se inició con -i -t (interactivo, con terminal)",
        "resize": "Cambiar el tamaño del terminal falló: ",
        "cleanup": "Eliminado: nada; no se pudo eliminar: {name} (",
        "notice": "Falló la copia de seguridad de {name}",
        "kind": "Un contenedor ha muerto",
    },
}
ENGLISH = {
    "context": "Docker context “nope” (--context) does not exist. Known contexts: none. List them with "
               "`docker context ls`.",
    "port": "Port spec “8080:80/xyz”: the protocol must be tcp, udp or sctp (not “xyz”).",
    "name": "A volume name must start with a letter or a digit (not “-”).",
    "attach": "{name} was not started with -i -t (interactive, with a terminal): its main process has no "
              "terminal to attach to. Open a terminal (exec) instead.",
    "resize": "Resizing the terminal failed: ",
    "cleanup": "Removed nothing; could not remove {name} (",
    "notice": "Backup of {name} failed",
    "kind": "A container died",
}

pytestmark = pytest.mark.integration


@pytest.fixture(params=["de", "es"])
def language(request, qapp, tmp_path_factory):
    """The shipped catalogue of this language, compiled and installed as the application does."""
    out = tmp_path_factory.mktemp(f"qm-{request.param}")
    TOOLS["compile_all"](out)
    translators = install_translators(qapp, QLocale(request.param), out)
    assert any(t.filePath().endswith(f"volgui_{request.param}.qm") for t in translators)
    yield request.param
    for t in translators:
        qapp.removeTranslator(t)
    i18n.set_translator(None)


@pytest.fixture
def engine(engine_host):
    eng = Engine.connect(ConnectionSpec(engine_host, "test"))
    yield eng
    eng.close()


@pytest.fixture
def objects(docker_api, test_image, prefix):
    """A stopped container made without -i -t, and a volume it holds (so it cannot be removed)."""
    docker_api.create_volume(f"{prefix}held", labels={"volgui.test": "1"})
    binds = docker_api.create_host_config(binds=[f"{prefix}held:/d"])
    cid = docker_api.create_container(test_image, ["true"], name=f"{prefix}plain",
                                      labels={"volgui.test": "1"}, host_config=binds)["Id"]
    return {"container": f"{prefix}plain", "id": cid, "volume": f"{prefix}held"}


def messages(engine, objects, tmp_path) -> dict[str, str]:
    """Each case's message, raised by the code a person's action runs."""
    def caught(call, kind=EngineError) -> str:
        with pytest.raises(kind) as info:
            call()
        return info.value.message

    return {
        "context": caught(lambda: resolve(context="nope", env={"HOME": str(tmp_path)})),
        "port": caught(lambda: parse_port_spec("8080:80/xyz"), ValidationError),
        "name": caught(lambda: validate_volume_name("-data"), ValidationError),
        "attach": caught(lambda: ExecSession(engine, objects["id"], attach=True).start()),
        "resize": caught(lambda: resize_container_tty(engine, objects["id"], 80, 24)),
        "cleanup": caught(lambda: remove_planned(engine, CleanupPlan(volumes=(objects["volume"],)))),
        # what a desktop notification and the Notifications dialog say
        "notice": notices.backup_failed(objects["volume"], "the disk is full").summary,
        "kind": notices.KINDS[notices.CONTAINER_DIED],
    }


def filled(text: str, case: str, objects) -> str:
    """The expected text with the test's object named (the volume, or the container)."""
    return text.format(name=objects["volume"] if case in ("cleanup", "notice") else objects["container"])


def test_errors_are_in_the_readers_language(language, engine, objects, tmp_path):
    said = messages(engine, objects, tmp_path)
    for case, text in EXPECTED[language].items():
        assert filled(text, case, objects) in said[case], (case, said[case])
    # the engine's own words follow the translated action ("… failed: <dockerd's sentence>")
    assert "is not running" in said["resize"], said["resize"]


def test_without_a_translator_they_are_the_english_of_before(engine, objects, tmp_path):
    i18n.set_translator(None)
    said = messages(engine, objects, tmp_path)
    for case, text in ENGLISH.items():
        assert filled(text, case, objects) in said[case], (case, said[case])
