"""Terminal tabs: an interactive shell or the main process of a container."""
