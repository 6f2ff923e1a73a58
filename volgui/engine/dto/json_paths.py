"""Addressing and walking JSON documents (``docker inspect`` output): no Qt, no Docker.

``json_path(["HostConfig", "Binds", 0])`` → ``HostConfig.Binds[0]``; ``parse_path`` is its inverse.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

PathPart = str | int

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PATH_TOKEN = re.compile(r'\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]')


def json_path(parts: Sequence[PathPart]) -> str:
    """``["HostConfig", "Binds", 0]`` → ``HostConfig.Binds[0]``; odd keys are quoted:
    ``["Config", "Labels", "com.example.x"]`` → ``Config.Labels["com.example.x"]``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENT.match(part):
            out += f".{part}" if out else part
        else:
            out += f"[{json.dumps(part, ensure_ascii=False)}]"
    return out


def parse_path(text: str) -> tuple[PathPart, ...]:
    """The inverse of :func:`json_path`."""
    parts: list[PathPart] = []
    pos = 0
    while pos < len(text):
        m = _PATH_TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ValueError(f"not a JSON path: {text!r}")
        if m.group(1) is not None:
            parts.append(m.group(1))
        elif m.group(2) is not None:
            parts.append(int(m.group(2)))
        else:
            parts.append(json.loads(m.group(3)))
        pos = m.end()
    return tuple(parts)


def value_at(data: Any, parts: Sequence[PathPart]) -> Any:
    """The value at a path; ``KeyError`` when there is none."""
    for part in parts:
        if isinstance(data, dict) and not isinstance(part, int) and part in data:
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
        else:
            raise KeyError(json_path(parts))
    return data


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def scalar_text(value: Any) -> str:
    """A value as a person copies it: strings bare, others as JSON (``null``, ``true``, ``{…}``)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict | list):
        return json.dumps(value, indent=2, ensure_ascii=False)
    return json.dumps(value)


def walk_json(data: Any, prefix: tuple[PathPart, ...] = ()) -> Iterator[tuple[tuple[PathPart, ...], Any]]:
    """Every (path, value) below ``data`` in document order, parents before children."""
    if isinstance(data, dict):
        items = data.items()
    elif isinstance(data, list):
        items = enumerate(data)
    else:
        return
    for key, value in items:
        path = (*prefix, key)
        yield path, value
        yield from walk_json(value, path)


def go_template(parts: Sequence[PathPart], container: bool = False) -> str:
    """The ``docker inspect --format`` template for a path: ``["HostConfig", "Binds", 0]`` →
    ``{{index .HostConfig.Binds 0}}``; objects and arrays (``container=True``) through ``json``."""
    expr = ""
    for part in parts:
        if isinstance(part, str) and _IDENT.match(part):
            expr = f"{expr}.{part}"
        else:
            arg = str(part) if isinstance(part, int) else json.dumps(part, ensure_ascii=False)
            expr = f"(index {expr or '.'} {arg})"
    expr = expr or "."
    if container:
        return f"{{{{json {expr}}}}}"
    if expr.startswith("(") and expr.endswith(")") and expr.count("(") == 1:
        expr = expr[1:-1]
    return f"{{{{{expr}}}}}"
