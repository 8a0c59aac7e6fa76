"""Smooth curves through control points: the natural cubic spline the nerve and sac paths follow
and the shape-preserving (PCHIP) curve of the sacrum's centre line.

These are the textbook formulas SciPy's CubicSpline(bc_type="natural") and PchipInterpolator
use (tests/test_curves.py holds them to SciPy's values), written out because importing
scipy.interpolate cost a cold build 0.3-0.8 s, more than the curves themselves by far.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]


def natural_cubic(x: Array, y: Array, t: Array) -> tuple[Array, Array]:
    """Values and first derivatives at t of the natural cubic spline through (x[i], y[i])
    (x increasing; y (n,) or (n, k)); beyond the ends it runs on along the end pieces."""
    x, y, t = np.asarray(x, float), np.asarray(y, float), np.asarray(t, float)
    h = np.diff(x)
    slope = np.diff(y, axis=0) / _col(h, y)
    n = len(x)
    m = np.zeros_like(y)  # second derivatives; zero at both ends (natural)
    if n > 2:
        a = np.zeros((n - 2, n - 2))
        i = np.arange(n - 2)
        a[i, i] = 2.0 * (h[:-1] + h[1:])
        a[i[1:], i[1:] - 1] = h[1:-1]
        a[i[:-1], i[:-1] + 1] = h[1:-1]
        m[1:-1] = np.linalg.solve(a, 6.0 * np.diff(slope, axis=0))
    k = np.clip(np.searchsorted(x, t, side="right") - 1, 0, n - 2)
    hk = _col(h[k], y)
    b = _col(t - x[k], y) / hk
    a_ = 1.0 - b
    value = a_ * y[k] + b * y[k + 1] + ((a_**3 - a_) * m[k] + (b**3 - b) * m[k + 1]) * hk**2 / 6.0
    deriv = slope[k] + ((1.0 - 3.0 * a_**2) * m[k] + (3.0 * b**2 - 1.0) * m[k + 1]) * hk / 6.0
    return value, deriv


def pchip(x: Array, y: Array, t: Array) -> tuple[Array, Array]:
    """Values and first derivatives at t of the monotone piecewise-cubic (PCHIP, Fritsch and
    Carlson) curve through (x[i], y[i]); y (n,) or (n, k), n >= 3."""
    x, y, t = np.asarray(x, float), np.asarray(y, float), np.asarray(t, float)
    h = np.diff(x)
    hc = _col(h, y)
    m = np.diff(y, axis=0) / hc
    d = np.zeros_like(y)
    w1 = 2.0 * hc[1:] + hc[:-1]
    w2 = hc[1:] + 2.0 * hc[:-1]
    same = (np.sign(m[1:]) == np.sign(m[:-1])) & (m[1:] != 0.0) & (m[:-1] != 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        harmonic = (w1 + w2) / (w1 / m[:-1] + w2 / m[1:])
    d[1:-1] = np.where(same, harmonic, 0.0)
    d[0] = _edge(h[0], h[1], m[0], m[1])
    d[-1] = _edge(h[-1], h[-2], m[-1], m[-2])
    n = len(x)
    k = np.clip(np.searchsorted(x, t, side="right") - 1, 0, n - 2)
    hk = hc[k]
    s = _col(t - x[k], y) / hk
    s2, s3 = s * s, s * s * s
    value = (
        (2 * s3 - 3 * s2 + 1) * y[k]
        + (s3 - 2 * s2 + s) * hk * d[k]
        + (-2 * s3 + 3 * s2) * y[k + 1]
        + (s3 - s2) * hk * d[k + 1]
    )
    deriv = (
        (6 * s2 - 6 * s) * (y[k] - y[k + 1]) / hk + (3 * s2 - 4 * s + 1) * d[k] + (3 * s2 - 2 * s) * d[k + 1]
    )
    return value, deriv


def _edge(h0: float, h1: float, m0: Array, m1: Array) -> Array:
    """An end derivative: the one-sided three-point estimate, kept shape-preserving."""
    d = ((2.0 * h0 + h1) * m0 - h0 * m1) / (h0 + h1)
    d = np.where(np.sign(d) != np.sign(m0), 0.0, d)
    return np.where((np.sign(m0) != np.sign(m1)) & (np.abs(d) > np.abs(3.0 * m0)), 3.0 * m0, d)


def _col(v: Array, like: Array) -> Array:
    """v shaped to broadcast against rows of `like` ((n,) or (n, k))."""
    return v if like.ndim == 1 else v[:, None]
