"""A layer rule as a test: the labels the ui and models give their background requests are translated.

A request's ``label`` titles its failure box, starts the status line ("{0} failed: {1}") and names
it in the Activity tab, so it reaches a person as it is: ``self.tr("Back up {0}").format(volume)``,
never a bare English literal, f-string or ``"…" + x`` (the engine side has the same rule for its
errors, tests/unit/test_person_text_translatable.py, whose notion of a bare sentence this reuses).
"""

from __future__ import annotations

import ast
from pathlib import Path

import volgui
from tests.unit.test_person_text_translatable import _english

ROOT = Path(volgui.__file__).parent
LAYERS = ("ui", "models")


def offenders() -> list[str]:
    found = []
    for layer in LAYERS:
        for path in sorted((ROOT / layer).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Call):
                    found += [f"{path.relative_to(ROOT)}:{node.lineno}" for kw in node.keywords
                              if kw.arg == "label" and _labels_english(kw.value)]
    return found


def _labels_english(node: ast.AST) -> bool:
    """A bare sentence, also as either side of ``a if c else b``."""
    if isinstance(node, ast.IfExp):
        return _labels_english(node.body) or _labels_english(node.orelse)
    return _english(node)


def test_the_rule_sees_a_bare_label():
    def label(source: str) -> ast.AST:
        call = next(n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Call))
        return next(kw.value for kw in call.keywords if kw.arg == "label")

    for bare in ('submit(fn, label=f"Back up {volume}")', 'submit(fn, label="Read volume history")',
                 'submit(fn, label="Remove " + name)', 'submit(fn, label=x if one else "Remove volumes")'):
        assert _labels_english(label(bare)), bare
    for fine in ('submit(fn, label=self.tr("Back up {0}").format(volume))', 'submit(fn, label=label)',
                 'submit(fn, label=self.tr("Remove %Ln image(s)", "", n))',
                 'submit(fn, label=f"{title}: {name}")'):
        assert not _labels_english(label(fine)), fine


def test_request_labels_go_through_tr():
    assert offenders() == []
