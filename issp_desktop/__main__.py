"""``python -m issp_desktop`` and the ``issp-desktop`` script start the GUI."""

from __future__ import annotations

import sys

from issp_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
