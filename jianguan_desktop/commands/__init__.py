"""Sub-commands of ``jianguan`` added by the registers, one module each.

``jianguan_desktop.cli.build_parser`` imports every module here and calls its
``add_commands(commands)``; modules use the public helpers of :mod:`jianguan_desktop.cli`.
"""
