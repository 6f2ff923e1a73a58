"""Docker Swarm without Qt: services, tasks and nodes as frozen data (``objects``), the manager's
lists in one call (``listing``), a service's mounts edited as a spec (``mounts``) and its logs
read with a bound (``logs``)."""
