"""Does one document's cost grow linearly with its size?  CPU per KB of made-up documents of many shapes.

    .venv/bin/python benchmarks/bench_linearity.py [--sizes 32,64,128,256,512,1024] [--shapes a,b] [--give-up 60]

Each shape is built at sizes doubling (in KB) and run through the whole per-document path of `extract`
(`pipeline._Job.read_and_extract` on a file: reading, decoding, HTML, header, publication estimate, dates,
events, actors and types), timed by process CPU (`time.process_time`, so other work on the machine disturbs
the figures less).  Printed per size: CPU seconds, CPU milliseconds per KB, the ratio of this size's
CPU to the previous one's (2.0 is linear for a doubling, 4.0 quadratic), and the events found.  The last
line of each shape is the growth: ms/KB at the largest size over ms/KB at the smallest; linear means
within about 1.5x.  A shape stops growing once one run takes more than --give-up CPU seconds.

Every name, place and sentence is invented; nothing comes from a test article.  The per-document time
budget (`pipeline.DOCUMENT_SECONDS`) is lifted so that a slow shape is timed, not skipped.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline import pipeline  # noqa: E402
from timeline.config import load_config  # noqa: E402
from timeline.reading.files import InputFile  # noqa: E402

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
FIRST = ("Arvel", "Brisa", "Cadmon", "Delphine", "Eskar", "Fenna", "Gorrin", "Halvia", "Istran", "Jorvi",
         "Kessa", "Lundor", "Marrow", "Nerith", "Oskel", "Pellin", "Quorra", "Ravik", "Sollen", "Tavrin")  # fmt: skip
LAST = ("Ambrel", "Brostov", "Calloway", "Dunmere", "Everholt", "Farrow", "Gessing", "Hollin", "Ivarsen",
        "Jandro", "Kellard", "Lorimer", "Mostyn", "Norcastle", "Oberlin", "Prentiss", "Quillan", "Rosmer")  # fmt: skip
PLACES = ("Varnholm", "Estrel", "Kodmar", "Ulvessa", "Tarnik", "Brellin", "Osskar", "Mirrowdale", "Zentha")
TITLES = ("General", "Colonel", "Minister", "President", "Commander", "Governor", "Ambassador", "Senator")
GROUPS = ("Northern Liberation Front", "Coastal Defence Council", "Highland Unity Movement",
          "Free Army of Estrel", "National Reconciliation Bloc", "Popular Guard of Kodmar")  # fmt: skip


def _date(i: int) -> str:
    return f"{1 + i % 28} {MONTHS[i % 12]} {2001 + i % 19}"


def _name(i: int) -> str:
    # Strides coprime with the list lengths, so that neighbouring names differ and the pairs rarely repeat.
    return f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]}"


def _sentence(i: int) -> str:
    place = PLACES[i % len(PLACES)]
    return (
        f"On {_date(i)} forces loyal to {_name(i)} shelled positions near {place}, officials in "
        f"{PLACES[(i + 3) % len(PLACES)]} said, and talks were due to resume on {1 + i % 27} {MONTHS[(i + 5) % 12]}."
    )


def _fill(n_bytes: int, piece: Callable[[int], str]) -> str:
    parts, size, i = [], 0, 0
    while size < n_bytes:
        part = piece(i)
        parts.append(part)
        size += len(part.encode("utf-8"))
        i += 1
    return "".join(parts)[:n_bytes]


def one_line(n: int) -> str:
    """Ordinary sentences, full stops and all, with no newline anywhere."""
    return _fill(n, lambda i: _sentence(i) + " ")


def paragraphs(n: int) -> str:
    """Ordinary news paragraphs of three sentences, a blank line between them."""
    return _fill(n, lambda i: _sentence(i) + ("\n\n" if i % 3 == 2 else " "))


def no_full_stop(n: int) -> str:
    """One paragraph of clauses joined by commas and 'and', never a sentence end."""
    return _fill(n, lambda i: _sentence(i)[:-1] + ", and ")


def short_lines(n: int) -> str:
    """A timeline list: one short dated line after another."""
    return _fill(n, lambda i: f"{_date(i)}: clashes in {PLACES[i % len(PLACES)]}\n")


def dense_dates(n: int) -> str:
    """A date every few words, in several forms (day month year, month day, weekdays, numeric, relative)."""
    forms = (
        lambda i: f"on {_date(i)}",
        lambda i: f"on {MONTHS[i % 12]} {1 + i % 28}",
        lambda i: "on Tuesday",
        lambda i: f"in {MONTHS[i % 12]} {1990 + i % 30}",
        lambda i: f"on {1 + i % 12}/{1 + i % 28}/{2000 + i % 20}",
        lambda i: "last week",
        lambda i: f"{2 + i % 9} days later",
        lambda i: f"between {1 + i % 20} and {22 + i % 6} {MONTHS[i % 12]}",
    )
    return _fill(n, lambda i: f"troops moved {forms[i % len(forms)](i)}" + (". " if i % 4 == 3 else ", "))


def dense_names(n: int) -> str:
    """Many different capitalised names, titles, groups with acronyms in brackets."""

    def piece(i: int) -> str:
        group = GROUPS[i % len(GROUPS)]
        acronym = "".join(w[0] for w in group.split() if w[0].isupper())
        return (
            f"{TITLES[i % len(TITLES)]} {_name(i)} of the {group} ({acronym}{i % 97}) met {_name(i * 3 + 1)} "
            f"and {TITLES[(i + 2) % len(TITLES)]} {_name(i * 5 + 2)} in {PLACES[i % len(PLACES)]} on {_date(i)}. "
        )

    return _fill(n, piece)


def quotes(n: int) -> str:
    """Quotation marks everywhere, balanced and not: straight, curly, single, opened and never closed."""
    forms = (
        lambda i: f'"We will not retreat from {PLACES[i % len(PLACES)]}," {_name(i)} said on {_date(i)}. ',
        lambda i: f"\u201cThe ceasefire of {_date(i)} holds,\u201d said {_name(i)}. ",
        lambda i: f'"They attacked on {_date(i)} and again ',
        lambda i: f"\u2018no talks\u2019 before {_date(i)}, \u201cnever ",
        lambda i: f"{_name(i)}'s men said '{_date(i)}' was the day. ",
    )
    return _fill(n, lambda i: forms[i % len(forms)](i) + ("\n\n" if i % 7 == 6 else ""))


def digits_punctuation(n: int) -> str:
    """Long runs of digits, slashes, dashes and brackets with the odd date among them."""
    forms = (
        lambda i: "".join(str((i * k) % 10) for k in range(1, 200)) + " ",
        lambda i: "/".join(str(1 + (i + k) % 31) for k in range(60)) + " ",
        lambda i: "-" * 150 + " " + "\u2013\u2014" * 40 + " ",
        lambda i: "(" * 80 + "[" * 40 + str(i) + "]" * 40 + ")" * 80 + " ",
        lambda i: f"on {_date(i)} ",
        lambda i: f"{1 + i % 12}-{1 + i % 28}-{2000 + i % 20}/{i % 100}/{(i * 13) % 1000} ",
    )
    return _fill(n, lambda i: forms[i % len(forms)](i))


def deep_html(n: int) -> str:
    """An HTML page whose article sits under deep nesting, with paragraphs at every depth."""

    def piece(i: int) -> str:
        return f'<div class="c{i % 9}"><section><p>{_sentence(i)}</p>' + ("</section></div>" if i % 50 == 49 else "")

    head = "<!DOCTYPE html><html><head><title>Clashes near Varnholm</title></head><body><article>"
    body = _fill(max(n - len(head) - 40, 0), piece)
    return head + body + "</article></body></html>"


SHAPES: dict[str, tuple[Callable[[int], str], str]] = {
    "one_line": (one_line, "txt"),
    "paragraphs": (paragraphs, "txt"),
    "no_full_stop": (no_full_stop, "txt"),
    "short_lines": (short_lines, "txt"),
    "dense_dates": (dense_dates, "txt"),
    "dense_names": (dense_names, "txt"),
    "quotes": (quotes, "txt"),
    "digits": (digits_punctuation, "txt"),
    "deep_html": (deep_html, "html"),
}


def _run(job: pipeline._Job, folder: Path, text: str, suffix: str) -> tuple[float, int, str]:
    path = folder / f"doc.{suffix}"
    path.write_text(text, encoding="utf-8")
    started = time.process_time()
    report, _, rows = job.read_and_extract(InputFile(path, path.name))
    return time.process_time() - started, len(rows), report.status


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="32,64,128,256,512,1024", help="sizes in KB, comma-separated")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="shapes, comma-separated")
    parser.add_argument("--give-up", type=float, default=60.0, help="stop a shape after a run this slow (CPU s)")
    args = parser.parse_args()
    pipeline.DOCUMENT_SECONDS = 1e9
    sizes = [int(s) for s in args.sizes.split(",")]
    job = pipeline._Job(load_config(max_bytes=64 * 1024 * 1024), None, {})
    print(f"{'shape':<13} {'KB':>6} {'CPU s':>8} {'ms/KB':>7} {'x prev':>7} {'events':>7} status", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        # warm the caches (rules, gazetteer, the HTML parser's selectors) out of the timings
        _run(job, Path(tmp), paragraphs(4096), "txt")
        _run(job, Path(tmp), deep_html(4096), "html")
        for shape in args.shapes.split(","):
            make, suffix = SHAPES[shape]
            first = previous = None
            last = 0.0
            for kb in sizes:
                seconds, events, status = _run(job, Path(tmp), make(kb * 1024), suffix)
                per_kb = 1000 * seconds / kb
                ratio = f"{seconds / previous:7.2f}" if previous else f"{'':>7}"
                print(f"{shape:<13} {kb:>6} {seconds:>8.2f} {per_kb:>7.2f} {ratio} {events:>7} {status}", flush=True)
                first = first if first is not None else per_kb
                previous, last = seconds, per_kb
                if seconds > args.give_up:
                    print(f"{shape}: gave up after {seconds:.0f} CPU s", flush=True)
                    break
            print(f"{shape:<13} growth {last / first if first else 0:.2f}x ms/KB, smallest to largest", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
