"""Widgets and dialogs. Only the application entry point imports this package."""
