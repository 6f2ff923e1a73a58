"""Asks before putting back the files an interrupted roll back left in a hidden folder: what
happens (a snapshot first; with the marker, what the roll back restored beside the folder is
removed) and the equivalent command."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from volgui.engine.volumes.interrupted import LeftAside
from volgui.ui.dialogs.base import ActionDialog
from volgui.ui.views.descriptions import describe


class PutBackDialog(ActionDialog):
    def __init__(self, volume: str, found: LeftAside, command: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Put back the files of {0}").format(volume), self.tr("Put back"), parent,
                         destructive=found.extracted)
        self.setObjectName("snapshotPutBack")
        self.volume, self.found = volume, found
        if found.extracted:
            text = self.tr(
                "A roll back of {0} was stopped (the engine or the machine stopped) after it had moved every "
                "file of the volume into the folder {1}, while it restored the snapshot beside it.\n\n"
                "volgui first takes a snapshot of the volume as it is now, so this can be undone too. Then "
                "it removes what the roll back restored beside the folder (and anything written since), "
                "moves the files back and gives the volume its own mode, owner and time again.")
        else:
            text = self.tr(
                "A roll back of {0} was stopped (the engine or the machine stopped) while it moved the "
                "volume's files into the folder {1}: some are in that folder, the others where they were.\n\n"
                "volgui first takes a snapshot of the volume as it is now, then moves the folder's files "
                "back beside the others. Nothing is removed: if a name is in both places, nothing is changed "
                "and volgui says which.")
        self.intro.setText(text.format(volume, found.name))
        describe(self.ok_button,
                 self.tr("Take a snapshot, then move the folder's files back into the volume"))
        self.command_box.set_command(command)
