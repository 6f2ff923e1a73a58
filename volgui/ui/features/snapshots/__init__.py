"""Snapshots: take one, see what changed since one, roll back to one."""
