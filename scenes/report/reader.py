"""Read a whole report: sentences -> findings, merged across the findings and impression
sections, with defaults for what the report leaves unsaid, most relevant first; or one sentence
saying why nothing could be read.

Defaults (documented in scenes/README.md): a herniation or tear with a side but no zone is
paracentral, with neither it is central; bulges, worn discs and stenosis without a zone are
central; a central finding affects both sides; a missing grade is 'mild' (a herniation's follows
its type: protrusion mild, extrusion moderate, sequestration severe). Roots not named in the text
come from the model's rule (scenes.schema.level_words): central and paracentral findings catch
the traversing root, foraminal and far-lateral ones the exiting root.
"""

from __future__ import annotations

import re

from scenes.report import vocabulary as v
from scenes.report.findings import RawFinding, read_sentence, role_root
from scenes.report.levels import find_levels
from scenes.report.model import Denied, Finding, Reading, Unsupported
from scenes.report.sentences import sentences
from scenes.schema import level_words

EMPTY = (
    "The report is empty; paste the findings or impression of a lumbar spine MRI report, "
    "for example 'L4-L5: small right paracentral protrusion'."
)
NOT_LUMBAR = (
    "This report speaks only of levels outside the lower back ({levels}); this program shows the "
    "lumbar discs L1-L2 to L5-S1 only."
)
NOT_ENGLISH = "The report does not seem to be in English; this program reads English lumbar MRI reports only."
NOTHING = (
    "No lumbar disc findings were found in this text; paste the findings or impression of a lumbar "
    "spine MRI report, for example 'L4-L5: small right paracentral protrusion'."
)
ALL_NORMAL = "The report names no disc problem the model can show; the levels it names are reported normal."
ONLY_UNSUPPORTED = "The report names no disc problem the model can show, only findings it cannot show."
_ENGLISH = frozenset(
    "the a an of and or with at in on is are no not there to from by for mild moderate severe left right "
    "disc level levels spine lumbar canal root roots nerve findings impression normal".split()
)
# Common short words of other languages reports are written in (Spanish, German, French, Italian,
# Portuguese, Dutch): two or more of them and few English words mean another language.
_FOREIGN = frozenset(
    "el la los las del en que y con una un por para der die das und mit im ist von zu auf le les des du et "
    "avec une est il lo gli della di che non em da com uma os het een van op niet en sans au aux".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Most relevant first: a finding that catches a root, then the worse grade, then the kind.
_RANK = {"herniation": 0, "stenosis": 1, "tear": 2, "bulge": 3, "degeneration": 4}
_SPEC = ("type", "direction", "side")


def read_report(text: str) -> Reading:
    """Everything the report says that the model can show, cannot show, or says is absent."""
    if not text or not text.strip():
        return Reading(message=EMPTY)
    if _foreign(text):
        return Reading(message=NOT_ENGLISH)
    raw: list[RawFinding] = []
    unsupported: list[Unsupported] = []
    denied: list[Denied] = []
    for sentence in sentences(text):
        got = read_sentence(sentence)
        raw += got.findings
        unsupported += got.unsupported
        denied += got.denied
        if raw and not got.findings and (got.roots_only or got.roles_only):  # "It abuts the L5 root."
            if raw[-1].level in (sentence.context or (raw[-1].level,)):
                raw[-1].roots += got.roots_only
                raw[-1].root_roles += got.roles_only
    findings = _merge(raw)
    outside = [u.level for u in unsupported if u.level and u.level[0] in "CT"]
    if not findings and not denied and unsupported and len(outside) == len(unsupported):
        return Reading(message=NOT_LUMBAR.format(levels=", ".join(dict.fromkeys(outside))))  # neck or chest
    unsupported = _unique(unsupported, lambda u: (u.finding, u.level))
    denied = _unique(denied, lambda d: (d.what, d.level))
    message = ""
    if not findings:
        message = ONLY_UNSUPPORTED if unsupported else ALL_NORMAL if denied else _why_nothing(text)
    return Reading(tuple(findings), tuple(unsupported), tuple(denied), message)


def _foreign(text: str) -> bool:
    """Another language: its grammar words outnumber English ones, or accented words abound
    where English has none (a Latin term or two in an English report is fine)."""
    words = [w.lower() for w in _WORD.findall(text)]
    english = sum(w in _ENGLISH for w in words)
    foreign = sum(w in _FOREIGN for w in words)
    accented = sum(not w.isascii() for w in words)
    return foreign >= max(2, english + 1) or (len(words) >= 4 and english == 0 and (foreign or accented >= 2))


def _why_nothing(text: str) -> str:
    levels = [lv for g in find_levels(text) for lv in g.levels]
    if levels and not any(lv[0] in "LS" for lv in levels):
        return NOT_LUMBAR.format(levels=", ".join(dict.fromkeys(levels)))
    return NOTHING


def _unique(items: list, key) -> list:
    seen: dict = {}
    for it in items:
        seen.setdefault(key(it), it)
    return list(seen.values())


def _fits(a: RawFinding, b: RawFinding) -> bool:
    """Two readings of one finding (e.g. in the findings and again in the impression)."""
    if (a.level, a.condition) != (b.level, b.condition):
        return False
    return all(None in (getattr(a, k), getattr(b, k)) or getattr(a, k) == getattr(b, k) for k in _SPEC)


def _merge(raw: list[RawFinding]) -> list[Finding]:
    kept: list[RawFinding] = []
    for f in raw:
        same = next((k for k in kept if _fits(k, f)), None)
        if same is None:
            kept.append(f)
            continue
        for k in (*_SPEC, "grade"):
            if getattr(same, k) is None:
                setattr(same, k, getattr(f, k))
        same.roots += [r for r in f.roots if r not in same.roots]
        same.root_roles += f.root_roles
    done = [_finish(f) for f in kept]
    return sorted(done, key=_relevance)


def _relevance(f: Finding) -> tuple:
    return (not f.roots, -v.GRADES.index(f.grade), _RANK[f.condition])


def _finish(f: RawFinding) -> Finding:
    direction = f.direction
    if direction is None:
        lateral = f.condition in ("herniation", "tear") and f.side in ("left", "right")
        direction = "paracentral" if lateral else "central"
    side = f.side or "both"
    if direction == "central" and f.side is None:
        side = "both"
    grade = f.grade or {"protrusion": "mild", "extrusion": "moderate", "sequestration": "severe"}.get(
        f.type or "", "moderate" if f.condition == "herniation" else "mild"
    )
    sides = ("left", "right") if side == "both" else (side,)
    roots: list[str] = []
    for r in f.roots:
        name, s = r.split(".")
        roots += [f"{name}.{x}" for x in (sides if s == "?" else ("left", "right") if s == "both" else (s,))]
    for role, s in f.root_roles:
        name = role_root(f.level, role)
        roots += [f"{name}.{x}" for x in ((s,) if s in ("left", "right") else sides)]
    if not roots and f.condition in ("herniation", "stenosis"):
        root = level_words(f.level, "left", direction)["affected_root"]
        roots = [f"{root}.{x}" for x in sides]
    typ = f.type if f.condition == "herniation" else None
    return Finding(f.level, f.condition, direction, side, grade, tuple(dict.fromkeys(roots)), f.text, typ)


def edit_finding(f: Finding, **changes: str | None) -> Finding:
    """The finding with a field corrected by the user (level, condition, type, side, direction,
    grade); the roots follow the model's rule again, since the report's words no longer apply."""
    changed = {**vars(f), **changes}
    if changed["condition"] != "herniation":
        changed["type"] = None
    raw = RawFinding(
        changed["level"], changed["condition"], f.text, changed["type"], changed["direction"],
        changed["side"], changed["grade"],
    )  # fmt: skip
    return _finish(raw)
