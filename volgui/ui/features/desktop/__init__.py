"""Desktop integration: window and action icons, the Help menu."""
