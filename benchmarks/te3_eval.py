"""Score the tagger on the public TempEval-3 platinum set, through `python -m timeline dates`.

usage: python benchmarks/te3_eval.py [TE3_DIR] [--half dev|held-out|all] [--show]
The half is dev unless told; --show only with dev (so a bare run never scores or shows a blind half).
TE3_DIR defaults to ../shared/eval/te3 (platinum/ and score_timex.py inside).
Prints the scorer's tables for calendar dates (--types DATE) and for all types.

TempEval-3 is a development set: rules were tuned on it.  It is split in two halves by the
documents' sorted names: even positions (0, 2, ...) are `dev`, the set one may look at and tune
on; odd positions are `held-out`, scored but never inspected (`--show` is refused for it).
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
from pathlib import Path

from dev_split import half_and_show, positional

HERE = Path(__file__).resolve().parent.parent


def half_of(names: list[str], half: str) -> list[str]:
    """The document names of one half: sorted, even positions dev, odd positions held-out."""
    ordered = sorted(names)
    if half == "all":
        return ordered
    return [n for i, n in enumerate(ordered) if (i % 2 == 0) == (half == "dev")]


def main(argv: list[str]) -> int:
    asked = half_and_show(argv)
    if asked is None:
        return 2
    half, show = asked
    args = positional(argv)
    te3 = Path(args[0]) if args else HERE.parent / "shared" / "eval" / "te3"
    scorer, platinum = te3 / "score_timex.py", te3 / "platinum"
    if not scorer.is_file():
        print(f"error: no TempEval-3 scorer at {scorer}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        chosen = Path(tmp) / "platinum"
        chosen.mkdir()
        for name in half_of([p.name for p in platinum.glob("*.tml")], half):
            (chosen / name).symlink_to(platinum / name)
        texts, system = Path(tmp) / "texts", Path(tmp) / "system"
        system.mkdir()
        subprocess.run(
            [sys.executable, str(scorer), str(chosen), "--dump-text", str(texts)], check=True, capture_output=True
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
        print(f"TempEval-3, half: {half} ({len(list(chosen.iterdir()))} documents)")
        for types in (["--types", "DATE"], []):
            print(f"== {' '.join(types) or 'all TIMEX3 types'}")
            extra = ["--show"] if show and types else []
            subprocess.run([sys.executable, str(scorer), str(chosen), str(system), *types, *extra], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
