"""The file browser shared by a volume's and a container's files (loaded on first use)."""
