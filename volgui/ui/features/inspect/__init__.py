"""The inspect panel: a readable summary and the raw JSON of the selected object."""
