"""Qt-side threads that talk to the engine so the GUI thread never blocks on it."""
