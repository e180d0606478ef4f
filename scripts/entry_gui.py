"""Frozen-build entry point of the window (PyInstaller needs a script)."""

from jianguan_desktop.ui.app import main

raise SystemExit(main())
