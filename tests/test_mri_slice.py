"""The synthetic T2 slice (meshes.mri) shows what a radiologist expects of each condition, read
from its pixels: a bright healthy nucleus that darkens and flattens as the disc wears, bright CSF
with a dark tongue of disc in it at a herniation, a bright spot in a torn annulus, a squeezed sac
in stenosis; oriented the radiologist's way; the same state always gives the same picture."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import ndimage

from meshes.conditions import condition_state
from meshes.dimensions import DISC_LEVELS
from meshes.mri import parse_spec, slice_mri
from meshes.mri.tissues import ANNULUS, CSF, DURA, HERNIATED, HIZ, NUCLEUS
from meshes.state import HEALTHY
from scenes.catalog import find_scene
from scenes.timeline import frame_at

DISC = "L4-L5"
AT = DISC_LEVELS.index(DISC)


def scene_end(scene_id: str):
    scene = find_scene(scene_id)
    return frame_at(scene, scene.duration).state


@pytest.fixture(scope="module")
def slices(model):
    """Slices by (case, spec) at the end of each preset that changes the disc, and healthy."""
    states = {
        "healthy": HEALTHY,
        "degenerated": scene_end("degenerated_disc"),
        "herniated": scene_end("herniated_disc"),
        "torn": scene_end("torn_disc"),
        "extrusion": condition_state("herniation", level=DISC, side="left", severity=0.7),
    }
    cache = {}

    def get(case: str, spec: str):
        if (case, spec) not in cache:
            cache[case, spec] = slice_mri(model, states[case], parse_spec(spec))
        return cache[case, spec]

    return get


def disc_height_mm(mri) -> float:
    """The disc's height in a sagittal slice, along the pixel column through its nucleus' middle."""
    disc = (mri.labels == ANNULUS) | (mri.labels == NUCLEUS + AT)
    rows, cols = np.nonzero(mri.labels == NUCLEUS + AT)
    middle, centre = int(np.median(cols)), int(np.median(rows))
    column = disc[:, middle]
    top = bottom = centre
    while top > 0 and column[top - 1]:
        top -= 1
    while bottom < len(column) - 1 and column[bottom + 1]:
        bottom += 1
    return (bottom - top + 1) * mri.plane.pixel


def test_a_healthy_nucleus_is_bright_and_a_worn_one_dark(slices):
    healthy = slices("healthy", "sagittal")
    worn = slices("degenerated", "sagittal")
    nucleus = healthy.labels == NUCLEUS + AT
    assert nucleus.sum() > 100
    assert healthy.image[ndimage.binary_erosion(nucleus, iterations=4)].mean() > 0.7
    annulus = healthy.labels == ANNULUS
    assert healthy.image[ndimage.binary_erosion(annulus, iterations=2)].mean() < 0.3
    dry = worn.labels == NUCLEUS + AT
    assert dry.sum() > 20
    assert worn.image[dry].mean() < 0.35
    # the other discs are untouched
    other = NUCLEUS + DISC_LEVELS.index("L2-L3")
    assert worn.image[worn.labels == other].mean() > 0.6


def test_a_worn_disc_is_lower_on_the_sagittal_slice(slices):
    before = disc_height_mm(slices("healthy", "sagittal"))
    after = disc_height_mm(slices("degenerated", "sagittal"))
    assert 8.0 < before < 16.0
    assert after < before - 2.5, (before, after)


def test_csf_is_bright_behind_a_healthy_disc(slices):
    axial = slices("healthy", "axial@L4-L5")
    csf = axial.labels == CSF
    assert csf.sum() * 0.25 > 60  # mm^2 of sac in the slice
    assert axial.image[ndimage.binary_erosion(csf, iterations=2)].mean() > 0.8
    # the sac lies behind (below, on the picture) the disc
    disc_rows = np.nonzero(((axial.labels == ANNULUS) | (axial.labels == NUCLEUS + AT)).any(axis=1))[0]
    sac_rows = np.nonzero(csf.any(axis=1))[0]
    assert sac_rows.mean() > disc_rows.mean()


def test_an_extrusion_is_a_dark_tongue_in_the_bright_csf(slices):
    axial = slices("extrusion", "axial@L4-L5")
    tongue = axial.labels == HERNIATED + AT
    assert tongue.sum() * 0.25 > 4.0, "no herniated material in the slice"
    assert axial.image[tongue].mean() < 0.4
    csf = axial.labels == CSF
    sac = csf | (axial.labels == DURA)  # the CSF in its thin membrane
    reach = ndimage.binary_dilation(tongue, iterations=4)  # within 2 mm: the meshes keep a hairline gap
    assert (reach & sac).sum() > 10, "the tongue does not reach the sac"
    # a left paracentral herniation lies on the picture's right (the patient's left, seen from the feet)
    cols = np.nonzero(tongue)[1]
    assert cols.mean() > axial.labels.shape[1] / 2
    # and the sac gives way to it
    healthy = slices("healthy", "axial@L4-L5")
    assert csf.sum() < (healthy.labels == CSF).sum()


def test_the_herniated_disc_scene_ends_with_disc_material_beside_the_sac(slices):
    side = slices("herniated", "parasagittal-left")
    tongue = side.labels == HERNIATED + AT
    assert tongue.sum() * 0.25 > 4.0
    assert side.image[tongue].mean() < 0.4


def test_a_torn_disc_shows_a_high_intensity_zone(slices):
    torn = slices("torn", "sagittal")
    spot = torn.labels == HIZ + AT
    assert spot.sum() > 3, "no high-intensity zone in the torn disc"
    assert torn.image[spot].max() > 0.7
    # in the back half of the disc
    disc_cols = np.nonzero((torn.labels == ANNULUS) | (torn.labels == NUCLEUS + AT))[1]
    assert np.nonzero(spot)[1].mean() > np.median(disc_cols)
    healthy = slices("healthy", "sagittal")
    assert not (healthy.labels == HIZ + AT).any()
    assert healthy.image[spot].mean() < torn.image[spot].mean() - 0.3


def test_stenosis_squeezes_the_csf(slices):
    healthy = (slices("healthy", "axial@L4-L5").labels == CSF).sum()
    worn = (slices("degenerated", "axial@L4-L5").labels == CSF).sum()
    assert worn < 0.75 * healthy, (healthy, worn)


def test_sagittal_is_read_with_the_front_on_the_left(slices):
    s = slices("healthy", "sagittal")
    disc_cols = np.nonzero(s.labels == NUCLEUS + AT)[1]
    csf_cols = np.nonzero(s.labels == CSF)[1]
    assert disc_cols.mean() < csf_cols.mean()


def test_the_same_state_gives_the_same_picture(model, slices):
    again = slice_mri(model, HEALTHY, parse_spec("axial@L4-L5"))
    assert np.array_equal(again.image, slices("healthy", "axial@L4-L5").image)


def test_foraminal_slices_show_roots_in_fat(slices):
    from meshes.mri.tissues import FAT, ROOT

    s = slices("healthy", "sagittal-left")
    roots = s.labels == ROOT
    assert roots.sum() > 50
    assert (ndimage.binary_dilation(roots, iterations=2) & (s.labels == FAT)).sum() > 20


@pytest.mark.parametrize("text", ["coronal", "axial@L6-S1", "axial", ""])
def test_a_bad_slice_name_says_what_is_allowed(text):
    with pytest.raises(ValueError, match="axial@DISC"):
        parse_spec(text)
