"""Bundled resources: translations, icons, fonts and data tables."""
