"""The terminal emulator: a screen model over pyte with a fast path, and a widget painting it."""
