"""The validators agree with the engine: what they accept it accepts, what it refuses they refuse."""

from __future__ import annotations

import docker.errors
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from volgui.engine.validation import ValidationError, parse_env, validate_container_name, validate_volume_name

pytestmark = pytest.mark.integration

ALPHABET = "aZ09_.-/ :é\t#="
names = st.text(alphabet=ALPHABET, min_size=1, max_size=6)
SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def engine_accepts_volume(api, name: str) -> bool:
    try:
        api.create_volume(name, labels={"volgui.test": "1"})
    except docker.errors.APIError:
        return False
    api.remove_volume(name)
    return True


def ours_accepts(fn, value) -> bool:
    try:
        fn(value)
    except ValidationError as exc:
        assert exc.message  # always a reason
        return False
    return True


@SETTINGS
@given(name=names)
def test_volume_names_agree_with_the_engine(docker_api, name):
    assert ours_accepts(validate_volume_name, name) == engine_accepts_volume(docker_api, name)


@pytest.mark.parametrize("name", ["ab", "a" * 255, "a" * 256, "9" * 64, "x.y-z_1", "A", "a\n"])
def test_volume_name_edges_agree_with_the_engine(docker_api, name):
    assert ours_accepts(validate_volume_name, name) == engine_accepts_volume(docker_api, name)


@SETTINGS
@given(name=names)
def test_container_names_agree_with_the_engine(docker_api, test_image, prefix, name):
    try:
        c = docker_api.create_container(test_image, "true", name=name, labels={"volgui.test": "1"})
    except docker.errors.APIError:
        engine = False
    else:
        engine = True
        stored = docker_api.inspect_container(c["Id"])["Name"].lstrip("/")
        docker_api.remove_container(c["Id"])
        assert validate_container_name(name) == stored
    assert ours_accepts(validate_container_name, name) == engine


@SETTINGS
@given(line=st.text(alphabet="AB =x\t#", min_size=0, max_size=5))
def test_env_lines_we_accept_the_engine_accepts(docker_api, test_image, line):
    try:
        env = parse_env(line)
    except ValidationError:
        return  # refusing more than the engine is fine, with a message
    c = docker_api.create_container(test_image, "true", environment=env, labels={"volgui.test": "1"})
    try:
        got = docker_api.inspect_container(c["Id"])["Config"]["Env"] or []
        assert all(e in got for e in env)
    finally:
        docker_api.remove_container(c["Id"])
