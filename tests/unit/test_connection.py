"""Connection resolution: explicit choice, DOCKER_HOST, contexts, defaults — in that order."""

import hashlib
import json

import pytest

from volgui.engine.connection import DEFAULT_SOCKET, list_contexts, normalize_host, resolve
from volgui.engine.errors import EngineError


def write_context(home, name, host, skip_verify=False, tls=False):
    config = home / ".docker"
    digest = hashlib.sha256(name.encode()).hexdigest()
    meta = config / "contexts" / "meta" / digest
    meta.mkdir(parents=True)
    (meta / "meta.json").write_text(json.dumps({
        "Name": name, "Metadata": {"Description": f"{name} engine"},
        "Endpoints": {"docker": {"Host": host, "SkipTLSVerify": skip_verify}},
    }))
    if tls:
        tls_dir = config / "contexts" / "tls" / digest / "docker"
        tls_dir.mkdir(parents=True)
        for f in ("ca.pem", "cert.pem", "key.pem"):
            (tls_dir / f).write_text("x")
    return config


def test_explicit_host_wins_over_everything(tmp_path):
    env = {"HOME": str(tmp_path), "DOCKER_HOST": "unix:///env.sock", "DOCKER_CONTEXT": "nope"}
    specs = resolve(host="ssh://me@server", env=env)
    assert [(s.host, s.source) for s in specs] == [("ssh://me@server", "--host")]


def test_docker_host_env_with_tls(tmp_path):
    env = {"HOME": str(tmp_path), "DOCKER_HOST": "tcp://h:2376", "DOCKER_TLS_VERIFY": "1",
           "DOCKER_CERT_PATH": "/certs"}
    (spec,) = resolve(env=env)
    assert spec.host == "tcp://h:2376" and spec.source == "DOCKER_HOST"
    assert spec.tls.verify and spec.tls.ca_cert == "/certs/ca.pem" and spec.tls.client_key == "/certs/key.pem"


def test_cert_path_alone_means_verified_tls_and_says_so(tmp_path):
    # the Docker CLI would speak plain HTTP here; volgui never turns verification off unasked
    (spec,) = resolve(env={"HOME": str(tmp_path), "DOCKER_HOST": "tcp://h:2376", "DOCKER_CERT_PATH": "/c"})
    assert spec.tls is not None and spec.tls.verify is True and spec.tls.ca_cert == "/c/ca.pem"
    assert "DOCKER_CERT_PATH is set without DOCKER_TLS_VERIFY" in spec.note
    assert spec.security_warning() == ""


@pytest.mark.parametrize("value", ["1", "0", "false", "no"])
def test_any_non_empty_tls_verify_verifies_as_the_cli_does(tmp_path, value):
    (spec,) = resolve(env={"HOME": str(tmp_path), "DOCKER_HOST": "tcp://h:2376", "DOCKER_TLS_VERIFY": value})
    assert spec.tls is not None and spec.tls.verify is True
    assert spec.tls.ca_cert == str(tmp_path / ".docker" / "ca.pem")


def test_empty_tls_verify_is_unset(tmp_path):
    (spec,) = resolve(env={"HOME": str(tmp_path), "DOCKER_HOST": "tcp://h:2375", "DOCKER_TLS_VERIFY": ""})
    assert spec.tls is None
    assert "Plain TCP" in spec.security_warning()


def test_docker_tls_alone_is_the_explicit_unverified_choice_and_warned(tmp_path):
    (spec,) = resolve(env={"HOME": str(tmp_path), "DOCKER_HOST": "tcp://h:2376", "DOCKER_TLS": "1"})
    assert spec.tls is not None and spec.tls.verify is False
    assert "without verifying" in spec.security_warning()
    (spec,) = resolve(env={"HOME": str(tmp_path), "DOCKER_HOST": "tcp://h:2376", "DOCKER_TLS": "1",
                           "DOCKER_TLS_VERIFY": "1"})
    assert spec.tls.verify is True and spec.security_warning() == ""


def test_plain_tcp_on_the_tls_port_is_warned(tmp_path):
    (spec,) = resolve(env={"HOME": str(tmp_path), "DOCKER_HOST": "tcp://h:2376"})
    assert spec.tls is None
    warning = spec.security_warning()
    assert "Plain TCP" in warning and "Port 2376 is Docker's TLS port" in warning


def test_local_and_ssh_engines_have_no_warning(tmp_path):
    for host in ("unix:///var/run/docker.sock", "ssh://me@box"):
        (spec,) = resolve(env={"HOME": str(tmp_path), "DOCKER_HOST": host})
        assert spec.security_warning() == ""


def test_a_context_that_skips_verification_is_warned(tmp_path):
    write_context(tmp_path, "skippy", "tcp://r:2376", skip_verify=True, tls=True)
    (spec,) = resolve(context="skippy", env={"HOME": str(tmp_path)})
    assert "without verifying" in spec.security_warning()


def test_docker_host_beats_docker_context(tmp_path):
    write_context(tmp_path, "remote", "ssh://r")
    env = {"HOME": str(tmp_path), "DOCKER_HOST": "unix:///x.sock", "DOCKER_CONTEXT": "remote"}
    assert resolve(env=env)[0].host == "unix:///x.sock"


def test_docker_context_env_is_used(tmp_path):
    write_context(tmp_path, "remote", "tcp://r:2376", tls=True)
    (spec,) = resolve(env={"HOME": str(tmp_path), "DOCKER_CONTEXT": "remote"})
    assert spec.host == "tcp://r:2376" and spec.context == "remote" and spec.source == "DOCKER_CONTEXT"
    assert spec.tls.ca_cert.endswith("ca.pem") and spec.tls.verify


def test_missing_docker_context_is_an_error_not_a_fallback(tmp_path):
    write_context(tmp_path, "other", "ssh://o")
    with pytest.raises(EngineError) as info:
        resolve(env={"HOME": str(tmp_path), "DOCKER_CONTEXT": "ghost"})
    assert "ghost" in info.value.message and "does not exist" in info.value.message
    assert "other" in info.value.message


def test_current_context_from_config_json(tmp_path):
    config = write_context(tmp_path, "work", "ssh://w")
    (config / "config.json").write_text(json.dumps({"currentContext": "work"}))
    (spec,) = resolve(env={"HOME": str(tmp_path)})
    assert spec.host == "ssh://w" and "currentContext" in spec.source


def test_explicit_context_and_default_context(tmp_path):
    write_context(tmp_path, "work", "ssh://w")
    assert resolve(context="work", env={"HOME": str(tmp_path)})[0].host == "ssh://w"
    assert resolve(context="default", env={"HOME": str(tmp_path)})[0].host == DEFAULT_SOCKET


def test_defaults_then_podman_sockets(tmp_path):
    specs = resolve(env={"HOME": str(tmp_path), "XDG_RUNTIME_DIR": "/run/user/1000"})
    assert [s.host for s in specs] == [
        DEFAULT_SOCKET, "unix:///run/user/1000/podman/podman.sock", "unix:///run/podman/podman.sock"]


def test_host_and_context_together_is_refused(tmp_path):
    with pytest.raises(EngineError):
        resolve(host="unix:///a", context="b", env={"HOME": str(tmp_path)})


def test_list_contexts(tmp_path):
    write_context(tmp_path, "b", "ssh://b")
    write_context(tmp_path, "a", "tcp://a:2376")
    assert [(c.name, c.host) for c in list_contexts({"HOME": str(tmp_path)})] == [
        ("a", "tcp://a:2376"), ("b", "ssh://b")]


@pytest.mark.parametrize(("typed", "url"), [
    ("/run/docker.sock", "unix:///run/docker.sock"),
    ("server:2375", "tcp://server:2375"),
    ("ssh://me@h", "ssh://me@h"),
])
def test_normalize_host(typed, url):
    assert normalize_host(typed) == url
