"""Real engines reached every way people reach them, all on loopback."""

import hashlib
import json
import os

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
