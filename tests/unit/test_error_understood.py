"""Engine answers that errors.understood() turns into a sentence of ours (the engine's own words,
as dockerd 20.10 wrote them, stay in ``detail``); anything else keeps the engine's words."""

from __future__ import annotations

import pytest

from volgui.engine.errors import understood

NAME_TAKEN = ('Conflict. The container name "/web" is already in use by container "3f2a". You have to '
              'remove (or rename) that container to be able to reuse that name.')


@pytest.mark.parametrize(("status", "words", "expected"), [
    (404, "No such container: web", "Not found: container “web” — it may have been removed in the meantime."),
    (404, "Get data: no such volume", "Not found: volume “data” — it may have been removed in the meantime."),
    (404, "No such image: busybox:nope", "Not found: image “busybox:nope” — it may have been removed in the "
                                          "meantime."),
    (404, "page not found", "Not found — it may have been removed in the meantime."),
    (409, NAME_TAKEN, "That name is taken by another container: choose another name, or remove that "
                      "container first."),
    (409, "Remove data: volume is in use - [3f2a]", "It is in use: remove or stop the containers that use it "
                                                     "first."),
    (409, "conflict: unable to delete 1234 (cannot be forced) - image is being used by running container",
     "It is in use: remove or stop the containers that use it first."),
    (500, "driver failed programming external connectivity", ""),
    (409, "something else entirely", ""),
])
def test_understood(status, words, expected):
    assert understood(status, words) == expected


def test_a_huge_name_is_bounded():
    said = understood(404, "No such volume: " + "x" * 100_000)
    assert len(said) < 400
