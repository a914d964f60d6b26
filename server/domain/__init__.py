"""The service's rules without HTTP: queues, scopes, lease rules, the taxonomy, the audit
chain, announcements, metrics, the QA pool and its results.

May import ``server.models``, ``server.errors`` and ``reviewer``; never FastAPI or Starlette,
never ``server.routes``. Routes and seeding call in here.
"""
