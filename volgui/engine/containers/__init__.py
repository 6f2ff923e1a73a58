"""Container settings and changes: mounts, run specs, create flags, write layer, re-create (no Qt)."""
