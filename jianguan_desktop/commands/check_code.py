"""``jianguan check-code CODE [--json]``: check a 统一社会信用代码 or 身份证号 offline.

Exit 0 when the code is valid; 1 with the reason (one line on stderr) when it is not.
"""

from __future__ import annotations

import argparse
from typing import Any

from jianguan_desktop import cli
from jianguan_desktop.domain.entity_codes import CodeKind, check_code, kind_label
from jianguan_desktop.i18n import tr

EXIT_INVALID = 1
_KINDS = {"credit": CodeKind.CREDIT, "id": CodeKind.ID}


def cmd_check_code(args: argparse.Namespace) -> int:
    """Check one code and say what it is or which rule it breaks."""
    result = check_code(args.code, _KINDS.get(args.kind or ""))
    if args.json:
        cli.emit_json({"input": result.text, "normalized": result.normalized,
                       "kind": result.kind.value, "kind_label": kind_label(result.kind),
                       "valid": result.valid, "rule": result.rule, "reason": result.reason,
                       "details": result.details})
    elif result.valid:
        cli.say(tr("{code}: a valid {kind}.").format(code=result.normalized,
                                                     kind=kind_label(result.kind)))
        for key, value in result.details.items():
            cli.say(f"  {_detail_label(key)}：{value}")
    if not result.valid:
        cli.error_line(tr("{code}: not a valid {kind}. {reason}").format(
            code=result.normalized or args.code, kind=kind_label(result.kind),
            reason=result.reason))
        return EXIT_INVALID
    return 0


def _detail_label(key: str) -> str:
    labels = {"registration": tr("Registration department"),
              "category": tr("Organisation category"), "area": tr("Administrative division code"),
              "organisation_code": tr("Organisation code"), "birth_date": tr("Date of birth"),
              "sex": tr("Sex")}
    return labels.get(key, key)


def add_commands(commands: Any) -> None:
    """Add ``check-code`` to the command line."""
    check = commands.add_parser("check-code", help=tr(
        "Check a unified social credit code or an ID card number."))
    check.add_argument("code", metavar=tr("CODE"))
    check.add_argument("--kind", choices=sorted(_KINDS), help=tr(
        "credit: a unified social credit code; id: an ID card number (default: either)."))
    check.add_argument("--json", action="store_true", help=tr("Print JSON."))
    check.set_defaults(handler=cmd_check_code)
