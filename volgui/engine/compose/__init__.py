"""Compose projects read from the engine's labels, and compose files written from inspect (no Qt)."""
