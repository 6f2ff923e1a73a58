"""Checks for what a person types, matching the rules Docker itself applies (no Qt).

Each validator returns the parsed value or raises :class:`ValidationError` (an
``EngineError`` and a ``ValueError``) whose ``message`` says what is wrong and how to fix it.
The rules were checked against Docker Engine 20.10 (``tests/integration/test_validation_engine.py``
compares them with the engine's own answers):

- local volume names: ``[a-zA-Z0-9][a-zA-Z0-9_.-]+`` (two characters or more), at most 255
  characters (the name becomes a directory);
- container names: the same pattern, with one optional leading ``/``; no length limit;
- labels and environment lines follow the Docker CLI's ``--label-file`` / ``--env-file`` rules
  (``#`` comments and blank lines skipped, the key may not be empty or contain whitespace);
- port specs follow ``docker run -p [ip:][hostPort:]containerPort[/protocol]``;
- mount paths inside a container must be absolute and not ``/``.

Where Docker would accept an input that is almost certainly a mistake (a label without a key,
container port 0, an environment line without ``=``), it is refused here with a message.
"""

from __future__ import annotations

import ipaddress
import posixpath
import re
from dataclasses import dataclass

from volgui.engine.errors import EngineError

NAME_CHARS = "[a-zA-Z0-9][a-zA-Z0-9_.-]"
_NAME = re.compile(r"[a-zA-Z0-9][a-zA-Z0-9_.-]+")
MAX_VOLUME_NAME = 255  # the local driver makes a directory of that name
_WHITESPACE = " \t\n\r\v\f"
PROTOCOLS = ("tcp", "udp", "sctp")


class ValidationError(EngineError, ValueError):
    """An input Docker would refuse (or that is surely a mistake); ``message`` says why."""

    def __init__(self, message: str, *, field: str = "", line: int | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.line = line


def _show(text: str, limit: int = 40) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(shown) if any(c in shown for c in _WHITESPACE) or shown != shown.strip() else f"“{shown}”"


def _name_problem(name: str, what: str) -> str:
    """Why ``name`` does not match Docker's name rule, in plain words ("" when it does)."""
    if _NAME.fullmatch(name):
        return ""
    if len(name) < 2:
        return f"A {what} name needs at least two characters."
    if not name[0].isascii() or not name[0].isalnum():
        return f"A {what} name must start with a letter or a digit (not “{name[0]}”)."
    bad = sorted({c for c in name[1:] if not (c.isascii() and (c.isalnum() or c in "_.-"))})
    shown = " ".join("space" if c == " " else repr(c) if not c.isprintable() else c for c in bad)
    return (f"A {what} name may contain only letters a–z and A–Z, digits, “_”, “.” and “-”; "
            f"remove: {shown}.")


def validate_volume_name(name: str, driver: str = "local", *, allow_generated: bool = False) -> str:
    """The volume name as the engine will store it.

    ``""`` is refused unless ``allow_generated`` (then Docker picks a random 64-character name,
    which looks like an anonymous volume). Other drivers than ``local`` have their own rules:
    only obvious mistakes are refused for them and the engine has the last word.
    """
    if name == "":
        if allow_generated:
            return ""
        raise ValidationError("Give the volume a name, for example “my_volume”.", field="name")
    if driver in ("", "local"):
        problem = _name_problem(name, "volume")
        if problem:
            if name.startswith(("/", "~", ".")) and len(name) > 1 and "/" in name:
                problem += " (A path on the host is a bind mount, not a volume.)"
            raise ValidationError(problem, field="name")
        if len(name) > MAX_VOLUME_NAME:
            raise ValidationError(
                f"A volume name may be at most {MAX_VOLUME_NAME} characters long (this one has {len(name)}).",
                field="name")
        return name
    if name.strip() != name or "\x00" in name or "/" in name:
        raise ValidationError("A volume name may not contain “/”, NUL or leading/trailing spaces.",
                              field="name")
    return name


def validate_container_name(name: str) -> str:
    """The container name without Docker's optional leading ``/``."""
    if name == "":
        raise ValidationError("Give the container a name, for example “web”.", field="name")
    bare = name[1:] if name.startswith("/") else name
    problem = _name_problem(bare, "container")
    if problem:
        raise ValidationError(problem, field="name")
    return bare


def validate_driver(driver: str) -> str:
    """A volume driver name (``local`` when empty)."""
    driver = driver.strip()
    if not driver:
        return "local"
    if any(c in driver for c in _WHITESPACE) or "\x00" in driver:
        raise ValidationError("A driver name has no spaces, for example “local”.", field="driver")
    return driver


# -- key=value lines ----------------------------------------------------------------------------


def _lines(text: str):
    for number, raw in enumerate(text.split("\n"), 1):
        raw = raw.removesuffix("\r")
        line = raw.lstrip(_WHITESPACE)
        if not line or line.startswith("#"):
            continue
        yield number, raw


def parse_labels(text: str, *, what: str = "label") -> dict[str, str]:
    """``key=value`` lines (like ``--label-file``); ``key`` alone gives an empty value.

    The key may not be empty, contain whitespace or appear twice.
    """
    result: dict[str, str] = {}
    for number, line in _lines(text):
        key, _sep, value = line.partition("=")
        key = key.lstrip(_WHITESPACE)
        if key == "":
            raise ValidationError(f"Line {number}: a {what} needs a name before “=”, as in "
                                  f"“com.example.owner=alice”.", field=what, line=number)
        if any(c in key for c in _WHITESPACE):
            raise ValidationError(f"Line {number}: the {what} name {_show(key)} contains spaces; "
                                  f"use “.”, “-” or “_” instead.", field=what, line=number)
        if key in result:
            raise ValidationError(f"Line {number}: the {what} “{key}” is given twice.",
                                  field=what, line=number)
        result[key] = value
    return result


def parse_options(text: str) -> dict[str, str]:
    """Driver options (``--opt key=value``), one a line."""
    return parse_labels(text, what="option")


_ENV_NAME_HINT = "Environment lines look like “NAME=value”."


def parse_env(text: str) -> list[str]:
    """Environment lines (like ``--env-file``) as ``NAME=value`` strings, in order.

    A name may not be empty or contain whitespace; a line without ``=`` is refused (the CLI
    would copy the variable from your own shell, which a window cannot do): write ``NAME=``
    for an empty value.
    """
    result: list[str] = []
    seen: set[str] = set()
    for number, line in _lines(text):
        name, sep, value = line.partition("=")
        name = name.lstrip(_WHITESPACE)
        if name == "":
            raise ValidationError(f"Line {number}: the variable has no name. {_ENV_NAME_HINT}",
                                  field="env", line=number)
        if any(c in name for c in _WHITESPACE):
            raise ValidationError(f"Line {number}: the variable name {_show(name)} contains spaces. "
                                  f"{_ENV_NAME_HINT}", field="env", line=number)
        if not sep:
            raise ValidationError(f"Line {number}: “{name}” has no “=”; write “{name}=” for an empty "
                                  "value.", field="env", line=number)
        if name in seen:
            raise ValidationError(f"Line {number}: the variable “{name}” is set twice.",
                                  field="env", line=number)
        seen.add(name)
        result.append(f"{name}={value}")
    return result


# -- ports ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PortMapping:
    """One published port: ``host_ip:host_port → container_port/protocol`` (host_port "" = any)."""

    container_port: int
    protocol: str = "tcp"
    host_ip: str = ""
    host_port: str = ""  # "", "8080" or a range "8000-8010" to allocate from

    @property
    def key(self) -> str:
        return f"{self.container_port}/{self.protocol}"


_DIGITS = re.compile(r"[0-9]+")


def _port_range(text: str, what: str, spec: str) -> tuple[int, int]:
    start_s, dash, end_s = text.partition("-")
    parts = [start_s, end_s] if dash else [start_s]
    values = []
    for part in parts:
        if not _DIGITS.fullmatch(part) or int(part) > 65535:
            raise ValidationError(f"Port spec “{spec}”: the {what} “{text}” is not a port number "
                                  "(0–65535) or a range like 8000-8010.", field="ports")
        values.append(int(part))
    start, end = values[0], values[-1]
    if end < start:
        raise ValidationError(f"Port spec “{spec}”: the {what} range “{text}” ends before it starts.",
                              field="ports")
    return start, end


def parse_port_spec(spec: str) -> list[PortMapping]:
    """``docker run -p`` syntax: ``[ip:][hostPort:]containerPort[/protocol]``, ranges allowed.

    Examples: ``80``, ``8080:80``, ``127.0.0.1:8080:80/tcp``, ``[::1]:53:53/udp``,
    ``8000-8001:80-81``. A container range is expanded to one mapping per port.
    """
    raw = spec
    spec = spec.strip(_WHITESPACE)
    if not spec:
        raise ValidationError("Give a port, for example “8080:80” (host port 8080 to port 80 in the "
                              "container).", field="ports")
    if "=" in spec:
        raise ValidationError(f"Port spec “{raw}”: use the short form “[ip:][hostPort:]containerPort"
                              "[/protocol]”, e.g. “8080:80”.", field="ports")
    parts = spec.split(":")
    container = parts[-1]
    if len(parts) == 1:
        ip, host = "", ""
    elif len(parts) == 2:
        ip, host = "", parts[0]
    else:
        ip, host = ":".join(parts[:-2]), parts[-2]
    container, slash, proto = container.partition("/")
    proto = proto if slash and proto else "tcp"
    if "/" in proto:
        raise ValidationError(f"Port spec “{raw}”: more than one “/”.", field="ports")
    if ip.startswith("["):
        if not ip.endswith("]"):
            raise ValidationError(f"Port spec “{raw}”: the IPv6 address “{ip}” lacks its closing “]”.",
                                  field="ports")
        ip = ip[1:-1]
    if ip:
        try:
            if "%" in ip:
                raise ValueError
            ip = str(ipaddress.ip_address(ip)) if ":" in ip else str(ipaddress.IPv4Address(ip))
        except ValueError:
            raise ValidationError(f"Port spec “{raw}”: “{ip}” is not an IP address of this host "
                                  "(e.g. 127.0.0.1 or ::1).", field="ports") from None
    if not container:
        raise ValidationError(f"Port spec “{raw}”: the container port is missing.", field="ports")
    start, end = _port_range(container, "container port", raw)
    if start == 0:
        raise ValidationError(f"Port spec “{raw}”: the container port cannot be 0.", field="ports")
    if proto.lower() not in PROTOCOLS:
        raise ValidationError(f"Port spec “{raw}”: the protocol must be tcp, udp or sctp "
                              f"(not “{proto}”).", field="ports")
    proto = proto.lower()
    host_start = host_end = 0
    if host:
        host_start, host_end = _port_range(host, "host port", raw)
    if host and (end - start) != (host_end - host_start) and end != start:
        raise ValidationError(f"Port spec “{raw}”: the host range and the container range must have the "
                              "same length.", field="ports")
    mappings = []
    for offset, port in enumerate(range(start, end + 1)):
        if not host:
            host_port = ""
        elif end != start:
            host_port = str(host_start + offset)
        elif host_start == host_end:
            host_port = str(host_start)
        else:
            host_port = f"{host_start}-{host_end}"
        mappings.append(PortMapping(port, proto, ip, host_port))
    return mappings


def parse_ports(text: str) -> list[PortMapping]:
    """Several port specs, separated by spaces, commas or new lines."""
    mappings: list[PortMapping] = []
    for item in re.split(r"[\s,]+", text.strip()):
        if item:
            mappings.extend(parse_port_spec(item))
    return mappings


# -- mount paths ---------------------------------------------------------------------------------


def validate_mount_path(path: str) -> str:
    """A path inside a container where a volume is mounted: absolute, not ``/``; returned cleaned."""
    if path == "":
        raise ValidationError("Give the path inside the container, for example “/data”.", field="path")
    if "\x00" in path or "\n" in path:
        raise ValidationError("A mount path may not contain NUL or line breaks.", field="path")
    if not path.startswith("/"):
        raise ValidationError(f"The mount path “{path}” must be absolute, starting with “/” "
                              f"(for example “/{path.lstrip('./')}”).", field="path")
    if ":" in path:
        raise ValidationError(f"The mount path “{path}” may not contain “:” (docker -v uses it to "
                              "separate the parts).", field="path")
    clean = posixpath.normpath(path)
    if clean.startswith("//"):
        clean = "/" + clean.lstrip("/")
    if clean == "/":
        raise ValidationError("A volume cannot be mounted over “/”, the container's root.", field="path")
    return clean


def clean_path(path: str) -> str:
    """A volume-relative POSIX path without a leading slash; refuses to leave the volume."""
    if ".." in (path or "").split("/"):
        raise EngineError(f"“{path}” points outside the volume.")
    rel = posixpath.normpath("/" + (path or "").lstrip("/")).lstrip("/")
    return "" if rel == "." else rel
