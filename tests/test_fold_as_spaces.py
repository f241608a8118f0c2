"""`as_spaces` gives what `str.translate` with a table of spaces gave (the cheaper way, issue 12's speed work)."""

from __future__ import annotations

import pytest

from timeline.text.fold import as_spaces

_MARKS = "“”‘’—–…«»\u00a0"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain ASCII, no marks at all.",
        "“We will meet,” said Ilse Varga — the envoy’s aide… «Tarnia»",
        "––——……  ‘’‘’\u00a0\u00a0",
        "Ünïcode letters stay: Gökçe Şahin’s “plan”",
    ],
)
def test_as_spaces_is_translate_with_spaces(text: str) -> None:
    table = str.maketrans(dict.fromkeys(_MARKS, " "))
    assert as_spaces(text, _MARKS) == text.translate(table)
    assert len(as_spaces(text, _MARKS)) == len(text)
