"""Headlines by defect class (issue 10 item 5), on dev material only.

    .venv/bin/python benchmarks/headline_check.py [--examples N] [--csv OUT.csv]

Runs extraction on the seeds, the dev halves of the blind sets (`benchmarks/data/heldout*/dev/docs`, never
a held half) and the invented conflict (`tests/data/invented/docs`), and counts each event row's headline
in the defect classes below (a headline may fall in several).  `--examples N` prints up to N headlines of
each class; `--csv` writes every row's set, doc, date text, actor1 and headline (to compare two checkouts).

* `ellipsis`   ends in "…": cut mid-clause;
* `no_verb`    no verb of its own: no word after the first is a present form, a participle, "to" before a
               verb or "says", and no "X: ..." speaker form ("Announcement that ...", "Setting in motion ...");
* `gerund`     opens with an -ing word ("Setting in motion ...") or a noun before "that" ("Resolution that");
* `pronoun`    its subject is a pronoun ("They sign ...", "X says they ...");
* `reported`   a reported clause kept whole: "says" followed by "that" or a pronoun;
* `no_actor`   the row has an `actor1` and the headline names none of its words (nor its acronym);
* `too_long`   over 70 characters;
* `quotation`  holds a quotation mark.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.pipeline import extract  # noqa: E402
from timeline.understanding.headlines import HEADLINE_MAX, _forms  # noqa: E402
from timeline.understanding.titles import builtin_title_rules  # noqa: E402

CLASSES = ("ellipsis", "no_verb", "gerund", "pronoun", "reported", "no_actor", "too_long", "quotation")
_PRONOUNS = frozenset({"they", "it", "he", "she", "we", "i", "you"})
_NAME_FILLERS = frozenset({"of", "the", "and", "for", "on", "in", "de", "al"})


def folders() -> list[tuple[str, Path, Path | None]]:
    """(set name, docs folder, sources.csv or None) of every dev folder the check reads."""
    out: list[tuple[str, Path, Path | None]] = [("seeds", ROOT / "seeds", None)]
    for dev in sorted((ROOT / "benchmarks" / "data").glob("heldout*/dev")):
        sources = dev / "sources.csv"
        out.append((dev.parent.name, dev / "docs", sources if sources.exists() else None))
    out.append(("invented", ROOT / "tests" / "data" / "invented" / "docs", None))
    return out


def defects(headline: str, actor1: str) -> list[str]:
    """The defect classes `headline` falls in (see the module's documentation)."""
    forms = _forms(builtin_title_rules())
    words = re.findall(r"[\w'’-]+|:", headline)
    lowered = [w.lower() for w in words]
    out = []
    if headline.endswith("…"):
        out.append("ellipsis")
    verbs = forms.present.keys() | forms.participles | {"says", "say", "to"}
    if ":" not in lowered and not any(w in verbs for w in lowered[1:]):
        out.append("no_verb")
    if lowered and (lowered[0].endswith("ing") or (len(lowered) > 1 and lowered[1] == "that")):
        out.append("gerund")
    said = [i for i, w in enumerate(lowered) if w in ("says", "say")]
    if (lowered and lowered[0] in _PRONOUNS) or any(i + 1 < len(lowered) and lowered[i + 1] in _PRONOUNS for i in said):
        out.append("pronoun")
    if any(i + 1 < len(lowered) and lowered[i + 1] in ({"that"} | _PRONOUNS) for i in said):
        out.append("reported")
    if actor1 and not _names(headline, actor1):
        out.append("no_actor")
    if len(headline) > HEADLINE_MAX:
        out.append("too_long")
    if any(q in headline for q in '"“”'):
        out.append("quotation")
    return out


def _names(headline: str, actor: str) -> bool:
    """Whether the headline names the actor: one of its capitalised words, or its initials."""
    words = [w for w in re.findall(r"[\w'’-]+", actor) if w.lower() not in _NAME_FILLERS]
    if any(len(w) > 2 and w[:1].isupper() and w.lower() in headline.lower() for w in words):
        return True
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return len(initials) > 1 and re.search(rf"\b{initials}\b", headline) is not None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--csv", type=Path)
    args = parser.parse_args()
    rows = []
    for name, docs, sources in folders():
        frame = extract([docs], sources=sources).frame
        for record in frame.to_dict("records"):
            headline, actor1 = str(record.get("headline") or ""), str(record.get("actor1") or "")
            rows.append((name, str(record.get("doc", "")), str(record.get("date_text", "")), actor1, headline))
    by_set: dict[str, Counter[str]] = {}
    examples: dict[str, list[str]] = {c: [] for c in CLASSES}
    for name, doc, _, actor1, headline in rows:
        counts = by_set.setdefault(name, Counter())
        counts["rows"] += 1
        for kind in defects(headline, actor1):
            counts[kind] += 1
            examples[kind].append(f"{name}/{doc}: {headline}  [actor1: {actor1}]")
    total: Counter[str] = Counter()
    print(f"{'set':10} {'rows':>5} " + " ".join(f"{c:>9}" for c in CLASSES))
    for name, counts in by_set.items():
        total.update(counts)
        print(f"{name:10} {counts['rows']:5d} " + " ".join(f"{counts[c]:9d}" for c in CLASSES))
    print(f"{'all':10} {total['rows']:5d} " + " ".join(f"{total[c]:9d}" for c in CLASSES))
    for kind in CLASSES if args.examples else ():
        print(f"\n{kind}:")
        for line in examples[kind][: args.examples]:
            print("  " + line)
    if args.csv:
        with args.csv.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(("set", "doc", "date_text", "actor1", "headline"))
            writer.writerows(rows)


if __name__ == "__main__":
    main()
