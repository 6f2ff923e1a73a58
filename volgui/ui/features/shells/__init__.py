"""Debug shells for containers without one, and shells in volumes."""
