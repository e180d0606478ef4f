"""Excel import: templates, tolerant reading, row-level validation and the error report (no Qt)."""
