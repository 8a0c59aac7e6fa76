"""Disc levels as radiologists write them: L4-5, L4/5, L45, L4-L5, L5/S1, "lumbosacral", and lists
or ranges of them ("L1-2 through L3-4", "L3-4 and L4-5"). Levels above L1 (T11-12, C5-6) are
found too, so a report about the neck or chest spine can be told apart from one with no levels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from meshes.dimensions import DISC_LEVELS

# One disc level: a vertebra letter and number, an optional joiner, the next bone's number.
# 'L45' and 'L5S1' are written without a joiner; 'T12-L1' crosses into the lumbar spine.
_DISC = re.compile(
    r"(?<![\w-])([LTC])\s?(\d{1,2})\s*(?:[-/\u2013\u2014]|to\s)?\s*([LTCS])?\s?(\d{1,2})(?![\w])",
    re.IGNORECASE,
)
_SLIP = re.compile(r"(?<![\w-])L([1-5])\s+on\s+([LS])([1-5])(?![\w])", re.IGNORECASE)  # "L5 on S1"
_LUMBOSACRAL = re.compile(r"\blumbosacral\s+(?:junction|level|disc)\b", re.IGNORECASE)
# Between two levels of one group: a list ("L3-4, L4-5 and L5-S1") or a range ("L1-2 through L3-4").
_LIST_JOIN = re.compile(r"^\s*(?:,|and|&|,\s*and|/|as well as)\s*(?:at\s+)?$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:through|thru|to|-|\u2013|\u2014)\s*$", re.IGNORECASE)
_ORDER = {"C": 0, "T": 1, "L": 2, "S": 3}
_COUNT = {"C": 7, "T": 12, "L": 5, "S": 5}


@dataclass(frozen=True)
class LevelMention:
    """A level or group of levels in the text, with where it stands (character offsets)."""

    start: int
    end: int
    levels: tuple[str, ...]  # 'L4-L5', or 'T11-T12' / 'C5-C6' for levels outside the model

    @property
    def lumbar(self) -> tuple[str, ...]:
        return tuple(lv for lv in self.levels if lv in DISC_LEVELS)


def _disc_name(m: re.Match) -> str | None:
    """'L4-L5' for 'L4/5', 'L5-S1' for 'L5/S1' or 'L5-1'; None when the two bones are not neighbours."""
    letter, a, letter2, b = m.group(1).upper(), int(m.group(2)), (m.group(3) or "").upper(), int(m.group(4))
    if letter2 == "":  # 'L4-5', 'L45', 'L5-1' (the last lumbar disc)
        if letter == "L" and a == 5 and b == 1:
            letter2 = "S"
        elif b == a + 1:
            letter2 = letter
        else:
            return None
    if letter2 == letter and b == a + 1:
        return f"{letter}{a}-{letter}{b}"
    if _ORDER.get(letter2, -1) == _ORDER[letter] + 1 and a == _COUNT[letter] and b == 1:
        return f"{letter}{a}-{letter2}{b}"  # C7-T1, T12-L1, L5-S1
    return None


def _range(first: str, last: str) -> tuple[str, ...]:
    """'T12-L1 through L2-L3' -> T12-L1, L1-L2, L2-L3 (the thoracolumbar disc joins the list)."""
    order = ("T12-L1", *DISC_LEVELS)
    if first in order and last in order:
        i, j = sorted((order.index(first), order.index(last)))
        return order[i : j + 1]
    return (first, last)


def find_levels(text: str) -> list[LevelMention]:
    """Every level group in `text`, in order; neighbours joined by a list or range word merge."""
    single: list[LevelMention] = []
    for m in _DISC.finditer(text):
        name = _disc_name(m)
        if name:
            single.append(LevelMention(m.start(), m.end(), (name,)))
    for m in _SLIP.finditer(text):
        lower = f"{m.group(2).upper()}{m.group(3)}"
        name = f"L{m.group(1)}-{lower}"
        if name in DISC_LEVELS:
            single.append(LevelMention(m.start(), m.end(), (name,)))
    for m in _LUMBOSACRAL.finditer(text):
        single.append(LevelMention(m.start(), m.end(), ("L5-S1",)))
    single.sort(key=lambda lm: lm.start)
    groups: list[LevelMention] = []
    for lm in single:
        if groups:
            prev = groups[-1]
            between = text[prev.end : lm.start]
            if _RANGE_JOIN.match(between) and len(prev.levels) == 1:
                groups[-1] = LevelMention(prev.start, lm.end, _range(prev.levels[0], lm.levels[0]))
                continue
            if _LIST_JOIN.match(between):
                merged = prev.levels + tuple(v for v in lm.levels if v not in prev.levels)
                groups[-1] = LevelMention(prev.start, lm.end, merged)
                continue
        groups.append(lm)
    return groups
