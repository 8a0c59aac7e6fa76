"""From disc to symptom without a window: the geometry picks the pinched root, the anatomy rule
agrees at every level and on both sides, and the symptom table says where it is felt.

For each disc level and side a paracentral extrusion must press the traversing root (the root of
the bone below: L5 at L4-L5, S1 at L5-S1) hardest, and a foraminal one the exiting root (L4 at
L4-L5), on the herniation's side. Compression comes from ``meshes.measure`` on the deformed model.
"""

from __future__ import annotations

import pytest

from meshes.conditions import condition_state
from meshes.dimensions import DISC_LEVELS, ROOTS, SIDES, disc_between
from scenes.schema import ROOT_AREAS, ROOT_MUSCLES, SceneError, level_words
from scenes.symptoms import (
    FIELDS,
    Pinch,
    load_symptoms,
    pinch_title,
    pinch_why,
    root_role,
)

EXTRUSION = 0.7  # the slider position of an extrusion (meshes.state: 0.5 <= extrusion < 0.85)


def _cases():
    for level in DISC_LEVELS:
        upper, lower = disc_between(level)
        for side in SIDES:
            # At L1-L2..L3-L4 the traversing root is still inside the sac at the disc: the
            # extrusion presses it through the indented sac (meshes.measure, cause 'disc').
            yield pytest.param(level, side, "paracentral", lower, "traversing",
                               id=f"{level}-{side}-paracentral")  # fmt: skip
            yield pytest.param(level, side, "foraminal", upper, "exiting", id=f"{level}-{side}-foraminal")


@pytest.mark.parametrize(("level", "side", "direction", "root", "role"), list(_cases()))
def test_extrusion_presses_the_root_the_anatomy_rule_names(model, level, side, direction, root, role):
    from meshes.measure import measure

    m = measure(model, condition_state("herniation", level, side, direction, EXTRUSION))
    key = f"{root}.{side}"
    hit = m.roots[key]
    report = {k: round(r.compression, 2) for k, r in m.roots.items() if r.contact}
    assert hit.contact, f"{key} should be touched at {level} ({direction}, {side}); touched: {report}"
    assert hit.cause == "disc"
    others = {k: r.compression for k, r in m.roots.items() if k != key}
    assert hit.compression > max(others.values()), f"{key} is not the hardest pressed: {report}"
    other_side = f"{root}.{'left' if side == 'right' else 'right'}"
    assert m.roots[other_side].compression < hit.compression
    # The words follow the geometry: its role at this level, and the side.
    assert root_role(root, level) == role
    title = pinch_title(Pinch(root, side, hit.compression, hit.cause, 1.0), level)
    assert (
        title == f"{side.capitalize()} {root} nerve root — {role} root at {level} — pressed by disc material"
    )


def test_the_panel_words_match_the_scene_placeholders():
    for level in DISC_LEVELS:
        w = level_words(level, "left")
        assert root_role(w["exiting_root"], level) == "exiting"
        assert root_role(w["traversing_root"], level) == "traversing"
    assert root_role("S1", "L4-L5") == ""


def test_every_root_has_all_its_symptoms_in_plain_words():
    table = load_symptoms()
    assert list(table) == list(ROOTS)
    for root, t in table.items():
        assert t.area == ROOT_AREAS[root]  # one table for where a root is felt, shared with scenes
        assert t.moves == ROOT_MUSCLES[root]
        for name in FIELDS:
            assert getattr(t, name).strip(), (root, name)
    assert "calf" in table["S1"].complaint and "ankle" in table["S1"].reflex
    assert "big toe" in table["L5"].weak
    assert "knee" in table["L4"].reflex


def test_a_broken_symptom_table_is_one_clear_error(tmp_path):
    bad = tmp_path / "symptoms.toml"
    bad.write_text('[roots.L1]\ncomplaint = "x"\n', encoding="utf-8")
    with pytest.raises(SceneError) as e:
        load_symptoms(bad)
    assert "needs a text 'feels'" in str(e.value) or "[roots.L2] is missing" in str(e.value)
    bad.write_text("[roots\n", encoding="utf-8")
    with pytest.raises(SceneError, match="cannot be read"):
        load_symptoms(bad)


def test_the_why_names_the_clear_root_and_the_pattern():
    p = Pinch("L5", "right", 0.5, "disc", 2.5)
    why = pinch_why(p, "L4-L5", "herniation", "paracentral")
    assert "L5 root runs down behind the disc" in why and "L4 root left higher up" in why
    assert "2.5 mm" in why and "50%" in why
    p = Pinch("L4", "left", 0.2, "disc", 0.9)
    why = pinch_why(p, "L4-L5", "herniation", "foraminal")
    assert "L4 root leaves the spine" in why and "L5 root runs further in" in why
    p = Pinch("L4", "left", 0.8, "foramen", 0.0, 12.3)
    why = pinch_why(p, "L4-L5", "degeneration", "central")
    assert "12.3 mm" in why and "lost height" in why
