"""Allows ``python -m sahel_panel``."""

import sys

from sahel_panel.cli import main

if __name__ == "__main__":
    sys.exit(main())
