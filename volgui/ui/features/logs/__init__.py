"""The Logs and Stats tabs of the selected container."""
