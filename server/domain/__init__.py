"""The service's rules without HTTP: queues, scopes, lease rules, the taxonomy, the audit
chain, announcements, metrics, the QA pool and its results, account labels, and the one
writer of a stored case's content (``case_content``).

May import ``server.models``, ``server.errors``, the helpers below it (``server.db``,
``server.cursors``, ``server.chat_chunks``) and ``reviewer``; never FastAPI or Starlette,
never ``server.routes``. Routes and seeding call in here.
"""
