"""Extraction speed and memory: `python -m timeline extract` against dateparser.search_dates, same documents.

    .venv/bin/python benchmarks/bench_extract.py [--n 10000] [--small 1000] [--sample 200] [--out DIR] [--check]
    .venv/bin/python benchmarks/bench_extract.py --profile [--n 1000] [--out DIR]

Generates `n` deterministic (seeded) ~4 KB English news documents, each with a publication date in a
sources.csv beside them (and, in some, a dateline line), into DIR/n<small> and DIR/n<n> (a temporary
folder unless --out keeps them; document i is the same text in both).  Then, in one run:

* times the whole process `python -m timeline extract FOLDER -o OUT.csv -q` (wall and CPU time; a fresh
  process per size), on 1 document (start-up), `small` and `n` documents.  Peak memory is the larger of
  the biggest single process's peak RSS (os.wait4) and the sampled peak of the process tree's summed PSS
  (the pipeline may fork worker processes);
* times `dateparser.search_dates(text, settings={"RELATIVE_BASE": published})` in this process, after a
  warm-up call, on `sample` documents spread over the same corpus;
* prints docs/s for both (wall, and per CPU second), their ratio, peak MiB, the per-document cost at `n`
  against `small` (net of start-up: linear growth keeps it near 1), and PASS/FAIL against the floors:
  ≥ 40× dateparser on wall time (goal 100×), ≤ 1024 MiB peak, per-document wall time within 1.3×.
  The CPU-time figures beside them tell other load on the machine (which slows the wall clock, not the
  CPU time) from the program's own cost: a serial stage after the parallel workers grows the wall time
  more than the CPU time.

Exit status 0 (it is a report) unless --check is given, then 1 when a floor fails.
--profile instead runs the CLI's extraction in-process (one process) under cProfile on --n documents
(1,000 unless given) and prints the top 25 functions by cumulative time, then the top 15 by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import datetime as dt
import io
import os
import pstats
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FLOOR_RATIO = 40.0
GOAL_RATIO = 100.0
FLOOR_MIB = 1024.0
FLOOR_LINEARITY = 1.3
SEED = 20200113

# ---------------------------------------------------------------- vocabulary

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
MONTH_ABBR = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SEASONS = ("spring", "summer", "fall", "autumn", "winter")
COUNT_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
COUNTRIES = (
    "Libya", "Russia", "Turkey", "Egypt", "Sudan", "Mali", "Niger", "Yemen", "Iraq", "Syria", "Lebanon",
    "Venezuela", "Colombia", "Myanmar", "Ethiopia", "Kenya", "Nigeria", "Afghanistan", "Algeria", "Tunisia",
    "Chad", "Somalia", "Bolivia", "Peru", "Armenia", "Azerbaijan", "Georgia", "Moldova", "Serbia", "Kosovo",
)  # fmt: skip
CITIES = (
    "Tripoli", "Benghazi", "Moscow", "Ankara", "Cairo", "Berlin", "Geneva", "Brussels", "Kabul", "Baghdad",
    "Damascus", "Khartoum", "Addis Ababa", "Caracas", "Bogota", "La Paz", "Yangon", "Nairobi", "Abuja",
    "Bamako", "Niamey", "Sanaa", "Aden", "Beirut", "Tunis", "Algiers", "Sirte", "Misrata", "Mogadishu",
    "Baku", "Yerevan", "Tbilisi", "Belgrade", "Pristina", "Doha", "Istanbul", "Paris", "Rome", "Vienna",
)  # fmt: skip
FIRST_NAMES = (
    "Khalifa", "Fayez", "Sergei", "Mevlut", "Ahmed", "Maria", "Ghassan", "Stephanie", "Abdel", "Aguila",
    "Olga", "Hassan", "Amina", "Jean", "Luis", "Elena", "Mohammed", "Fatima", "Igor", "Ayse", "Omar",
    "Nadia", "Pedro", "Yusuf", "Leila", "Dmitry", "Samira", "Antonio", "Ibrahim", "Claire",
)  # fmt: skip
LAST_NAMES = (
    "Haftar", "al-Sarraj", "Lavrov", "Cavusoglu", "Maiteeq", "Zakharova", "Salame", "Williams", "Saleh",
    "Dbeibah", "Bashagha", "Petrova", "Mansour", "Okafor", "Duarte", "Moreno", "Kaya", "Yilmaz", "Nasser",
    "Haddad", "Volkov", "Rahman", "Mensah", "Kariuki", "Ortega", "Castillo", "Benali", "Ferrari", "Dubois",
    "Novak", "Aliyev", "Petrosyan", "Shoigu", "Erdogan", "Putin", "Macron", "Conte", "Guterres",
)  # fmt: skip
ROLES = (
    "Foreign Minister", "Prime Minister", "President", "Defence Minister", "Interior Minister", "General",
    "UN envoy", "spokeswoman", "spokesman", "parliament speaker", "army commander", "central bank governor",
    "opposition leader", "senior adviser", "Energy Minister", "deputy prime minister",
)  # fmt: skip
ORGS = (
    "the United Nations", "the African Union", "the European Union", "the Security Council", "NATO",
    "the Arab League", "the World Bank", "the International Monetary Fund", "Human Rights Watch",
    "Amnesty International", "the Red Cross", "the electoral commission", "the parliament",
    "the Government of National Accord", "the Libyan National Army", "the central bank", "the opposition",
    "the ruling party", "the health ministry", "the national oil company", "the constitutional court",
)  # fmt: skip
OUTLETS = (
    "Reuters", "Al Jazeera", "The New Arab", "Press TV", "teleSUR", "AFP", "The Guardian", "Daily Sabah",
    "Libya Observer", "Middle East Eye", "Anadolu Agency", "TASS", "Associated Press", "BBC News",
)  # fmt: skip
TOPICS = (
    "ceasefire agreement", "peace plan", "sanctions package", "prisoner exchange", "oil blockade",
    "draft constitution", "aid convoy", "election timetable", "budget", "truce", "roadmap", "arms embargo",
    "unity government", "security deal", "reconstruction fund", "referendum", "power-sharing deal",
    "evacuation plan", "vaccination campaign", "fuel subsidy reform", "border agreement", "trade accord",
)  # fmt: skip
ADJECTIVES = (
    "fragile", "long-awaited", "controversial", "UN-backed", "interim", "revised", "new", "disputed",
    "Russian-brokered", "tentative", "nationwide", "open-ended", "unconditional", "draft", "landmark",
)  # fmt: skip
PAST_VERBS = (
    "signed", "rejected", "welcomed", "announced", "approved", "suspended", "resumed", "postponed",
    "criticised", "endorsed", "discussed", "unveiled", "negotiated", "violated", "backed", "condemned",
)  # fmt: skip
FUTURE_VERBS = (
    "sign", "review", "vote on", "present", "discuss", "finalise", "implement", "debate", "ratify",
    "announce", "resume talks on", "publish",
)  # fmt: skip
SAYING = ("said", "told reporters", "said in a statement", "told state television", "wrote on Twitter",
          "told a news conference", "said on its website")  # fmt: skip
QUOTES = (
    "We will not accept any solution imposed from abroad",
    "The situation on the ground remains extremely volatile",
    "This is a first step, not the end of the process",
    "Our priority is the safety of civilians",
    "There is no military solution to this conflict",
    "The door to dialogue remains open",
    "We expect all parties to respect their commitments",
    "The humanitarian situation is deteriorating by the hour",
)  # fmt: skip
DEBRIS_TOP = ("Share", "Tweet", "Email", "Print", "Menu", "Live", "Audio Only", "Search", "Subscribe to our newsletter",
              "News > World", "Home > Middle East", "Watch", "Advertisement")  # fmt: skip
DEBRIS_BOTTOM = ("Share this article", "Leave a comment", "Advertisement", "Follow us on Twitter and Facebook",
                 "Comments", "Sign up for our daily newsletter")  # fmt: skip


@dataclass(frozen=True, slots=True)
class GeneratedDoc:
    name: str
    text: str
    published: dt.date
    title: str
    outlet: str
    url: str


# ---------------------------------------------------------------- date expressions


def _month_name(d: dt.date) -> str:
    return MONTHS[d.month - 1]


def _past_day(rng: random.Random, pub: dt.date, lo: int, hi: int) -> dt.date:
    return pub - dt.timedelta(days=rng.randint(lo, hi))


def _explicit_date(rng: random.Random, pub: dt.date) -> str:
    """A full or month-level date written out: "January 13, 2020", "13 January 2020", "March 2019"."""
    d = _past_day(rng, pub, 1, 900)
    forms = (
        f"on {_month_name(d)} {d.day}, {d.year}",
        f"on {d.day} {_month_name(d)} {d.year}",
        f"on {WEEKDAYS[d.weekday()]}, {_month_name(d)} {d.day}, {d.year}",
        f"in {_month_name(d)} {d.year}",
        f"in {rng.choice(('early', 'mid-', 'late'))} {_month_name(d)} {d.year}".replace("- ", "-"),
        f"on {d.isoformat()}",
        f"during {_month_name(d)} {min(d.day, 26)}-{min(d.day, 26) + 2}, {d.year}",
        f"in the {rng.choice(SEASONS)} of {d.year}",
    )
    return rng.choice(forms)


def _recent_past(rng: random.Random, pub: dt.date) -> str:
    """Relative to publication: "on Wednesday", "Jan. 8", "last month", "last fall", "earlier this month"."""
    d = _past_day(rng, pub, 2, 40)
    forms = (
        f"on {rng.choice(WEEKDAYS)}",
        f"last {rng.choice(WEEKDAYS)}",
        f"on {MONTH_ABBR[d.month - 1]} {d.day}",
        f"on {d.day} {_month_name(d)}",
        "yesterday",
        "last night",
        f"on {rng.choice(WEEKDAYS)} {rng.choice(('morning', 'evening', 'night'))}",
        "last month",
        "last week",
        "earlier this month",
        "earlier this year",
        "last year",
        f"last {rng.choice(SEASONS)}",
        f"in {_month_name(d)}",
        f"late {_month_name(d)}",
        f"since early {_month_name(d)}",
        f"{rng.choice(COUNT_WORDS)} {rng.choice(('days', 'weeks', 'months', 'years'))} ago",
        "over the weekend",
    )
    return rng.choice(forms)


def _future(rng: random.Random, pub: dt.date) -> str:
    """Ahead of publication: "next week", "in February", "before the December elections"."""
    d = pub + dt.timedelta(days=rng.randint(20, 300))
    forms = (
        "next week",
        "next month",
        "next year",
        f"next {rng.choice(WEEKDAYS)}",
        f"on {rng.choice(WEEKDAYS)}",
        "tomorrow",
        f"in {_month_name(d)}",
        f"by the end of {rng.choice(('this', 'next'))} {rng.choice(('month', 'year'))}",
        f"later this {rng.choice(('month', 'year'))}",
        f"this {rng.choice(SEASONS)}",
        f"in {rng.choice(COUNT_WORDS)} {rng.choice(('weeks', 'months'))}",
        f"ahead of the {_month_name(d)} elections",
        f"before {_month_name(d)} {d.day}",
        f"by {d.year + rng.randint(1, 8)}",
    )
    return rng.choice(forms)


def _anchor_phrase(rng: random.Random) -> str:
    """Relative to the last date of the paragraph: "three days later", "the next day"."""
    return rng.choice((
        f"{rng.choice(COUNT_WORDS)} days later",
        f"{rng.choice(COUNT_WORDS)} weeks later",
        "the next day",
        "the following week",
        "a day later",
        "the following day",
    ))  # fmt: skip


# ---------------------------------------------------------------- sentences


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _subject(rng: random.Random) -> str:
    """Who acted, as written mid-sentence (`_cap` it at a sentence's start)."""
    kind = rng.randrange(4)
    if kind == 0:
        return f"{rng.choice(COUNTRIES)}'s {rng.choice(ROLES)} {_person(rng)}"
    if kind == 1:
        return rng.choice(ORGS)
    if kind == 2:
        return _person(rng)
    return f"officials in {rng.choice(CITIES)}"


def _thing(rng: random.Random) -> str:
    return f"the {rng.choice(ADJECTIVES)} {rng.choice(TOPICS)}"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _past_sentence(rng: random.Random, pub: dt.date) -> str:
    when = _explicit_date(rng, pub) if rng.random() < 0.45 else _recent_past(rng, pub)
    form = rng.randrange(4)
    if form == 0:
        return f"{_cap(_subject(rng))} {rng.choice(PAST_VERBS)} {_thing(rng)} {when}."
    if form == 1:
        return f"{_cap(when)}, {_subject(rng)} {rng.choice(PAST_VERBS)} {_thing(rng)} in {rng.choice(CITIES)}."
    if form == 2:
        return (f"{_cap(_subject(rng))} {rng.choice(PAST_VERBS)} {_thing(rng)} in {rng.choice(CITIES)} {when}, "
                f"{_person(rng)} {rng.choice(SAYING)}.")  # fmt: skip
    return f"Talks between {rng.choice(COUNTRIES)} and {rng.choice(COUNTRIES)} broke down {when} over {_thing(rng)}."


def _future_sentence(rng: random.Random, pub: dt.date) -> str:
    when = _future(rng, pub)
    form = rng.randrange(3)
    if form == 0:
        return f"{_cap(_subject(rng))} will {rng.choice(FUTURE_VERBS)} {_thing(rng)} {when}."
    if form == 1:
        who = _subject(rng)
        verb = "are" if who.startswith("officials") else "is"
        return f"{_cap(who)} {verb} expected to {rng.choice(FUTURE_VERBS)} {_thing(rng)} {when}, diplomats said."
    return f"A vote on {_thing(rng)} is scheduled {when} in {rng.choice(CITIES)}."


def _anchor_sentences(rng: random.Random, pub: dt.date) -> str:
    d = _past_day(rng, pub, 5, 400)
    first = f"{_cap(_subject(rng))} {rng.choice(PAST_VERBS)} {_thing(rng)} on {_month_name(d)} {d.day}, {d.year}."
    second = f"{_cap(_anchor_phrase(rng))}, {_subject(rng)} {rng.choice(PAST_VERBS)} it in {rng.choice(CITIES)}."
    return f"{first} {second}"


def _quote_sentence(rng: random.Random, pub: dt.date) -> str:
    when = _recent_past(rng, pub)
    return f"\u201c{rng.choice(QUOTES)},\u201d {_person(rng)}, the {rng.choice(ROLES)}, {rng.choice(SAYING)} {when}."


def _background_sentence(rng: random.Random, pub: dt.date) -> str:
    """Years and decades of background: "since 2011", "the 2014 elections", "in the 1990s", "for nine years"."""
    y = pub.year - rng.randint(2, 12)
    form = rng.randrange(6)
    if form == 0:
        return f"{rng.choice(COUNTRIES)} has been divided between rival administrations since {y}."
    if form == 1:
        return f"The conflict, which began in {y}, has lasted for {rng.choice(COUNT_WORDS)} years."
    if form == 2:
        return f"The {y} {rng.choice(TOPICS)} collapsed within months, and {_subject(rng)} never recovered."
    if form == 3:
        return f"In the {(y // 10) * 10 - 10}s, {rng.choice(COUNTRIES)} was a major oil exporter."
    if form == 4:
        return f"From {y} to {y + rng.randint(1, 3)}, {_subject(rng)} {rng.choice(PAST_VERBS)} {_thing(rng)}."
    return f"In late {y}, {_subject(rng)} {rng.choice(PAST_VERBS)} {_thing(rng)} between {y} and {y + 2}."


def _number_sentence(rng: random.Random, pub: dt.date) -> str:
    """Numbers that are not dates: fighters, resolutions, money, times, durations."""
    form = rng.randrange(6)
    if form == 0:
        n = f"{rng.randint(1, 9)},{rng.randint(0, 999):03d}"
        return f"{_cap(rng.choice(ORGS))} says about {n} fighters have been deployed near {rng.choice(CITIES)}."
    if form == 1:
        return (f"Security Council Resolution {rng.randint(1970, 2600)} called for {_thing(rng)} "
                f"to be respected by all parties.")  # fmt: skip
    if form == 2:
        return (f"The fund pledged ${rng.randint(2, 900)} million, or {rng.randint(2, 40)} percent of the "
                f"{rng.randint(1990, 2030)} target.")  # fmt: skip
    if form == 3:
        return (f"Flight {rng.randint(100, 999)} landed in {rng.choice(CITIES)} at {rng.randint(1, 12)}:"
                f"{rng.randint(0, 59):02d} a.m. local time, carrying {rng.randint(20, 400)} passengers.")  # fmt: skip
    if form == 4:
        return (f"The blockade has cost the country more than {rng.randint(2, 9)} billion dollars "
                f"over the past {rng.choice(COUNT_WORDS)} months.")  # fmt: skip
    return f"Article {rng.randint(2, 40)} of the {rng.choice(TOPICS)} sets a deadline of {rng.randint(30, 120)} days."


SENTENCE_KINDS: tuple[tuple[Callable[[random.Random, dt.date], str], float], ...] = (
    (_past_sentence, 0.34),
    (_future_sentence, 0.14),
    (_anchor_sentences, 0.1),
    (_quote_sentence, 0.12),
    (_background_sentence, 0.12),
    (_number_sentence, 0.18),
)


def _sentence(rng: random.Random, pub: dt.date) -> str:
    makers = [m for m, _ in SENTENCE_KINDS]
    weights = [w for _, w in SENTENCE_KINDS]
    return rng.choices(makers, weights)[0](rng, pub)


# ---------------------------------------------------------------- documents


def _dateline(rng: random.Random, pub: dt.date) -> str:
    month, abbr = _month_name(pub), MONTH_ABBR[pub.month - 1].rstrip(".")
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice((
        f"Published {pub.day} {month} {pub.year}",
        f"{WEEKDAYS[pub.weekday()]}, {pub.day} {month} {pub.year} {h % 12 or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}",
        f"{month} {pub.day}, {pub.year} - {h:02d}:{mi:02d}",
        f"Posted on {abbr} {pub.day}, {pub.year}",
        f"Published: {pub.isoformat()} {h:02d}:{mi:02d} GMT",
    ))  # fmt: skip


def _headline(rng: random.Random) -> str:
    return rng.choice((
        f"{rng.choice(COUNTRIES)} talks in {rng.choice(CITIES)} progress but fail to sign {rng.choice(TOPICS)}",
        f"{rng.choice(COUNTRIES)} and {rng.choice(COUNTRIES)} call for {rng.choice(ADJECTIVES)} {rng.choice(TOPICS)}",
        f"{_person(rng)} warns against escalation in {rng.choice(COUNTRIES)}",
        f"{rng.choice(ROLES).capitalize()} meets rivals in {rng.choice(CITIES)} amid peace push",
        f"{_cap(rng.choice(ORGS))} backs {rng.choice(TOPICS)} for {rng.choice(COUNTRIES)}",
    ))  # fmt: skip


def _caption(rng: random.Random, pub: dt.date) -> list[str]:
    """A photo caption shown twice, as web pages do (alt text, then caption with a credit)."""
    d = _past_day(rng, pub, 0, 3)
    line = (f"{_person(rng)} shakes hands with {_person(rng)} before talks in {rng.choice(CITIES)}, "
            f"{rng.choice(COUNTRIES)} {_month_name(d)} {d.day}, {d.year}.")  # fmt: skip
    return [f"  \u2022 {line}", "", f"    {line} | Photo: {rng.choice(OUTLETS)}", ""]


def _body(rng: random.Random, pub: dt.date, budget: int) -> list[str]:
    """Paragraphs of 2-4 sentences until `budget` characters; the lead always dates its news."""
    lead = (f"{_cap(_subject(rng))} {rng.choice(PAST_VERBS)} {_thing(rng)} in {rng.choice(CITIES)} "
            f"{_recent_past(rng, pub)}, {_person(rng)} {rng.choice(SAYING)}.")  # fmt: skip
    paragraphs, size = [lead], len(lead)
    while size < budget:
        sentences: list[str] = []
        for _ in range(rng.randint(2, 4)):
            sentences.append(_sentence(rng, pub))
            size += len(sentences[-1]) + 1
            if size >= budget:
                break
        paragraphs.append(" ".join(sentences))
        if rng.random() < 0.08:
            paragraphs.append(f"RELATED:\n{_headline(rng)}")
    return paragraphs


def generate_document(index: int, seed: int = SEED, target_bytes: int = 4096) -> GeneratedDoc:
    """Document `index` of the corpus: the same text for the same (index, seed), whatever the corpus size."""
    rng = random.Random(f"{seed}:{index}")
    pub = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 10 * 365))
    outlet = rng.choice(OUTLETS)
    title = _headline(rng)
    slug = "-".join(title.lower().split()[:6]).replace("'", "")
    md = rng.random() < 0.15
    head: list[str] = rng.sample(DEBRIS_TOP, rng.randint(0, 4))
    head += [f"# {title}" if md else title, ""]
    if rng.random() < 0.4:
        head += [_dateline(rng, pub), ""]
    if rng.random() < 0.5:
        head += [f"By {_person(rng)}", ""]
    if rng.random() < 0.3:
        head += _caption(rng, pub)
    tail = ["", "Related Articles", *(_headline(rng) for _ in range(rng.randint(2, 4))), ""]
    tail += [rng.choice(DEBRIS_BOTTOM), f"\u00a9 {pub.year} {outlet}. All rights reserved."]
    fixed = len("\n".join(head)) + len("\n".join(tail)) + 2
    budget = max(400, target_bytes + rng.randint(-300, 300) - fixed - 160)
    text = "\n".join([*head, "\n\n".join(_body(rng, pub, budget)), *tail]) + "\n"
    name = f"{index:05d}_{slug}{'.md' if md else '.txt'}"
    url = f"https://example.org/{outlet.lower().replace(' ', '-')}/{index:05d}-{slug}"
    return GeneratedDoc(name, text, pub, title, outlet, url)


def generate_corpus(n: int, seed: int = SEED) -> list[GeneratedDoc]:
    return [generate_document(i, seed) for i in range(n)]


def write_corpus(docs: Sequence[GeneratedDoc], folder: Path) -> Path:
    """The documents and their sources.csv (file,title,outlet,url,published) in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        (folder / doc.name).write_text(doc.text, encoding="utf-8")
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "title", "outlet", "url", "published"])
        for doc in docs:
            writer.writerow([doc.name, doc.title, doc.outlet, doc.url, doc.published.isoformat()])
    return folder


# ---------------------------------------------------------------- measurements


@dataclass(frozen=True, slots=True)
class ProcessRun:
    n_docs: int
    seconds: float
    # user + system CPU of the process and its reaped workers: the cost when the machine is shared.
    cpu_seconds: float
    # The largest single process's peak RSS (os.wait4: the process or any worker it reaped).
    max_rss_mib: float
    # Peak of the whole process tree (main + worker processes), PSS summed, sampled every SAMPLE_S.
    tree_peak_mib: float
    returncode: int
    n_events: int
    docs_with_events: int
    stderr: str

    @property
    def docs_per_s(self) -> float:
        return self.n_docs / self.seconds

    @property
    def docs_per_cpu_s(self) -> float:
        return self.n_docs / self.cpu_seconds

    @property
    def peak_mib(self) -> float:
        return max(self.max_rss_mib, self.tree_peak_mib)


SAMPLE_S = 0.2


def _process_tree(root: int) -> list[int]:
    """`root` and every process below it, from the parent links in /proc/*/stat (Linux)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def _memory_kib(pid: int) -> int:
    """Proportional set size (shared pages split between the processes sharing them), else RSS."""
    for name, key in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
        try:
            for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
                if line.startswith(key):
                    return int(line.split()[1])
        except (OSError, ValueError, IndexError):
            continue
    return 0


class TreeMemory:
    """Samples the memory of a process and its workers in a thread until stopped; keeps the peak sum."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        if not Path("/proc").is_dir():
            return
        while not self._stop.wait(SAMPLE_S):
            try:
                total = sum(_memory_kib(pid) for pid in _process_tree(self.pid))
            except OSError:
                continue
            self.peak_kib = max(self.peak_kib, total)


def _maxrss_mib(ru_maxrss: int) -> float:
    return ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else ru_maxrss / 1024


def _count_output(path: Path) -> tuple[int, int]:
    """(events, distinct documents) in an extract CSV."""
    if not path.is_file():
        return 0, 0
    with path.open(encoding="utf-8", newline="") as fh:
        docs = [row["doc"] for row in csv.DictReader(fh)]
    return len(docs), len(set(docs))


def run_extract_process(folder: Path, n_docs: int, out_csv: Path) -> ProcessRun:
    """Wall time, CPU time and peak memory of one fresh `python -m timeline extract` process (and its workers)."""
    cmd = [sys.executable, "-m", "timeline", "extract", str(folder), "-o", str(out_csv), "-q"]
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
        with TreeMemory(proc.pid) as tree:
            _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", errors="replace")
    n_events, n_with = _count_output(out_csv)
    cpu = usage.ru_utime + usage.ru_stime
    return ProcessRun(n_docs, seconds, cpu, _maxrss_mib(usage.ru_maxrss), tree.peak_kib / 1024, proc.returncode,
                      n_events, n_with, stderr)  # fmt: skip


@dataclass(frozen=True, slots=True)
class DateparserRun:
    n_docs: int
    seconds: float
    cpu_seconds: float
    n_found: int

    @property
    def docs_per_s(self) -> float:
        return self.n_docs / self.seconds

    @property
    def docs_per_cpu_s(self) -> float:
        return self.n_docs / self.cpu_seconds


def sample_indices(n: int, sample: int) -> list[int]:
    """`sample` indices spread evenly over 0..n-1."""
    sample = max(1, min(sample, n))
    return sorted({(i * n) // sample for i in range(sample)})


def time_dateparser(docs: Sequence[GeneratedDoc]) -> DateparserRun:
    """dateparser.search_dates over each document with its publication date as RELATIVE_BASE, after a warm-up."""
    import dateparser.search  # only the benchmark pays its import

    def search(doc: GeneratedDoc) -> int:
        base = dt.datetime.combine(doc.published, dt.time(12))
        found = dateparser.search.search_dates(doc.text, settings={"RELATIVE_BASE": base})
        return len(found or [])

    search(docs[0])
    started, cpu_started = time.perf_counter(), time.process_time()
    n_found = sum(search(doc) for doc in docs)
    return DateparserRun(len(docs), time.perf_counter() - started, time.process_time() - cpu_started, n_found)


# ---------------------------------------------------------------- report


def _net_growth(base: float, small: ProcessRun, small_s: float, large: ProcessRun, large_s: float) -> float:
    return (max(large_s - base, 1e-9) / large.n_docs) / (max(small_s - base, 1e-9) / small.n_docs)


@dataclass(frozen=True, slots=True)
class Report:
    startup: ProcessRun
    small: ProcessRun
    large: ProcessRun
    dateparser: DateparserRun

    @property
    def ratio(self) -> float:
        """Wall-clock docs/s of the whole large process over dateparser's: the floor's definition."""
        return self.large.docs_per_s / self.dateparser.docs_per_s

    @property
    def cpu_ratio(self) -> float:
        """The same on CPU time: robust when other processes share the machine."""
        return self.large.docs_per_cpu_s / self.dateparser.docs_per_cpu_s

    @property
    def linearity_raw(self) -> float:
        return (self.large.seconds / self.large.n_docs) / (self.small.seconds / self.small.n_docs)

    @property
    def linearity_net(self) -> float:
        """Per-document cost at the large size over that at the small one, start-up subtracted."""
        return _net_growth(self.startup.seconds, self.small, self.small.seconds, self.large, self.large.seconds)

    @property
    def linearity_cpu(self) -> float:
        """The same on CPU time."""
        s = self.startup.cpu_seconds
        return _net_growth(s, self.small, self.small.cpu_seconds, self.large, self.large.cpu_seconds)

    @property
    def peak_mib(self) -> float:
        return max(self.small.peak_mib, self.large.peak_mib)


def verdicts(report: Report) -> list[tuple[bool, str]]:
    """(passed, line) for each floor."""
    runs_ok = all(r.returncode == 0 for r in (report.startup, report.small, report.large))
    all_docs = report.large.docs_with_events == report.large.n_docs
    goal = "goal met" if report.ratio >= GOAL_RATIO else f"goal {GOAL_RATIO:.0f}x not met"
    return [
        (runs_ok, f"extract processes exit 0: {'yes' if runs_ok else 'NO'}"),
        (all_docs, f"every document yields >= 1 event: {report.large.docs_with_events}/{report.large.n_docs}"),
        (report.ratio >= FLOOR_RATIO,
         f"speed ratio {report.ratio:.1f}x >= {FLOOR_RATIO:.0f}x ({goal}; on CPU time {report.cpu_ratio:.1f}x)"),
        (report.large.peak_mib <= FLOOR_MIB,
         f"peak memory {report.large.peak_mib:.0f} MiB <= {FLOOR_MIB:.0f} MiB at {report.large.n_docs} docs"),
        (report.linearity_net <= FLOOR_LINEARITY,
         f"per-doc cost {report.large.n_docs} vs {report.small.n_docs} docs (net of start-up) "
         f"{report.linearity_net:.2f}x <= {FLOOR_LINEARITY}x (CPU time {report.linearity_cpu:.2f}x)"),
    ]  # fmt: skip


def format_report(report: Report) -> str:
    rows = [
        ("timeline process, start-up (1 doc)", f"{report.startup.seconds:8.2f} s",
         f"{report.startup.peak_mib:7.0f} MiB  cpu {report.startup.cpu_seconds:.2f} s"),
        *(
            (f"timeline process, {r.n_docs:,} docs", f"{r.docs_per_s:8.1f} docs/s",
             f"{r.peak_mib:7.0f} MiB  {r.seconds:.2f} s, cpu {r.docs_per_cpu_s:.1f} docs/s, {r.n_events:,} events")
            for r in (report.small, report.large)
        ),
        (f"dateparser.search_dates, {report.dateparser.n_docs} docs", f"{report.dateparser.docs_per_s:8.2f} docs/s",
         f"{report.dateparser.seconds:.2f} s, cpu {report.dateparser.docs_per_cpu_s:.2f} docs/s, "
         f"{report.dateparser.n_found:,} dates found"),
        ("ratio timeline / dateparser", f"{report.ratio:8.1f} x",
         f"cpu {report.cpu_ratio:.1f}x  (floor {FLOOR_RATIO:.0f}x, goal {GOAL_RATIO:.0f}x)"),
        ("per-doc cost large/small, raw", f"{report.linearity_raw:8.2f} x", ""),
        ("per-doc cost large/small, net", f"{report.linearity_net:8.2f} x",
         f"cpu {report.linearity_cpu:.2f}x  (<= {FLOOR_LINEARITY}x is linear)"),
        ("peak memory", f"{report.peak_mib:8.0f} MiB",
         f"largest process {report.large.max_rss_mib:.0f} MiB, process tree {report.large.tree_peak_mib:.0f} MiB "
         f"(floor {FLOOR_MIB:.0f} MiB)"),
    ]  # fmt: skip
    width = max(len(r[0]) for r in rows)
    lines = [f"{label:<{width}}  {value}  {note}".rstrip() for label, value, note in rows]
    lines.append("")
    lines += [f"{'PASS' if ok else 'FAIL'}  {line}" for ok, line in verdicts(report)]
    return "\n".join(lines)


# ---------------------------------------------------------------- profile


def profile_extract(folder: Path, top: int = 25) -> str:
    """The CLI's extraction of `folder` under cProfile: top functions by cumulative time, then by own time.

    Runs in this one process (the pipeline's worker processes are switched off) so that the profiler sees
    the work.
    """
    from timeline import pipeline
    from timeline.cli import main as cli_main

    out_csv = folder.parent / f"{folder.name}-profile.csv"
    parallel_from = getattr(pipeline, "PARALLEL_FROM", None)
    if parallel_from is not None:
        pipeline.PARALLEL_FROM = sys.maxsize
    profiler = cProfile.Profile()
    try:
        profiler.enable()
        code = cli_main(["extract", str(folder), "-o", str(out_csv), "-q"])
        profiler.disable()
    finally:
        if parallel_from is not None:
            pipeline.PARALLEL_FROM = parallel_from
    buffer = io.StringIO()
    stats = pstats.Stats(profiler, stream=buffer).strip_dirs()
    print(f"cli exit status {code}", file=buffer)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(15)
    return buffer.getvalue()


# ---------------------------------------------------------------- main


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, help="documents for the large run (default 10000; 1000 with --profile)")
    parser.add_argument("--small", type=int, default=1000, help="documents for the small run (default: %(default)s)")
    parser.add_argument("--sample", type=int, default=200, help="documents for dateparser (default: %(default)s)")
    parser.add_argument("--out", type=Path, help="keep the generated corpora (and outputs) in this folder")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--check", action="store_true", help="exit 1 when a floor fails")
    parser.add_argument("--profile", action="store_true", help="profile the in-process extraction instead")
    return parser


def _timed(label: str, fn: Callable[[], object]) -> object:
    started = time.perf_counter()
    result = fn()
    print(f"  {label}: {time.perf_counter() - started:.2f} s", file=sys.stderr)
    return result


def run_benchmark(work: Path, n: int, small: int, sample: int, seed: int) -> Report:
    print(f"generating {n:,} documents (seed {seed}) in {work}", file=sys.stderr)
    docs = generate_corpus(n, seed)
    mean_size = sum(len(d.text.encode()) for d in docs) / len(docs)
    print(f"  mean document size {mean_size:.0f} bytes", file=sys.stderr)
    one = write_corpus(docs[:1], work / "n1")
    small_dir = write_corpus(docs[:small], work / f"n{small}")
    large_dir = write_corpus(docs, work / f"n{n}")
    print("timing python -m timeline extract (fresh process per size)", file=sys.stderr)
    startup = run_extract_process(one, 1, work / "n1.csv")
    small_run = run_extract_process(small_dir, small, work / f"n{small}.csv")
    print(f"  {small:,} docs: {small_run.seconds:.2f} s", file=sys.stderr)
    large_run = run_extract_process(large_dir, n, work / f"n{n}.csv")
    print(f"  {n:,} docs: {large_run.seconds:.2f} s", file=sys.stderr)
    for run in (startup, small_run, large_run):
        if run.returncode != 0:
            print(f"extract on {run.n_docs} docs exited {run.returncode}:\n{run.stderr[-3000:]}", file=sys.stderr)
    picked = [docs[i] for i in sample_indices(n, sample)]
    print(f"timing dateparser.search_dates on {len(picked)} of the documents", file=sys.stderr)
    dp = _timed("dateparser", lambda: time_dateparser(picked))
    assert isinstance(dp, DateparserRun)
    return Report(startup, small_run, large_run, dp)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    n = args.n or (1000 if args.profile else 10000)
    with tempfile.TemporaryDirectory(prefix="bench_extract-") as tmp:
        work = args.out or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        if args.profile:
            sys.path.insert(0, str(ROOT))
            folder = write_corpus(generate_corpus(n, args.seed), work / f"profile-n{n}")
            print(profile_extract(folder))
            return 0
        report = run_benchmark(work, n, min(args.small, n), args.sample, args.seed)
    print(format_report(report))
    failed = not all(ok for ok, _ in verdicts(report))
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
