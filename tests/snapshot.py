"""A change detector: the program's own output on the seeds, as last reviewed.

It is not a correctness check (that is the hand-made gold, `tests/data/gold_seeds.csv`, scored in
`test_evaluation.py`): it only says that the output changed.  After reviewing a change, regenerate it
explicitly:

    .venv/bin/python tests/snapshot.py --update
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
SNAPSHOT = HERE / "data" / "seeds_output_snapshot.csv"
SNAPSHOT_COLUMNS = ["doc", "date", "precision", "date_text", "passage_start", "passage_end", "status"]


def snapshot_lines(frame: pd.DataFrame) -> list[str]:
    """The snapshot's columns of an events frame, in a stable order, as CSV lines."""
    from timeline.core.frame import records_for_export

    table = records_for_export(frame)[SNAPSHOT_COLUMNS].sort_values(
        ["doc", "passage_start", "date_text"], kind="stable"
    )
    out = io.StringIO()
    table.to_csv(out, index=False, lineterminator="\n")
    return out.getvalue().splitlines()


def main(argv: list[str]) -> int:
    if argv != ["--update"]:
        print(__doc__, file=sys.stderr)
        return 2
    sys.path.insert(0, str(HERE.parent))
    from timeline.pipeline import extract

    lines = snapshot_lines(extract([HERE.parent / "seeds"]).frame)
    SNAPSHOT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{SNAPSHOT}: {len(lines) - 1} rows written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
