"""Command line: ``volgui [--host URL | --context NAME] [--config-dir DIR] [--self-check]``."""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Mapping

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


NO_DISPLAY = """\
volgui is a desktop application and needs a display, but none is set (no DISPLAY or WAYLAND_DISPLAY).
- On a desktop: start volgui from a terminal inside the desktop session.
- On a remote machine: connect with X forwarding (ssh -X you@machine) and run volgui there; or, simpler,
  run volgui on your own computer and manage the remote engine over SSH:
      volgui --host ssh://you@machine
- Without any display, `volgui --self-check` checks the installation and the engine and prints a summary.
"""


def display_problem(env: Mapping[str, str], platform: str = sys.platform) -> str:
    """Why the window cannot open, said before Qt tries (its own message, "xcb-cursor0 is
    needed", sends a person looking for a library); "" when a display is there or Qt is told
    which platform to use."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return ""  # Windows and macOS always have their window system
    if any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return ""
    return NO_DISPLAY


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if not args.self_check and (problem := display_problem(os.environ)):
        print(problem, file=sys.stderr, end="")
        return 2
    # No collection while the modules load (25-60 ms of collections, 95 of them, on a busy
    # machine): the main window's collector collects in the GUI thread from then on
    # (volgui.workers.main_thread_gc) and volgui.app.tune_runtime collects once, then freezes.
    gc.disable()
    prefetch = None
    if not args.self_check:
        # lazy, and first: the engine lists containers and volumes while Qt loads (start-up time)
        from volgui.engine import prefetch as engine_prefetch

        prefetch = engine_prefetch.start(args.host, args.context)
    load_before_qt()
    from volgui.app import run  # lazy: --help and --version answer without loading Qt (start-up time)

    return run(args, prefetch)


# What the window needs at start that does not use Qt (these pull in the rest of the engine and
# operations layers the features use, and the standard-library modules behind them).
BEFORE_QT = ("volgui.operations", "volgui.engine.lessons", "volgui.engine.dto.inspect",
             "volgui.engine.volumes.history", "volgui.engine.volumes.tools_image", "volgui.engine.listing",
             "volgui.engine.health", "volgui.engine.profiles", "volgui.engine.streams.logs",
             "volgui.engine.streams.stats", "volgui.engine.containers.recreate.run", "volgui.paths",
             "importlib.resources", "logging.handlers")


def load_before_qt() -> None:
    """Import BEFORE_QT before PySide6: PySide6 reads the source file of every module imported
    after it (its ``__feature__`` import hook, 0.2-0.4 ms a module); for about 110 modules that
    took 60-110 ms of the start on a busy machine. Importing them first costs nothing more: the
    window imports them anyway."""
    for name in BEFORE_QT:
        importlib.import_module(name)
