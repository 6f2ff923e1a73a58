#!/usr/bin/env python3
"""Write the man pages of ``volgui`` and ``volgui-backup`` from their argument parsers.

    python packaging/make_manpages.py OUTDIR        # OUTDIR/volgui.1, OUTDIR/volgui-backup.1

The options come from ``volgui.cli.build_parser`` and ``volgui.backup_cli.build_parser`` (their one
home), so a man page cannot miss an option; the prose sections around them are below. The pages are
build products (the Debian package installs them), never committed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from volgui import __version__, backup_cli, cli  # after the path is set

DATE = "2026-11-29"  # the release date in the metainfo

EXTRA = {
    "volgui": {
        "ENVIRONMENT": [
            ("DOCKER_HOST", "the engine to use when neither --host nor --context is given"),
            ("DOCKER_CONTEXT", "the Docker CLI context to use"),
            ("VOLGUI_CONFIG_DIR", "the same as --config-dir"),
            ("LANGUAGE, LC_ALL, LC_MESSAGES, LANG",
             "the language of the window: German and Spanish are shipped, English otherwise"),
        ],
        "FILES": [
            ("~/.config/volgui/", "settings and backup policies"),
            ("~/.local/share/volgui/", "backups (by default), volume history"),
            ("~/.local/state/volgui/log/", "the log and crash reports"),
        ],
        "SEE ALSO": "volgui-backup(1), docker(1)",
    },
    "volgui-backup": {
        "FILES": [
            ("~/.config/volgui/", "the backup policies set in volgui"),
            ("~/.config/systemd/user/volgui-backup.timer", "written by --install-timer"),
        ],
        "SEE ALSO": "volgui(1), systemd.timer(5), crontab(5)",
    },
}


def _esc(text: str) -> str:
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join("\\&" + line if line.startswith((".", "'")) else line for line in text.splitlines())


def _option_lines(parser: argparse.ArgumentParser) -> list[str]:
    lines: list[str] = []
    for action in parser._actions:  # argparse has no public list of its actions
        if action.help == argparse.SUPPRESS or not action.option_strings:
            continue
        names = ", ".join(f"\\fB{_esc(o)}\\fR" for o in action.option_strings)
        if action.metavar or (action.nargs != 0 and action.choices):
            value = action.metavar or "{" + ",".join(action.choices) + "}"
            names += f" \\fI{_esc(value)}\\fR"
        lines += [".TP", names, _esc(action.help or "")]
    return lines


def manpage(parser: argparse.ArgumentParser) -> str:
    name = parser.prog
    usage = parser.format_usage().removeprefix("usage: ").strip()
    description = (parser.description or "").strip()
    first, _, rest = description.partition("\n")
    summary = first.split(": ", 1)[-1].strip().rstrip(".")  # "``volgui-backup``: run due …" -> "run due …"
    out = [f'.TH {name.upper()} 1 "{DATE}" "volgui {__version__}" "User Commands"',
           ".SH NAME", f"{_esc(name)} \\- {_esc(summary)}",
           ".SH SYNOPSIS", _esc(" ".join(usage.split())),
           ".SH DESCRIPTION", ".PP", _esc(first.replace("``", ""))]
    if rest.strip():  # a table of uses, kept as written
        out += [".PP", ".nf", _esc(rest.strip("\n")), ".fi"]
    if parser.epilog:
        out += [".PP", _esc(parser.epilog)]
    out += [".SH OPTIONS", *_option_lines(parser)]
    extra = EXTRA[name]
    for section in ("ENVIRONMENT", "FILES"):
        if section in extra:
            out.append(f".SH {section}")
            for key, text in extra[section]:
                out += [".TP", f"\\fB{_esc(key)}\\fR", _esc(text)]
    out += [".SH SEE ALSO", _esc(extra["SEE ALSO"])]
    return "\n".join(out) + "\n"


def write(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for parser in (cli.build_parser(), backup_cli.build_parser()):
        target = outdir / f"{parser.prog}.1"
        target.write_text(manpage(parser), encoding="utf-8")
        written.append(target)
    return written


if __name__ == "__main__":
    for path in write(Path(sys.argv[1])):
        print(path)
