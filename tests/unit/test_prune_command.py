"""The prune dialog's equivalent command matches what prune does on the engine's API version."""

from volgui.engine.present import commands


def test_current_engines_prune_only_anonymous_volumes_unless_all():
    for api in ("1.42", "1.45", "1.51", ""):
        assert commands.prune_volumes(False, api) == "docker volume prune"
        assert commands.prune_volumes(True, api) == "docker volume prune --all"


def test_older_engines_prune_named_volumes_too_and_have_no_all():
    for api in ("1.41", "1.40", "1.25"):
        # every unused volume, named or not: the plain command, no --all
        assert commands.prune_volumes(True, api) == "docker volume prune"
        # no prune command deletes only the anonymous ones there
        assert commands.prune_volumes(False, api) == ""


def test_unreadable_version_is_taken_as_current():
    assert commands.prune_volumes(True, "?") == "docker volume prune --all"
