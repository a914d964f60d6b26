"""Packaged resources (themes, icons), read through importlib.resources so they work installed."""
