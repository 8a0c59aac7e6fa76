"""The part table: every part id, its display name, a plain one-line description, colour and
group. The viewer, scenes, exports and tests all read this one table.

Colours come from the Okabe-Ito palette (safe for the common colour-vision deficiencies), kept
light so shading still reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from .dimensions import DISC_LEVELS, LEVELS, ROOTS, SACRAL_ROOTS, SIDES

GROUPS: tuple[str, ...] = ("bone", "disc", "nerve", "ligament", "joint")

COLOURS = {
    "bone": "#E6DCC3",
    "annulus": "#56B4E9",
    "nucleus": "#2A7FC0",
    "dura": "#D9A6C8",
    "root": "#F0E442",
    "flavum": "#E69F00",
    "facet": "#3FB58F",
    "warning": "#D55E00",
    "highlight": "#FF7F50",
}


@dataclass(frozen=True)
class PartInfo:
    """What the program knows about a part, for people: name, description, colour, group."""

    id: str
    name: str
    description: str
    colour: str
    group: str
    level: str | None = None
    synonyms: tuple[str, ...] = ()


def _table() -> dict[str, PartInfo]:
    parts: list[PartInfo] = []
    for lv in LEVELS:
        parts.append(
            PartInfo(
                f"vertebra.{lv}",
                f"{lv} vertebra",
                f"The {lv} bone: a thick body in front carries weight, "
                "a ring of bone behind it guards the nerves.",
                COLOURS["bone"],
                "bone",
                lv,
                ("bone", "vertebra", "spine", lv),
            )
        )
    parts.append(
        PartInfo(
            "sacrum",
            "Sacrum",
            "The wedge of fused bones at the base of the spine; its top (S1) carries the lowest disc "
            "and the small tailbone (coccyx) hangs below its tip.",
            COLOURS["bone"],
            "bone",
            "S1",
            ("bone", "S1", "tailbone", "coccyx", "pelvis"),
        )
    )
    for d in DISC_LEVELS:
        parts.append(
            PartInfo(
                f"annulus.{d}",
                f"{d} disc, outer ring (annulus fibrosus)",
                "The tough outer ring of the disc, built of many layers of criss-crossed fibres.",
                COLOURS["annulus"],
                "disc",
                d,
                ("disc", "annulus", "ring", "fibrosus", "cushion", d),
            )
        )
        parts.append(
            PartInfo(
                f"nucleus.{d}",
                f"{d} disc, gel core (nucleus pulposus)",
                "The soft, water-rich gel in the middle of the disc that spreads load like a cushion.",
                COLOURS["nucleus"],
                "disc",
                d,
                ("disc", "nucleus", "gel", "pulposus", "core", d),
            )
        )
    parts.append(
        PartInfo(
            "dura",
            "Dural sac",
            "The fluid-filled sleeve inside the spinal canal that holds the bundle of nerve roots.",
            COLOURS["dura"],
            "nerve",
            None,
            ("thecal sac", "dura", "sac", "canal", "nerve"),
        )
    )
    for r in ROOTS:
        for s in SIDES:
            where = "the first sacral opening" if r == "S1" else f"the {r}-{_below(r)} opening"
            parts.append(
                PartInfo(
                    f"root.{r}.{s}",
                    f"{s.capitalize()} {r} nerve root",
                    f"The {r} nerve on the {s}: it leaves the spine through {where} "
                    "and serves part of the leg.",
                    COLOURS["root"],
                    "nerve",
                    r,
                    ("nerve", "root", "sciatic" if r in ("L4", "L5", "S1") else "femoral", r),
                )
            )
    for k, r in enumerate(SACRAL_ROOTS, start=2):
        for s in SIDES:
            parts.append(
                PartInfo(
                    f"root.{r}.{s}",
                    f"{s.capitalize()} {r} nerve root",
                    f"The {r} nerve on the {s}: it leaves the sacrum through front opening number {k} "
                    "and joins the nerves to the back of the leg and the pelvis.",
                    COLOURS["root"],
                    "nerve",
                    r,
                    ("nerve", "root", "sacral", r),
                )
            )
    for d in DISC_LEVELS:
        parts.append(
            PartInfo(
                f"flavum.{d}",
                f"{d} ligamentum flavum",
                "An elastic yellow ligament joining the bony arches behind the nerves; it thickens with age.",
                COLOURS["flavum"],
                "ligament",
                d,
                ("ligament", "flavum", "yellow ligament", d),
            )
        )
    for d in DISC_LEVELS:
        for s in SIDES:
            parts.append(
                PartInfo(
                    f"facet.{d}.{s}",
                    f"{s.capitalize()} {d} facet joint",
                    "A small sliding joint at the back of the spine, lined with cartilage, "
                    "that guides and limits motion.",
                    COLOURS["facet"],
                    "joint",
                    d,
                    ("facet", "joint", "zygapophyseal", "cartilage", d),
                )
            )
    return {p.id: p for p in parts}


def _below(root: str) -> str:
    i = LEVELS.index(root)
    return "S1" if i == len(LEVELS) - 1 else LEVELS[i + 1]


PARTS: dict[str, PartInfo] = _table()


def parts_in_group(group: str) -> list[PartInfo]:
    return [p for p in PARTS.values() if p.group == group]


# What each group is called where groups are listed (the structures tree, the see-through panel).
GROUP_LABELS = {
    "bone": "Bones",
    "disc": "Discs",
    "nerve": "Nerves",
    "ligament": "Ligaments",
    "joint": "Facet joints",
}
