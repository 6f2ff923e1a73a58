"""Frozen values read from the engine: listed objects, inspect summaries, JSON addressing (no Qt)."""
