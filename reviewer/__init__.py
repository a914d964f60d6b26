"""Live Review Desk core: everything that is not drawing. Never imports Qt."""

__version__ = "0.1.0"
"""The one version source: pyproject.toml reads it (setuptools dynamic version)."""
