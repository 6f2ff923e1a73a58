"""Where volgui keeps its settings, data and logs (platformdirs, or an explicit override)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "volgui"
_override: Path | None = None


def set_config_dir(path: str | os.PathLike | None) -> None:
    """``--config-dir``: isolate all settings (and data and logs) under one folder."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def config_dir() -> Path:
    if _override is not None:
        return _override
    env = os.environ.get("VOLGUI_CONFIG_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir(APP_DIR_NAME))


def data_dir() -> Path:
    if _override is not None or os.environ.get("VOLGUI_CONFIG_DIR"):
        return config_dir() / "data"
    return Path(platformdirs.user_data_dir(APP_DIR_NAME))


def log_dir() -> Path:
    if _override is not None or os.environ.get("VOLGUI_CONFIG_DIR"):
        return config_dir() / "logs"
    return Path(platformdirs.user_log_dir(APP_DIR_NAME))


def settings_file() -> Path:
    return config_dir() / "volgui.ini"


def history_file() -> Path:
    """The volume history (SQLite): which containers used which volume."""
    return data_dir() / "history.sqlite3"


def policy_file() -> Path:
    """The backup policies (JSON), read by the Backups tab and ``volgui-backup``."""
    return config_dir() / "backup-policies.json"
