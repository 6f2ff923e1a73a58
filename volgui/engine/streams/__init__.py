"""Long-lived engine streams: events, logs, stats and interactive exec sessions (no Qt)."""
