"""From a report's findings to an ordinary scene (a TOML file and its Markdown text): one step
per finding, most relevant first. Each step turns that disc's condition dials up, looks at it
the way its finding is best seen, lights up the root it catches, and explains it in plain words
with the standard term beside them; a last step names what the model cannot show.

The findings may sit at several discs: the scene's level is the first finding's, the other
discs' tracks carry their own `level`, and their direction and side go in `[condition_at.LEVEL]`
(scenes/README.md); each step names its own disc (`level`), so {level} and the regions follow it.
Roots are written out, so the scene is not meant to be moved to another level.
"""

from __future__ import annotations

import json

from meshes.conditions import condition_state
from meshes.dimensions import disc_between
from scenes.glossary import load_glossary
from scenes.report import vocabulary as v
from scenes.report.model import Finding, Reading
from scenes.schema import DISCLAIMER, ROOT_AREAS

STEP_SECONDS = 8.0  # each finding's step; its dials turn up over the first RAMP_SECONDS
RAMP_SECONDS = 4.0
MAX_FINDING_STEPS = 11  # a scene has at most 12 steps: the findings and the closing one
# How far each dial goes for a grade; a herniation's type sets its stage (meshes: protrusion from
# 0.15, extrusion from 0.5, sequestration from 0.85).
SEVERITY = {"mild": 0.35, "moderate": 0.6, "severe": 0.9}
HERNIATION_SEVERITY = {"mild": 0.3, "moderate": 0.45, "severe": 0.7}
TYPE_SEVERITY = {"protrusion": 0.35, "extrusion": 0.7, "sequestration": 0.95}
# A stenosis is shown by the worn-disc dial: lost height, spurs and a thicker ligament narrow it.
DIAL = {"herniation": "herniation", "bulge": "bulge", "tear": "tear", "degeneration": "degeneration"}
DIAL["stenosis"] = "degeneration"
ANIMATED = ("bulge", "herniation", "fissure", "leak", "degeneration")
WHERE = {
    "central": ", in the middle, straight back into the spinal canal",
    "paracentral": ", just beside the middle, toward the {side} (the lateral recess)",
    "foraminal": ", out to the {side}, into the foramen where a nerve leaves the spine",
    "far-lateral": ", far out to the {side}, outside the foramen",
}
STENOSIS_WHERE = {
    "central": " in the spinal canal behind the disc",
    "paracentral": " in the side pocket of the canal on the {side} (the lateral recess)",
    "foraminal": " in the foramen on the {side}, the opening where a nerve leaves the spine",
    "far-lateral": " just outside the foramen on the {side}",
}


def severity(f: Finding) -> float:
    """The dial position that shows a finding."""
    if f.condition == "herniation":
        return TYPE_SEVERITY.get(f.type or "", HERNIATION_SEVERITY[f.grade])
    return SEVERITY[f.grade]


def choices(f: Finding) -> tuple[str, str]:
    """(direction, side) for the model: a problem on both sides is shown central."""
    if f.side == "both" and f.condition in ("herniation", "tear"):
        return "central", "left"
    return f.direction, ("left" if f.side == "both" else f.side)


def shown(reading: Reading) -> list[Finding]:
    return list(reading.findings[:MAX_FINDING_STEPS])


def build_scene(reading: Reading, title: str = "My MRI report") -> tuple[str, str]:
    """The scene's TOML text and Markdown text; raises ValueError when there is nothing to show."""
    findings = shown(reading)
    if not findings:
        raise ValueError(reading.message or "the report names no finding the model can show")
    duration = STEP_SECONDS * len(findings) + STEP_SECONDS
    first = findings[0]
    levels = list(dict.fromkeys(f.level for f in findings))
    lines = [
        "# Made from an MRI report by 'explain-report': one step per finding, most relevant first.",
        f"title = {_q(title[:80])}",
        f"summary = {_q(_summary(findings))}",
        f'level = "{first.level}"',
        f"duration = {duration:g}",
        "",
    ]
    for i, level in enumerate(levels):
        here = [f for f in findings if f.level == level]
        pointed = [f for f in here if f.condition in ("herniation", "tear")]  # they have a direction
        direction, side = choices((pointed or here)[0])
        lines += ["[condition]" if i == 0 else f"[condition_at.{level}]"]
        lines += [f'direction = "{direction}"', f'side = "{side}"', ""]
    lines += _tracks(findings, levels)
    titles: list[str] = []
    for i, f in enumerate(findings):
        titles.append(_unique(_title(f), titles))
        lines += _step(i * STEP_SECONDS, titles[-1], f)
    titles.append("What the model cannot show")
    lines += [
        "[[steps]]",
        f"time = {len(findings) * STEP_SECONDS:g}",
        f"title = {_q(titles[-1])}",
        f'camera = {{ view = "oblique", focus = "{first.level}", zoom = 1.2 }}',
        f"highlight = {_list(sorted({r for f in findings for r in _root_parts(f)}))}",
        "",
    ]
    md = [f"# {title}", "", _intro(reading), ""]
    for t, f in zip(titles, findings, strict=False):
        md += [f"## {t}", "", finding_text(f), ""]
    md += [f"## {titles[-1]}", "", _closing(reading), ""]
    return "\n".join(lines), "\n".join(md)


def _q(text: str) -> str:
    """A TOML string of report words: braces would read as placeholders."""
    return json.dumps(text.replace("{", "(").replace("}", ")"), ensure_ascii=False)


def _list(items) -> str:
    return "[" + ", ".join(json.dumps(i) for i in items) + "]"  # part names, placeholders kept


def _unique(title: str, taken: list[str]) -> str:
    n, out = 2, title
    while out.lower() in (t.lower() for t in taken):
        out, n = f"{title} ({n})", n + 1
    return out


def standard_term(f: Finding) -> str:
    """The Fardon 2014 words: 'right paracentral extrusion', 'moderate foraminal stenosis'."""
    side = "" if f.side == "both" else f"{f.side} "
    if f.condition in ("herniation", "tear"):
        kind = f.type or "herniation" if f.condition == "herniation" else "annular fissure"
        return f"{side}{f.direction} {kind}"
    if f.condition == "stenosis":
        place = {"central": "central canal", "paracentral": "lateral recess"}.get(f.direction, f.direction)
        sided = "bilateral " if f.side == "both" and f.direction != "central" else side
        return f"{f.grade} {sided}{place} stenosis"
    return f"{f.grade} {v.PLAIN[f.condition][1]}"


def plain_words(f: Finding) -> str:
    """What the finding means, in plain words ('gel has broken through the outer ring')."""
    return v.PLAIN[f.type or f.condition][0]


def _title(f: Finding) -> str:
    return f"{f.level}: {standard_term(f)}"[:80]


def _summary(findings: list[Finding]) -> str:
    parts = [f"{standard_term(f)} at {f.level}" for f in findings[:3]]
    more = f", and {len(findings) - 3} more" if len(findings) > 3 else ""
    return "What the MRI report describes, shown on the model: " + "; ".join(parts) + more + "."


def _intro(reading: Reading) -> str:
    return (
        "This scene was made from the words of an MRI report. Each step shows one finding on the "
        "model, the most important first. The model is a drawing of a typical lower back, not "
        "your scan, so sizes and shapes are only a guide."
    )


def _root_parts(f: Finding) -> list[str]:
    return [f"root.{r}" for r in f.roots]


def finding_text(f: Finding) -> str:
    """The step text of one finding (Markdown): the report's words, plain words, the root."""
    upper, lower = disc_between(f.level)
    side = "both sides" if f.side == "both" else f.side
    table = STENOSIS_WHERE if f.condition == "stenosis" else WHERE
    where = table[f.direction].format(side=side) if f.condition in ("herniation", "tear", "stenosis") else ""
    term = load_glossary().get(f.type or v.PLAIN[f.condition][1])
    out = [
        f"*The report says:* “{f.text.strip()}”",
        "",
        f"In plain words: at the disc between the {upper} and {lower} bones, {plain_words(f)}{where}. "
        f"Doctors call this a **{standard_term(f)}**.",
    ]
    if term:
        out += ["", f"*{term.name.capitalize()}:* {term.plain}"]
    if f.roots:
        names = sorted({r.split(".")[0] for r in f.roots})
        sides = sorted({r.split(".")[1] for r in f.roots})
        on = " roots on both sides" if len(sides) == 2 else f" root on the {sides[0]}"
        which = " and ".join(names) + on
        role = {lower: "traversing root", upper: "exiting root"}.get(names[0], "nerve root")
        felt = "; ".join(f"{n}: {ROOT_AREAS[n]}" for n in names)
        out += [
            "",
            f"Lit up: the {which}, the {role} at this level. A pressed root is felt where it goes ({felt}).",
        ]
    if f.condition == "stenosis":
        out += [
            "",
            "The model narrows the space by wearing the disc: it loses height, grows bone spurs "
            "and the ligament behind it thickens.",
        ]
    return "\n".join(out)


def _closing(reading: Reading) -> str:
    out = []
    if reading.unsupported:
        out += ["The report also names findings this model cannot show:", ""]
        out += [f"- {u.finding}: “{u.text.strip()}”" for u in reading.unsupported]
        out += [""]
    if len(reading.findings) > MAX_FINDING_STEPS:
        out += [f"Only the first {MAX_FINDING_STEPS} findings are shown as steps.", ""]
    out += ["Ask the doctor who ordered the scan what these findings mean for you.", "", f"*{DISCLAIMER}*"]
    return "\n".join(out)


def _step(t: float, title: str, f: Finding) -> list[str]:
    """One finding's step, at its own disc (`level`): {level}, {upper} and the regions follow it."""
    side = choices(f)[1]
    if f.condition == "degeneration":  # lost height shows from the side
        camera = f'{{ view = "{side}", focus = "{{level}}", zoom = 2.2 }}'
        hide: list[str] = []
        translucent = ["vertebra.{upper}", "annulus.{level}", f"facet.{{level}}.{side}"]
    else:  # from the feet with the bones below hidden, as an axial MRI slice is read
        zoom = 1.5 if f.direction in ("foraminal", "far-lateral") else 1.8  # room for the foramen
        camera = f'{{ view = "inferior", focus = "{{level}}", zoom = {zoom} }}'
        hide = ["below"]
        translucent = ["dura", "annulus.{level}"]
    disc = {"herniation": "nucleus.{level}", "degeneration": "nucleus.{level}", "stenosis": "flavum.{level}"}
    if f.condition in ("bulge", "tear"):  # the ring itself is the finding: drawn solid, outlined
        translucent = [t for t in translucent if t != "annulus.{level}"]
    return [
        "[[steps]]",
        f"time = {t:g}",
        f'level = "{f.level}"',
        f"title = {_q(title)}",
        f"camera = {camera}",
        f"highlight = {_list([disc.get(f.condition, 'annulus.{level}'), *_root_parts(f)])}",
        f"translucent = {_list(translucent)}",
        f"hide = {_list(hide)}",
        "",
    ]


def _tracks(findings: list[Finding], levels: list[str]) -> list[str]:
    """One track per disc and dial number: each finding's step turns its numbers up (never down)."""
    lines = []
    for level in levels:
        targets: dict[str, list[tuple[float, float]]] = {}
        for i, f in enumerate(findings):
            if f.level != level:
                continue
            direction, side = choices(f)
            fields = condition_state(DIAL[f.condition], level, side, direction, severity(f)).disc(level)
            for name in ANIMATED:
                value = float(getattr(fields, name))
                if value > 0:
                    targets.setdefault(name, []).append((i * STEP_SECONDS, value))
        for name, steps in targets.items():
            keys, now = [[0.0, 0.0]], 0.0
            for t0, value in steps:
                if value <= now:
                    continue
                if t0 > keys[-1][0]:
                    keys.append([t0, now])
                keys.append([t0 + RAMP_SECONDS, round(value, 3)])
                now = value
            level_line = "" if level == levels[0] else f'level = "{level}"\n'
            pairs = ", ".join(f"[{t:g}, {x:g}]" for t, x in keys)
            lines += ["[[tracks]]", f'parameter = "{name}"', f"{level_line}keyframes = [{pairs}]"]
            lines += ['easing = "ease-in-out"', ""]
    return lines
