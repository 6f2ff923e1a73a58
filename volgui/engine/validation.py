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

from volgui.engine.error_text import ConnectionErrors
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
    too_short, first, chars = _name_texts(what)
    if len(name) < 2:
        return too_short
    if not name[0].isascii() or not name[0].isalnum():
        return first.format(name[0])
    bad = sorted({c for c in name[1:] if not (c.isascii() and (c.isalnum() or c in "_.-"))})
    space = ConnectionErrors.tr("space")
    return chars.format(" ".join(space if c == " " else repr(c) if not c.isprintable() else c for c in bad))


def _name_texts(what: str) -> tuple[str, str, str]:
    """The three ways a name breaks Docker's rule, as sentences about a volume or a container."""
    if what == "volume":
        return (ConnectionErrors.tr("A volume name needs at least two characters."),
                ConnectionErrors.tr("A volume name must start with a letter or a digit (not “{0}”)."),
                ConnectionErrors.tr("A volume name may contain only letters a–z and A–Z, digits, “_”, “.” "
                                    "and “-”; remove: {0}."))
    return (ConnectionErrors.tr("A container name needs at least two characters."),
            ConnectionErrors.tr("A container name must start with a letter or a digit (not “{0}”)."),
            ConnectionErrors.tr("A container name may contain only letters a–z and A–Z, digits, “_”, “.” "
                                "and “-”; remove: {0}."))


def validate_volume_name(name: str, driver: str = "local", *, allow_generated: bool = False) -> str:
    """The volume name as the engine will store it.

    ``""`` is refused unless ``allow_generated`` (then Docker picks a random 64-character name,
    which looks like an anonymous volume). Other drivers than ``local`` have their own rules:
    only obvious mistakes are refused for them and the engine has the last word.
    """
    if name == "":
        if allow_generated:
            return ""
        raise ValidationError(ConnectionErrors.tr("Give the volume a name, for example “my_volume”."),
                              field="name")
    if driver in ("", "local"):
        problem = _name_problem(name, "volume")
        if problem:
            if name.startswith(("/", "~", ".")) and len(name) > 1 and "/" in name:
                problem += " " + ConnectionErrors.tr("(A path on the host is a bind mount, not a volume.)")
            raise ValidationError(problem, field="name")
        if len(name) > MAX_VOLUME_NAME:
            raise ValidationError(
                ConnectionErrors.tr("A volume name may be at most {0} characters long (this one has "
                                    "{1}).").format(MAX_VOLUME_NAME, len(name)),
                field="name")
        return name
    if name.strip() != name or "\x00" in name or "/" in name:
        raise ValidationError(ConnectionErrors.tr("A volume name may not contain “/”, NUL or "
                                                  "leading/trailing spaces."),
                              field="name")
    return name


def validate_container_name(name: str) -> str:
    """The container name without Docker's optional leading ``/``."""
    if name == "":
        raise ValidationError(ConnectionErrors.tr("Give the container a name, for example “web”."),
                              field="name")
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
        raise ValidationError(ConnectionErrors.tr("A driver name has no spaces, for example “local”."),
                              field="driver")
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
            raise ValidationError(_line_texts(what)[0].format(number), field=what, line=number)
        if any(c in key for c in _WHITESPACE):
            raise ValidationError(_line_texts(what)[1].format(number, _show(key)), field=what, line=number)
        if key in result:
            raise ValidationError(_line_texts(what)[2].format(number, key), field=what, line=number)
        result[key] = value
    return result


def _line_texts(what: str) -> tuple[str, str, str]:
    """What is wrong with a ``key=value`` line of labels or of driver options, as sentences."""
    if what == "option":
        return (ConnectionErrors.tr("Line {0}: an option needs a name before “=”, as in "
                                    "“com.example.owner=alice”."),
                ConnectionErrors.tr("Line {0}: the option name {1} contains spaces; use “.”, “-” or “_” "
                                    "instead."),
                ConnectionErrors.tr("Line {0}: the option “{1}” is given twice."))
    return (ConnectionErrors.tr("Line {0}: a label needs a name before “=”, as in "
                                "“com.example.owner=alice”."),
            ConnectionErrors.tr("Line {0}: the label name {1} contains spaces; use “.”, “-” or “_” "
                                "instead."),
            ConnectionErrors.tr("Line {0}: the label “{1}” is given twice."))


def parse_options(text: str) -> dict[str, str]:
    """Driver options (``--opt key=value``), one a line."""
    return parse_labels(text, what="option")


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
            raise ValidationError(ConnectionErrors.tr("Line {0}: the variable has no name. Environment lines "
                                                      "look like “NAME=value”.").format(number),
                                  field="env", line=number)
        if any(c in name for c in _WHITESPACE):
            raise ValidationError(ConnectionErrors.tr("Line {0}: the variable name {1} contains spaces. "
                                                      "Environment lines look like “NAME=value”.").format(
                                  number, _show(name)), field="env", line=number)
        if not sep:
            raise ValidationError(ConnectionErrors.tr("Line {0}: “{1}” has no “=”; write “{1}=” for an empty "
                                                      "value.").format(number, name),
                                  field="env", line=number)
        if name in seen:
            raise ValidationError(ConnectionErrors.tr("Line {0}: the variable “{1}” is set twice.").format(
                                  number, name), field="env", line=number)
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


def _port_texts(what: str) -> tuple[str, str]:
    """Not a port, and a range that runs backwards: sentences about the host or the container port."""
    if what == "host port":
        return (ConnectionErrors.tr("Port spec “{0}”: the host port “{1}” is not a port number (0–65535) "
                                    "or a range like 8000-8010."),
                ConnectionErrors.tr("Port spec “{0}”: the host port range “{1}” ends before it starts."))
    return (ConnectionErrors.tr("Port spec “{0}”: the container port “{1}” is not a port number "
                                "(0–65535) or a range like 8000-8010."),
            ConnectionErrors.tr("Port spec “{0}”: the container port range “{1}” ends before it starts."))


def _port_range(text: str, what: str, spec: str) -> tuple[int, int]:
    start_s, dash, end_s = text.partition("-")
    parts = [start_s, end_s] if dash else [start_s]
    values = []
    for part in parts:
        if not _DIGITS.fullmatch(part) or int(part) > 65535:
            raise ValidationError(_port_texts(what)[0].format(spec, text), field="ports")
        values.append(int(part))
    start, end = values[0], values[-1]
    if end < start:
        raise ValidationError(_port_texts(what)[1].format(spec, text), field="ports")
    return start, end


def parse_port_spec(spec: str) -> list[PortMapping]:
    """``docker run -p`` syntax: ``[ip:][hostPort:]containerPort[/protocol]``, ranges allowed.

    Examples: ``80``, ``8080:80``, ``127.0.0.1:8080:80/tcp``, ``[::1]:53:53/udp``,
    ``8000-8001:80-81``. A container range is expanded to one mapping per port.
    """
    raw = spec
    spec = spec.strip(_WHITESPACE)
    if not spec:
        raise ValidationError(ConnectionErrors.tr("Give a port, for example “8080:80” (host port 8080 to "
                                                  "port 80 in the container)."), field="ports")
    if "=" in spec:
        raise ValidationError(ConnectionErrors.tr("Port spec “{0}”: use the short form "
                                                  "“[ip:][hostPort:]containerPort[/protocol]”, e.g. "
                                                  "“8080:80”.").format(raw), field="ports")
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
        raise ValidationError(ConnectionErrors.tr("Port spec “{0}”: more than one “/”.").format(raw),
                              field="ports")
    if ip.startswith("["):
        if not ip.endswith("]"):
            raise ValidationError(ConnectionErrors.tr("Port spec “{0}”: the IPv6 address “{1}” lacks its "
                                                      "closing “]”.").format(raw, ip), field="ports")
        ip = ip[1:-1]
    if ip:
        try:
            if "%" in ip:
                raise ValueError
            ip = str(ipaddress.ip_address(ip)) if ":" in ip else str(ipaddress.IPv4Address(ip))
        except ValueError:
            raise ValidationError(ConnectionErrors.tr("Port spec “{0}”: “{1}” is not an IP address of this "
                                                      "host (e.g. 127.0.0.1 or ::1).").format(raw, ip),
                                  field="ports") from None
    if not container:
        raise ValidationError(ConnectionErrors.tr("Port spec “{0}”: the container port is missing.").format(
            raw),
                              field="ports")
    start, end = _port_range(container, "container port", raw)
    if start == 0:
        raise ValidationError(ConnectionErrors.tr("Port spec “{0}”: the container port cannot be 0.").format(
            raw),
                              field="ports")
    if proto.lower() not in PROTOCOLS:
        raise ValidationError(ConnectionErrors.tr("Port spec “{0}”: the protocol must be tcp, udp or sctp "
                                                  "(not “{1}”).").format(raw, proto), field="ports")
    proto = proto.lower()
    host_start = host_end = 0
    if host:
        host_start, host_end = _port_range(host, "host port", raw)
    if host and (end - start) != (host_end - host_start) and end != start:
        raise ValidationError(ConnectionErrors.tr("Port spec “{0}”: the host range and the container range "
                                                  "must have the same length.").format(raw), field="ports")
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
        raise ValidationError(ConnectionErrors.tr("Give the path inside the container, for example “/data”."),
                              field="path")
    if "\x00" in path or "\n" in path:
        raise ValidationError(ConnectionErrors.tr("A mount path may not contain NUL or line breaks."),
                              field="path")
    if not path.startswith("/"):
        raise ValidationError(ConnectionErrors.tr("The mount path “{0}” must be absolute, starting with “/” "
                                                  "(for example “/{1}”).").format(path, path.lstrip("./")),
                              field="path")
    if ":" in path:
        raise ValidationError(ConnectionErrors.tr("The mount path “{0}” may not contain “:” (docker -v uses "
                                                  "it to separate the parts).").format(path), field="path")
    clean = posixpath.normpath(path)
    if clean.startswith("//"):
        clean = "/" + clean.lstrip("/")
    if clean == "/":
        raise ValidationError(ConnectionErrors.tr("A volume cannot be mounted over “/”, the container's "
                                                  "root."),
                              field="path")
    return clean


def clean_path(path: str) -> str:
    """A volume-relative POSIX path without a leading slash; refuses to leave the volume."""
    if ".." in (path or "").split("/"):
        raise EngineError(ConnectionErrors.tr("“{0}” points outside the volume.").format(path))
    rel = posixpath.normpath("/" + (path or "").lstrip("/")).lstrip("/")
    return "" if rel == "." else rel
