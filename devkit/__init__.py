"""The developers' kit that tests, bench and tools share: the live service fixture
(``live_service``), synthetic cases and the service's taxonomy (``cases``), signed-in
clients and decisions (``clients``), reads of the service's tables (``db``), the team
lead's demo data (``lead_data``), the Xvfb helper (``xvfb``), a throwaway certificate
authority (``certs``), a CONNECT proxy and TLS front as child processes (``proxy``) and the
schemathesis run against the live service (``contract_fuzz``, with its ``schemathesis.toml``)
and coverage for the suite's own child processes: the service and the xdist workers
(``covered``).

Never installed or bundled, and never imported by ``reviewer``, ``ui`` or ``server``
(import-linter). It may import them. Tools and bench take what they share from here,
never from ``tests``.
"""
