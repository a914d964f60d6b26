"""The service's storage: SQLAlchemy models only (core, audit, calibration, labels).

Imports nothing else of the service; everything above may import it.
"""
