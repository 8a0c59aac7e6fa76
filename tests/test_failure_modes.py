"""A failure mode is one module in meshes/pathology/modes plus its scene: the state, the command
line's --condition choices, the condition panel and the engine all pick a new one up from its
declaration, and the declared modes agree with the scenes they name."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TOY_MODE = '''
"""A toy failure mode: the whole disc swells (3 mm at 1)."""

from meshes.pathology.mode import Condition, FailureMode, Option, Parameter


def shape(warp, ds):
    warp.bulge_mm += 3.0 * ds.swelling


def condition_state(severity, direction, side):
    return {"swelling": severity, "side": side}


MODE = FailureMode(
    name="swelling",
    label="Swelling",
    order=60,
    parameters=(Parameter("swelling"),),
    shape=shape,
    options=(Option("swelling_kind", ("soft", "firm"), "soft"),),
    condition=Condition(
        rank=5,
        label="Swollen disc",
        tip="The whole disc swells",
        scene="disc_bulge",
        state=condition_state,
        symptom="The swollen disc presses",
    ),
)
'''

# Runs in a fresh Python: the toy module's folder joins the modes' discovery path before the
# state is built from the modes, then everything downstream is asked what it offers.
PROBE = r"""
import contextlib, io, json, sys

import meshes.pathology.modes as modes

modes.__path__.append(sys.argv[1])

import numpy as np
from PySide6.QtWidgets import QApplication, QMainWindow

from app.cli.main import build_parser, discover_commands, main
from app.clinic.controller import Choice, ConditionController
from app.clinic.panel import ConditionPanel
from meshes.conditions import CONDITIONS, condition_state
from meshes.model import build_model
from meshes.pathology import deform
from meshes.state import CHOICE_FIELDS, NUMERIC_RANGES, DiscState
from scenes.catalog import find_scene
from scenes.timeline import state_at

parser = build_parser(discover_commands())
measure = parser._subparsers._group_actions[0].choices["measure"]
cli_choices = next(a.choices for a in measure._actions if a.dest == "condition")
out = io.StringIO()
with contextlib.redirect_stdout(out):
    rc = main(["measure", "--condition", "swelling", "--level", "L4-L5", "--detail", "low", "--json"])


class Viewport:
    meshes = {}

    def render(self):
        pass


app = QApplication(["toy"])
window = QMainWindow()
panel = ConditionPanel(ConditionController(Viewport(), window), window)
box = panel.condition_box
items = {box.itemData(i): box.itemText(i) for i in range(box.count())}
model = build_model("low")
state = condition_state("swelling", "L4-L5", severity=1.0)
moved = deform(model, state)["annulus.L4-L5"] - model.parts["annulus.L4-L5"].vertices
print(json.dumps({
    "fields": list(NUMERIC_RANGES),
    "choices": CHOICE_FIELDS["swelling_kind"],
    "scene_choice": state_at(find_scene("disc_bulge"), 5.0).disc("L4-L5").swelling_kind,
    "default": DiscState().swelling,
    "conditions": list(CONDITIONS),
    "cli": list(cli_choices),
    "measure_rc": rc,
    "measured_levels": sorted(json.loads(out.getvalue())["levels"]),
    "panel": items,
    "stage": Choice("swelling", severity=0.9).stage(),
    "moved_mm": float(np.linalg.norm(moved, axis=1).max()),
}))
"""


def test_a_new_failure_mode_module_reaches_the_state_cli_panel_and_geometry(tmp_path):
    (tmp_path / "swelling.py").write_text(TOY_MODE)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["fields"][-1] == "swelling" and seen["default"] == 0.0  # in the state, healthy at 0
    assert seen["choices"] == ["soft", "firm"] and seen["scene_choice"] == "soft"  # a scene's fixed choice
    assert seen["conditions"][-1] == "swelling"  # after the four built in (its rank is 5)
    assert "swelling" in seen["cli"]  # python3 -m app measure --condition swelling
    assert seen["measure_rc"] == 0 and "L4-L5" in seen["measured_levels"]
    assert seen["panel"]["swelling"] == "Swollen disc"
    assert seen["stage"] == "severe"
    assert 2.0 < seen["moved_mm"] < 4.0  # the disc swelled by about its declared 3 mm


def test_without_the_toy_the_built_in_modes_are_the_conditions_and_fields():
    from meshes.conditions import CONDITIONS
    from meshes.pathology.modes import failure_modes
    from meshes.state import NUMERIC_FIELDS

    names = [m.name for m in failure_modes()]
    assert names == ["bulge", "herniation", "tear", "degeneration", "instability"]
    assert CONDITIONS == ("herniation", "bulge", "tear", "degeneration")
    assert NUMERIC_FIELDS == (
        "bulge", "herniation", "migration", "fissure", "leak", "degeneration", "instability",
    )  # fmt: skip


def test_every_condition_names_a_preset_scene_of_its_own_mode():
    from meshes.conditions import CONDITION_SPECS
    from meshes.pathology.modes import failure_modes
    from scenes.catalog import load_catalog

    scenes, errors = load_catalog()
    assert not errors
    by_id = {s.id: s for s in scenes}
    for mode in failure_modes():
        if mode.condition is None:
            continue
        scene = by_id[CONDITION_SPECS[mode.name].scene]
        animated = {t.parameter for t in scene.tracks}
        assert animated & {p.name for p in mode.parameters}, (mode.name, scene.id)
