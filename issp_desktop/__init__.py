"""ISSP Desktop: runs an impact-sourcing centre offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("issp-desktop")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"

APP_NAME = "ISSP Desktop"
