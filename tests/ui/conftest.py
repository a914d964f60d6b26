"""Fixtures of the client's tests: the team-lead pages (a seeded working week on a live
service) and the pseudo-locale check (tests/ui/i18n_kit.py)."""

from devkit.lead_data import lead_service
from tests.ui.i18n_kit import built_translations, english, pseudo_locale

__all__ = ["built_translations", "english", "lead_service", "pseudo_locale"]
