"""Changing the mounts of an existing container: plan, transactional run, and its text."""
