"""Is a finding denied? A small grammar in the style of NegEx (Chapman et al. 2001) and its
successor ConText: trigger phrases, a scope, and words that end the scope.

Why not medspaCy/negspacy: they need spaCy (a large install and about a second to import before
the first report), and they only decide negation for spans that we would still have to find with
our own vocabulary. The report language here is narrow, so the documented rules below do it in
microseconds and are easy to check against the test corpus.

Rules:
- A *pre-negation* trigger ("no", "without", "negative for", ...) denies every finding after it
  in the same clause, until a *termination* word ("but", "however", "with a", ...) or a new
  finding with its own grade ("no stenosis, mild facet arthropathy").
- A *post-negation* trigger ("is not seen", "absent", "has resolved") denies the finding just
  before it (up to five words away).
- A *pseudo-trigger* ("no change", "cannot be excluded", "not only") looks like a negation but is
  not one; it is skipped.
- A clause ends at '.', ';', ':' or a line break.
"""

from __future__ import annotations

import re

PSEUDO = (
    r"no\s+(?:significant\s+)?(?:interval\s+)?change|not\s+(?:significantly\s+)?changed|unchanged|"
    r"without\s+(?:significant\s+)?(?:interval\s+)?change|cannot\s+be\s+(?:excluded|ruled\s+out)|"
    r"can\s*not\s+exclude|not\s+(?:be\s+)?excluded|not\s+only|no\s+increase|not\s+ruled\s+out"
)
PRE = (
    r"no\s+(?:evidence|signs?|findings?)\s+(?:of|for)|negative\s+for|free\s+of|absence\s+of|"
    r"(?:interval\s+)?resolution\s+of|rules?\s+out|ruled\s+out|without(?:\s+(?:evidence|signs?)\s+of)?|no\s+longer|not\s+(?:a|an|any)|"
    r"there\s+is\s+no|there\s+are\s+no|neither|nor|no|not"
)
POST = (
    r"(?:is|are|was|were)\s+not\s+(?:seen|identified|present|demonstrated|evident|visualized|appreciated)|"
    r"not\s+(?:seen|identified|present|demonstrated|evident|visualized|appreciated)|"
    r"(?:is|are|has|have)\s+(?:absent|resolved)|absent|resolved|excluded"
)
TERMINATION = (
    r"but|however|although|though|except|aside\s+from|apart\s+from|which|there\s+is|there\s+are|with\s+an?|"
    r"while|whereas|yet|instead"
)
_TRIGGER = re.compile(rf"(?<![\w-])(?:(?P<pseudo>{PSEUDO})|(?P<pre>{PRE}))(?![\w-])", re.IGNORECASE)
_POST = re.compile(rf"^\W*(?:\w+\W+){{0,2}}?(?:{POST})(?![\w-])", re.IGNORECASE)
_TERMINATE = re.compile(rf"(?<![\w-])(?:{TERMINATION})(?![\w-])|[.;:\n]", re.IGNORECASE)
# After a comma, a grade or an article starts a new, affirmed finding.
_NEW_FINDING = re.compile(
    r",\s*(?:and\s+)?(?:a|an|mild|mildly|moderate|moderately|severe|small|large|minimal|marked)\b",
    re.IGNORECASE,
)
NORMAL = re.compile(
    r"(?<![\w-])(?:unremarkable|normal|within\s+normal\s+limits|no\s+(?:significant\s+)?abnormalit(?:y|ies)"
    r"|negative|preserved|intact|maintained|no\s+(?:significant\s+)?(?:disc\s+)?(?:disease|pathology))(?![\w-])",
    re.IGNORECASE,
)


def negation_scopes(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that pre-negation triggers deny, as (start, end) offsets."""
    scopes = []
    for m in _TRIGGER.finditer(text):
        if m.group("pseudo"):
            continue
        start = m.end()
        end = len(text)
        for stop in (_TERMINATE.search(text, start), _NEW_FINDING.search(text, start)):
            if stop:
                end = min(end, stop.start())
        scopes.append((start, end))
    return scopes


def _pseudo_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TRIGGER.finditer(text) if m.group("pseudo")]


def is_negated(text: str, start: int, end: int, scopes: list[tuple[int, int]] | None = None) -> bool:
    """Whether the words text[start:end] are denied by a trigger before them or just after them."""
    if scopes is None:
        scopes = negation_scopes(text)
    if any(a <= start < b for a, b in scopes):
        return True
    after = text[end : end + 60]
    cut = _TERMINATE.search(after)
    after = after[: cut.start()] if cut and cut.start() > 0 else after
    if _POST.match(after) and not any(a <= end + 2 < b + 40 for a, b in _pseudo_spans(text[end:])):
        return True
    return False
