"""Run the command line with ``python -m jianguan_desktop``."""

from jianguan_desktop.cli import main

raise SystemExit(main())
