"""The only home of text shown to a person about engine objects: display strings and docker commands."""
