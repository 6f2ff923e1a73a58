"""Real engines reached every way people reach them, all on loopback."""

import hashlib
import json
import os
from pathlib import Path

import pytest

from remote_engines import make_certificates, start_podman, start_sshd, start_tls_engine
from volgui.engine import Engine, EngineError, resolve
from volgui.engine.profiles import ProfileStore, discover, make_custom_profile

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.fixture(scope="module")
def tls_setup(tmp_path_factory):
    certs = make_certificates(tmp_path_factory.mktemp("certs"))
    engine, url = start_tls_engine(certs)
    yield certs, url
    engine.destroy()


def test_tls_engine_connect_list_create(tls_setup):
    certs, url = tls_setup
    profile = make_custom_profile("tls box", url, ca_cert=certs.ca, client_cert=certs.client_cert,
                                  client_key=certs.client_key).profile
    engine = Engine.connect(profile.spec())
    try:
        assert engine.info.product == "Docker Engine"
        engine.api.create_volume("vgtest-over-tls")
        names = [v.name for v in engine.snapshot().volumes]
        assert "vgtest-over-tls" in names
        engine.api.remove_volume("vgtest-over-tls")
    finally:
        engine.close()


def test_tls_wrong_ca_is_rejected_clearly(tls_setup):
    certs, url = tls_setup
    profile = make_custom_profile("bad ca", url, ca_cert=certs.other_ca, client_cert=certs.client_cert,
                                  client_key=certs.client_key).profile
    with pytest.raises(EngineError) as info:
        Engine.connect(profile.spec(), timeout=10)
    assert "not signed by the CA" in info.value.message


def test_tls_without_client_certificate_is_refused(tls_setup):
    certs, url = tls_setup
    profile = make_custom_profile("no client cert", url, ca_cert=certs.ca).profile
    with pytest.raises(EngineError) as info:
        Engine.connect(profile.spec(), timeout=10)
    assert url in info.value.message


def test_engine_over_ssh(engine_host):
    home = os.environ["HOME"]
    from pathlib import Path

    server = start_sshd(engine_host, Path(home))
    try:
        engine = Engine.connect_first(resolve(host=f"ssh://root@127.0.0.1:{server.port}"), timeout=20)
        try:
            assert engine.info.product == "Docker Engine"
            engine.api.create_volume("vgtest-over-ssh")
            assert "vgtest-over-ssh" in [v.name for v in engine.snapshot().volumes]
            engine.api.remove_volume("vgtest-over-ssh")
        finally:
            engine.close()
    finally:
        server.stop()


def test_ssh_unknown_host_key_is_explained(engine_host):
    from pathlib import Path

    home = Path(os.environ["HOME"])
    server = start_sshd(engine_host, home)
    try:
        (home / ".ssh" / "known_hosts").write_text("")
        with pytest.raises(EngineError) as info:
            Engine.connect_first(resolve(host=f"ssh://root@127.0.0.1:{server.port}"), timeout=10)
        assert "host key is not known" in info.value.message
    finally:
        server.stop()


def test_docker_context_pointing_at_private_engine(engine_host):
    home = os.environ["HOME"]
    digest = hashlib.sha256(b"private").hexdigest()
    meta = os.path.join(home, ".docker", "contexts", "meta", digest)
    os.makedirs(meta)
    with open(os.path.join(meta, "meta.json"), "w") as fh:
        json.dump({"Name": "private", "Metadata": {"Description": "test engine"},
                   "Endpoints": {"docker": {"Host": engine_host, "SkipTLSVerify": False}}}, fh)
    listed = [p for p in discover() if p.kind == "context"]
    assert [(p.name, p.host) for p in listed] == [("private", engine_host)]
    engine = Engine.connect(listed[0].spec())
    try:
        assert engine.info.product == "Docker Engine"
        assert engine.spec.context == "private"
    finally:
        engine.close()
    # and as DOCKER_CONTEXT, through the normal resolution
    engine = Engine.connect_first(resolve(env={"HOME": home, "DOCKER_CONTEXT": "private"}))
    assert engine.info.host == engine_host
    engine.close()


def test_podman_service_lists_and_creates_volumes():
    service = start_podman()
    try:
        engine = Engine.connect_first(resolve(host=service.host))
        try:
            assert engine.info.is_podman
            engine.api.create_volume("vgtest-podman")
            assert "vgtest-podman" in [v.name for v in engine.snapshot().volumes]
            engine.api.remove_volume("vgtest-podman")
            assert "vgtest-podman" not in [v.name for v in engine.snapshot().volumes]
        finally:
            engine.close()
    finally:
        service.stop()


def test_profile_store_keeps_paths_not_secrets(tmp_path):
    key = tmp_path / "key.pem"
    key.write_text("-----BEGIN PRIVATE KEY-----\nSECRET\n")
    cert = tmp_path / "cert.pem"
    cert.write_text("cert")
    ca = tmp_path / "ca.pem"
    ca.write_text("ca")
    store = ProfileStore(tmp_path / "engines.json")
    profile = make_custom_profile("remote", "tcp://example.invalid:2376", ca_cert=str(ca),
                                  client_cert=str(cert), client_key=str(key)).profile
    store.add(profile)
    text = (tmp_path / "engines.json").read_text()
    assert "SECRET" not in text and str(key) in text
    assert store.load() == [profile]


def test_events_over_ssh_arrive_and_close_promptly(engine_host, docker_api):
    import queue
    import threading
    from pathlib import Path

    from volgui.engine import EngineEvent, EventStream, StreamState

    server = start_sshd(engine_host, Path(os.environ["HOME"]))
    try:
        stream = EventStream(resolve(host=f"ssh://root@127.0.0.1:{server.port}")[0])
        got: queue.Queue = queue.Queue()
        thread = threading.Thread(target=stream.run, args=(got.put,))
        thread.start()
        try:
            first = got.get(timeout=20)
            assert isinstance(first, StreamState) and first.connected, first
            docker_api.create_volume("vgtest-ssh-evt")
            while True:
                item = got.get(timeout=20)
                if isinstance(item, EngineEvent) and item.id == "vgtest-ssh-evt":
                    break
        finally:
            stream.close()
            thread.join(2)  # closing must end the blocked read (paramiko channel) promptly
        assert not thread.is_alive()
    finally:
        server.stop()


# -- TLS from the environment, as the Docker CLI reads it, never less safe ----------------------------


def _env_spec(tmp_path, url, **variables):
    (spec,) = resolve(env={"HOME": str(tmp_path), "DOCKER_HOST": url, **variables})
    return spec


def _cert_dir_with_other_ca(certs, tmp_path):
    """The person's client pair, but a ca.pem that did not sign the engine."""
    bad = tmp_path / "bad-certs"
    bad.mkdir(parents=True)
    for name in ("cert.pem", "key.pem"):
        (bad / name).write_bytes((certs.dir / name).read_bytes())
    (bad / "ca.pem").write_bytes(Path(certs.other_ca).read_bytes())
    return bad


def test_cert_path_without_verify_connects_with_verified_tls(tls_setup, tmp_path):
    certs, url = tls_setup
    spec = _env_spec(tmp_path, url, DOCKER_CERT_PATH=str(certs.dir))
    assert spec.tls.verify and spec.security_warning() == ""
    engine = Engine.connect(spec, timeout=10)
    try:
        assert engine.info.warning == ""
        assert engine.api.version()["ApiVersion"]
    finally:
        engine.close()


def test_cert_path_without_verify_refuses_an_engine_its_ca_did_not_sign(tls_setup, tmp_path):
    certs, url = tls_setup
    spec = _env_spec(tmp_path, url, DOCKER_CERT_PATH=str(_cert_dir_with_other_ca(certs, tmp_path)))
    with pytest.raises(EngineError) as info:
        Engine.connect(spec, timeout=10)
    assert "not signed by the CA" in info.value.message
    assert "DOCKER_CERT_PATH is set without DOCKER_TLS_VERIFY" in info.value.message


@pytest.mark.parametrize("value", ["0", "1"])
def test_tls_verify_zero_verifies_as_the_cli_does(tls_setup, tmp_path, value):
    certs, url = tls_setup
    good = _env_spec(tmp_path, url, DOCKER_TLS_VERIFY=value, DOCKER_CERT_PATH=str(certs.dir))
    Engine.connect(good, timeout=10).close()
    bad = _env_spec(tmp_path, url, DOCKER_TLS_VERIFY=value,
                    DOCKER_CERT_PATH=str(_cert_dir_with_other_ca(certs, tmp_path / value)))
    with pytest.raises(EngineError) as info:
        Engine.connect(bad, timeout=10)
    assert "not signed by the CA" in info.value.message


def test_plain_http_to_the_tls_port_is_refused_with_a_warning_on_the_spec(tls_setup, tmp_path):
    _certs, url = tls_setup
    spec = _env_spec(tmp_path, url)
    assert spec.tls is None and "Plain TCP" in spec.security_warning()
    with pytest.raises(EngineError) as info:
        Engine.connect(spec, timeout=10)
    assert url in info.value.message
