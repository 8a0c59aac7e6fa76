"""The kidney-shaped outline of a vertebral body and disc in its endplate plane.

One function serves bone and disc, so a disc's rim meets its endplates exactly.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from .dimensions import RING_APOPHYSIS_FRACTION

Array = NDArray[np.float64]

SUPERELLIPSE_EXPONENT = 2.4
POSTERIOR_DIMPLE = 0.13  # depth of the concave posterior wall, as a fraction of the half depth


def outline_radius(theta: Array, width: float, depth: float) -> Array:
    """Radius of the endplate outline at polar angle theta (0 = right, +pi/2 = anterior)."""
    a, b, n = 0.5 * width, 0.5 * depth, SUPERELLIPSE_EXPONENT
    c, s = np.abs(np.cos(theta)), np.abs(np.sin(theta))
    r = (np.power(c / a, n) + np.power(s / b, n)) ** (-1.0 / n)
    # The posterior wall bows toward the canal: a dimple centred on -pi/2.
    d = np.angle(np.exp(1j * (theta + 0.5 * np.pi)))
    return r * (1.0 - POSTERIOR_DIMPLE * b / r * np.exp(-((d / 0.55) ** 2)))


def posterior_wall_y(depth: float, width: float) -> float:
    """y of the posterior body wall at the midline (negative: behind the centre)."""
    return -float(outline_radius(np.array([-0.5 * np.pi]), width, depth)[0])


def endplate_dip(frac: Array, concavity: float) -> Array:
    """How far a concave endplate sinks below its rim at radial fraction frac (0 centre, 1 rim)."""
    s = np.clip(frac / RING_APOPHYSIS_FRACTION, 0.0, 1.0)
    return concavity * (1.0 - s * s) ** 2
