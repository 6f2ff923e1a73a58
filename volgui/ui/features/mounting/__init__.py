"""Mounting: drop a volume on a container, remove or replace a mount, by a checked re-create."""
