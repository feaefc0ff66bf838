"""Clients and deliverables: clients, projects, batches, work logs, quality checks."""

from __future__ import annotations
