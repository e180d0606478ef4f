"""What 「关于」 tells a user or support: version, database and its revision, office, and the
fonts of the interface and of the printed forms with their licences, as plain data and text.

No Qt here: the window's About dialog shows these facts, and the command line could too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jianguan_desktop import __version__
from jianguan_desktop.db.engine import Database
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.pdf.font_discovery import normalise_family
from jianguan_desktop.io.pdf.fonts import FontChoice, FontRole, FontSet, default_fonts
from jianguan_desktop.services.setup import OfficeInfo, office_info

# Free fonts by the start of their family name (normalised), with their licence's name.
_APL, _OFL = "apl", "ofl"
FREE_FONT_LICENCES: tuple[tuple[str, str], ...] = (
    ("AR PL", _APL),  # AR PL UMing, UKai, KaitiM GB (Arphic)
    ("BabelStone Han", "babelstone"),
    ("WenQuanYi Zen Hei", "wqy-zenhei"),
    ("WenQuanYi Micro Hei", "wqy-microhei"),
    ("LXGW WenKai", _OFL),
    ("Noto Sans CJK", _OFL), ("Noto Serif CJK", _OFL), ("Noto Sans SC", _OFL),
    ("Noto Serif SC", _OFL), ("Source Han Sans", _OFL), ("Source Han Serif", _OFL),
    ("HanaMin", _OFL),
    ("Droid Sans Fallback", "apache"),
)


def program_name() -> str:
    """The program's name as users know it."""
    return tr("Supervision registers for public-resource trading")


def _licence_text(key: str) -> str:
    texts = {
        _APL: tr("Arphic Public License"),
        "babelstone": tr("Arphic Public License (free to use)"),
        "wqy-zenhei": tr("GNU GPL v2 with font embedding exception"),
        "wqy-microhei": tr("Apache License 2.0 or GNU GPL v3 with font embedding exception"),
        _OFL: tr("SIL Open Font License 1.1"),
        "apache": tr("Apache License 2.0"),
    }
    return texts[key]


def is_free_font(family: str) -> bool:
    """Whether ``family`` is one of the free fonts whose licence the program knows."""
    name = normalise_family(family)
    return any(name.startswith(normalise_family(prefix)) for prefix, _ in FREE_FONT_LICENCES)


def font_licence(family: str) -> str:
    """The licence of a font family: the free fonts' by name; every other font (方正, 中易
    SimSun, 微软雅黑…) is the office's own, 「由本单位自行授权安装」."""
    name = normalise_family(family)
    for prefix, key in FREE_FONT_LICENCES:
        if name.startswith(normalise_family(prefix)):
            return _licence_text(key)
    return tr("Licensed and installed by the office itself")


def font_role_text(role: FontRole) -> str:
    """What a font role is used for, e.g. 「仿宋（正文）」."""
    texts = {
        FontRole.FANGSONG: tr("FangSong (body text)"),
        FontRole.SONG: tr("Song (page numbers)"),
        FontRole.XIAOBIAOSONG: tr("XiaoBiaoSong (titles)"),
        FontRole.HEITI: tr("HeiTi (first-level headings, table headers)"),
        FontRole.KAITI: tr("KaiTi (second-level headings)"),
    }
    return texts.get(role, str(role))


def font_origin_text(choice: FontChoice) -> str:
    """Where a font comes from, and whether it stands in for the one asked for."""
    origins = {"system": tr("installed on this computer"),
               "user": tr("from the office's fonts folder"),
               "free": tr("free font installed with the program")}
    text = origins.get(choice.origin, choice.origin)
    if choice.substitute:
        text = tr("{origin}; a stand-in").format(origin=text)
    return text


@dataclass(frozen=True)
class FontFact:
    """One role of the printed forms: the font used, its file, where it came from, licence."""

    role: str
    role_label: str
    family: str
    file: str
    origin: str
    origin_label: str
    substitute: bool
    licence: str


def font_fact(choice: FontChoice) -> FontFact:
    """The plain facts of one font choice."""
    return FontFact(role=str(choice.role), role_label=font_role_text(choice.role),
                    family=choice.family, file=str(choice.file), origin=choice.origin,
                    origin_label=font_origin_text(choice), substitute=choice.substitute,
                    licence=font_licence(choice.family))


def print_font_facts(font_set: FontSet | None = None) -> list[FontFact]:
    """The font of each role of the printed forms (仿宋, 小标宋, 宋体, 黑体, 楷体).

    Looking the fonts up reads font files: the first call in a process may take a moment.
    Raises :class:`jianguan_desktop.io.pdf.fonts.NoFontError` when there is no Chinese font.
    """
    fonts = font_set if font_set is not None else default_fonts()
    return [font_fact(choice) for choice in fonts.describe()]


@dataclass(frozen=True)
class AboutFacts:
    """The program and its database, for 「关于」."""

    name: str
    version: str
    program_revision: str
    database: str  # the file, or the server URL without its password
    database_revision: str | None
    office: OfficeInfo | None


def about_facts(db: Database) -> AboutFacts:
    """Version, database, revisions and office of the running program."""
    from jianguan_desktop.db.migrate import current_revision, head_revision

    try:
        revision = current_revision(db)
    except UserError:
        revision = None
    try:
        office = office_info(db)
    except UserError:
        office = None
    return AboutFacts(name=program_name(), version=__version__,
                      program_revision=head_revision(), database=db.location,
                      database_revision=revision, office=office)


def revision_text(facts: AboutFacts) -> str:
    """The database's revision compared with the program's, e.g. 「0015（与本程序一致）」."""
    from jianguan_desktop.db.migrate import is_known_revision

    ours, theirs = facts.program_revision, facts.database_revision
    if theirs is None:
        return tr("none yet (the program writes version {program})").format(program=ours)
    if theirs == ours:
        return tr("{database} (the same as this program's)").format(database=theirs)
    if is_known_revision(theirs):
        return tr("{database} (older than this program's {program}; it is upgraded when "
                  "the program starts)").format(database=theirs, program=ours)
    return tr("{database} (newer than this program's {program})").format(
        database=theirs, program=ours)


def program_rows(facts: AboutFacts) -> list[tuple[str, str]]:
    """Label and value of the program and its database."""
    return [(tr("Program version"), facts.version),
            (tr("Database"), facts.database),
            (tr("Database version"), revision_text(facts))]


def office_rows(facts: AboutFacts) -> list[tuple[str, str]]:
    """Label and value of the office (one line when it is not set up yet)."""
    office = facts.office
    if office is None:
        return [(tr("Office"), tr("not set up yet"))]
    return [(tr("Office name"), office.name), (tr("Office code"), office.code),
            (tr("Office type"), office.mode_label)]


def ui_font_text(family: str | None) -> str:
    """The interface font and its licence, e.g. 「Noto Sans CJK SC（SIL 开放字体许可证 1.1）」."""
    if not family:
        return tr("the system's default (no Chinese interface font found)")
    return tr("{family}; licence: {licence}").format(family=family,
                                                    licence=font_licence(family))


def font_line(fact: FontFact) -> str:
    """One print font as a line of text: role, font, where from, licence, file."""
    return tr("{role}: {family} ({origin}); licence: {licence}; file: {file}").format(
        role=fact.role_label, family=fact.family, origin=fact.origin_label,
        licence=fact.licence, file=fact.file)


def about_text(facts: AboutFacts, ui_font: str | None,
               print_fonts: Sequence[FontFact] | None, fonts_problem: str | None = None) -> str:
    """Everything 「关于」 shows, as plain text to send to support."""
    lines = [facts.name, ""]
    lines += [f"{label}：{value}" for label, value in program_rows(facts)]
    lines += [f"{label}：{value}" for label, value in office_rows(facts)]
    lines += ["", f"{tr('Interface font')}：{ui_font_text(ui_font)}", f"{tr('Printing fonts')}："]
    if print_fonts:
        lines += [f"  {font_line(fact)}" for fact in print_fonts]
    elif fonts_problem:
        lines.append(f"  {fonts_problem}")
    else:
        lines.append(f"  {tr('Looking for the fonts installed on this computer…')}")
    return "\n".join(lines) + "\n"
