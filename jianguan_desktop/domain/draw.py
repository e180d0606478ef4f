"""The verifiable random draw of 双随机、一公开: objects by stratum, then inspectors per object.

Pure rules, no database: :func:`draw` turns a :class:`DrawRequest` into a :class:`DrawResult`;
:func:`verify` re-runs a recorded draw and names every difference (issue 6 item 6).

Algorithm ``jianguan-draw/1`` — enough to re-implement it from the printed record:

1. **Pool hash.** The canonical snapshot is the JSON object with the keys ``inspectors``,
   ``per_object``, ``pool``, ``rules`` and ``specialty_of``: ``pool`` lists every object as
   ``{"industry", "key", "kind", "name", "risk", "stratum", "unit"}`` sorted by ``key``;
   ``inspectors`` lists ``{"active", "key", "name", "recused", "related", "specialties",
   "unit"}`` sorted by ``key``, the three lists inside each sorted; ``rules`` lists
   ``{"max_ratio", "min_count", "min_ratio", "stratum"}`` sorted by ``stratum``;
   ``specialty_of`` is a list of ``[industry or kind, specialty]`` pairs sorted. It is written
   as by Python's ``json.dumps(..., sort_keys=True, ensure_ascii=False,
   separators=(",", ":"))`` and encoded in UTF-8; the pool hash is the lowercase hex SHA-256
   of those bytes. Any change to an object, an inspector, a rule or a setting changes it.
   (All strings are compared and sorted by Unicode code point.)
2. **Random numbers.** Block ``i`` (``i`` = 0, 1, 2, ...) is
   ``SHA-256(b"jianguan-draw/1" 0x00 seed-UTF-8 0x00 pool-hash-ASCII 0x00 i)`` with ``i`` as
   8 bytes big-endian; each 32-byte block gives four unsigned 64-bit integers read big-endian
   in order. ``below(n)`` takes the next integer ``x`` and rejects it while
   ``x >= 2**64 - (2**64 mod n)``, then returns ``x mod n`` (unbiased). The seed is used
   exactly as entered; an empty or blank seed is refused.
3. **How many per stratum.** Strata are handled in code-point order of their names. For a
   stratum of ``n`` objects the number drawn is ``max(ceil(min_ratio × n / 1000), min_count)``
   (ratios are whole per-mille numbers: 5 % = 50; ``ceil`` rounds any fraction up, so one
   object of seven at 5 % is 1). When that exceeds ``n`` the draw is refused with the number
   missing. Rounding up may pass ``max_ratio`` in a small stratum; the counts record
   ``pool_size`` and ``drawn`` so the reached ratio is visible.
4. **Objects.** Inside a stratum, objects are sorted by key; each pick takes
   ``r = below(W)`` where ``W`` is the sum of the risks (1 low – 3 high) of the objects not yet
   drawn, and chooses the first remaining object (in key order) whose running sum of risks
   exceeds ``r``; it is removed and the next pick follows (sequential weighted sampling
   without replacement, exact integers only).
5. **Inspectors.** Objects are served in the order drawn. For an object the candidates are the
   inspectors (sorted by key) who are active, hold the required specialty (``specialty_of``
   looked up by the object's industry, else by its kind; no entry means any specialty), and
   have no conflict: not the same non-empty unit, the object's key or unit not in ``related``,
   the key not in ``recused``. Fewer than ``per_object`` candidates refuses the draw, naming
   the object. Each of the ``per_object`` picks keeps the candidates not yet picked for this
   object with the fewest assignments so far in this draw, and takes ``below(count)`` among
   them in key order; the picked inspector's count goes up by one.
6. **Result.** ``selected`` is ``(object key, stratum)`` in draw order, ``matches`` is
   ``(object key, inspector keys in pick order)`` in the same order, ``counts`` is one
   ``(stratum, pool_size, drawn)`` per stratum. :func:`verify` recomputes the hash, compares
   the seed and algorithm, re-runs the draw and compares each part.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from jianguan_desktop.domain.plain_data import PlainRecord
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr

ALGORITHM_VERSION = "jianguan-draw/1"
OBJECT_KINDS = ("entity", "agency", "expert", "project")
MIN_PER_OBJECT = 2  # 至少两名执法检查人员 (issue 6 item 6)
_TWO_64 = 1 << 64


class DrawError(ValidationError, ValueError):
    """A draw the rules refuse; ``str()`` says why, ``field`` names what to fix."""


@dataclass(frozen=True)
class PoolObject(PlainRecord):
    """One object that may be drawn: an entity, agency, expert or project."""

    key: str
    name: str
    kind: str
    stratum: str
    risk: int
    unit: str = ""
    industry: str = ""


@dataclass(frozen=True)
class Inspector(PlainRecord):
    """One person on the 执法检查人员名录库 as the draw sees them."""

    key: str
    name: str
    unit: str = ""
    specialties: tuple[str, ...] = ()
    recused: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    active: bool = True

    def __post_init__(self) -> None:
        for name in ("specialties", "recused", "related"):
            object.__setattr__(self, name, tuple(sorted(set(getattr(self, name)))))

    def conflicts_with(self, item: PoolObject) -> bool:
        """Whether the inspector may not inspect ``item``: same unit, related or recused."""
        return ((bool(item.unit) and item.unit == self.unit)
                or item.key in self.recused
                or item.key in self.related
                or (bool(item.unit) and item.unit in self.related))


@dataclass(frozen=True)
class StratumRule(PlainRecord):
    """How much of one stratum is drawn: ratios in per mille (5 % = 50)."""

    stratum: str
    min_ratio: int
    max_ratio: int = 1000
    min_count: int = 0


@dataclass(frozen=True)
class DrawRequest(PlainRecord):
    """Everything a draw depends on: the pool, the inspectors, the rules and the seed."""

    pool: tuple[PoolObject, ...]
    inspectors: tuple[Inspector, ...]
    rules: tuple[StratumRule, ...]
    seed: str
    per_object: int = MIN_PER_OBJECT
    specialty_of: tuple[tuple[str, str], ...] = ()
    algorithm: str = ALGORITHM_VERSION

    def __post_init__(self) -> None:
        object.__setattr__(self, "pool", tuple(self.pool))
        object.__setattr__(self, "inspectors", tuple(self.inspectors))
        object.__setattr__(self, "rules", tuple(self.rules))
        pairs: Iterable[Any] = (self.specialty_of.items() if isinstance(self.specialty_of, Mapping)
                                else self.specialty_of)
        object.__setattr__(self, "specialty_of",
                           tuple(sorted((str(key), str(value)) for key, value in pairs)))


@dataclass(frozen=True)
class StratumCount(PlainRecord):
    """How many objects a stratum had and how many were drawn."""

    stratum: str
    pool_size: int
    drawn: int

    @property
    def ratio(self) -> Fraction:
        """The share drawn, exact."""
        return Fraction(self.drawn, self.pool_size) if self.pool_size else Fraction(0)


@dataclass(frozen=True)
class DrawResult(PlainRecord):
    """The record of a draw: what to print and keep so anyone can re-run it."""

    algorithm: str
    seed: str
    pool_hash: str
    selected: tuple[tuple[str, str], ...]
    matches: tuple[tuple[str, tuple[str, ...]], ...]
    counts: tuple[StratumCount, ...]

    def inspectors_of(self, object_key: str) -> tuple[str, ...]:
        """The inspectors matched with one drawn object (empty when it was not drawn)."""
        return dict(self.matches).get(object_key, ())


@dataclass(frozen=True)
class VerifyOutcome:
    """Whether a re-run gives the recorded result, and each difference in words."""

    matches: bool
    differences: tuple[str, ...]


class DrawStream:
    """The deterministic random numbers of a draw: SHA-256 in counter mode (docstring, 2)."""

    def __init__(self, seed: str, pool_digest: str) -> None:
        self._prefix = b"\x00".join((ALGORITHM_VERSION.encode("ascii"), seed.encode("utf-8"),
                                     pool_digest.encode("ascii"), b""))
        self._counter = 0
        self._buffer: list[int] = []

    def next_u64(self) -> int:
        """The next unsigned 64-bit integer."""
        if not self._buffer:
            block = hashlib.sha256(self._prefix + self._counter.to_bytes(8, "big")).digest()
            self._counter += 1
            self._buffer = [int.from_bytes(block[at:at + 8], "big") for at in (24, 16, 8, 0)]
        return self._buffer.pop()

    def below(self, n: int) -> int:
        """A uniform integer in ``0 .. n-1`` by rejection (no modulo bias)."""
        if n <= 0:
            raise ValueError("n must be positive")
        limit = _TWO_64 - (_TWO_64 % n)
        value = self.next_u64()
        while value >= limit:
            value = self.next_u64()
        return value % n


def canonical_snapshot(request: DrawRequest) -> bytes:
    """The UTF-8 bytes hashed into the pool hash (docstring, 1)."""
    snapshot = {  # vars(): the fields of these flat records (tuples are written as lists)
        "pool": [vars(item) for item in sorted(request.pool, key=lambda item: item.key)],
        "inspectors": [vars(person)
                       for person in sorted(request.inspectors, key=lambda person: person.key)],
        "rules": [vars(rule) for rule in sorted(request.rules, key=lambda rule: rule.stratum)],
        "per_object": request.per_object,
        "specialty_of": [list(pair) for pair in request.specialty_of],
    }
    return json.dumps(snapshot, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def pool_hash(request: DrawRequest) -> str:
    """Lowercase hex SHA-256 of the canonical pool snapshot."""
    return hashlib.sha256(canonical_snapshot(request)).hexdigest()


def number_to_draw(rule: StratumRule, size: int) -> int:
    """``max(ceil(min_ratio × size / 1000), min_count)`` (docstring, 3)."""
    return max(-(-rule.min_ratio * size // 1000), rule.min_count)


def draw(request: DrawRequest) -> DrawResult:
    """The draw for ``request``; :class:`DrawError` when the rules cannot be met."""
    _check(request)
    digest = pool_hash(request)
    stream = DrawStream(request.seed, digest)
    strata: dict[str, list[PoolObject]] = {rule.stratum: [] for rule in request.rules}
    for item in sorted(request.pool, key=lambda item: item.key):
        strata[item.stratum].append(item)
    rules = {rule.stratum: rule for rule in request.rules}
    selected: list[PoolObject] = []
    counts: list[StratumCount] = []
    for stratum in sorted(strata):
        members = strata[stratum]
        wanted = number_to_draw(rules[stratum], len(members))
        if wanted > len(members):
            raise DrawError(
                tr("The stratum {stratum} has {size} objects but the plan needs {wanted}: "
                   "{missing} missing.").format(stratum=stratum, size=len(members),
                                                wanted=wanted, missing=wanted - len(members)),
                field="rules")
        selected.extend(_weighted_sample(members, wanted, stream))
        counts.append(StratumCount(stratum, len(members), wanted))
    matches = _match_inspectors(request, selected, stream)
    return DrawResult(
        algorithm=ALGORITHM_VERSION, seed=request.seed, pool_hash=digest,
        selected=tuple((item.key, item.stratum) for item in selected),
        matches=matches, counts=tuple(counts))


def _weighted_sample(members: list[PoolObject], wanted: int,
                     stream: DrawStream) -> list[PoolObject]:
    remaining = list(members)
    chosen: list[PoolObject] = []
    for _ in range(wanted):
        target = stream.below(sum(item.risk for item in remaining))
        running = 0
        for index, item in enumerate(remaining):
            running += item.risk
            if running > target:
                chosen.append(remaining.pop(index))
                break
    return chosen


def required_specialty(request: DrawRequest, item: PoolObject) -> str | None:
    """The specialty an inspector of ``item`` needs: by industry, else by kind, else none."""
    table = dict(request.specialty_of)
    return table.get(item.industry) or table.get(item.kind)


def eligible_inspectors(request: DrawRequest, item: PoolObject,
                        by_key: list[Inspector] | None = None) -> list[Inspector]:
    """Active inspectors with the right specialty and no conflict with ``item``, by key
    (``by_key``: the inspectors already sorted by key, to save sorting again)."""
    specialty = required_specialty(request, item)
    if by_key is None:
        by_key = sorted(request.inspectors, key=lambda person: person.key)
    return [person for person in by_key
            if person.active and (specialty is None or specialty in person.specialties)
            and not person.conflicts_with(item)]


def _match_inspectors(request: DrawRequest, selected: list[PoolObject],
                      stream: DrawStream) -> tuple[tuple[str, tuple[str, ...]], ...]:
    load: dict[str, int] = {person.key: 0 for person in request.inspectors}
    matches: list[tuple[str, tuple[str, ...]]] = []
    by_key = sorted(request.inspectors, key=lambda person: person.key)
    for item in selected:
        candidates = eligible_inspectors(request, item, by_key)
        if len(candidates) < request.per_object:
            raise DrawError(
                tr("Too few inspectors without a conflict of interest for {name} ({key}): "
                   "{available} available, {needed} needed.").format(
                    name=item.name, key=item.key, available=len(candidates),
                    needed=request.per_object),
                field="inspectors")
        picked: list[str] = []
        for _ in range(request.per_object):
            free = [person.key for person in candidates if person.key not in picked]
            fewest = min(load[key] for key in free)
            least = [key for key in free if load[key] == fewest]
            choice = least[stream.below(len(least))]
            load[choice] += 1
            picked.append(choice)
        matches.append((item.key, tuple(picked)))
    return tuple(matches)


def _check(request: DrawRequest) -> None:
    if not request.seed.strip():
        raise DrawError(tr("Enter the seed of the draw (for example a number read out in front "
                           "of the witnesses)."), field="seed")
    if request.algorithm != ALGORITHM_VERSION:
        raise DrawError(tr("This program cannot run the draw algorithm {algorithm}.").format(
            algorithm=request.algorithm), field="algorithm")
    if request.per_object < MIN_PER_OBJECT:
        raise DrawError(tr("At least {count} inspectors must be matched with each object.")
                        .format(count=MIN_PER_OBJECT), field="per_object")
    if not request.pool:
        raise DrawError(tr("The pool of objects is empty."), field="pool")
    _check_unique((item.key for item in request.pool), "pool")
    _check_unique((person.key for person in request.inspectors), "inspectors")
    _check_unique((rule.stratum for rule in request.rules), "rules")
    for rule in request.rules:
        if not (0 <= rule.min_ratio <= rule.max_ratio <= 1000) or rule.min_count < 0:
            raise DrawError(tr("The ratio for {stratum} must run from 0 to 1000 per mille, the "
                               "minimum not above the maximum.").format(stratum=rule.stratum),
                            field="rules")
    strata = {rule.stratum for rule in request.rules}
    for item in request.pool:
        if item.kind not in OBJECT_KINDS:
            raise DrawError(tr("{name}: unknown kind of object {kind}.").format(
                name=item.name, kind=item.kind), field="pool")
        if item.risk not in (1, 2, 3):
            raise DrawError(tr("{name}: the risk level must be 1, 2 or 3.").format(
                name=item.name), field="pool")
        if item.stratum not in strata:
            raise DrawError(tr("{name}: the plan has no ratio for the stratum {stratum}.")
                            .format(name=item.name, stratum=item.stratum), field="rules")


def _check_unique(keys: Iterable[str], where: str) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise DrawError(tr("{key} appears twice.").format(key=key), field=where)
        seen.add(key)


def verify(request: DrawRequest, recorded: DrawResult) -> VerifyOutcome:
    """Re-run ``request`` and compare it with ``recorded``: each difference named."""
    differences: list[str] = []
    if recorded.algorithm != request.algorithm:
        differences.append(tr("The algorithm differs: recorded {recorded}, request {now}.")
                           .format(recorded=recorded.algorithm, now=request.algorithm))
    if recorded.seed != request.seed:
        differences.append(tr("The seed differs from the recorded seed."))
    if pool_hash(request) != recorded.pool_hash:
        differences.append(tr("The pool has changed: its SHA-256 differs from the record."))
    try:
        again = draw(request)
    except DrawError as error:
        differences.append(tr("The draw cannot be run again: {reason}").format(reason=error))
    else:
        if again.selected != recorded.selected:
            differences.append(tr("The objects drawn differ from the record."))
        if again.matches != recorded.matches:
            differences.append(tr("The inspectors matched differ from the record."))
        if again.counts != recorded.counts:
            differences.append(tr("The counts per stratum differ from the record."))
    return VerifyOutcome(not differences, tuple(differences))
