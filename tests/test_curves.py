"""meshes/curves.py writes out the two curves the build used from scipy.interpolate (importing
it cost a cold build more than the curves); they must stay SciPy's curves, to rounding."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.interpolate import CubicSpline, PchipInterpolator

from meshes.curves import natural_cubic, pchip
from meshes.sacrum import CURVE_T, CURVE_YZ


@pytest.mark.parametrize("n", [2, 3, 5, 9])
def test_natural_cubic_is_scipys_natural_spline_inside_and_beyond_the_ends(n):
    rng = np.random.default_rng(n)
    x = np.cumsum(rng.uniform(0.5, 2.0, n))
    y = rng.normal(size=(n, 3))
    t = np.linspace(x[0] - 0.3, x[-1] + 0.3, 200)
    spline = CubicSpline(x, y, bc_type="natural")
    value, deriv = natural_cubic(x, y, t)
    assert np.allclose(value, spline(t), atol=1e-12)
    assert np.allclose(deriv, spline(t, 1), atol=1e-12)


@pytest.mark.parametrize("n", [3, 5, 9])
def test_pchip_is_scipys_pchip_with_flat_stretches_and_turns(n):
    rng = np.random.default_rng(10 + n)
    x = np.cumsum(rng.uniform(0.5, 2.0, n))
    y = rng.normal(size=(n, 2))
    y[2] = y[1]  # a flat stretch: the derivative there must be zero, not a division by zero
    t = np.linspace(x[0], x[-1], 300)
    curve = PchipInterpolator(x, y)
    value, deriv = pchip(x, y, t)
    assert np.allclose(value, curve(t), atol=1e-12)
    assert np.allclose(deriv, curve.derivative()(t), atol=1e-12)


def test_the_sacrums_centre_line_is_the_curve_it_was():
    t = np.linspace(CURVE_T[0], CURVE_T[-1], 220)
    curve = PchipInterpolator(CURVE_T, CURVE_YZ)
    value, deriv = pchip(CURVE_T, CURVE_YZ, t)
    assert np.allclose(value, curve(t), atol=1e-10)
    assert np.allclose(deriv, curve.derivative()(t), atol=1e-10)
