"""Score the MRI report reader against the corpus in tests/data/mri_reports.toml: findings right,
negations right, unsupported findings named, and the one-sentence messages. Used by
tests/test_report_reader.py; run it directly to print the figures."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from scenes.report import Reading, read_report
from scenes.report import reader as R

CORPUS = Path(__file__).resolve().parent / "data" / "mri_reports.toml"
MESSAGES = {
    "empty": R.EMPTY,
    "not-english": R.NOT_ENGLISH,
    "nothing": R.NOTHING,
    "normal": R.ALL_NORMAL,
    "unsupported": R.ONLY_UNSUPPORTED,
}


@dataclass
class Score:
    found: int = 0  # expected findings read right
    expected: int = 0
    extra: int = 0  # findings read that the corpus does not expect
    negations: int = 0
    negations_expected: int = 0
    named: int = 0
    named_expected: int = 0
    messages: int = 0
    messages_expected: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def findings_right(self) -> float:
        return self.found / max(1, self.expected + self.extra)

    def line(self) -> str:
        return (
            f"findings right {self.found}/{self.expected} (+{self.extra} extra) = {self.findings_right:.0%}; "
            f"negations right {self.negations}/{self.negations_expected}; "
            f"unsupported named {self.named}/{self.named_expected}; "
            f"messages right {self.messages}/{self.messages_expected}"
        )


def load_cases() -> list[dict]:
    return tomllib.loads(CORPUS.read_text(encoding="utf-8"))["case"]


def _matches(want: dict, got) -> bool:
    for k, value in want.items():
        have = getattr(got, k)
        if k == "roots":
            if set(have) != set(value):
                return False
        elif have != value:
            return False
    return True


def _message_kind(reading: Reading) -> str | None:
    if not reading.message:
        return None
    if reading.message.startswith("This report speaks only of levels outside"):
        return "not-lumbar"
    return next((k for k, m in MESSAGES.items() if m == reading.message), "?")


def score_case(case: dict, reading: Reading, score: Score) -> None:
    text = case["text"][:60]
    left = list(reading.findings)
    for want in case.get("findings", []):
        score.expected += 1
        hit = next((f for f in left if _matches(want, f)), None)
        if hit is None:
            score.misses.append(f"missed {want} in {text!r}")
        else:
            score.found += 1
            left.remove(hit)
    wanted = {(w["level"], w["condition"]) for w in case.get("findings", [])}
    extra = [f for f in left if (f.level, f.condition) not in wanted]
    score.extra += len(extra)
    score.misses += [f"extra {f.level} {f.condition} in {text!r}" for f in extra]
    for pair in case.get("denied", []):
        what, level = pair.split("@")
        score.negations_expected += 1
        said = any(d.what.startswith(what) and (not level or d.level == level) for d in reading.denied)
        shown = any(f.condition == what and (not level or f.level == level) for f in reading.findings)
        if said and not shown:
            score.negations += 1
        else:
            score.misses.append(f"negation {pair} not read in {text!r}")
    names = " | ".join(u.finding.lower() for u in reading.unsupported)
    for word in case.get("unsupported", []):
        score.named_expected += 1
        if word.lower() in names:
            score.named += 1
        else:
            score.misses.append(f"unsupported {word!r} not named in {text!r} ({names})")
    if "message" in case:
        score.messages_expected += 1
        kind = _message_kind(reading)
        if kind == case.get("message"):
            score.messages += 1
        else:
            score.misses.append(f"message {kind!r}, expected {case.get('message')!r} for {text!r}")


def score_corpus() -> Score:
    score = Score()
    for case in load_cases():
        score_case(case, read_report(case["text"]), score)
    return score


if __name__ == "__main__":
    s = score_corpus()
    print("\n".join(s.misses))
    print(s.line())
