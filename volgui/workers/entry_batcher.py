"""Entries of a folder listing, sent from the listing's thread to the GUI in batches."""

from __future__ import annotations

import time

from volgui.workers.jobs import JobThread


class EntryBatcher:
    """Called in the job's thread for each entry; emits ``job.progressed(list)`` at most every 0.1 s."""

    def __init__(self) -> None:
        self.job: JobThread | None = None
        self.batch: list = []
        self.last = 0.0

    def __call__(self, entry) -> None:
        self.batch.append(entry)
        now = time.monotonic()
        if now - self.last > 0.1 and self.job is not None:
            self.last = now
            batch, self.batch = self.batch, []
            self.job.progressed.emit(batch)


__all__ = ["EntryBatcher"]
