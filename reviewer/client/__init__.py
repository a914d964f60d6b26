"""The case service's client: transport, tokens, credentials, errors, and the
calibration and lead endpoints.

Pure Python (httpx, keyring). May import ``reviewer.contract`` and the other core
modules; never PySide6, ``ui``, ``server`` or ``devkit``.
"""
