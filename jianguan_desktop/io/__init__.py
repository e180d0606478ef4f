"""Files in and out: Excel workbooks now; PDF forms and sync packages as the registers arrive.

No Qt here: the window runs these writers through its background helper with progress.
"""
