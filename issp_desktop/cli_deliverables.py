"""``issp`` commands of the deliverables feature.

``register(subparsers)`` is called from ``cli.py``."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this feature's commands to the ``issp`` parser."""
