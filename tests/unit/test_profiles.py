"""What a person types in "Add engine" is checked before anything is saved."""

import pytest

from volgui.engine import EngineError
from volgui.engine.profiles import discover, make_custom_profile


def test_ssh_profile():
    v = make_custom_profile("build box", "ssh://me@build.example:2222")
    assert v.profile.host == "ssh://me@build.example:2222" and v.profile.key == "custom:build-box"
    assert v.warnings == ()


def test_plain_tcp_is_warned():
    v = make_custom_profile("lab", "lab.example:2375")
    assert v.profile.host == "tcp://lab.example:2375"
    assert "without TLS" in v.warnings[0]


def test_tls_verification_needs_a_ca(tmp_path):
    with pytest.raises(EngineError, match="CA certificate"):
        make_custom_profile("x", "tcp://h:2376", tls=True)


def test_tls_off_is_explicit_and_warned(tmp_path):
    v = make_custom_profile("x", "tcp://h:2376", tls=True, verify=False)
    assert v.profile.tls_unverified and "verification is off" in v.warnings[0]


def test_missing_certificate_file(tmp_path):
    with pytest.raises(EngineError, match="does not exist"):
        make_custom_profile("x", "tcp://h:2376", ca_cert=str(tmp_path / "nope.pem"))


@pytest.mark.parametrize("bad", ["", "ftp://h", "unix://relative.sock", "ssh://me@ho st"])
def test_bad_addresses(bad):
    with pytest.raises(EngineError):
        make_custom_profile("x", bad)


def test_discover_lists_local_and_podman_when_present(tmp_path):
    runtime = tmp_path / "run"
    (runtime / "podman").mkdir(parents=True)
    (runtime / "podman" / "podman.sock").write_text("")
    found = discover({"HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(runtime)})
    kinds = [(p.key, p.kind) for p in found]
    assert kinds[0] == ("local", "local")
    assert ("podman:user", "podman") in kinds
