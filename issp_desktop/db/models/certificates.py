"""Certificates: the register of issued certificates, revocations, trusted centres."""

from __future__ import annotations
