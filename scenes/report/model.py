"""What reading a report gives back, as plain frozen data (the command line prints it as JSON,
the window lists it, the scene builder plays it)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Finding:
    """One disc problem the model can show, in the words of `--json`."""

    level: str  # 'L4-L5'
    condition: str  # herniation, bulge, tear, degeneration, stenosis
    direction: str  # central, paracentral, foraminal, far-lateral
    side: str  # left, right, both
    grade: str  # mild, moderate, severe
    roots: tuple[str, ...] = ()  # 'S1.right', as in `measure --json`
    text: str = ""  # the words it came from
    type: str | None = None  # protrusion, extrusion, sequestration (a herniation only)

    def to_json(self) -> dict:
        d = asdict(self)
        d["roots"] = list(self.roots)
        if self.type is None:
            del d["type"]
        return d


@dataclass(frozen=True)
class Unsupported:
    """A finding the report names that the model cannot show (named, never dropped)."""

    finding: str
    text: str
    level: str | None = None

    def to_json(self) -> dict:
        d = {"finding": self.finding, "text": self.text}
        if self.level:
            d["level"] = self.level
        return d


@dataclass(frozen=True)
class Denied:
    """Something the report says is absent ("no herniation at L3-L4"; "L1-L2: unremarkable")."""

    what: str  # a condition, an unsupported finding's name, or 'any' for a normal level
    level: str | None
    text: str

    def to_json(self) -> dict:
        return {"what": self.what, "level": self.level, "text": self.text}


@dataclass(frozen=True)
class Reading:
    """Everything read from one report; `message` is one sentence when nothing could be shown."""

    findings: tuple[Finding, ...] = ()
    unsupported: tuple[Unsupported, ...] = ()
    denied: tuple[Denied, ...] = field(default=())
    message: str = ""

    @property
    def understood(self) -> bool:
        return bool(self.findings or self.unsupported or self.denied)

    def to_json(self) -> dict:
        d: dict = {
            "findings": [f.to_json() for f in self.findings],
            "unsupported": [u.to_json() for u in self.unsupported],
            "denied": [n.to_json() for n in self.denied],
        }
        if self.message:
            d["message"] = self.message
        return d
