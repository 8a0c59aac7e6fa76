"""The five presets: they load, play end to end at every level and side, animate what their
title says, and their texts are plain, complete, credited and covered by the glossary."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
import pytest

from meshes.dimensions import DISC_LEVELS, SIDES
from meshes.parts import PARTS
from meshes.state import EXTRUSION_AT, HEALTHY, NUMERIC_RANGES, PROTRUSION_AT, SEQUESTRATION_AT
from scenes.catalog import PRESETS_DIR, find_scene, load_catalog
from scenes.glossary import annotate_markdown, find_terms, load_glossary, to_html
from scenes.schema import DISCLAIMER, Scene
from scenes.timeline import frame_at, sample, scene_texts, state_at, step_texts
from scenes.views import VIEWS

PRESETS = ["healthy_tour", "herniated_disc", "torn_disc", "disc_bulge", "degenerated_disc"]
FAILURES = PRESETS[1:]
ARTICLE = '"Stem Cells Lower Back Pain: Confused?"'

# Medical words a patient may not know: wherever one appears in a preset text, the glossary
# must explain it (as itself or inside a longer term).
JARGON = (
    """
annulus annular nucleus pulposus fibrosus vertebra vertebrae vertebral lumbar sacrum sacral
sacroiliac dural thecal dermatome dermatomes foramen foramina foraminal facet facets ligamentum
flavum ligament ligaments tendon tendons cartilage herniation herniated herniate protrusion
protruded prolapsed extrusion sequestration sequestered paracentral subarticular fissure fissures
inflammation inflammatory discogenic sciatica radiculopathy radicular degeneration degenerative
degenerated pfirrmann osteophyte osteophytes instability spondylolisthesis stenosis claudication
neurogenic mri epidural steroid steroids platelet platelets lysate plasma discitis fusion
arthritis traversing exiting lordosis pedicle pedicles lamina laminae ganglion myelopathy cauda
equina intervertebral zygapophyseal endplate endplates apophysis proteoglycan nomenclature
regenerative bulging segment pelvis canal cortisone opioid
""".split()
    + ["stem cell", "stem cells", "stem-cell", "spinal cord", "x-ray", "x-rays", "nerve root"]
)


@pytest.fixture(scope="module")
def presets() -> dict[str, Scene]:
    scenes, errors = load_catalog()
    assert errors == []
    return {s.id: s for s in scenes}


def all_texts(scene: Scene, level: str | None = None, side: str | None = None) -> list[str]:
    """Every text a reader sees: title, summary, introduction, step titles and step texts."""
    out = [scene.title, *scene_texts(scene, level, side)]
    for title, text in step_texts(scene, level, side):
        out += [title, text]
    return out


def test_the_five_presets_load(presets):
    assert sorted(presets) == sorted(PRESETS)
    for s in presets.values():
        assert 20 <= s.duration <= 60, s.id
        assert 4 <= len(s.steps) <= 8, s.id
        assert s.level == "L4-L5", s.id  # the commonest level for each of them
        assert Path(s.text_file) == PRESETS_DIR / f"{s.id}.md"


@pytest.mark.parametrize("scene_id", PRESETS)
def test_preset_plays_end_to_end_at_every_level_and_side(presets, scene_id):
    scene = presets[scene_id]
    times = np.arange(0.0, scene.duration + 1e-9, 0.25)
    for level in DISC_LEVELS:
        for side in SIDES:
            last_step = 0
            for t in times:
                f = frame_at(scene, t, level=level, side=side)
                assert f.time == t and (f.level, f.side) == (level, side)
                assert [lv for lv, _ in f.state.discs] == list(DISC_LEVELS)
                for _, disc in f.state.discs:
                    for name, (lo, hi) in NUMERIC_RANGES.items():
                        assert lo <= getattr(disc, name) <= hi
                assert 0.0 <= f.state.phase < 1.0
                assert f.step_index >= last_step
                last_step = f.step_index
                assert f.step is scene.steps[f.step_index]
                assert f.highlight | f.translucent | f.hidden <= PARTS.keys()
                assert not (f.highlight & f.hidden), "a highlighted part is hidden"
                assert f.camera.view in VIEWS and np.all(np.isfinite(f.camera.focus))
                assert "{" not in f.title + f.text, "a placeholder was not filled in"
            assert last_step == len(scene.steps) - 1
            # The condition moves with the level: other discs stay healthy, except tracks pinned
            # to a level of their own (none in the presets).
            end = frame_at(scene, scene.duration, level=level, side=side).state
            assert all(d == HEALTHY.disc(lv) for lv, d in end.discs if lv != level)


def value_in_step(scene: Scene, title_word: str, parameter: str) -> np.ndarray:
    """The values of a parameter over the step whose title holds `title_word`."""
    i = next(i for i, s in enumerate(scene.steps) if title_word in s.title)
    end = scene.steps[i + 1].time if i + 1 < len(scene.steps) else scene.duration
    times = np.linspace(scene.steps[i].time, end, 50)
    return sample(scene, times)[(scene.level, parameter)]


def test_herniated_disc_goes_protrusion_extrusion_sequestration_onto_the_left_l5_root(presets):
    s = presets["herniated_disc"]
    assert (s.condition.direction, s.condition.side) == ("paracentral", "left")
    assert state_at(s, 0).disc("L4-L5").is_healthy
    h = lambda word: value_in_step(s, word, "herniation")  # noqa: E731
    assert np.any((h("Protrusion") >= PROTRUSION_AT) & (h("Protrusion") < EXTRUSION_AT))
    assert np.any((h("Extrusion") >= EXTRUSION_AT) & (h("Extrusion") < SEQUESTRATION_AT))
    assert h("Sequestration").max() >= SEQUESTRATION_AT
    assert state_at(s, s.duration).disc("L4-L5").migration < 0  # the fragment moved down
    nerve = frame_at(s, s.steps[4].time)
    assert "root.L5.left" in nerve.highlight and "L5" in nerve.title + nerve.text
    assert "outer side of the shin" in nerve.text
    # Moved to L5-S1 on the right, it catches the right S1 root and says so.
    moved = frame_at(s, s.steps[4].time, level="L5-S1", side="right")
    assert "root.S1.right" in moved.highlight and "the heel" in moved.text


def test_torn_disc_opens_a_radial_fissure_and_keeps_its_height(presets):
    s = presets["torn_disc"]
    end = state_at(s, s.duration).disc("L4-L5")
    assert end.fissure == 1.0 and end.fissure_kind == "radial" and 0 < end.leak <= 0.5
    assert s.condition.direction == "central"
    values = sample(s, np.linspace(0, s.duration, 200))
    for p in ("degeneration", "herniation", "bulge"):  # nothing that lowers or changes the disc
        assert ("L4-L5", p) not in values


def test_disc_bulge_grows_to_one_without_losing_height(presets):
    s = presets["disc_bulge"]
    values = sample(s, np.linspace(0, s.duration, 200))
    assert set(values) == {("L4-L5", "bulge")}
    assert values[("L4-L5", "bulge")][0] == 0 and values[("L4-L5", "bulge")][-1] == 1


def test_degenerated_disc_degenerates_rocks_and_narrows(presets):
    s = presets["degenerated_disc"]
    end = state_at(s, s.duration).disc("L4-L5")
    assert end.degeneration == 1.0 and end.instability == 1.0
    phases = {round(state_at(s, t).phase, 3) for t in np.arange(36, 40, 0.25)}
    assert len(phases) > 4, "an unstable segment must rock while the scene plays"
    assert value_in_step(s, "stenosis", "degeneration").min() == 1.0


def test_healthy_tour_shows_every_structure_it_names(presets):
    s = presets["healthy_tour"]
    shown: set[str] = set()
    for step in s.steps:
        shown |= frame_at(s, step.time).highlight
    for part in (
        "vertebra.L4",
        "nucleus.L4-L5",
        "dura",
        "root.L4.left",
        "root.L5.left",
        "facet.L4-L5.left",
        "flavum.L4-L5",
    ):
        assert part in shown
    disc_step = frame_at(s, next(st.time for st in s.steps if "ring around a gel" in st.title))
    assert "annulus.L4-L5" not in disc_step.hidden | disc_step.translucent  # the ring around the lit gel
    for t in np.arange(0, s.duration, 0.5):
        assert state_at(s, t) == HEALTHY


# -- the texts --------------------------------------------------------------------------------


@pytest.mark.parametrize("scene_id", FAILURES)
def test_failure_texts_cover_names_treatment_cautions_and_disclaimer(presets, scene_id):
    s = presets[scene_id]
    text = " ".join(" ".join(all_texts(s)).split())  # Markdown wraps lines anywhere
    assert "**The article's view.**" in text
    assert ARTICLE in text and "Chris Centeno, MD" in text and "Regenexx" in text
    assert "not settled medicine" in text
    assert "A needle in a disc is not harmless" in text and "discitis" in text
    assert "Fardon" in text
    assert "not medical advice" in s.intro and "not medical advice" in s.steps[-1].text
    # Symptoms: which root and where it is felt.
    assert re.search(r"\b(L4|L5|S1)\b", text) and ("shin" in text or "foot" in text or "calf" in text)


def test_each_preset_names_its_condition_as_the_article_and_the_standard_do(presets):
    names = {
        "herniated_disc": ["herniated disc", "extrusion", "sequestered disc", "free fragment", "protrusion"],
        "torn_disc": ["torn disc", "annular tear", "annular fissure"],
        "disc_bulge": ["bulging disc", "disc protrusion", "protruded disc", "prolapsed disc", "herniation"],
        "degenerated_disc": [
            "degeneration",
            "degenerative disc disease",
            "stenosis",
            "osteophytes",
            "instability",
        ],
        "healthy_tour": [
            "annulus fibrosus",
            "nucleus pulposus",
            "dural sac",
            "ligamentum flavum",
            "facet joints",
        ],
    }
    for scene_id, words in names.items():
        text = " ".join(" ".join(all_texts(presets[scene_id])).split()).lower()
        for w in words:
            assert w in text, (scene_id, w)


def test_mri_findings_in_people_without_pain_are_mentioned(presets):
    for scene_id in PRESETS:
        assert "Brinjikji" in "\n".join(all_texts(presets[scene_id])), scene_id


def test_the_disclaimer_constant_says_what_the_texts_say():
    assert "not medical advice" in DISCLAIMER


def syllables(word: str) -> int:
    w = re.sub(r"[^a-z]", "", word.lower())
    if len(w) <= 3:
        return 1
    w = re.sub(r"(?:[^laeiouy]es|ed|[^laeiouy]e)$", "", w)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", re.sub(r"^y", "", w))))


def reading_grade(markdown: str) -> float:
    """Flesch-Kincaid grade level of a Markdown text."""
    text = re.sub(r"[*_#`]", "", markdown)
    sentences = [s for s in re.split(r"[.!?]+(?:\s|$)", text) if re.search(r"[A-Za-z]", s)]
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    return 0.39 * len(words) / len(sentences) + 11.8 * sum(map(syllables, words)) / len(words) - 15.59


def test_reading_grade_check_can_tell_hard_from_plain_text():
    hard = (
        "Degenerative spondylolisthesis frequently necessitates decompressive laminectomy "
        "with instrumented arthrodesis."
    )
    assert reading_grade(hard) > 12 > 8 > reading_grade("The disc is a soft pad. It sits between two bones.")


@pytest.mark.parametrize("scene_id", PRESETS)
def test_texts_read_at_school_grade_8_or_below(presets, scene_id):
    for title, text in step_texts(presets[scene_id]):
        assert reading_grade(text) <= 8.0, (scene_id, title, round(reading_grade(text), 1))


@pytest.mark.parametrize("scene_id", PRESETS)
def test_every_medical_word_in_the_texts_is_in_the_glossary(presets, scene_id):
    for level in ("L4-L5", "L5-S1"):
        for text in all_texts(presets[scene_id], level=level):
            spans = [(m.start, m.end) for m in find_terms(text)]
            for word in JARGON:
                for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE):
                    covered = any(a <= m.start() and m.end() <= b for a, b in spans)
                    assert covered, f"{scene_id}: '{m.group(0)}' needs a glossary entry"


def test_every_glossary_term_is_used_and_explained_in_one_plain_line(presets):
    glossary = load_glossary()
    used = {m.term.name for s in presets.values() for t in all_texts(s) for m in find_terms(t)}
    assert [t.name for t in glossary.terms if t.name not in used] == []
    for term in glossary.terms:
        assert term.plain.endswith(".") and "\n" not in term.plain and len(term.plain) <= 120, term.name
        assert reading_grade(term.plain) <= 12, term.name  # one dense line, still plain words
    assert len(glossary.terms) >= 40


def test_glossary_tooltips_in_markdown_and_html(presets):
    text = step_texts(presets["herniated_disc"])[0][1]
    terms = {m.term.name for m in find_terms(text)}
    assert {"annulus fibrosus", "nucleus pulposus", "disc", "vertebra"} <= terms
    md = annotate_markdown(text)
    assert md.count('<span class="term"') == len(terms)  # each term's first mention
    assert '<span class="term" title="The tough outer ring of a disc' in md
    assert re.sub(r"<span [^>]*>|</span>", "", md) == text  # nothing else changed
    html = to_html(text)
    assert html.count('<span class="term"') == len(terms) and "<b>" in html and "**" not in html
    every = annotate_markdown(text, first_only=False)
    assert every.count('<span class="term"') == len(find_terms(text))


SHINGLES = Path("/work/shared/hooks/source-shingles.txt")


@pytest.mark.skipif(not SHINGLES.exists(), reason="the source article's shingles are not on this machine")
def test_no_eight_word_run_is_copied_from_the_article():
    known = set(SHINGLES.read_text().split())
    files = [*PRESETS_DIR.glob("*.md"), *PRESETS_DIR.glob("*.toml"), PRESETS_DIR.parent / "glossary.toml"]
    for path in files:
        words = re.findall(r"[a-z0-9]+", path.read_text(encoding="utf-8").lower().replace("\u2019", "'"))
        runs = [" ".join(words[i : i + 8]) for i in range(len(words) - 7)]
        copied = [r for r in runs if hashlib.sha1(r.encode()).hexdigest()[:16] in known]
        assert copied == [], (path.name, copied)


def test_find_scene_reads_presets_by_id():
    assert find_scene("disc_bulge").title == "Disc bulge"
