"""Frozen entry point of the ``issp`` program (the command line): ``issp_desktop.cli:main``."""

import sys

from issp_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
