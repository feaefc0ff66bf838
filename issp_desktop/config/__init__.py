"""Paths and settings, resolved once by ``app.py`` and passed down. Nothing runs at import."""
