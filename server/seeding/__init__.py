"""Deterministic data for a fresh database: cases (from ``server.synth``), the decided demo
week, the calibration pool.

Calls the domain and the models, never the routes.
"""
