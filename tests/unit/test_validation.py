"""Validators accept what Docker accepts, parsed the same way, and refuse the rest with a message."""

import pytest

from volgui.engine.errors import EngineError
from volgui.engine.validation import (
    PortMapping,
    ValidationError,
    parse_env,
    parse_labels,
    parse_options,
    parse_port_spec,
    parse_ports,
    validate_container_name,
    validate_driver,
    validate_mount_path,
    validate_volume_name,
)


@pytest.mark.parametrize("name", ["ab", "a-", "A1", "a.b_c-d", "0x", "my_volume", "a" * 255, "9.9"])
def test_volume_names_docker_accepts(name):
    assert validate_volume_name(name) == name


@pytest.mark.parametrize(("name", "words"), [
    ("a", "at least two"),
    ("1", "at least two"),
    ("-a", "start with a letter or a digit"),
    ("_a", "start with a letter or a digit"),
    (".a", "start with a letter or a digit"),
    ("..", "start with a letter or a digit"),
    ("a b", "remove: space"),
    ("a/b", "remove: /"),
    ("a:b", "remove: :"),
    ("é1", "start with a letter"),
    ("ab\n", "remove: '\\n'"),
    ("/ab", "bind mount"),
    ("a" * 256, "at most 255"),
    ("", "Give the volume a name"),
])
def test_volume_names_refused_with_reason(name, words):
    with pytest.raises(ValidationError) as err:
        validate_volume_name(name)
    assert words in err.value.message
    assert isinstance(err.value, EngineError) and isinstance(err.value, ValueError)


def test_empty_volume_name_when_generated_names_are_allowed():
    assert validate_volume_name("", allow_generated=True) == ""


def test_other_drivers_get_the_last_word():
    assert validate_volume_name("x", driver="nfs-plugin") == "x"
    with pytest.raises(ValidationError):
        validate_volume_name("a/b", driver="nfs-plugin")


@pytest.mark.parametrize(("name", "stored"), [("ab", "ab"), ("/ab", "ab"), ("web.1_x-y", "web.1_x-y"),
                                              ("a" * 300, "a" * 300)])
def test_container_names(name, stored):
    assert validate_container_name(name) == stored


@pytest.mark.parametrize("name", ["", "a", "//ab", "a/b", "-a", "a b", "/a"])
def test_container_names_refused(name):
    with pytest.raises(ValidationError):
        validate_container_name(name)


def test_driver():
    assert validate_driver("") == "local"
    assert validate_driver(" local ") == "local"
    with pytest.raises(ValidationError):
        validate_driver("my driver")


def test_labels_like_the_cli():
    text = "a=b\n# comment\n\n  spaced=  keeps value  \nbare\ne==x\r\n"
    assert parse_labels(text) == {"a": "b", "spaced": "  keeps value  ", "bare": "", "e": "=x"}
    assert parse_options("type=tmpfs\no=size=100m") == {"type": "tmpfs", "o": "size=100m"}


@pytest.mark.parametrize(("text", "words"), [
    ("=x", "needs a name"),
    ("a b=1", "contains spaces"),
    ("a=1\na=2", "given twice"),
    ("ok=1\nbare \n", "Line 2"),
])
def test_labels_refused(text, words):
    with pytest.raises(ValidationError) as err:
        parse_labels(text)
    assert words in err.value.message


def test_env_lines():
    assert parse_env("A=1\n# c\nB=\nC=x=y\n  D=  v") == ["A=1", "B=", "C=x=y", "D=  v"]


@pytest.mark.parametrize(("text", "words"), [
    ("=x", "no name"),
    ("A B=1", "contains spaces"),
    ("A", "write “A=”"),
    ("A=1\nA=2", "set twice"),
])
def test_env_refused(text, words):
    with pytest.raises(ValidationError) as err:
        parse_env(text)
    assert words in err.value.message


@pytest.mark.parametrize(("spec", "expected"), [
    ("80", [PortMapping(80)]),
    ("80/udp", [PortMapping(80, "udp")]),
    ("80/", [PortMapping(80)]),
    ("8080:80", [PortMapping(80, host_port="8080")]),
    (":80", [PortMapping(80)]),
    ("0080:80/TCP", [PortMapping(80, host_port="80")]),
    ("127.0.0.1:8080:80/tcp", [PortMapping(80, "tcp", "127.0.0.1", "8080")]),
    ("127.0.0.1::80", [PortMapping(80, "tcp", "127.0.0.1", "")]),
    ("[::1]:53:53/udp", [PortMapping(53, "udp", "::1", "53")]),
    ("::1:53:53", [PortMapping(53, "tcp", "::1", "53")]),
    ("8000-8001:80-81", [PortMapping(80, host_port="8000"), PortMapping(81, host_port="8001")]),
    ("8000-8010:80", [PortMapping(80, host_port="8000-8010")]),
    ("80-81", [PortMapping(80), PortMapping(81)]),
    ("1:65535/sctp", [PortMapping(65535, "sctp", host_port="1")]),
])
def test_port_specs(spec, expected):
    assert parse_port_spec(spec) == expected


@pytest.mark.parametrize(("spec", "words"), [
    ("", "Give a port"),
    ("abc", "not a port number"),
    ("65536", "not a port number"),
    ("+80", "not a port number"),
    ("8080:", "container port is missing"),
    ("0", "cannot be 0"),
    ("81-80", "ends before it starts"),
    ("80/icmp", "tcp, udp or sctp"),
    ("80/tcp/x", "more than one"),
    ("999.1.1.1:80:80", "not an IP address"),
    ("[::1:80:80", "closing"),
    ("fe80::1%eth0:80:80", "not an IP address"),
    ("8000-8001:80-82", "same length"),
    ("target=80,published=8080", "short form"),
])
def test_port_specs_refused(spec, words):
    with pytest.raises(ValidationError) as err:
        parse_port_spec(spec)
    assert words in err.value.message


def test_several_ports():
    assert [m.key for m in parse_ports("80, 443/tcp\n53/udp")] == ["80/tcp", "443/tcp", "53/udp"]


@pytest.mark.parametrize(("path", "clean"), [("/data", "/data"), ("/data/", "/data"), ("//a//b/../c", "/a/c"),
                                             ("/a b", "/a b")])
def test_mount_paths(path, clean):
    assert validate_mount_path(path) == clean


@pytest.mark.parametrize(("path", "words"), [
    ("", "Give the path"), ("data", "must be absolute"), ("/", "root"), ("/a/..", "root"),
    ("/a:b", "may not contain “:”"), ("/a\x00", "NUL")])
def test_mount_paths_refused(path, words):
    with pytest.raises(ValidationError) as err:
        validate_mount_path(path)
    assert words in err.value.message
