"""The hostile-input counter itself: a distinct case is counted once, however often it is recorded."""


def test_cases_are_counted_once(hostile):
    before = len(hostile.seen)
    hostile("counter: one case")
    hostile("counter: one case")
    hostile("counter: another case")
    assert len(hostile.seen) == before + 2
