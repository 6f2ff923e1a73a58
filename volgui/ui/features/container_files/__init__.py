"""A container's files, in a "Files" tab."""
