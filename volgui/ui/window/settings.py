"""QSettings stored in an INI file under volgui's config dir."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from volgui import paths


def open_settings() -> QSettings:
    path = paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)
