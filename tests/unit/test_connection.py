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


def test_cert_path_alone_means_tls_without_verification(tmp_path):
    (spec,) = resolve(env={"HOME": str(tmp_path), "DOCKER_HOST": "tcp://h:2376", "DOCKER_CERT_PATH": "/c"})
    assert spec.tls is not None and spec.tls.verify is False


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
