"""One part's rest mesh, the unit the builders make and the model holds (apart from `model`,
which builds through `assemble`, so the builders need not import it)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True)
class PartMesh:
    """One part at rest: vertices (n, 3) float64 in world mm (RAS), faces (m, 3) int64."""

    id: str
    vertices: NDArray[np.float64]
    faces: NDArray[np.int64]
    param: NDArray[np.float64] | None = None  # builder coordinates per vertex, for deformers
