"""T2-weighted intensities for a tissue label map: water bright (CSF, a healthy nucleus, fluid in a
fissure), collagen and cortical bone dark, marrow and nerve grey, fat fairly bright; then the
scanner's partial-volume blur and a little Rician noise from a fixed seed (the same picture for
the same state)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from numpy.typing import NDArray
from scipy import ndimage

from meshes.dimensions import DISC_LEVELS

from .tissues import (
    ANNULUS,
    BACKGROUND,
    CORTEX,
    CSF,
    DURA,
    FACET,
    FAT,
    FLAVUM,
    HERNIATED,
    HIZ,
    MARROW,
    NUCLEUS,
    ROOT,
)

# Relative T2 signal, 0 black .. 1 white (fast spin echo, as on a routine lumbar study).
SIGNAL = {
    BACKGROUND: 0.05,
    FAT: 0.62,
    MARROW: 0.42,
    CORTEX: 0.05,
    FACET: 0.30,
    FLAVUM: 0.15,
    ANNULUS: 0.13,
    CSF: 0.95,
    DURA: 0.30,
    ROOT: 0.30,
}
NUCLEUS_HEALTHY = 0.88
NUCLEUS_DRY = 0.16  # Pfirrmann V: black, like the annulus
NUCLEUS_EDGE_PX = 5.0  # the fade from annulus to nucleus (2.5 mm)
HERNIATED_SIGNAL = 0.24  # an extruded fragment: dark against the bright CSF
HIZ_SIGNAL = (0.55, 0.97)  # a shallow fissure .. one through the annulus
BLUR_PX = 1.0  # partial volume at 0.5 mm pixels
NOISE = 0.025  # Rician noise sigma
GRAIN, GRAIN_PX = 0.12, 3.0  # tissue texture: +-12 % over about 1.5 mm
SEED = 20141  # fixed: the same state gives the same picture


def nucleus_signal(degeneration: float) -> float:
    """A nucleus darkens as it dries (Pfirrmann I at 0 .. V at 1)."""
    return NUCLEUS_HEALTHY + (NUCLEUS_DRY - NUCLEUS_HEALTHY) * float(degeneration) ** 0.8


def lookup(degeneration: dict[str, float], fissure: dict[str, float]) -> NDArray[np.float32]:
    """Signal per label code, for discs as dry and as torn as given."""
    lut = np.zeros(256, np.float32)
    for code, s in SIGNAL.items():
        lut[code] = s
    lo, hi = HIZ_SIGNAL
    for i, disc in enumerate(DISC_LEVELS):
        lut[NUCLEUS + i] = nucleus_signal(degeneration.get(disc, 0.0))
        lut[HERNIATED + i] = HERNIATED_SIGNAL
        lut[HIZ + i] = lo + (hi - lo) * min(fissure.get(disc, 0.0), 1.0)
    return lut


@lru_cache(maxsize=4)
def _noise(shape: tuple[int, int]) -> tuple[NDArray[np.float32], ...]:
    """Two Rician noise fields and a smooth tissue grain (no tissue is perfectly even), made once
    per picture size."""
    rng = np.random.default_rng(SEED)
    n1, n2 = ((rng.standard_normal(shape) * NOISE).astype(np.float32) for _ in range(2))
    grain = ndimage.gaussian_filter(rng.standard_normal(shape), GRAIN_PX)
    grain = 1.0 + GRAIN * grain / max(float(np.abs(grain).max()), 1e-9)
    return n1, n2, grain.astype(np.float32)


def _soften_nuclei(signal: NDArray[np.float32], labels: NDArray[np.uint8]) -> None:
    """A nucleus fades into its annulus over a few millimetres (the inner annulus holds water
    too), so its bright core is smaller and softer-edged than the gel's outline."""
    core = (labels >= NUCLEUS) & (labels < NUCLEUS + len(DISC_LEVELS))
    if not core.any():
        return
    rows, cols = np.nonzero(core)
    r0, r1, c0, c1 = rows.min(), rows.max() + 2, cols.min(), cols.max() + 2
    inside = ndimage.distance_transform_edt(core[r0:r1, c0:c1])
    ramp = np.clip(inside / NUCLEUS_EDGE_PX, 0.0, 1.0)
    box = signal[r0:r1, c0:c1]
    edge = core[r0:r1, c0:c1] & (ramp < 1.0)
    box[edge] = SIGNAL[ANNULUS] + (box[edge] - SIGNAL[ANNULUS]) * ramp[edge] ** 0.7


def t2_image(labels: NDArray[np.uint8], lut: NDArray[np.float32]) -> NDArray[np.float32]:
    """The slice as a T2 picture, 0..1, same shape as `labels`."""
    n1, n2, grain = _noise(labels.shape)
    signal = lut[labels]
    _soften_nuclei(signal, labels)
    image = ndimage.gaussian_filter(signal * grain, BLUR_PX)
    return np.clip(np.sqrt((image + n1) ** 2 + n2**2), 0.0, 1.0)
