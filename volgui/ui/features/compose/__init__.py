"""Compose projects: the Projects list, project actions and "Save as compose.yaml…"."""
