"""Features reach the main window through the typed ``WindowContext``, never by probing it."""

from pathlib import Path

import volgui.ui

PROBES = ("getattr(window", "getattr(getattr(")


def test_no_window_probes_under_ui():
    root = Path(volgui.ui.__file__).parent
    sources = sorted(root.rglob("*.py"))
    assert len(sources) > 20  # the ui tree itself, not an empty folder
    offenders = [f"{path.relative_to(root)}:{number}: {line.strip()}"
                 for path in sources
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if any(probe in line for probe in PROBES)]
    assert offenders == []
