"""Cut a report into sentences and remember which disc level each one speaks about.

Reports are written as level headings ("L4-5: ...", "1. L5-S1 - ...") followed by sentences that
no longer repeat the level, or as prose where a sentence names its own level. A heading's level
holds until the next heading, a blank line or a section title (FINDINGS:, IMPRESSION:).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scenes.report.levels import LevelMention, find_levels

_SECTION = re.compile(
    r"^\s*(?:findings|impression|conclusions?|technique|history|indications?|comparison|clinical\s+\w+"
    r"|exam(?:ination)?|procedure|summary|opinion|result|report)\s*:\s*",
    re.IGNORECASE,
)
_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*\u2022])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)|\s*;\s*")


@dataclass(frozen=True)
class Sentence:
    text: str
    levels_in: tuple[LevelMention, ...]  # level groups inside the sentence (offsets within `text`)
    context: tuple[str, ...]  # the heading's levels, for a sentence that names none


def sentences(report: str) -> list[Sentence]:
    out: list[Sentence] = []
    context: tuple[str, ...] = ()
    for line in report.splitlines():
        if not line.strip():
            context = ()
            continue
        section = _SECTION.match(line)
        if section:
            context = ()
            line = line[section.end() :]
        item = _ITEM.match(line)
        if item:
            context = ()
            line = line[item.end() :]
        for part in _SENTENCE_END.split(line):
            part = part.strip()
            if not part:
                continue
            groups = tuple(find_levels(part))
            out.append(Sentence(part, groups, context))
            if len(groups) == 1:  # "L4-5: ...", "At L5-S1, ...": the next sentences speak of it too
                context = groups[0].levels
    return out
