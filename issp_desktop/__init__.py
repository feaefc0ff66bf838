"""ISSP Desktop: runs an impact-sourcing centre offline."""

__version__ = "0.1.0"  # the single source: pyproject.toml reads it from here

APP_NAME = "ISSP Desktop"
