"""Read the findings of one sentence: each condition word with its level, direction, side,
grade, herniation type and nerve roots; the findings the model cannot show; what is denied.

Attributes are read from the words around each condition word: modifiers before it ("right
paracentral extrusion"), then after it ("protrusion to the left, contacting the S1 root"), never
across another condition word. Anything not said stays None here; `reader` fills the defaults.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from meshes.dimensions import DISC_LEVELS, disc_between
from scenes.report import vocabulary as v
from scenes.report.levels import LevelMention
from scenes.report.model import Denied, Unsupported
from scenes.report.negation import NORMAL, is_negated, negation_scopes
from scenes.report.sentences import Sentence

_GRADE_PAIR = re.compile(r"\s*(?:to|-|/|\u2013)\s*$", re.IGNORECASE)
_STENOSIS_ONLY_WITH_PLACE = re.compile(r"^(?:narrow|encroach|compromise)", re.IGNORECASE)
_MIGRATION = re.compile(r"\bmigrat\w*|\bextend\w*\s+(?:cranial|caudal|superior|inferior)", re.IGNORECASE)
_GRADE_RANK = {g: i for i, g in enumerate(v.GRADES)}


@dataclass
class RawFinding:
    """A finding as read, before defaults: None where the report says nothing."""

    level: str
    condition: str
    text: str
    type: str | None = None
    direction: str | None = None
    side: str | None = None
    grade: str | None = None
    roots: list[str] = field(default_factory=list)
    root_roles: list[tuple[str, str | None]] = field(default_factory=list)  # (role, side) without a name


@dataclass
class SentenceReading:
    findings: list[RawFinding] = field(default_factory=list)
    unsupported: list[Unsupported] = field(default_factory=list)
    denied: list[Denied] = field(default_factory=list)
    roots_only: list[str] = field(default_factory=list)  # a root with no condition: "It abuts the L5 root"
    roles_only: list[tuple[str, str | None]] = field(default_factory=list)


def _kind(m: re.Match, table: tuple) -> int:
    return next(i for i, g in enumerate(m.groups()) if g is not None)


def _closest(pattern: re.Pattern, table: tuple, pre: str, post: str) -> tuple[str | None, re.Match | None]:
    """The value of the last match before the word, else the first after it."""
    found = list(pattern.finditer(pre))
    if found:
        return table[_kind(found[-1], table)][1], found[-1]
    m = pattern.search(post)
    return (table[_kind(m, table)][1], m) if m else (None, None)


def _grade(pre: str, post: str) -> str | None:
    found = list(v.GRADE_PATTERN.finditer(pre))
    if found:
        grade = v.GRADE_WORDS[_kind(found[-1], v.GRADE_WORDS)][1]
        if len(found) > 1 and _GRADE_PAIR.match(pre[found[-2].end() : found[-1].start()]):
            other = v.GRADE_WORDS[_kind(found[-2], v.GRADE_WORDS)][1]
            grade = max(grade, other, key=_GRADE_RANK.get)  # "mild to moderate" -> moderate
        return grade
    m = v.GRADE_PATTERN.search(post[:40])
    return v.GRADE_WORDS[_kind(m, v.GRADE_WORDS)][1] if m else None


def read_roots(words: str) -> tuple[list[str], list[tuple[str, str | None]]]:
    """Roots named in `words`: ids like 'S1.right' (side 'both' expands later), and roles
    ('traversing'/'exiting', side) where the root is named only by its role."""
    ids: list[str] = []
    roles: list[tuple[str, str | None]] = []
    for m in v.ROOT_PHRASE.finditer(words):
        side = (m.group(1) or m.group(3) or "").lower() or None
        side = "both" if side == "bilateral" else side
        role = (m.group(2) or "").lower()
        role = {"descending": "traversing", "existing": "exiting"}.get(role, role)
        names = [n.upper() for n in (m.group(4), m.group(5)) if n]
        if names:
            ids += [f"{n}.{side or '?'}" for n in names]
        elif role:
            roles.append((role, side))
    return ids, roles


def _level_for(sentence: Sentence, start: int, end: int, matches: list[tuple[int, int]]) -> tuple[str, ...]:
    """The levels a word at [start, end) belongs to: the nearest level group in the sentence that
    no other finding word stands between, else the heading's levels."""
    best: tuple[float, LevelMention] | None = None
    for g in sentence.levels_in:
        lo, hi = (g.end, start) if g.end <= start else (end, g.start)
        blocked = any(lo <= a < hi for a, _ in matches)
        score = abs(hi - lo) + (500 if blocked else 0)
        if best is None or score < best[0]:
            best = (score, g)
    if best is not None:
        return best[1].levels
    return sentence.context


def _stenosis_places(pre: str, post: str) -> list[tuple[str | None, str | None, str | None]]:
    """(direction, side, grade) for each place a stenosis names: 'moderate canal and mild
    bilateral foraminal' -> two, each with the side and grade written just before it."""
    places: list[tuple[str | None, str | None, str | None]] = []
    for words in (pre, post):
        prev = 0
        for m in v.DIRECTION_PATTERN.finditer(words):
            direction = v.DIRECTION_WORDS[_kind(m, v.DIRECTION_WORDS)][1]
            if direction not in (p[0] for p in places):
                before = words[prev : m.start()]
                side, _ = _closest(v.SIDE_PATTERN, v.SIDE_WORDS, before, "")
                places.append((direction, side, _grade(before, "")))
            prev = m.end()
        if places:
            return places
    return [(None, None, None)]


def read_sentence(sentence: Sentence) -> SentenceReading:
    text = sentence.text
    out = SentenceReading()
    scopes = negation_scopes(text)
    odd = [
        (m.start(), m.end(), v.UNSUPPORTED_WORDS[_kind(m, v.UNSUPPORTED_WORDS)][1])
        for m in v.UNSUPPORTED_PATTERN.finditer(text)
    ]
    words = [
        m
        for m in v.CONDITION_PATTERN.finditer(text)
        if not any(a <= m.start() < b or a < m.end() <= b for a, b, _ in odd)
    ]
    words = [
        m
        for m in words
        if not _STENOSIS_ONLY_WITH_PLACE.match(m.group(0))
        or v.STENOSIS_PLACE.search(text[max(0, m.start() - 40) : m.end() + 40])
    ]
    spans = sorted([(m.start(), m.end()) for m in words] + [(a, b) for a, b, _ in odd])
    for a, b, name in odd:
        levels = _level_for(sentence, a, b, spans)
        level = ", ".join(levels) or None
        if is_negated(text, a, b, scopes):
            out.denied.append(Denied(name, level, text))
        else:
            out.unsupported.append(Unsupported(name, text, level))
    for m in words:
        condition, typ = v.CONDITION_WORDS[_kind(m, v.CONDITION_WORDS)][1:]
        pre_start = max([b for a, b in spans if b <= m.start()], default=0)
        post_end = min([a for a, b in spans if a >= m.end()], default=len(text))
        pre, post = text[pre_start : m.start()], text[m.end() : post_end]
        levels = _level_for(sentence, m.start(), m.end(), spans)
        negated = is_negated(text, m.start(), m.end(), scopes)
        grade = _grade(pre, post)
        if condition == "degeneration":
            pf = v.PFIRRMANN.search(text)
            if pf:
                grade = v.PFIRRMANN_GRADE[v.ROMAN.get(pf.group(1).lower(), pf.group(1))]
                negated = negated or grade is None
        if negated:
            out.denied += [Denied(condition, lv, text) for lv in levels or (None,)]
            continue
        if condition == "herniation" and typ is None and _MIGRATION.search(post):
            typ = "extrusion"
        if condition == "stenosis":
            places = _stenosis_places(pre, post)
        else:
            direction, _ = _closest(v.DIRECTION_PATTERN, v.DIRECTION_WORDS, pre, post)
            places = [(direction, None, None)]
        side_said, _ = _closest(v.SIDE_PATTERN, v.SIDE_WORDS, pre, post)
        ids, roles = read_roots(post) if v.ROOT_PHRASE.search(post) else read_roots(pre)
        if not levels:
            out.unsupported.append(Unsupported(f"{m.group(0).lower()} (no disc level named)", text))
            continue
        for level in levels:
            if level not in DISC_LEVELS:
                out.unsupported.append(
                    Unsupported(f"{m.group(0).lower()} at {level} (outside the model, L1 to S1)", text, level)
                )
                continue
            for direction, side, place_grade in places:
                out.findings.append(
                    RawFinding(
                        level,
                        condition,
                        text,
                        typ,
                        direction,
                        side or side_said,
                        place_grade or grade,
                        list(ids),
                        list(roles),
                    )
                )
    _ellipsis(sentence, out)
    if not words:
        out.roots_only, out.roles_only = read_roots(text)
        if NORMAL.search(text) and not out.unsupported and sentence.levels_in:  # "L1-2: unremarkable"
            out.denied += [Denied("any", lv, text) for lv in sentence.levels_in[0].levels]
    return out


_ELLIPSIS = re.compile(
    r"(?:,|;|\band)\s*(mild(?:ly)?|moderate(?:ly)?|severe(?:ly)?)\s+(?:at|in)\s+(?=[LT]\d)", re.IGNORECASE
)


def _ellipsis(sentence: Sentence, out: SentenceReading) -> None:
    """ "Severe canal stenosis at L3-4, moderate at L4-5": the second level gets the same finding."""
    for m in _ELLIPSIS.finditer(sentence.text):
        group = next((g for g in sentence.levels_in if g.start == m.end()), None)
        before = [f for f in out.findings if sentence.text.find(f.text) == 0]
        if group is None or not before:
            continue
        grade = v.GRADE_WORDS[_kind(v.GRADE_PATTERN.match(m.group(1)), v.GRADE_WORDS)][1]
        model = before[0]
        for level in group.lumbar:
            same = [f for f in out.findings if (f.level, f.condition) == (level, model.condition)]
            for f in same:
                f.grade = grade
            if not same:
                out.findings.append(replace(model, level=level, grade=grade, roots=[], root_roles=[]))


def role_root(level: str, role: str) -> str:
    """The root a role names at a level: 'traversing' at L4-L5 is L5, 'exiting' is L4."""
    upper, lower = disc_between(level)
    return lower if role == "traversing" else upper
