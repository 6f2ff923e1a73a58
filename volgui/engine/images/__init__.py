"""Images: references, pull and push with per-layer progress, save and load, disk use (no Qt)."""
