"""The screen reader's side of tests/gui/test_atspi_reader.py, run by the system's Python with
PyGObject and Atspi (what Orca uses): finds the application by name and prints, as JSON, the role,
name, text and caret of each text object it exposes."""

from __future__ import annotations

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

TEXT_ROLES = {"terminal", "text", "entry"}


def nodes(node, depth=0):
    if node is None or depth > 15:
        return
    yield node
    for i in range(node.get_child_count()):
        yield from nodes(node.get_child_at_index(i), depth + 1)


def find_app(name: str, timeout: float = 30.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_name() == name:
                return app
        time.sleep(0.2)
    raise SystemExit(f"no application named {name} on the accessibility bus")


def main() -> int:
    app = find_app(sys.argv[1])
    found = []
    for node in nodes(app):
        interfaces = node.get_interfaces()  # as a reader asks each object first
        if node.get_role_name() in TEXT_ROLES:
            assert "Text" in interfaces, interfaces
            count = Atspi.Text.get_character_count(node)
            found.append({"role": node.get_role_name(), "name": node.get_name(),
                          "text": Atspi.Text.get_text(node, 0, count),
                          "caret": Atspi.Text.get_caret_offset(node), "interfaces": list(interfaces),
                          "line": Atspi.Text.get_string_at_offset(
                              node, 0, Atspi.TextGranularity.LINE).content})
    print(json.dumps(found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
