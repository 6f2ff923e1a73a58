"""What the volume layer says goes out in the reader's language, names and counts filled in.

The shipped German and Spanish catalogues are compiled and installed as the application installs
them; each error is raised by the real code path (the private engine where the engine answers).
With no translator the message is the English of before, word for word: scripts, volgui-backup
and the tests that match English texts see no change.
"""

from __future__ import annotations

import json
from functools import partial

import pytest

from tests.gui.test_translated_errors import caught, engine, english  # noqa: F401 - engine: a fixture
from tests.hostile_archives import entry, tar_of, write
from tests.unit.test_translations import compiled, translator  # noqa: F401 - fixtures
from volgui.engine.validation import ValidationError
from volgui.engine.volumes import archive_check, driver_options, manifests, sftp, transfer

SAID = {
    "de": {"no_volume": "Es gibt kein Volume namens „{0}“.",
           "taken": "Ein Volume namens „{0}“ gibt es schon.",
           "creating": "Anlegen von Volume {0} fehlgeschlagen: ",
           "refused": "{0} wurde abgelehnt: 2 Einträge mit Ziel außerhalb des Volumes oder durch einen "
                      "Link — ../a: steigt mit „..“ aus dem Ordner hinaus; ../b: steigt mit „..“ aus dem "
                      "Ordner hinaus. Nichts wurde wiederhergestellt.",
           "manifest": "Das Sicherungs-Manifest {0} wurde übersprungen: sein „volume“ fehlt oder ist kein "
                       "Text.",
           "sftp": "„{0}“ ist kein SFTP-Ordner: sftp://user@host/path/to/folder schreiben.",
           "size": "Die Größe „{0}“ ist keine Größe: 100m, 2g, 512k oder 50% schreiben.",
           "special": ("{0} enthält {1}: bin/su: Set-User-ID (gehört root)",
                       "1 Gerätedatei oder Set-ID-Datei", "2 Gerätedateien oder Set-ID-Dateien")},
    "es": {"no_volume": "No hay ningún volumen llamado «{0}».",
           "taken": "Ya existe un volumen llamado «{0}».",
           "creating": "Crear el volumen {0} falló: ",
           "refused": "{0} se rechazó: 2 entradas con destino fuera del volumen o a través de un enlace — "
                      "../a: sale de la carpeta con «..»; ../b: sale de la carpeta con «..». No se restauró "
                      "nada.",
           "manifest": "Se omitió el manifiesto de copia {0}: su «volume» falta o no es texto.",
           "sftp": "«{0}» no es una carpeta SFTP: escribe sftp://user@host/path/to/folder.",
           "size": "El tamaño «{0}» no es un tamaño: escribe 100m, 2g, 512k o 50%.",
           "special": ("{0} contiene {1}: bin/su: set-user-ID (propiedad de root)",
                       "1 nodo de dispositivo o archivo set-ID", "2 nodos de dispositivo o archivos set-ID")},
}


def bad_manifest(tmp_path):
    path = tmp_path / f"data--x.tar{manifests.MANIFEST_SUFFIX}"
    path.write_text(json.dumps({"format": manifests.MANIFEST_FORMAT, "archive": "data--x.tar",
                                "created": "2026-01-01T00:00:00+00:00"}))
    return path


def set_id_archive(tmp_path, files: int):
    parts = [entry(f"bin/su{'' if i == 0 else i}", mode=0o4755, uid=0, data=b"1") for i in range(files)]
    return write(tmp_path / f"setid{files}.tar", tar_of(*parts))


def escaping_archive(tmp_path):
    return write(tmp_path / "up.tar", tar_of(entry("../a", data=b"1"), entry("../b", data=b"2")))


@pytest.mark.parametrize("lang", ["de", "es"])
def test_errors_without_the_engine_are_translated(translator, lang, tmp_path):  # noqa: F811 - a fixture
    translator(lang)
    said = SAID[lang]
    manifest = bad_manifest(tmp_path)
    assert caught(lambda: manifests.read_manifest(manifest)).message == said["manifest"].format(manifest.name)
    archive = escaping_archive(tmp_path)
    refused = caught(lambda: archive_check.require_restorable(archive, allow_special=True))
    assert refused.message == said["refused"].format("up.tar")
    # a count: the catalogue's plural forms, one and more
    template, one, two = said["special"]
    for files, counted in ((1, one), (2, two)):
        archive = set_id_archive(tmp_path, files)
        refused = caught(partial(archive_check.require_restorable, archive, allow_special=False))
        assert refused.message.startswith(template.format(archive.name, counted)), refused.message
    url = "http://nas/backups"
    assert caught(lambda: sftp.SftpTarget.parse(url)).message == said["sftp"].format(url)
    with pytest.raises(ValidationError) as info:
        driver_options.tmpfs(size="huge")
    assert info.value.message == said["size"].format("huge")


def test_without_a_translator_the_english_is_as_before(translator, tmp_path):  # noqa: F811 - a fixture
    # ``english`` leaves Qt's translate behind it; the fixture's teardown resets it
    manifest = bad_manifest(tmp_path)
    assert english(lambda: manifests.read_manifest(manifest)) == (
        f"The backup manifest {manifest.name} was skipped: its “volume” is missing or not text.")
    archive = escaping_archive(tmp_path)
    assert english(lambda: archive_check.require_restorable(archive, allow_special=True)) == (
        "up.tar was refused: 2 entries would be written outside the volume or through a link — ../a: climbs "
        "out of the folder with “..”; ../b: climbs out of the folder with “..”. Nothing was restored.")
    archive = set_id_archive(tmp_path, 2)
    assert english(lambda: archive_check.require_restorable(archive, allow_special=False)).startswith(
        "setid2.tar holds 2 device nodes or set-ID files: bin/su: set-user-ID (owned by root); bin/su1: ")
    assert english(lambda: sftp.SftpTarget.parse("http://nas/b")) == (
        "“http://nas/b” is not an SFTP folder: write sftp://user@host/path/to/folder.")


@pytest.mark.integration
@pytest.mark.parametrize("lang", ["de", "es"])
def test_engine_errors_of_volumes_are_translated(translator, lang, engine, docker_api, prefix,  # noqa: F811
                                                  tmp_path):
    translator(lang)
    said = SAID[lang]
    docker_api.create_volume(f"{prefix}src", labels={"volgui.test": "1"})
    docker_api.create_volume(f"{prefix}dst", labels={"volgui.test": "1"})
    archive = tmp_path / "empty.tar"
    archive.write_bytes(tar_of())

    def restore_into_nothing():
        transfer.import_volume(engine, archive, f"{prefix}none")

    def clone_onto_a_taken_name():
        transfer.clone_volume(engine, f"{prefix}src", f"{prefix}dst")

    def clone_to_a_name_docker_refuses():
        transfer.clone_volume(engine, f"{prefix}src", f"{prefix}bad name")

    err = caught(restore_into_nothing)
    assert err.message == said["no_volume"].format(f"{prefix}none")
    assert english(restore_into_nothing) == f"There is no volume named “{prefix}none”."
    err = caught(clone_onto_a_taken_name)
    assert err.message == said["taken"].format(f"{prefix}dst")
    assert english(clone_onto_a_taken_name) == f"A volume named “{prefix}dst” already exists."
    # the engine refuses the name: our action label heads its words, in the reader's language
    err = caught(clone_to_a_name_docker_refuses)
    assert err.message.startswith(said["creating"].format(f"{prefix}bad name")), err.message
    assert english(clone_to_a_name_docker_refuses).startswith(f"Creating volume {prefix}bad name failed: ")
    assert "invalid" in err.detail.lower() or "includes" in err.detail.lower(), err.detail  # dockerd's words
