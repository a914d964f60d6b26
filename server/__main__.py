"""``python -m server`` runs the ``reviewer-server`` command line."""

from server.cli import main

raise SystemExit(main())
