"""Finding a part from the words a person types: "left L5 root", "S1 nerve", "disc L4/5".

Every word of the query must match the part: its id, its name, its synonyms, its level or its
side, directly or through a plain synonym (root/nerve, disc/intervertebral disc, sac/dura/thecal
sac, gel/nucleus). Disc levels are read however they are written (L4/5, L45, L4-5, L4-L5,
L5/S1). The best match comes first: the whole query as a name, id or synonym, then the parts
whose words match most exactly (a word equal to the query word beats one it begins or is part of).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from app.viewer.part_words import part_name
from meshes.parts import PARTS, PartInfo

SYNONYMS: dict[str, tuple[str, ...]] = {
    "root": ("nerve",),
    "nerve": ("root",),
    "disc": ("intervertebral",),
    "disk": ("disc",),
    "intervertebral": ("disc",),
    "sac": ("dura", "thecal"),
    "thecal": ("dura", "sac"),
    "dura": ("sac", "thecal"),
    "dural": ("dura", "sac"),
    "gel": ("nucleus",),
    "nucleus": ("gel",),
    "bone": ("vertebra",),
}
IGNORED = {"the", "of", "at", "a", "an", "in", "on", "my", "level", "and"}
NEXT = {"1": "2", "2": "3", "3": "4", "4": "5"}

# L4/5, L4-5, L4-L5, L4 L5, L45, L4/L5 -> l4-l5; L5/S1, L5-S1, L5S1 -> l5-s1
_DISC = re.compile(r"\bl([1-5])\s*(?:[-/]\s*|\s+)?(?:l?([1-5])|(s1))\b")


def _disc_words(q: str) -> str:
    def repl(m: re.Match) -> str:
        upper, lower, s1 = m.group(1), m.group(2), m.group(3)
        if s1 and upper == "5":
            return "l5-s1"
        if lower and NEXT.get(upper) == lower:
            return f"l{upper}-l{lower}"
        return m.group(0)  # not two neighbouring levels: leave it as typed

    return _DISC.sub(repl, q)


def query_words(text: str) -> list[str]:
    """The words of a query, lower case, with disc levels written one way."""
    q = _disc_words(" ".join(text.lower().replace(",", " ").split()))
    return [w for w in q.split() if w not in IGNORED]


def part_words(info: PartInfo) -> set[str]:
    """Every word a part answers to: of its id, name, synonyms, level and side."""
    out: set[str] = set()
    for phrase in (info.id, info.name, part_name(info.id), *info.synonyms, info.level or ""):
        for w in re.split(r"[\s.,()]+", phrase.lower()):
            if w:
                out.add(w)
    return out


def _word_score(word: str, words: set[str]) -> int | None:
    """0: a word equals it, 1: a synonym does, 2: a word begins with it, 4: contains it; None: no match."""
    alternatives = (word, *SYNONYMS.get(word, ()))
    if word.endswith("s") and len(word) > 3:  # plural: roots, discs, nerves
        alternatives += (word[:-1], *SYNONYMS.get(word[:-1], ()))
    if word in words:
        return 0
    if any(alt in words for alt in alternatives[1:]):
        return 1  # through a synonym or a plural: a little less sure than the word itself
    if len(word) >= 2 and any(w.startswith(word) for w in words):
        return 2
    if len(word) >= 3 and any(word in w for w in words):
        return 4
    return None


def search_parts(text: str, available: Collection[str] | None = None) -> list[str]:
    """Part ids matching every word of ``text``, best first; ``available`` limits the ids."""
    whole = " ".join(text.lower().split())
    words = query_words(text)
    if not words:
        return []
    scored: list[tuple[int, int, str]] = []
    for order, info in enumerate(PARTS.values()):
        if available is not None and info.id not in available:
            continue
        phrases = {p.lower() for p in (info.id, info.name, part_name(info.id), *info.synonyms)}
        if whole in phrases:
            scored.append((-1, order, info.id))
            continue
        own = part_words(info)
        total = 0
        for w in words:
            s = _word_score(w, own)
            if s is None:
                break
            total += s
        else:
            scored.append((total, order, info.id))
    scored.sort()
    return [pid for _, _, pid in scored]
