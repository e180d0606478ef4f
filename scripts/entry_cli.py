"""Frozen-build entry point of the command line (PyInstaller needs a script)."""

from jianguan_desktop.cli import main

raise SystemExit(main())
