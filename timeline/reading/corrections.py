"""An analyst's corrections of publication dates, kept apart from the publisher's metadata.

The corpus's own sources.csv is the publisher's word and is never written.  Corrections go to a
`corrections.csv` in a per-corpus folder of the user's data folder (`corpus_data_dir`):

* the folder is `$TIMELINE_DATA_DIR`, else `$XDG_DATA_HOME/timeline`, else `~/.local/share/timeline`,
  then `<corpus name>-<hash of its absolute path>`, so two corpora never share corrections;
* the file is a log, only ever appended to: columns `file,published,basis,who,when`; the last row of a
  document wins, and a row with an empty `published` withdraws the correction (the publisher's value,
  or the date read from the text, applies again), so no earlier value is ever lost;
* a document is named by its path relative to the corpus folder, exactly (`a/x.txt` is not `b/x.txt`);
* one writer at a time: a lock file beside it (`filelock`), waited for at most LOCK_SECONDS.

An analyst's headlines of events go to a `headlines.csv` beside it, kept the same way (a log, the
last row of an event wins, an empty `headline` withdraws it): columns `file,mention_id,headline,who,when`,
an event named by its document's corpus-relative path and its `mention_id`.  They are a file of their
own so that a reader of publication dates never takes a headline row for a withdrawn date.

The analyst's choice of key events goes to a `key_events.csv` beside them, kept the same way: columns
`event_id,mentions,choice,who,when`, `choice` pin or drop (an empty one withdraws it), `mentions` the
event's mention ids joined by "; " (an upload that adds a report of the event changes its id, not its
mentions').

An analyst's edits of a document's title, outlet or URL go to a `documents.csv` beside them, kept the
same way: columns `file,field,value,who,when`, `field` one of title, outlet, url (an empty value withdraws
the edit: the publisher's sources.csv, or the text, applies again).

The same folder holds the documents an analyst uploads (`uploads_root`), so neither a correction nor an
upload writes into the corpus folder.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout

from timeline.core.errors import TimelineError

DATA_DIR_ENV = "TIMELINE_DATA_DIR"
CORRECTIONS_NAME = "corrections.csv"
FIELDS: tuple[str, ...] = ("file", "published", "basis", "who", "when")
HEADLINES_NAME = "headlines.csv"
HEADLINE_FIELDS: tuple[str, ...] = ("file", "mention_id", "headline", "who", "when")
KEY_EVENTS_NAME = "key_events.csv"
KEY_EVENT_FIELDS: tuple[str, ...] = ("event_id", "mentions", "choice", "who", "when")
PICK_CHOICES: tuple[str, ...] = ("pin", "drop")
DOCUMENTS_NAME = "documents.csv"
DOCUMENT_FIELDS: tuple[str, ...] = ("file", "field", "value", "who", "when")
EDITABLE: tuple[str, ...] = ("title", "outlet", "url")
LOCK_SECONDS = 10.0
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class CorrectionsError(TimelineError):
    """Corrections that cannot be saved (the lock is held too long, the folder cannot be written)."""


@dataclass(frozen=True, slots=True)
class Corrections:
    path: Path
    # Document (path relative to the corpus) -> the analyst's publication date in force.
    published: Mapping[str, dt.date] = field(default_factory=dict)
    problems: tuple[str, ...] = ()
    # (document, mention_id) -> the analyst's headline in force.
    headlines: Mapping[tuple[str, str], str] = field(default_factory=dict)


def user_data_dir() -> Path:
    """Where analysts' additions are kept: $TIMELINE_DATA_DIR, $XDG_DATA_HOME/timeline or ~/.local/share/timeline."""
    chosen = os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share") / "timeline"


def corpus_data_dir(corpus: str | os.PathLike[str]) -> Path:
    """The user data folder of one corpus folder: its name and a hash of its absolute path."""
    resolved = Path(corpus).expanduser().resolve()
    name = _UNSAFE.sub("_", resolved.name).strip("._-")[:40] or "corpus"
    return user_data_dir() / f"{name}-{hashlib.sha1(str(resolved).encode()).hexdigest()[:12]}"


def corrections_path(corpus: str | os.PathLike[str]) -> Path:
    return corpus_data_dir(corpus) / CORRECTIONS_NAME


def headlines_path(corpus: str | os.PathLike[str]) -> Path:
    return corpus_data_dir(corpus) / HEADLINES_NAME


def key_events_path(corpus: str | os.PathLike[str]) -> Path:
    return corpus_data_dir(corpus) / KEY_EVENTS_NAME


def documents_path(corpus: str | os.PathLike[str]) -> Path:
    return corpus_data_dir(corpus) / DOCUMENTS_NAME


def uploads_root(corpus: str | os.PathLike[str]) -> Path:
    """The folder read beside the corpus for uploaded documents; they are saved in its `uploads/`,
    so their names ("uploads/x.txt") are told apart from the corpus's own."""
    return corpus_data_dir(corpus) / "documents"


def log_stamps(*paths: Path) -> tuple[tuple[str, int, int], ...]:
    """(name, size, mtime) of each edit log that exists: a saved edit (here or in another session) changes it,
    so a cache keyed on it is read again."""
    out = []
    for path in paths:
        try:
            info = path.stat()
        except OSError:
            continue
        out.append((path.name, info.st_size, info.st_mtime_ns))
    return tuple(out)


def read_corrections(corpus: str | os.PathLike[str]) -> Corrections:
    """The corrections in force for a corpus folder; a missing file is no corrections, a bad row a problem."""
    path = corrections_path(corpus)
    headlines, headline_problems = read_headlines(corpus)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return Corrections(path, problems=headline_problems, headlines=headlines)
    except OSError as exc:
        problem = f"{path}: cannot read the corrections ({exc.strerror or exc})"
        return Corrections(path, problems=(problem, *headline_problems), headlines=headlines)
    from timeline.reading.dateparser_adapter import DateParseError, parse_published

    published: dict[str, dt.date] = {}
    problems: list[str] = []
    try:
        for line_no, row in enumerate(csv.DictReader(io.StringIO(text, newline="")), start=2):
            doc, value = (row.get("file") or "").strip(), (row.get("published") or "").strip()
            if not doc:
                continue
            if not value:
                published.pop(doc, None)
                continue
            try:
                published[doc] = parse_published(value)
            except DateParseError as exc:
                problems.append(f"{path} line {line_no}: {exc}; correction of {doc!r} ignored")
    except csv.Error as exc:
        problems.append(f"{path}: {exc}; later corrections ignored")
    return Corrections(path, published, (*problems, *headline_problems), headlines)


def read_headlines(corpus: str | os.PathLike[str]) -> tuple[dict[tuple[str, str], str], tuple[str, ...]]:
    """The analyst's headlines in force, by (document, mention_id), and the problems of reading them."""
    path = headlines_path(corpus)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return {}, ()
    except OSError as exc:
        return {}, (f"{path}: cannot read the headlines ({exc.strerror or exc})",)
    headlines: dict[tuple[str, str], str] = {}
    try:
        for row in csv.DictReader(io.StringIO(text, newline="")):
            doc, mention = (row.get("file") or "").strip(), (row.get("mention_id") or "").strip()
            if not doc or not mention:
                continue
            headline = " ".join((row.get("headline") or "").split())
            if headline:
                headlines[(doc, mention)] = headline
            else:
                headlines.pop((doc, mention), None)
    except csv.Error as exc:
        return headlines, (f"{path}: {exc}; later headlines ignored",)
    return headlines, ()


def set_headline(
    corpus: str | os.PathLike[str], doc: str, mention_id: str, headline: str | None, *, who: str, when: dt.datetime
) -> Path:
    """Record an analyst's headline of the event `mention_id` of `doc` (None or blank: withdraw it, the
    generated headline applies again); returns the file.  Raises CorrectionsError like `set_published`."""
    value = " ".join((headline or "").split())
    return _append(
        headlines_path(corpus), HEADLINE_FIELDS, [doc, mention_id, value, who, when.isoformat(timespec="seconds")]
    )


def read_picks(
    corpus: str | os.PathLike[str],
) -> tuple[dict[str, tuple[tuple[str, ...], str]], tuple[str, ...]]:
    """The analyst's key-event choices in force: event_id -> (its mention ids, "pin" or "drop"), and problems."""
    path = key_events_path(corpus)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return {}, ()
    except OSError as exc:
        return {}, (f"{path}: cannot read the key-event choices ({exc.strerror or exc})",)
    picks: dict[str, tuple[tuple[str, ...], str]] = {}
    problems: list[str] = []
    try:
        for line_no, row in enumerate(csv.DictReader(io.StringIO(text, newline="")), start=2):
            event_id, choice = (row.get("event_id") or "").strip(), (row.get("choice") or "").strip()
            if not event_id:
                continue
            if choice and choice not in PICK_CHOICES:
                problems.append(f"{path} line {line_no}: choice {choice!r} is not pin or drop; ignored")
                continue
            mentions = tuple(m.strip() for m in (row.get("mentions") or "").split(";") if m.strip())
            picks.pop(event_id, None)
            if choice:
                picks[event_id] = (mentions, choice)
    except csv.Error as exc:
        problems.append(f"{path}: {exc}; later key-event choices ignored")
    return picks, tuple(problems)


def set_pick(
    corpus: str | os.PathLike[str],
    event_id: str,
    mentions: tuple[str, ...],
    choice: str,
    *,
    who: str,
    when: dt.datetime,
) -> Path:
    """Record that the analyst pins ("pin") or removes ("drop") an event from the key events, or withdraws
    the choice (""); returns the file.  Raises CorrectionsError like `set_published` (or for another choice)."""
    if choice and choice not in PICK_CHOICES:
        raise CorrectionsError(f"choice {choice!r} is not pin or drop")
    row = [event_id, "; ".join(mentions), choice, who, when.isoformat(timespec="seconds")]
    return _append(key_events_path(corpus), KEY_EVENT_FIELDS, row)


def read_document_edits(corpus: str | os.PathLike[str]) -> tuple[dict[str, dict[str, str]], tuple[str, ...]]:
    """The analyst's edits in force: document -> {field: value} for title, outlet and url; and problems."""
    path = documents_path(corpus)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return {}, ()
    except OSError as exc:
        return {}, (f"{path}: cannot read the document edits ({exc.strerror or exc})",)
    edits: dict[str, dict[str, str]] = {}
    problems: list[str] = []
    try:
        for line_no, row in enumerate(csv.DictReader(io.StringIO(text, newline="")), start=2):
            doc, name = (row.get("file") or "").strip(), (row.get("field") or "").strip()
            if not doc:
                continue
            if name not in EDITABLE:
                problems.append(f"{path} line {line_no}: field {name!r} is not one of {', '.join(EDITABLE)}; ignored")
                continue
            value = " ".join((row.get("value") or "").split())
            if value:
                edits.setdefault(doc, {})[name] = value
            else:
                edits.get(doc, {}).pop(name, None)
    except csv.Error as exc:
        problems.append(f"{path}: {exc}; later document edits ignored")
    return {doc: fields for doc, fields in edits.items() if fields}, tuple(problems)


def set_document_field(
    corpus: str | os.PathLike[str], doc: str, name: str, value: str | None, *, who: str, when: dt.datetime
) -> Path:
    """Record an analyst's title, outlet or url of `doc` (None or blank: withdraw the edit); returns the file.
    Raises CorrectionsError like `set_published`, or for another field."""
    if name not in EDITABLE:
        raise CorrectionsError(f"field {name!r} is not one of {', '.join(EDITABLE)}")
    row = [doc, name, " ".join((value or "").split()), who, when.isoformat(timespec="seconds")]
    return _append(documents_path(corpus), DOCUMENT_FIELDS, row)


def set_published(
    corpus: str | os.PathLike[str], doc: str, published: dt.date | None, *, who: str, when: dt.datetime
) -> Path:
    """Record an analyst's publication date of `doc` (None: withdraw the correction); returns the file.

    Appends one row under the corpus's lock; raises CorrectionsError when the lock is not had within
    LOCK_SECONDS or the folder cannot be written.
    """
    value = published.isoformat() if published else ""
    return _append(corrections_path(corpus), FIELDS, [doc, value, "analyst", who, when.isoformat(timespec="seconds")])


def _append(path: Path, fields: tuple[str, ...], row: list[str]) -> Path:
    """Append one row (and the header to a new file) under the file's lock."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(path) + ".lock", timeout=LOCK_SECONDS):
            new = not path.exists() or path.stat().st_size == 0
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n")
            if new:
                writer.writerow(fields)
            writer.writerow(row)
            with path.open("a", encoding="utf-8", newline="") as fh:
                fh.write(buffer.getvalue())
                fh.flush()
                os.fsync(fh.fileno())
    except Timeout as exc:
        raise CorrectionsError(
            f"another session has been saving corrections for {LOCK_SECONDS:.0f} s ({path}.lock); try again"
        ) from exc
    except OSError as exc:
        raise CorrectionsError(f"{path}: cannot save the correction ({exc.strerror or exc})") from exc
    return path
