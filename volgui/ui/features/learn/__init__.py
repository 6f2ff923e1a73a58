"""The Learn panel: guided lessons that run for real on the connected engine."""
