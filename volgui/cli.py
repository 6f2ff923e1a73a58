"""Command line: ``volgui [--host URL | --context NAME] [--config-dir DIR] [--self-check]``."""

from __future__ import annotations

import argparse
import sys

from volgui import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="volgui",
        description="Manage Docker containers and volumes by pointing and clicking.",
        epilog="Without --host or --context, volgui uses DOCKER_HOST, DOCKER_CONTEXT, the Docker CLI's "
               "current context, the default Docker socket, then Podman's sockets.",
    )
    parser.add_argument("--version", action="version", version=f"volgui {__version__}")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--host", metavar="URL",
                        help="engine to connect to, e.g. unix:///run/docker.sock, ssh://me@server, "
                             "tcp://server:2376")
    target.add_argument("--context", metavar="NAME", help="a Docker CLI context to use")
    parser.add_argument("--config-dir", metavar="DIR",
                        help="keep settings, data and logs in DIR (isolated from your normal settings)")
    parser.add_argument("--color-scheme", choices=("auto", "light", "dark"), default="auto",
                        help="light or dark colours; auto (the default) follows the desktop")
    parser.add_argument("--self-check", action="store_true",
                        help="open the main window offscreen, connect to the engine, list its volumes, "
                             "print a summary and exit (0 when everything works)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    from volgui.app import run  # lazy: --help and --version answer without loading Qt (start-up time)

    return run(args)
