"""Mount paths are compared the way the engine cleans them (Go's filepath.Clean), not POSIX's."""

import pytest

from volgui.engine.containers.mounts import Target, check_destination, normalize


@pytest.mark.parametrize(("path", "clean"), [("//data", "/data"), ("///a//b/", "/a/b"), ("//", "/"),
                                             ("/a/./b/..", "/a"), ("/data", "/data"), ("", "")])
def test_normalize_collapses_leading_slashes_like_the_engine(path, clean):
    assert normalize(path) == clean


@pytest.mark.parametrize(("path", "words"), [("//", "root folder"), ("//proc", "runtime"),
                                             ("//sys/x", "runtime"), ("//data", "already the target")])
def test_double_slashes_do_not_slip_past_the_checks(path, words):
    problem = check_destination(path, [Target("/data", "volume", "existing")])
    assert problem is not None and words in problem
