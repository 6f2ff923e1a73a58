"""The Backups tab: known backups, verification, restore and backup policies."""
