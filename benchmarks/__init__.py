"""Benchmarks: figures printed by ``python -m benchmarks.run``, never asserted by the tests."""
