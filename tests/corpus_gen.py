"""A deterministic corpus of any size, recombined from the seed articles' sentences, for scale tests.

Each document takes 12 to 24 sentences of the seeds in a new order under a publication date between
mid-2019 and 2021, so relative dates ("on Wednesday", "last month") resolve to new days and the same
wording recurs across documents on different dates, as syndicated news does.  Some documents have no
date in sources.csv (their date is estimated), some sit in a sub-folder, some are HTML, and two files
cannot be read, so every path of the pipeline is taken.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import random
import re
from pathlib import Path

from conftest import SEEDS

_FIRST_DAY = dt.date(2019, 6, 1)


def _sentences() -> list[str]:
    found: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("\n", 1)[1]
        found += [s.strip() for s in re.split(r"(?<=[.!?])\s+", body) if len(s.strip()) > 40]
    return found


def write_corpus(folder: Path, n: int, seed: int = 12) -> Path:
    """`n` documents (and sources.csv) in `folder`; the same `n` and `seed` give the same bytes."""
    rng = random.Random(seed)
    pool = _sentences()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "wire").mkdir(exist_ok=True)
    rows = [["file", "title", "outlet", "url", "published"]]
    for i in range(n):
        body = rng.sample(pool, rng.randint(12, min(24, len(pool))))
        paragraphs = [" ".join(body[j : j + 3]) for j in range(0, len(body), 3)]
        title = f"Report {i}: " + " ".join(body[0].split()[:7])
        published = _FIRST_DAY + dt.timedelta(days=rng.randrange(900))
        kind = rng.random()
        if kind < 0.04:
            name = f"doc{i:05d}.html"
            page = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
            text = f"<html><head><title>{html.escape(title)}</title></head><body><h1>{html.escape(title)}</h1>{page}"
            text += "</body></html>\n"
        else:
            name = (f"wire/doc{i:05d}.txt") if kind < 0.10 else f"doc{i:05d}.txt"
            text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
        (folder / name).write_text(text, encoding="utf-8")
        # One in ten without a date: estimated from the text, as a corpus without metadata would be.
        rows.append([name, title, f"Outlet {i % 7}", "", "" if rng.random() < 0.1 else published.isoformat()])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    rows.append(["missing.txt", "A row without a document", "", "", "2020-01-01"])
    with (folder / "sources.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return folder
