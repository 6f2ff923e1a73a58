"""Secret environment values never reach a command text a person sees or copies by default.

Crafted values (newlines, quotes, ``$(…)``, unicode, URLs with passwords) under keys that look
secret in every spelling; each is recorded with ``hostile(...)``.
"""

from __future__ import annotations

import shlex

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from volgui.engine.containers import create_args
from volgui.engine.containers.run_spec import RunSpec
from volgui.engine.dto.secrets import MASK, is_secret_key, mask_command

SECRET_KEYS = ["DB_PASSWORD", "PASSWORD", "Passwd", "password", "API_KEY", "apiKey", "token",
               "GITHUB_TOKEN", "SECRET_x", "secret", "AWS_SECRET_ACCESS_KEY", "MYSQL_ROOT_PASSWD",
               "db.password", "Auth-Token", "PRIVATE_KEY", "SESSION_COOKIE", "x_Passphrase"]
PLAIN_KEYS = ["PATH", "HOME", "KEYMAP", "PWD", "GREETING", "MODE", "TZ"]
VALUES = ["s3cret", "line one\nline two", "it's \"quoted\"", "$(rm -rf /)", "`id`", "a b  c",
          "pässwörd-✓-密码", "--env FAKE=1", "=starts=with=equals", "x" * 5000, "' -e LEAK='1",
          "\\\\back\\slash", "\t\ttabs", "semi;colon&&and|pipe"]


def _cases():
    for key in SECRET_KEYS:
        for value in VALUES:
            yield key, value


@pytest.mark.parametrize("key", SECRET_KEYS)
def test_secret_looking_keys_in_every_spelling(key, hostile):
    hostile(f"secret key spelling: {key}")
    assert is_secret_key(key)


@pytest.mark.parametrize("key", PLAIN_KEYS)
def test_plain_keys_stay_visible(key, hostile):
    hostile(f"plain key: {key}")
    assert not is_secret_key(key)
    config = {"Env": [f"{key}=visible-value"], "Image": "busybox"}
    line = create_args.join(["docker", "create", *create_args.container_args(config, {})])
    assert "visible-value" in line and mask_command(line) == line


@pytest.mark.parametrize(("key", "value"), list(_cases()))
def test_built_commands_mask_the_value_and_reveal_only_on_request(key, value, hostile):
    hostile(f"env value under {key}: {value[:40]!r}")
    env = [f"{key}={value}", "GREETING=hello"]
    spec = RunSpec(image="busybox", env=env)
    masked, clear = spec.command_line(), spec.command_line(reveal=True)
    assert value not in masked
    assert f"{key}={MASK}" in shlex.split(masked)
    assert "GREETING=hello" in shlex.split(masked)
    assert f"{key}={value}" in shlex.split(clear)  # the clear form still pastes as one argument
    # the safety net on any command text gives the same answer, and is idempotent
    assert mask_command(clear) == masked
    assert mask_command(masked) == masked


@pytest.mark.parametrize("value", VALUES)
def test_a_url_with_a_password_is_secret_under_any_key(value, hostile):
    hostile(f"url password: {value[:40]!r}")
    url = f"postgres://app:{value}@db:5432/app"
    text = shlex.join(["docker", "run", "-e", f"DATABASE_URL={url}", "busybox"])
    assert mask_command(text) == shlex.join(["docker", "run", "-e", f"DATABASE_URL={MASK}", "busybox"])


@pytest.mark.parametrize("text", [
    "docker run -e 'DB_PASSWORD=unbalanced busybox",
    "docker run --env=API_KEY=k1 -eX=1 busybox",
    "docker run -e\tTOKEN=tab busybox",
    "docker run -e DB_PASSWORD busybox",
    "docker run -e 'A=1' -e \"SECRET_x=dq $(x)\" busybox && docker run -e token=t2 busybox",
    "echo -e TOKEN=not-a-docker-flag-but-masked-anyway",
])
def test_hand_written_and_broken_command_texts(text, hostile):
    hostile(f"command text: {text}")
    out = mask_command(text)
    for clear in ("unbalanced", "k1", "tab", "dq $(x)", "t2", "not-a-docker-flag"):
        assert clear not in out
    assert "DB_PASSWORD busybox" in out or "DB_PASSWORD busybox" not in text


# -- generated: any value under any secret-looking key, in any place of a command ------------------

VALUE_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)
KEY_TEXT = st.builds(lambda pre, word, post: f"{pre}{word}{post}",
                     st.sampled_from(["", "DB_", "my.", "X-", "app_"]),
                     st.sampled_from(["PASSWORD", "Passwd", "token", "API_KEY", "Secret", "apiKey", "AUTH"]),
                     st.sampled_from(["", "_FILE2", "_x", "-v2"]))


@settings(max_examples=300, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # hostile only records
@given(key=KEY_TEXT, value=VALUE_TEXT, before=st.lists(VALUE_TEXT, max_size=3), flag=st.sampled_from(
    ["-e", "--env"]))
def test_generated_values_never_survive_masking(key, value, before, flag, hostile):
    hostile(f"generated env: {key}={value!r} after {before!r} via {flag}")
    argv = ["docker", "run", *before, flag, f"{key}={value}", "busybox", "true"]
    masked = mask_command(shlex.join(argv))
    words = shlex.split(masked)
    assert f"{key}={MASK}" in words
    assert words[:len(before) + 2] == argv[:len(before) + 2]  # nothing before it changed
    assert words[-2:] == ["busybox", "true"]
