"""The everyday actions: toolbar, menus, right-click menus and keyboard shortcuts."""
