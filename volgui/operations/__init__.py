"""One small function per user operation, run on the request worker; no Qt."""
