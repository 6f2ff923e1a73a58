"""What the kernel says about this process (standard library only: start_probe.py loads it
before volgui, so it must not add to the start-up it measures)."""


def rss_mb() -> float:
    """Resident memory of this process in MB (VmRSS)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0
