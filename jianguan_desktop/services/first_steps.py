"""The first-steps tour of the home page: what a new office does first, and which steps look done.

Each step is worked out from the database in one read; what the tour remembers (hidden, the
office settings checked, the deadline presets reviewed) are settings of
:mod:`jianguan_desktop.services.settings`, not listed on the settings page.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.entities import Entity
from jianguan_desktop.db.models import AppSetting, User
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.settings import (
    SettingDef,
    get_setting,
    register_setting,
    set_setting,
)

GROUP = "first_steps"
OFFICE_SETTINGS_GROUP = "forms"  # 公文与打印: the office's full name, 机关代字, 抄送, 署名
DEADLINE_SETTINGS_GROUP = "complaints"  # the first group of time limits on the settings page
SETTINGS_PAGE = "settings"


def _source() -> str:
    return tr("Kept by the program for the first-steps panel of the home page")


HIDDEN = register_setting(SettingDef(
    "first_steps.hidden", False, lambda: tr("Hide the first-steps panel on the home page"),
    _source, group=GROUP, listed=False))
OFFICE_CHECKED = register_setting(SettingDef(
    "first_steps.office_checked", False, lambda: tr("The office settings have been checked"),
    _source, group=GROUP, listed=False))
DEADLINES_REVIEWED = register_setting(SettingDef(
    "first_steps.deadlines_reviewed", False,
    lambda: tr("The deadline presets have been reviewed"), _source, group=GROUP, listed=False))


class StepKey(StrEnum):
    """The steps of the tour, in the order they are taken."""

    OFFICE = "office"
    USERS = "users"
    ENTITIES = "entities"
    DEADLINES = "deadlines"


# the steps that are done once someone says so (or opens the page from the tour)
_CONFIRMED_BY: dict[StepKey, SettingDef] = {
    StepKey.OFFICE: OFFICE_CHECKED,
    StepKey.DEADLINES: DEADLINES_REVIEWED,
}


@dataclass(frozen=True)
class FirstStep:
    """One step as the home page shows it.

    ``page`` is the key of the page that does it and ``settings_group`` the part of the
    settings page to show (empty for other pages); ``allowed`` says whether this user may do
    it; ``confirmable`` whether it is done by saying so (「已核对」).
    """

    key: StepKey
    number: int
    title: str
    explanation: str
    action: str
    page: str
    settings_group: str
    done: bool
    status: str
    allowed: bool
    confirmable: bool


@dataclass(frozen=True)
class FirstSteps:
    """The whole tour: its steps, whether it is hidden, and whether this user keeps it."""

    steps: tuple[FirstStep, ...]
    hidden: bool
    available: bool  # the user may change settings, so the tour can remember for him

    @property
    def done_count(self) -> int:
        """How many steps look done."""
        return sum(1 for step in self.steps if step.done)

    @property
    def all_done(self) -> bool:
        """Whether every step looks done."""
        return self.done_count == len(self.steps)

    @property
    def shown(self) -> bool:
        """Whether the home page shows the panel."""
        return self.available and not self.hidden

    def step(self, key: StepKey | str) -> FirstStep:
        """The step with this key."""
        wanted = StepKey(key)
        return next(step for step in self.steps if step.key is wanted)


def may_keep_tour(actor: Actor) -> bool:
    """Whether the tour is offered to this user (its steps set the office up; remembering
    them is a change of settings)."""
    return actor.can(Permission.EDIT_SETTINGS)


def load_first_steps(db: Database, actor: Actor) -> FirstSteps:
    """The steps and which of them look done, read in one go."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        session = uow.session
        users = session.execute(
            select(func.count()).select_from(User).where(User.active.is_(True))).scalar_one()
        has_entity = session.execute(
            select(Entity.id).where(Entity.deleted_at.is_(None)).limit(1)).first() is not None
        office_changed = session.execute(
            select(AppSetting.key).where(AppSetting.key.like(f"{OFFICE_SETTINGS_GROUP}.%"),
                                         AppSetting.updated_by.is_not(None),
                                         AppSetting.updated_by != "").limit(1)
        ).first() is not None
        office_checked = bool(get_setting(session, OFFICE_CHECKED.key)) or office_changed
        deadlines_reviewed = bool(get_setting(session, DEADLINES_REVIEWED.key))
        hidden = bool(get_setting(session, HIDDEN.key))

    may_settings = actor.can(Permission.EDIT_SETTINGS)
    steps = (
        FirstStep(
            key=StepKey.OFFICE, number=1, title=tr("Check the office settings"),
            explanation=tr("The office's full name, the organ code of document numbers "
                           "(机关代字), the copy-to units and the signature printed on every "
                           "official document."),
            action=tr("Open the settings"), page=SETTINGS_PAGE,
            settings_group=OFFICE_SETTINGS_GROUP, done=office_checked,
            status=tr("Checked") if office_checked else tr("Not checked yet"),
            allowed=may_settings, confirmable=True),
        FirstStep(
            key=StepKey.USERS, number=2, title=tr("Add the users"),
            explanation=tr("One account for each colleague, with the role that fits his "
                           "work; also a second administrator, so that a forgotten password "
                           "can be reset."),
            action=tr("Open user management"), page="users", settings_group="",
            done=users > 1,
            status=tr("{count} users so far").format(count=users),
            allowed=actor.can(Permission.MANAGE_USERS), confirmable=False),
        FirstStep(
            key=StepKey.ENTITIES, number=3, title=tr("Import the market entities"),
            explanation=tr("Bidders, tenderers, agencies and experts are the backbone of "
                           "every register. On the register page click “Import…”, download "
                           "the template, fill it in and import it (or enter them one by "
                           "one with “New…”)."),
            action=tr("Open the market entities"), page="entities", settings_group="",
            done=has_entity,
            status=tr("Entities registered") if has_entity else tr("No entity yet"),
            allowed=actor.can(Permission.WRITE), confirmable=False),
        FirstStep(
            key=StepKey.DEADLINES, number=4, title=tr("Check the deadline presets"),
            explanation=tr("The time limits of complaints, inspections, credit lists and "
                           "liaison, each with the statute or document it comes from. "
                           "Change one only where your office's rules differ."),
            action=tr("Open the time limits"), page=SETTINGS_PAGE,
            settings_group=DEADLINE_SETTINGS_GROUP, done=deadlines_reviewed,
            status=tr("Reviewed") if deadlines_reviewed else tr("Not reviewed yet"),
            allowed=may_settings, confirmable=True),
    )
    return FirstSteps(steps=steps, hidden=hidden, available=may_keep_tour(actor))


def _confirmation(key: StepKey | str) -> SettingDef:
    try:
        return _CONFIRMED_BY[StepKey(key)]
    except (KeyError, ValueError):
        raise ValidationError(tr("This step is done by doing it, not by ticking it off."),
                              field="step") from None


def confirm_step(db: Database, actor: Actor, key: StepKey | str) -> None:
    """Note that a step done by checking (office settings, deadline presets) is done."""
    definition = _confirmation(key)
    if not get_setting(db, definition.key):
        set_setting(db, actor, definition.key, True)


def step_opened(db: Database, actor: Actor, key: StepKey | str) -> None:
    """A step's page was opened from the tour: a step done by checking counts as checked
    (when the user may change settings; otherwise nothing is noted)."""
    if StepKey(key) in _CONFIRMED_BY and actor.can(Permission.EDIT_SETTINGS):
        confirm_step(db, actor, key)


def set_first_steps_hidden(db: Database, actor: Actor, hidden: bool) -> None:
    """Hide the panel on the home page (「不再显示」) or bring it back, for this database."""
    if bool(get_setting(db, HIDDEN.key)) != hidden:
        set_setting(db, actor, HIDDEN.key, hidden)
