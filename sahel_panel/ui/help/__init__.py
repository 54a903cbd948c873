"""Help > About and Help > Self-test: what this installation is, what it bundles, and whether it works."""
