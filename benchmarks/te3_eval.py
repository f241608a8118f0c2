"""Score the tagger on the public TempEval-3 platinum set, through `python -m timeline dates`.

usage: python benchmarks/te3_eval.py [TE3_DIR] [--show]
TE3_DIR defaults to ../shared/eval/te3 (platinum/ and score_timex.py inside).
Prints the scorer's tables for calendar dates (--types DATE) and for all types.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    show = "--show" in argv
    args = [a for a in argv if not a.startswith("--")]
    te3 = Path(args[0]) if args else HERE.parent / "shared" / "eval" / "te3"
    scorer, platinum = te3 / "score_timex.py", te3 / "platinum"
    if not scorer.is_file():
        print(f"error: no TempEval-3 scorer at {scorer}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        texts, system = Path(tmp) / "texts", Path(tmp) / "system"
        system.mkdir()
        subprocess.run(
            [sys.executable, str(scorer), str(platinum), "--dump-text", str(texts)], check=True, capture_output=True
        )
        with open(texts / "dct.csv", newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                out = subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "timeline",
                        "dates",
                        str(texts / f"{row['doc']}.txt"),
                        "--published",
                        row["dct"],
                    ],
                    check=True,
                    capture_output=True,
                    text=True,
                    cwd=HERE,
                )
                (system / f"{row['doc']}.json").write_text(out.stdout, encoding="utf-8")
        for types in (["--types", "DATE"], []):
            print(f"== {' '.join(types) or 'all TIMEX3 types'}")
            extra = ["--show"] if show and types else []
            subprocess.run([sys.executable, str(scorer), str(platinum), str(system), *types, *extra], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
