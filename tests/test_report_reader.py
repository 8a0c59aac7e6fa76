"""The MRI report reader (scenes/report): the corpus score, levels as reports write them,
negation, the one-sentence answers, and the scene it builds (issue 17)."""

from __future__ import annotations

import json

import pytest

from scenes.report import read_report
from scenes.report.levels import find_levels
from tests.report_score import load_cases, score_corpus

REPORT = """FINDINGS:
L1-2 through L3-4: No disc herniation, canal or foraminal stenosis.
L4-5: Mild desiccation and broad-based bulge. Superimposed right paracentral protrusion contacting
the traversing right L5 nerve root. Mild facet arthropathy.
L5-S1: Left foraminal extrusion compressing the exiting left L5 root. Modic type 1 endplate changes.
"""


def test_corpus_score_is_high(capsys):
    cases = load_cases()
    assert len(cases) >= 40
    score = score_corpus()
    with capsys.disabled():
        print(f"\nMRI report corpus ({len(cases)} snippets): {score.line()}")
    assert score.findings_right >= 0.9, score.misses
    assert score.negations >= 0.9 * score.negations_expected, score.misses
    assert score.named >= 0.9 * score.named_expected, score.misses
    assert score.messages == score.messages_expected, score.misses


@pytest.mark.parametrize(
    "text, levels",
    [
        ("L4/5", ("L4-L5",)),
        ("L45", ("L4-L5",)),
        ("L4-L5", ("L4-L5",)),
        ("L5/S1", ("L5-S1",)),
        ("the lumbosacral junction", ("L5-S1",)),
        ("L1-2 through L3-4", ("L1-L2", "L2-L3", "L3-L4")),
        ("L3-4, L4-5 and L5-S1", ("L3-L4", "L4-L5", "L5-S1")),
        ("the left L5 nerve root", ()),
    ],
)
def test_levels_as_reports_write_them(text, levels):
    assert tuple(lv for g in find_levels(text) for lv in g.levels) == levels


def test_a_typical_report():
    r = read_report(REPORT)
    got = {(f.level, f.condition, f.type, f.direction, f.side, f.roots) for f in r.findings}
    assert ("L5-S1", "herniation", "extrusion", "foraminal", "left", ("L5.left",)) in got
    assert ("L4-L5", "herniation", "protrusion", "paracentral", "right", ("L5.right",)) in got
    assert {f.condition for f in r.findings if f.level == "L4-L5"} == {"herniation", "bulge", "degeneration"}
    assert not [f for f in r.findings if f.level in ("L1-L2", "L2-L3", "L3-L4")]  # all denied
    assert {u.finding.split(" ")[0] for u in r.unsupported} == {"facet", "Modic"}
    assert r.findings[0].roots  # a finding that catches a root comes first
    assert json.dumps(r.to_json()) == json.dumps(read_report(REPORT).to_json())  # deterministic


@pytest.mark.parametrize(
    "text, start",
    [
        ("", "The report is empty"),
        ("bread, butter, tomatoes, coffee and dish soap", "No lumbar disc findings"),
        (
            "C4-5 and C5-6: moderate canal stenosis.",
            "This report speaks only of levels outside the lower back",
        ),
        ("Protrusión discal L5-S1 con compresión de la raíz S1 en el receso lateral.", "The report does not"),
    ],
)
def test_nothing_to_show_gets_one_sentence(text, start):
    r = read_report(text)
    assert not r.findings and not r.understood
    assert r.message.startswith(start)
    assert r.message.count(". ") == 0 and r.message.endswith(".")


def test_the_scene_plays_each_finding_at_its_own_disc(tmp_path):
    from scenes.loader import load_scene
    from scenes.report.scene import build_scene
    from scenes.timeline import frame_at, step_time

    toml, md = build_scene(read_report(REPORT), "A report")
    (tmp_path / "a_report.toml").write_text(toml)
    (tmp_path / "a_report.md").write_text(md)
    scene = load_scene(tmp_path / "a_report.toml")
    assert scene.level == "L5-S1" and len(scene.steps) == len(read_report(REPORT).findings) + 1
    end = dict(frame_at(scene, scene.duration).state.discs)
    assert (end["L5-S1"].direction, end["L5-S1"].side) == ("foraminal", "left")
    assert (end["L4-L5"].direction, end["L4-L5"].side) == ("paracentral", "right")
    assert end["L5-S1"].herniation >= 0.5 and 0.15 <= end["L4-L5"].herniation < 0.5  # extrusion, protrusion
    assert end["L4-L5"].degeneration > 0 and end["L3-L4"].herniation == 0
    first = frame_at(scene, step_time(scene, 0) + 0.1)
    assert first.camera.focus_level == "L5-S1" and "root.L5.left" in first.highlight
    assert "What the model cannot show" in scene.steps[-1].title
    assert "facet" in scene.steps[-1].text and "not medical advice" in scene.steps[-1].text


def test_a_bad_condition_at_level_is_one_line(tmp_path):
    from scenes.loader import read_scene

    (tmp_path / "x.toml").write_text(
        'title = "x"\nsummary = "x"\nlevel = "L4-L5"\nduration = 5\n[condition_at.L9-L10]\nside = "left"\n'
        '[[steps]]\ntime = 0\ntitle = "x"\ntext = "x"\n'
    )
    scene, errors = read_scene(tmp_path / "x.toml")
    assert scene is None and "L9-L10" in str(errors[0]) and "L4-L5" in str(errors[0])
