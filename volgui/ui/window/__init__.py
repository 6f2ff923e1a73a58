"""The main window and what every feature shares: selection, settings, look, icons, crash reports."""
