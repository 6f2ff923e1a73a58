"""The Activity log: every action's docker command and what came of it."""
