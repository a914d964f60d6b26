"""Fixtures of the team-lead pages (a seeded working week on a live service)."""

from devkit.lead_data import lead_service

__all__ = ["lead_service"]
