"""Sentence spans: an abbreviation's full stop does not end a sentence, but a line break after it does."""

import pytest

from timeline.text.segment import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paragraph break after "p.m." ends the sentence
        (
            "The pact was signed by Ilse Varnow at the old mill shortly after 8 p.m.\n\nThe mayor, Ott Brenk, spoke.",
            ["The pact was signed by Ilse Varnow at the old mill shortly after 8 p.m.", "The mayor, Ott Brenk, spoke."],
        ),
        # so does one line break after a title's abbreviation closing a line
        ("Talks were led by Gen.\nTomas Ferl arrived later.", ["Talks were led by Gen.", "Tomas Ferl arrived later."]),
        # on the same line the abbreviation still holds the sentence together
        (
            "They met at 7 a.m. Monday in Korvia. Gen. Arno Pell left.",
            ["They met at 7 a.m. Monday in Korvia.", "Gen. Arno Pell left."],
        ),
        ("Mr. Dalen Voss signed on Jan. 8 in Orsk.", ["Mr. Dalen Voss signed on Jan. 8 in Orsk."]),
    ],
)
def test_line_break_after_abbreviation_ends_sentence(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected
