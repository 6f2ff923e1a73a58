"""A container's ``die`` event shown before the engine's listing agrees (models/list_events)."""

from datetime import UTC, datetime

import pytest

from volgui.engine.dto.objects import Container
from volgui.engine.streams.events import EngineEvent
from volgui.models.list_events import EndedContainers, ended_row


def running(cid: str = "c1") -> Container:
    return Container(id=cid, name=cid, image="img", image_id="sha256:x", command="sleep 9",
                     created=datetime(2026, 1, 1, tzinfo=UTC), state="running", status="Up 3 minutes")


def died(cid: str = "c1", code: str = "137") -> EngineEvent:
    return EngineEvent("container", "die", cid, (("exitCode", code), ("name", cid)))


def test_the_die_event_gives_state_and_exit_code():
    row = ended_row(running(), died(code="137"))
    assert (row.state, row.running, row.exit_code) == ("exited", False, 137)
    assert row.status == "Exited (137) Less than a second ago"


@pytest.mark.parametrize("code", ["", "abc", "1" * 40, "13\n7", "-", "0x10", "137 ) Up"])
def test_an_odd_exit_code_from_the_engine_is_shown_as_unknown(code):
    row = ended_row(running(), EngineEvent("container", "die", "c1", (("exitCode", code),)))
    assert row.status == "Exited (?) Less than a second ago"
    assert row.exit_code is None and not row.running


def test_a_stale_running_listing_is_corrected_until_a_start():
    ended = EndedContainers(rechecks=3)
    ended.died(died())
    (shown,) = ended.correct((running(),))
    assert shown.state == "exited"
    assert ended.still_running((running(),), ("c1",))  # fetch again later
    ended.note("c1", "start")  # restarted by its policy: the listing is right again
    assert ended.correct((running(),)) == (running(),)
    assert not ended


def test_corrections_end_when_the_rechecks_run_out():
    ended = EndedContainers(rechecks=2)
    ended.died(died())
    assert ended.still_running((running(),), ("c1",))
    assert ended.correct((running(),))[0].state == "exited"
    assert not ended.still_running((running(),), ("c1",))  # the last: believe the engine from now on
    assert ended.correct((running(),)) == (running(),)


def test_other_containers_pass_unchanged():
    ended = EndedContainers(rechecks=2)
    ended.died(died("c1"))
    other = running("c2")
    assert ended.correct((other,)) == (other,)
