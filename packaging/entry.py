"""The bundle's entry point: the same `reviewer` command the console script runs."""

import sys

from ui.launcher import main

sys.exit(main())
