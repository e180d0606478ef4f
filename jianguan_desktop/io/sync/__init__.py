"""Sync packages: the cryptographic suite and the hardened zip container (no Qt, no database)."""
