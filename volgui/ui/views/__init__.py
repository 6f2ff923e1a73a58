"""Reusable widgets that show engine objects: the table views, command text, JSON tree, painted logs."""
