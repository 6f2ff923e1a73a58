"""Volume data and its safety net: transfers, files, backups, history (no Qt)."""
