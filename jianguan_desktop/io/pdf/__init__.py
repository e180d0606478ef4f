"""PDF forms laid out after GB/T 9704-2012: the document model, fonts and the renderer (no Qt)."""
