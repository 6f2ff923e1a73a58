"""The file browser's write-layer words and the re-create refusal's state word, in the reader's language.

"write layer · added" in a container's "Stored in" column, and the engine's state word in
"{0} is {1} and cannot be re-created", were English under every language. With the shipped
catalogues installed they read in German and Spanish; without a translator they are the English
of before, and a state word volgui does not know stays the engine's own.
"""

from __future__ import annotations

import pytest

from tests.unit.test_translations import compiled, translator  # noqa: F401 - fixtures
from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.containers.fs_marks import FileMarks, change_word
from volgui.engine.present import i18n
from volgui.engine.present.display import state_word
from volgui.engine.volumes.entries import Entry
from volgui.models.container_files import ContainerFileTableModel

SAID = {
    "de": {"added": "hinzugefügt", "modified": "geändert", "deleted": "gelöscht",
           "stored": "Schreibschicht · hinzugefügt"},
    "es": {"added": "añadido", "modified": "cambiado", "deleted": "borrado",
           "stored": "capa de escritura · añadido"},
    "en": {"added": "added", "modified": "changed", "deleted": "deleted", "stored": "write layer · added"},
}


def _stored(path: str, change: str) -> str:
    """The "Stored in" cell of a file the write layer changed, as the browser's model gives it."""
    model = ContainerFileTableModel()
    model.set_marks(FileMarks("web", changes={path: change}))
    return model.stored_text(Entry(path, "file", 0, 0, 0, 0, 0.0))


@pytest.mark.parametrize("lang", ["de", "es"])
def test_change_words_follow_the_catalogue(translator, lang, qapp):  # noqa: F811 - a fixture
    translator(lang)
    said = SAID[lang]
    for change in ("added", "modified", "deleted"):
        assert change_word(change) == said[change]
    assert change_word("") == "" and change_word("something new") == ""
    assert _stored("srv", "added") == said["stored"]


def test_change_words_without_a_translator_are_the_english_of_before(qapp):
    i18n.set_translator(None)
    said = SAID["en"]
    for change in ("added", "modified", "deleted"):
        assert change_word(change) == said[change]
    assert _stored("srv", "added") == said["stored"]


@pytest.mark.parametrize(("lang", "dead", "removing"), [("de", "tot", "wird entfernt"),
                                                         ("es", "muerto", "eliminándose")])
def test_the_refusal_names_the_state_in_the_readers_words(translator, lang, dead, removing):  # noqa: F811
    translator(lang)
    template = ContainerErrors.tr("{0} is {1} and cannot be re-created.")
    assert template != "{0} is {1} and cannot be re-created."
    assert template.format("web", state_word("dead")) == template.format("web", dead)
    assert state_word("removing") == removing
    assert state_word("hibernating") == "hibernating"  # an engine's own word stays
