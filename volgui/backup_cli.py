"""``volgui-backup``: run due volume backups without the GUI (for a timer or cron).

    volgui-backup                 run every due backup of every engine with a policy
    volgui-backup --list          show policies and the latest backup of each volume
    volgui-backup --install-timer write a systemd user timer that runs this every hour
    volgui-backup --print-cron    print the equivalent crontab line
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from volgui import __version__, paths


def default_folder() -> Path:
    return paths.data_dir() / "backups"


def command_line() -> str:
    """How a timer starts this program again: the frozen bundle (a .deb, a tarball) is its own
    executable, named ``volgui-backup`` by a link; an installed wheel runs the module."""
    if getattr(sys, "frozen", False):
        return shlex.quote(str(Path(sys.argv[0]).absolute()))
    return f"{shlex.quote(sys.executable)} -m volgui.backup_cli"


def timer_units() -> dict[str, str]:
    config = f" --config-dir {shlex.quote(str(paths.config_dir()))}" if paths._override else ""
    return {
        "volgui-backup.service": (
            "[Unit]\nDescription=volgui: back up Docker volumes whose policy is due\n\n"
            f"[Service]\nType=oneshot\nExecStart={command_line()}{config}\n"),
        "volgui-backup.timer": (
            "[Unit]\nDescription=Run volgui-backup every hour\n\n"
            "[Timer]\nOnCalendar=hourly\nPersistent=true\nRandomizedDelaySec=300\n\n"
            "[Install]\nWantedBy=timers.target\n"),
    }


def install_timer(enable: bool = True) -> list[Path]:
    import os
    import shutil
    import subprocess

    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "systemd" / "user"
    base.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in timer_units().items():
        (base / name).write_text(text)
        written.append(base / name)
    if enable and shutil.which("systemctl"):
        subprocess.run(["systemctl", "--user", "daemon-reload"], check=False)
        subprocess.run(["systemctl", "--user", "enable", "--now", "volgui-backup.timer"], check=False)
    return written


def cron_line() -> str:
    return f"17 * * * * {command_line()} >> {shlex.quote(str(paths.log_dir() / 'backup.log'))} 2>&1"


def build_parser() -> argparse.ArgumentParser:
    """The options (also the source of the man page, packaging/make_manpages.py)."""
    ap = argparse.ArgumentParser(prog="volgui-backup", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--version", action="version", version=f"volgui-backup {__version__}")
    ap.add_argument("--config-dir", metavar="DIR", help="the settings folder volgui was started with")
    ap.add_argument("--folder", metavar="DIR", help="backups folder (default: the one set in volgui)")
    ap.add_argument("--list", action="store_true",
                    help="show the policies and the latest backup of each volume, back up nothing")
    ap.add_argument("--install-timer", action="store_true",
                    help="write and enable a systemd user timer that runs volgui-backup every hour")
    ap.add_argument("--no-enable", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--print-cron", action="store_true", help="print the equivalent crontab line")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.config_dir:
        paths.set_config_dir(args.config_dir)
    if args.install_timer:
        for path in install_timer(enable=not args.no_enable):
            print(f"wrote {path}")
        return 0
    if args.print_cron:
        print(cron_line())
        return 0

    # deferred: --help, --version, --print-cron and --install-timer answer without loading the docker SDK
    from volgui.engine import EngineError
    from volgui.engine.volumes.backups import PolicyStore

    try:
        store = PolicyStore.load(paths.policy_file())
    except EngineError as exc:
        print(f"volgui-backup: {exc.message}", file=sys.stderr)
        return 2
    folder = args.folder or store.folder or str(default_folder())
    if not store.engines():
        print("volgui-backup: no backup policies yet (set them in volgui: Back up ▸ Policy…)")
        return 0
    failures = 0
    for host in store.engines():
        if args.list:
            _list(store, host, folder)
        elif not _run_host(store, host, folder):
            failures += 1
    return 1 if failures else 0


def _list(store, host: str, folder: str) -> None:
    from volgui.engine.volumes.backups import list_backups
    from volgui.engine.volumes.remote_folders import is_remote

    print(host)
    problems: list[str] = []
    for p in store.policies(host):
        latest = [] if is_remote(folder) else list_backups(folder, p.volume, host, problems)
        when = latest[0].created.isoformat() if latest else ("see the remote folder" if is_remote(folder)
                                                             else "never")
        print(f"  {p.volume}: every {p.every_hours:g}h, keep {p.keep}; last backup {when}")
    for text in dict.fromkeys(problems):  # each bad manifest once
        print(f"  {text}")


def _run_host(store, host: str, folder: str) -> bool:
    """Run ``host``'s due backups into ``folder`` (a path or an sftp:// address); False on failure,
    which is said on stderr and in a desktop notification."""
    from volgui.engine import Engine, EngineError, resolve
    from volgui.engine.errors import from_docker
    from volgui.engine.volumes.backups import run_due

    def log(text: str) -> None:
        print(f"{host}: {text}")

    try:
        engine = Engine.connect_first(resolve(host=host), timeout=60)
    except EngineError as exc:
        return _failed(store, host, folder, exc.message)
    try:
        if is_remote_folder(folder):
            _run_remote(engine, store, folder, log)
        else:
            run_due(engine, store, Path(folder), log=log)
    except Exception as exc:  # the engine's, the disk's or the server's (a folder that cannot be written)
        return _failed(store, host, folder, from_docker(exc, host=host).message)
    finally:
        engine.close()
    return True


def is_remote_folder(folder: str) -> bool:
    return folder.lower().startswith(("sftp://", "s3://", "s3+https://", "s3+http://"))


def _run_remote(engine, store, folder: str, log) -> None:
    from volgui.engine import keyring_store
    from volgui.engine.volumes.remote_backups import run_due_remote
    from volgui.engine.volumes.remote_folders import open_folder, target
    from volgui.engine.volumes.sftp import PasswordNeeded

    try:
        with open_folder(folder, keyring_store.get_password(target(folder).account)) as remote:
            run_due_remote(engine, store, remote, log=log)
    except PasswordNeeded as exc:
        raise type(exc)(f"{exc.message} Its password is not in the desktop keyring: enter it once in "
                        "volgui's Backups tab (Remote folder…) and let volgui save it there.") from exc


def _failed(store, host: str, folder: str, message: str) -> bool:
    """Say the failure on stderr and as a desktop notification, with each policy it made overdue."""
    from volgui.engine.present import notices
    from volgui.engine.volumes.backups import list_backups
    from volgui.engine.volumes.remote_folders import is_remote

    print(f"volgui-backup: {host}: {message}", file=sys.stderr)
    volumes = ", ".join(p.volume for p in store.policies(host)) or host
    _notify(notices.backup_failed(volumes, f"{host}: {message}"))
    if is_remote(folder):
        return False  # listing it would need the connection that may be what failed
    for policy in store.policies(host):
        latest = list_backups(folder, policy.volume, host)
        late = notices.overdue_by(policy.every_hours, latest[0].created if latest else None)
        if late:
            _notify(notices.backup_overdue(policy.volume, late, latest[0].created))
    return False


def _notify(notice) -> None:
    from volgui.operations.notifications import send

    why_not = send(notice)
    if why_not and why_not != "turned off":
        print(f"volgui-backup: no desktop notification: {why_not}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
