"""Desktop notifications: a failed or overdue scheduled backup, a container unhealthy or dead."""
