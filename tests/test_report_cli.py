"""`explain-report` and `handout --report` as a user runs them (issue 17)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.cli_run import ROOT, TEST_DETAIL, assert_user_error, lumbar

REPORT = """IMPRESSION:
1. L5-S1: large left paracentral extrusion compressing the traversing left S1 nerve root.
2. L4-L5: mild disc bulge and posterior annular fissure, no stenosis.
3. Grade 1 anterolisthesis of L4 on L5.
"""


def test_json_lists_findings_and_what_it_cannot_show(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(REPORT)
    done = lumbar("explain-report", str(report), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    first = data["findings"][0]
    assert first == {
        "level": "L5-S1",
        "condition": "herniation",
        "type": "extrusion",
        "direction": "paracentral",
        "side": "left",
        "grade": "severe",
        "roots": ["S1.left"],
        "text": "L5-S1: large left paracentral extrusion compressing the traversing left S1 nerve root.",
    }
    assert {(f["level"], f["condition"]) for f in data["findings"][1:]} == {
        ("L4-L5", "bulge"),
        ("L4-L5", "tear"),
    }
    assert [u["finding"].split(" ")[0] for u in data["unsupported"]] == ["spondylolisthesis"]
    assert "message" not in data


def test_standard_input_and_plain_lines():
    done = subprocess.run(
        [sys.executable, "-m", "app", "explain-report", "-"],
        input=REPORT,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0].startswith("L5-S1: left paracentral extrusion")
    assert "cannot show: spondylolisthesis" in done.stdout and "not medical advice" in done.stdout


def test_nothing_understood_exits_2_with_one_sentence(tmp_path):
    shopping = tmp_path / "list.txt"
    shopping.write_text("oat milk\neggs\nrye bread\n")
    assert_user_error(lumbar("explain-report", str(shopping), "--json"), "No lumbar disc findings")
    assert_user_error(lumbar("explain-report", str(tmp_path / "none.txt")), "does not exist")
    (tmp_path / "scan.png").write_bytes(b"\x89PNG")
    assert_user_error(lumbar("explain-report", str(tmp_path / "scan.png")), ".txt or .pdf")


def test_scene_out_is_a_scene_the_model_plays_with_the_root_caught(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(REPORT)
    out = tmp_path / "scenes" / "my_report.toml"
    out.parent.mkdir()
    done = lumbar("explain-report", str(report), "--scene-out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.exists() and out.with_suffix(".md").exists()
    listed = lumbar("scenes", "--dir", str(out.parent))
    assert listed.returncode == 0 and "my_report" in listed.stdout, listed.stdout + listed.stderr
    # The first step's end, measured on the model's geometry: the root the report names is pressed.
    measured = lumbar(
        "measure",
        "--scene",
        "my_report",
        "--scenes-dir",
        str(out.parent),
        "--step",
        "1",
        "--json",
        "--detail",
        TEST_DETAIL,
    )
    assert measured.returncode == 0, measured.stderr
    roots = json.loads(measured.stdout)["roots"]
    assert roots["S1.left"]["contact"] and roots["S1.left"]["compression"] > 0.1
    assert not roots["S1.right"]["contact"]


def test_handout_from_a_report(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(REPORT)
    pdf = tmp_path / "handout.pdf"
    done = lumbar("handout", "--report", str(report), "--out", str(pdf), "--detail", TEST_DETAIL)
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 20_000
    from pypdf import PdfReader

    text = " ".join((p.extract_text() or "") for p in PdfReader(pdf).pages)
    assert "L5-S1" in text and "extrusion" in text and "spondylolisthesis" in text
    assert_user_error(
        lumbar("handout", "--report", str(report), "--scene", "herniated_disc", "--out", str(pdf))
    )
