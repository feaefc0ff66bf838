"""Frozen entry point of the ``issp-desktop`` program (the GUI): ``issp_desktop.__main__``."""

import sys

from issp_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
