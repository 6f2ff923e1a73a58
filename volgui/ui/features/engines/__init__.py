"""The Engines sidebar: every engine volgui knows and its state."""
