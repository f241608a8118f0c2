"""Reading the YAML data files: a malformed file is a `DataFileError` naming the file and what is wrong.

A data file is a mapping of named entries.  The readers below each check one shape (a list of words, a
table of words to numbers) so that a typo in a file stops the program at load time with its name, not
later with a `KeyError` deep inside the tagger.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import yaml

from timeline.core.errors import DataFileError

# A phrase of data: lower-case words separated by single spaces (so it can stand in a regex as written).
# libyaml's loader when present: the same safe subset, several times faster (every worker process loads the files).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PHRASE = re.compile(r"[a-z'][a-z'-]*(?: [a-z'][a-z'-]*)*")


def read_yaml(path: Path) -> dict[str, Any]:
    """The top-level mapping of a YAML data file."""
    try:
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except OSError as error:
        raise DataFileError(f"{path}: cannot read ({error.strerror or error})") from error
    except yaml.YAMLError as error:
        raise DataFileError(f"{path}: not valid YAML ({error})") from error
    if not isinstance(document, dict):
        raise DataFileError(f"{path}: expected a mapping of named entries at the top level")
    return document


def entry(document: Mapping[str, Any], key: str, path: Path) -> Any:
    if key not in document:
        raise DataFileError(f"{path}: missing entry {key!r}")
    return document[key]


def phrases(document: Mapping[str, Any], key: str, path: Path) -> tuple[str, ...]:
    """A list of lower-case phrases, in file order (order can matter in a regex alternation).  The list may
    stand alone or as the `words` of an entry that also carries `examples`."""
    value = entry(document, key, path)
    if isinstance(value, dict) and "words" in value:
        value = value["words"]
    if not isinstance(value, list) or not value:
        raise DataFileError(f"{path}: {key!r} must be a non-empty list of phrases")
    for item in value:
        if not isinstance(item, str) or not _PHRASE.fullmatch(item):
            raise DataFileError(f"{path}: {key!r} has {item!r}, not a lower-case phrase")
    return tuple(value)


def strings(document: Mapping[str, Any], key: str, path: Path) -> tuple[str, ...]:
    """A list of non-empty strings of any characters (symbols such as "$" included)."""
    value = entry(document, key, path)
    if isinstance(value, dict) and "words" in value:
        value = value["words"]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise DataFileError(f"{path}: {key!r} must be a non-empty list of strings")
    return tuple(value)


def int_table(document: Mapping[str, Any], key: str, path: Path) -> dict[str, int]:
    """A table of phrases to whole numbers."""
    return _table(document, key, path, "number", lambda v: isinstance(v, int) and not isinstance(v, bool))


def str_table(document: Mapping[str, Any], key: str, path: Path) -> dict[str, str]:
    """A table of phrases to codes."""
    return _table(document, key, path, "code", lambda v: isinstance(v, str) and bool(v))


def _table(document: Mapping[str, Any], key: str, path: Path, kind: str, valid: Callable[[Any], bool]) -> dict:
    value = entry(document, key, path)
    if not isinstance(value, dict) or not value:
        raise DataFileError(f"{path}: {key!r} must be a non-empty table of phrase: {kind}")
    for word, item in value.items():
        if not isinstance(word, str) or not _PHRASE.fullmatch(word):
            raise DataFileError(f"{path}: {key!r} has {word!r}, not a lower-case phrase")
        if not valid(item):
            raise DataFileError(f"{path}: {key!r} gives {word!r} the value {item!r}, not a {kind}")
    return dict(value)


def examples(document: Mapping[str, Any], path: Path, fields: tuple[str, ...]) -> list[dict[str, str]]:
    """The file's worked examples (run by the test suite), each a mapping with at least `fields`."""
    found: list[dict[str, str]] = []
    for key, value in document.items():
        listed = value.get("examples", []) if isinstance(value, dict) else []
        if key == "examples":
            listed = value
        if not isinstance(listed, list):
            raise DataFileError(f"{path}: examples of {key!r} must be a list")
        for example in listed:
            if not isinstance(example, dict) or any(f not in example for f in fields):
                raise DataFileError(f"{path}: an example of {key!r} lacks one of {', '.join(fields)}: {example!r}")
            found.append({k: str(v) for k, v in example.items()} | {"entry": key})
    return found
