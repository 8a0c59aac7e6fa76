"""``lumbar-viewer measure``: the model's own measurements for a scene time or a condition."""

from __future__ import annotations

import argparse
import json

from app.i18n import QT_TRANSLATE_NOOP, translate

NAME = "measure"
HELP = QT_TRANSLATE_NOOP(
    "commands", "measure disc heights, dural sac area, foramina, nucleus/fragment volume and root compression"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from app.cli.state_args import add_state_arguments

    add_state_arguments(parser)
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("measure", "print one JSON object (shape in the README)"),
    )
    parser.add_argument(
        "--detail",
        choices=("low", "normal", "high"),
        default="normal",
        help=translate("measure", "mesh detail of the model (default: normal)"),
    )


def run(args: argparse.Namespace) -> int:
    from app.cli.state_args import resolve_state
    from meshes.measure import measure
    from meshes.model import build_model

    chosen = resolve_state(args)
    result = measure(build_model(args.detail), chosen.state)
    data = result.to_json(chosen.scene, chosen.time)
    if args.json:
        print(json.dumps(data, indent=1))
        return 0
    print(f"Measurements: {chosen.label}")
    for level, m in data["levels"].items():
        h = m["disc_height_mm"]
        f = m["foramen_height_mm"]
        print(
            f"  {level}: disc {h['anterior']:.1f}/{h['posterior']:.1f} mm (front/back), "
            f"sac {m['dural_sac_area_mm2']:.0f} mm2, foramen {f['left']:.1f}/{f['right']:.1f} mm (L/R), "
            f"nucleus {m['nucleus_volume_mm3']:.0f} mm3, fragment {m['fragment_volume_mm3']:.0f} mm3"
        )
    touched = [f"{k} ({v['compression']:.2f})" for k, v in data["roots"].items() if v["contact"]]
    print("  roots touched: " + (", ".join(touched) if touched else "none"))
    return 0
