"""Qt item models keyed by id, updated per row."""
