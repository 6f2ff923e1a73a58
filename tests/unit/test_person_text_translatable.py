"""A layer rule as a test: what the engine and operations layers tell a person is translatable.

An error's ``message`` and the action label given to ``engine.call`` reach a person as they are
("Remove web failed: …"), so they are written through a translation context
(``VolumeErrors.tr("…").format(…)``), never as a bare English literal or f-string. ``detail`` (the
log's words) and command lines stay as they are; a literal with no letters (a path, a number) is not
a sentence.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import volgui

ROOT = Path(volgui.__file__).parent
LAYERS = ("engine", "operations", "workers")
ERRORS = {"EngineError", "Cancelled", "PathLeavesVolume", "BadManifest", "SubtreeTooBig", "ArchiveRefused",
          "PasswordNeeded", "NoShellError", "BatchError", "NotRestarted"}
WORDS = re.compile(r"[A-Za-z]{2,}")


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _english(node: ast.AST) -> bool:
    """A bare literal or f-string holding words (not a translated call, not a variable)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(WORDS.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and WORDS.search(str(v.value)) for v in node.values)
    if isinstance(node, ast.BinOp):  # "…" + x, "…" % x
        return _english(node.left) or _english(node.right)
    return False


def offenders() -> list[str]:
    found = []
    for layer in LAYERS:
        for path in sorted((ROOT / layer).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                name = _name(node.func)
                first = node.args[0] if node.args else None
                for kw in node.keywords:
                    if kw.arg in {"message", "action"}:
                        first = first or kw.value
                        if kw.arg == "action" and _english(kw.value):
                            found.append(f"{path.relative_to(ROOT)}:{node.lineno} action=")
                if first is None:
                    continue
                if name in ERRORS and _english(first):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
                elif name == "call" and isinstance(node.func, ast.Attribute) and _english(first):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} call")
    return found


def test_the_rule_sees_a_bare_sentence():
    tree = ast.parse('raise EngineError(f"Removing {name} failed")')
    call = next(n for n in ast.walk(tree) if isinstance(n, ast.Call))
    assert _english(call.args[0])
    tree = ast.parse('raise EngineError(VolumeErrors.tr("Removing {0} failed").format(name))')
    call = next(n for n in ast.walk(tree) if isinstance(n, ast.Call))
    assert not _english(call.args[0])


def test_person_text_goes_through_a_translation_context():
    assert offenders() == []
