"""The reference Live case service: FastAPI + SQLAlchemy, run with `reviewer-server`.

Imports only reviewer.contract (and the version) from the core; the UI never imports it.
"""
