"""Volume data: browse files, back up, restore and clone volumes."""
