"""Volume history: which containers used which volume, kept after they are gone."""
