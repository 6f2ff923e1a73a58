"""Features: each folder installs itself into the main window through a typed window context."""
