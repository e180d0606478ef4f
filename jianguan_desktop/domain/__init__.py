"""Pure rules: roles and permissions, human numbers, the audit hash chain, passwords.

No Qt and no SQL here: every module can be tested with plain values.
"""
