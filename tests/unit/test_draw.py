"""The random draw: reproducible, fair by stratum and risk, never a conflicted inspector.

Pure rules, no database: a fixed pool is drawn 10,000 times and the frequencies checked.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from fractions import Fraction
from itertools import permutations

import pytest

from jianguan_desktop.domain.draw import (
    DrawError,
    DrawRequest,
    DrawResult,
    DrawStream,
    Inspector,
    PoolObject,
    StratumRule,
    draw,
    pool_hash,
    verify,
)
from jianguan_desktop.errors import ValidationError

RULES = (
    StratumRule("A", 0, 50, min_count=1),
    StratumRule("B", 50, 200),
    StratumRule("C", 210, 600),
    StratumRule("D", 610, 1000),
    StratumRule("agency", 250, 1000),
)


def _objects() -> tuple[PoolObject, ...]:
    spec = {"A": (1, 1, 2, 2, 3, 3), "B": (1, 2, 3, 3, 1), "C": (1, 2, 3, 1, 2),
            "D": (3, 1, 2, 2), "agency": (1, 3, 2, 2)}
    items = []
    for stratum, risks in spec.items():
        kind = "agency" if stratum == "agency" else "project"
        for number, risk in enumerate(risks):
            items.append(PoolObject(
                key=f"{stratum}{number}", name=f"对象{stratum}{number}", kind=kind,
                stratum=stratum, risk=risk, unit=f"单位{number % 3}",
                industry="水利" if number % 2 else "房建"))
    return tuple(items)


def _inspectors() -> tuple[Inspector, ...]:
    people = []
    for number in range(8):
        people.append(Inspector(
            key=f"P{number}", name=f"检查员{number}", unit=f"单位{number % 4}",
            specialties=("房建", "水利") if number % 3 else ("水利",),
            recused=("B2",) if number == 5 else (),
            related=("单位2",) if number == 6 else ("C1",) if number == 7 else (),
            active=number != 3))
    return tuple(people)


def _request(seed: str = "20260315-0817") -> DrawRequest:
    return DrawRequest(pool=_objects(), inspectors=_inspectors(), rules=RULES, seed=seed,
                       specialty_of={"房建": "房建", "水利": "水利"})


def _subset_probabilities(risks: dict[str, int], size: int) -> dict[frozenset[str], Fraction]:
    """Exact chance of each set under sequential weighted sampling without replacement."""
    result: Counter[frozenset[str]] = Counter()
    for order in permutations(risks, size):
        chance = Fraction(1)
        left = sum(risks.values())
        for key in order:
            chance *= Fraction(risks[key], left)
            left -= risks[key]
        result[frozenset(order)] += chance
    return dict(result)


# chi-square critical values at 1 % (upper tail) by degrees of freedom
CHI2_1PCT = {3: 11.345, 4: 13.277, 5: 15.086, 9: 21.666}
DRAWS = 10_000


@pytest.fixture(scope="module")
def many_draws() -> list[DrawResult]:
    base = _request()
    return [draw(replace(base, seed=f"seed-{number}")) for number in range(DRAWS)]


def test_same_request_gives_the_same_result_and_another_seed_another() -> None:
    # GIVEN one request WHEN it is drawn twice THEN both records are identical
    first = draw(_request())
    assert draw(_request()) == first
    # AND the pool given in another order gives the same draw
    shuffled = replace(_request(), pool=tuple(reversed(_objects())))
    assert draw(shuffled) == first
    # WHEN the seed changes THEN the result changes
    assert draw(_request("20260315-0818")).selected != first.selected


def test_the_stream_is_the_documented_sha256_counter() -> None:
    import hashlib
    stream = DrawStream("1", "ab")
    block = hashlib.sha256(b"jianguan-draw/1\x001\x00ab\x00" + (0).to_bytes(8, "big")).digest()
    assert stream.next_u64() == int.from_bytes(block[:8], "big")
    assert all(0 <= DrawStream("x", "y").below(7) < 7 for _ in range(3))


def test_counts_follow_the_ratio_rounded_up() -> None:
    result = draw(_request())
    counts = {count.stratum: (count.pool_size, count.drawn) for count in result.counts}
    # A: 0 ‰ but at least one; B: 5 % of 5 → 0.25 → 1; C: 21 % of 5 → 1.05 → 2;
    # D: 61 % of 4 → 2.44 → 3; agencies: 25 % of 4 → exactly 1
    assert counts == {"A": (6, 1), "B": (5, 1), "C": (5, 2), "D": (4, 3), "agency": (4, 1)}
    assert len(result.selected) == 8
    assert all(len(inspectors) == 2 for _, inspectors in result.matches)


def test_selection_frequencies_pass_chi_square_at_one_percent(
        many_draws: list[DrawResult]) -> None:
    # GIVEN 10,000 draws over a fixed pool with seeds seed-0 .. seed-9999
    objects = _objects()
    for stratum_count in many_draws[0].counts:
        stratum = stratum_count.stratum
        risks = {item.key: item.risk for item in objects if item.stratum == stratum}
        expected = _subset_probabilities(risks, stratum_count.drawn)
        observed = Counter(frozenset(key for key, where in result.selected if where == stratum)
                           for result in many_draws)
        # THEN the drawn sets follow the risk weights (chi-square goodness of fit at 1 %)
        chi2 = sum((observed[subset] - DRAWS * chance) ** 2 / (DRAWS * chance)
                   for subset, chance in expected.items())
        assert set(observed) <= set(expected)
        assert chi2 < CHI2_1PCT[len(expected) - 1], (stratum, chi2)
        # AND each object's frequency lies within 4.5 standard deviations of its chance
        for key in risks:
            chance = float(sum(p for subset, p in expected.items() if key in subset))
            hits = sum(1 for result in many_draws if (key, stratum) in result.selected)
            spread = 4.5 * (DRAWS * chance * (1 - chance)) ** 0.5
            assert abs(hits - DRAWS * chance) <= spread, (key, hits, DRAWS * chance)
    # AND a higher risk is drawn more often than a lower one in the same stratum
    picks = Counter(key for result in many_draws for key, _ in result.selected)
    assert picks["A4"] > picks["A2"] > picks["A0"]


def test_no_inspector_is_ever_matched_with_a_conflicting_object(
        many_draws: list[DrawResult]) -> None:
    objects = {item.key: item for item in _objects()}
    people = {person.key: person for person in _inspectors()}
    for result in many_draws:
        for key, inspectors in result.matches:
            item = objects[key]
            assert len(set(inspectors)) == 2
            for person_key in inspectors:
                person = people[person_key]
                assert person.active and not person.conflicts_with(item)
                assert item.industry in person.specialties


def test_workload_is_balanced_when_everyone_may_inspect_everything() -> None:
    # GIVEN six inspectors from another unit with every specialty
    people = tuple(Inspector(f"P{number}", f"检查员{number}", "外单位") for number in range(6))
    request = DrawRequest(pool=_objects(), inspectors=people, rules=RULES, seed="balance")
    for seed in ("1", "2", "3"):
        result = draw(replace(request, seed=seed))
        # WHEN 8 objects get 2 inspectors each (16 assignments over 6 people)
        load = Counter(person for _, inspectors in result.matches for person in inspectors)
        # THEN nobody has more than one assignment above anybody else
        assert max(load.values()) - min(load.values()) <= 1
        assert sum(load.values()) == 16


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"seed": "  "}, "seed", "种子"),
    ({"per_object": 1}, "per_object", "2"),
    ({"pool": ()}, "pool", ""),
    ({"rules": (*RULES[:4], StratumRule("agency", 250, 1000, min_count=6))}, "rules", "2"),
    ({"rules": RULES[:4]}, "rules", "agency"),
    ({"rules": (*RULES[:4], StratumRule("agency", 600, 500))}, "rules", "agency"),
    ({"algorithm": "other/9"}, "algorithm", "other/9"),
])
def test_bad_input_is_refused_with_the_reason(change: dict[str, object], field: str,
                                              words: str) -> None:
    with pytest.raises(DrawError) as caught:
        draw(replace(_request(), **change))  # type: ignore[arg-type]
    assert isinstance(caught.value, ValidationError)
    assert caught.value.field == field
    assert words in str(caught.value)


def test_a_stratum_short_of_objects_says_how_many_are_missing() -> None:
    rules = (*RULES[:4], StratumRule("agency", 250, 1000, min_count=7))
    with pytest.raises(DrawError, match="3"):
        draw(replace(_request(), rules=rules))


def test_too_few_inspectors_without_conflict_names_the_object() -> None:
    # GIVEN only two inspectors, one of them from the unit of every A object drawn
    people = (Inspector("X1", "甲", "单位0"), Inspector("X2", "乙", "外单位"),
              Inspector("X3", "丙", "外单位", active=False))
    pool = tuple(replace(item, unit="单位0") if item.stratum == "A" else item
                 for item in _objects())
    with pytest.raises(DrawError) as caught:
        draw(DrawRequest(pool=pool, inspectors=people, rules=RULES, seed="s"))
    assert caught.value.field == "inspectors"
    assert "对象A" in str(caught.value)


def test_duplicate_keys_and_bad_risk_are_refused() -> None:
    item = _objects()[0]
    with pytest.raises(DrawError, match=item.key):
        draw(replace(_request(), pool=(*_objects(), item)))
    with pytest.raises(DrawError, match=item.name):
        draw(replace(_request(), pool=(replace(item, risk=4), *_objects()[1:])))


def test_pool_hash_changes_with_any_change_of_the_pool() -> None:
    base = pool_hash(_request())
    assert len(base) == 64 and base == pool_hash(_request())
    changed_object = replace(_objects()[3], risk=1)
    assert pool_hash(replace(_request(), pool=(*_objects()[:3], changed_object,
                                               *_objects()[4:]))) != base
    assert pool_hash(replace(_request(), inspectors=_inspectors()[1:])) != base
    assert pool_hash(replace(_request(), rules=(*RULES[:4], StratumRule("agency", 300)))) != base


def test_verify_matches_an_untouched_draw_and_names_each_change() -> None:
    request = _request()
    recorded = draw(request)
    assert verify(request, recorded).matches
    # WHEN the pool changes THEN the hash difference is named
    fewer = replace(request, pool=request.pool[:-1])
    outcome = verify(fewer, recorded)
    assert not outcome.matches and any("SHA-256" in line for line in outcome.differences)
    # WHEN the seed changes THEN it is named
    outcome = verify(replace(request, seed="other"), recorded)
    assert not outcome.matches and any("种子" in line for line in outcome.differences)
    # WHEN the stored result is edited THEN it is named
    edited = replace(recorded, selected=(("A0", "A"), *recorded.selected[1:]))
    outcome = verify(request, edited)
    assert outcome.differences == ("抽中的检查对象与抽取记录不一致。",)
    first_key, first_inspectors = recorded.matches[0]
    edited = replace(recorded, matches=((first_key, first_inspectors[::-1]),
                                        *recorded.matches[1:]))
    outcome = verify(request, edited)
    assert outcome.differences == ("匹配的执法检查人员与抽取记录不一致。",)


def test_request_and_result_survive_json() -> None:
    request = _request()
    result = draw(request)
    again_request = DrawRequest.from_dict(json.loads(json.dumps(request.to_dict())))
    again_result = DrawResult.from_dict(json.loads(json.dumps(result.to_dict())))
    assert again_request == request and again_result == result
    assert verify(again_request, again_result).matches


def test_a_general_items_cap_binds_the_good_grades_and_not_those_ranged_above_it() -> None:
    from jianguan_desktop.domain.inspections import GradeRange, RatioRules, check_ratios

    ranges = {"A": GradeRange("A", 1, 5), "B": GradeRange("B", 5, 20),
              "C": GradeRange("C", 21, 60), "D": GradeRange("D", 61, 100)}
    rules = RatioRules(ranges, "B", 25, 2)
    # a 20 % cap leaves C and D (ranges starting above it) at their own shares
    assert check_ratios({"A": 5, "B": 20, "C": 40, "D": 80}, rules, item_cap=20) == {
        "A": 5, "B": 20, "C": 40, "D": 80}
    # a 10 % cap binds B, whose range starts below it
    with pytest.raises(ValidationError, match="B 级：15%"):
        check_ratios({"A": 5, "B": 15, "C": 40, "D": 80}, rules, item_cap=10)
