"""Dialogs of the everyday actions: each shows what will happen and its ``docker`` command."""
