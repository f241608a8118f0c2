"""Clause tense: which way a date expression points, read from the words around it."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal.rules import builtin_rules
from timeline.temporal.tagger import Reference, tag
from timeline.temporal.tense import clause_bounds, forward_cue, sentence_tense

MARKERS = builtin_rules().tense


def at(sentence: str, expr: str) -> tuple[int, int]:
    start = sentence.index(expr)
    return start, start + len(expr)


@pytest.mark.parametrize(
    "sentence,expr,expected",
    [
        pytest.param("The parties will hold elections in December.", "December", "future", id="will"),
        pytest.param("The parties held elections in December.", "December", "past", id="held"),
        pytest.param("Elections will be held in March.", "March", "future", id="will-be-held"),
        pytest.param("Elections are expected to take place in December.", "December", "future", id="expected-to"),
        pytest.param("The summit is scheduled for November.", "November", "future", id="scheduled"),
        pytest.param(
            "The vote is due in November.",
            "November",
            "future",
            id="is-due-in",
        ),
        pytest.param("The vote is due on 3 November.", "3 November", "future", id="is-due-on"),
        pytest.param("The talks took place in March.", "March", "past", id="took-place"),
        pytest.param("Ankara started sending military personnel on Jan. 5.", "Jan. 5", "past", id="started-ed"),
        pytest.param("Lavrov said talks will resume on Friday.", "Friday", "future", id="said-then-will"),
        pytest.param("Lavrov said on Monday that talks would continue.", "Monday", "past", id="said-on-monday"),
        pytest.param(
            "The two men met in Moscow on Wednesday; talks will resume in January.",
            "Wednesday",
            "past",
            id="semicolon-left",
        ),
        pytest.param(
            "The two men met in Moscow on Wednesday; talks will resume in January.",
            "January",
            "future",
            id="semicolon-right",
        ),
        pytest.param(
            "Talks that began in May will continue in June.",
            "May",
            "past",
            id="relative-clause-past",
        ),
        pytest.param("Talks that began in May will continue in June.", "June", "future", id="main-clause-future"),
        # A plan told from a past time: its date may lie either side of publication (the nearest reading).
        pytest.param("The vote was expected to take place in May.", "May", "unknown", id="was-expected-to"),
        pytest.param("The vote is expected to take place in May.", "May", "future", id="is-expected-to"),
        pytest.param("The report is to be published in June.", "June", "future", id="to-be-published"),
        pytest.param("The ceasefire is holding this week.", "this week", "present", id="present"),
        pytest.param("A united front in March.", "March", "unknown", id="united-is-not-a-verb"),
        # A verb fenced off by commas after the date's own verb describes a noun: the aside does not decide.
        pytest.param(
            "Germany would reopen its embassy, closed since 2014, before the end of the year.",
            "the end of the year",
            "future",
            id="aside-past-participle",
        ),
        # ... and one fenced off after the date, before the date's verb: the apposition's participle describes the
        # date's noun.
        pytest.param(
            "A vote on Nov. 8, the date agreed in Lorn, would be hard to hold.",
            "Nov. 8",
            "future",
            id="aside-past-participle-after-the-date",
        ),
        # A comma going on with a list of names closes no aside: the participle is the date's verb.
        pytest.param(
            "He said the vote could not be held on Dec. 10, the date agreed by Orvan, Kessa and two other leaders"
            " at a meeting in Lorn on May 29.",
            "May 29",
            "past",
            id="list-comma-is-no-aside",
        ),
        # A comma after the participle's words that opens a place's apposition ends no aside: the participle is
        # the date's verb (an aside ends right before its date).
        pytest.param(
            "A truce will begin on June 2, under the accord signed by the rebels at Vardo Hall, near Lorn, on Friday.",
            "Friday",
            "past",
            id="place-apposition-is-no-aside",
        ),
        pytest.param("Talks will resume, the envoy said, on Monday.", "Monday", "future", id="aside-report"),
        pytest.param("The army withdrew, officials said, on Monday.", "Monday", "past", id="aside-report-past"),
        # With no verb before the first comma, the fenced verb is the date's own.
        pytest.param("In the north, fighters seized the town, on Monday.", "Monday", "past", id="no-aside"),
        # A quotation opening after the date is the speaker's: its modal does not point the reporter's date ahead.
        pytest.param(
            'The envoy told the council that the window opened by the truce statements in August "must'
            ' not be allowed to close."',
            "August",
            "past",
            id="quote-opens-after-date",
        ),
        pytest.param(
            "The envoy told the council that the window opened by the truce statements in August \u201cmust"
            " not be allowed to close.\u201d",
            "August",
            "past",
            id="curly-quote-opens-after-date",
        ),
        pytest.param(
            'The envoy said "the talks in August must not fail."', "August", "future", id="date-inside-the-quotation"
        ),
        # A relative clause opening on a verb in -s right before the date: a time set ahead, which the
        # sentence's past does not reach ("that" may open a noun, and "which was" is a past).
        pytest.param(
            "The truce, which expires on Sunday, was agreed last week.", "Sunday", "future", id="which-expires"
        ),
        pytest.param("The deal, which runs until June, was signed in Kessa.", "June", "future", id="which-runs"),
        pytest.param("The accord, which was signed in May, collapsed.", "May", "past", id="which-was"),
        # "who" opens such a clause about a person as "which" does about a thing.
        pytest.param(
            "The envoy, who visits Kessa on May 29, told reporters he was hopeful.", "May 29", "future", id="who-visits"
        ),
        pytest.param("The envoy, who was in Kessa on May 29, said he was hopeful.", "May 29", "past", id="who-was"),
        # ... also with the verb's object between it and the date, when no other verb stands there.
        pytest.param(
            "Orlan, who faces the Unity Party's leader Tomas Velk in elections on June 14, told reporters he had won.",
            "June 14",
            "future",
            id="who-faces-object",
        ),
        pytest.param(
            "The truce, which bars the two armies from the border zone until March 3, was signed in Kessa.",
            "March 3",
            "future",
            id="which-bars-object",
        ),
        pytest.param(
            "The minister, who leads the group that attacked the town on May 3, told reporters.",
            "May 3",
            "past",
            id="who-leads-other-verb",
        ),
        pytest.param(
            "The envoy, who says he visited the border camp on May 29, spoke.", "May 29", "past", id="who-says-past"
        ),
        pytest.param("He said that talks in May failed.", "May", "past", id="that-noun"),
        # A conjunction before a comma opens a clause whose fronted date belongs to the verb after it, not to a
        # modal of the clause before.
        pytest.param(
            "The gangs said they would stop recruiting and, in a televised ceremony in July, handed over arms.",
            "July",
            "past",
            id="and-comma-fronted-date",
        ),
        pytest.param(
            "Orvan said rebels had withdrawn but, from the first week of June, would patrol the road.",
            "June",
            "future",
            id="but-comma-fronted-date",
        ),
    ],
)
def test_sentence_tense(sentence, expr, expected):
    assert sentence_tense(sentence, *at(sentence, expr), MARKERS) == expected


@pytest.mark.parametrize(
    "sentence,expr,inside,outside",
    [
        pytest.param(
            "They met on Wednesday; talks will resume in January.", "Wednesday", "met", "resume", id="semicolon"
        ),
        pytest.param(
            "They met on Wednesday, while talks will resume in January.", "January", "resume", "met", id="comma-while"
        ),
        pytest.param("Talks will resume in January — they met on Wednesday.", "Wednesday", "met", "resume", id="dash"),
        pytest.param("He left on Monday, but she will stay until Friday.", "Friday", "stay", "left", id="comma-but"),
    ],
)
def test_clause_bounds(sentence, expr, inside, outside):
    left, right = clause_bounds(sentence, *at(sentence, expr))
    clause = sentence[left:right]
    assert expr in clause and inside in clause and outside not in clause, clause


def test_clause_bounds_without_breaks_is_the_sentence():
    sentence = "The parties held elections in December."
    assert clause_bounds(sentence, *at(sentence, "December")) == (0, len(sentence))


@pytest.mark.parametrize(
    "clause,expr,expected",
    [
        pytest.param("last year", "last year", "unknown", id="own-words-say-nothing"),
        pytest.param("descended into chaos last year", "last year", "past", id="ed-verb-outside"),
        pytest.param("said they are expected to meet in May", "May", "future", id="future-beats-past-at-distance"),
        pytest.param("backed by Turkey in 2019", "2019", "unknown", id="backed-not-a-verb"),
    ],
)
def test_marker_tense(clause, expr, expected):
    # Clauses without a break: the nearest marker in the whole clause decides.
    assert sentence_tense(clause, *at(clause, expr), MARKERS) == expected


@pytest.mark.parametrize(
    "sentence,expr,expected",
    [
        pytest.param("to lead the country until December elections", "December", True, id="until"),
        pytest.param("a truce ahead of the December vote", "December", True, id="ahead-of-the"),
        pytest.param("before the March summit", "March", True, id="before-the"),
        pytest.param("elections in December", "December", False, id="in"),
        pytest.param("since October", "October", False, id="since"),
    ],
)
def test_forward_cue(sentence, expr, expected):
    assert forward_cue(sentence, sentence.index(expr), MARKERS) is expected


# ---- a plan before a past verb ("the vote scheduled for 3 April had been postponed") is told from a past time:
# no tense, the nearest reading (its date may lie on either side of publication)
@pytest.mark.parametrize(
    "sentence,expr,expected",
    [
        pytest.param("The vote scheduled for 3 April had been postponed.", "3 April", "unknown", id="pluperfect"),
        pytest.param("Officials said the vote scheduled for 3 April had been postponed.", "3 April", "unknown",
                     id="reported-pluperfect"),
        pytest.param("The vote scheduled for May had been postponed.", "May", "unknown", id="month-not-a-modal"),
        pytest.param("The talks planned for Monday had to be moved.", "Monday", "future", id="had-to-is-no-perfect"),
        pytest.param("The vote scheduled for 3 April will go ahead, though talks had stalled.", "3 April", "future",
                     id="future-verb-first"),
        pytest.param("The vote had been scheduled for 3 April.", "3 April", "unknown", id="own-head"),
    ],
)  # fmt: skip
def test_plan_before_a_past_perfect(sentence, expr, expected):
    assert sentence_tense(sentence, *at(sentence, expr), MARKERS) == expected


@pytest.mark.parametrize(
    "ascii_sentence,other",
    [
        pytest.param("He said they'll sign it in May.", "He said they\u2019ll sign it in May.", id="curly-apostrophe"),
        pytest.param(
            "Talks in Izmir will resume on 3 May.", "Talks in \u0130zmir will resume on 3 May.", id="dotted-capital"
        ),
        pytest.param("ELECTIONS WILL BE HELD IN MARCH.", "ELECTIONS WILL BE HELD IN MARCH.", id="upper-case"),
    ],
)
def test_markers_read_the_same_words_whatever_the_characters(ascii_sentence, other):
    # An ASCII clause's words are read from a lowered copy; any other from each word: both ways agree, and the
    # markers keep their offsets in the clause as given ("İ" lowers to two characters).
    from timeline.temporal.tense import _markers

    found = _markers(other, MARKERS)
    assert [(t, tail) for _s, _e, t, tail in found] == [
        (t, tail) for _s, _e, t, tail in _markers(ascii_sentence, MARKERS)
    ]
    assert [other[s:e].lower().replace("\u2019", "'") for s, e, _t, _tail in found] == [
        ascii_sentence[s:e].lower() for s, e, _t, _tail in _markers(ascii_sentence, MARKERS)
    ]
    assert found and any(t == "future" for _s, _e, t, _tail in found)


def test_a_caption_year_less_month_is_the_last_one_begun():
    """A photo caption in the present tense shows a past moment: its January is the one before publication.  An
    archive picture's ("[File: ...]") is of a year the reader cannot know: no date (cues.yaml, file_photo_marks)."""
    text = "[Image: Tessa Movren speaks to reporters in Port Amsel in January [Kelvar Press]]"
    dated = [m.period.value for m in tag(text, Reference(dt.date(2020, 9, 16))) if m.period is not None]
    assert dated == ["2020-01"]
    archive = text.replace("[Kelvar Press]", "[File: Kelvar Press]")
    assert [m.period for m in tag(archive, Reference(dt.date(2020, 9, 16)))] == [None]


def _values_at(text: str, expr: str, published) -> list[str]:
    """The values of the dated mentions over the start of `expr`'s first occurrence."""
    start = text.index(expr)
    return [
        m.period.value for m in tag(text, Reference(published)) if m.period is not None and m.start <= start < m.end
    ]


@pytest.mark.parametrize(
    "text,expr,published,expected",
    [
        # Wednesday 22 December 2021: the Friday planned is the coming one, not the one before.
        pytest.param(
            'The council had declared earlier Wednesday that holding the vote on Friday, as planned, would be "wrong".',
            "Friday",
            dt.date(2021, 12, 22),
            "2021-12-24",
            id="gerund-subject-modal",
        ),
        # Saturday 12 November 2022: the earliest day of a possibility lies ahead.
        pytest.param(
            'An official said the first trucks could leave Ostrel "as early as Tuesday".',
            "Tuesday",
            dt.date(2022, 11, 12),
            "2022-11-15",
            id="as-early-as",
        ),
        # Wednesday 22 September 2021: the demonstration called for comes after the call.
        pytest.param(
            "Activists called for a larger demonstration in Vardon on Friday.",
            "Friday",
            dt.date(2021, 9, 22),
            "2021-09-24",
            id="call-for-gathering",
        ),
        # Told on the Friday itself: the call's future includes the day of the report, as "would" does.
        pytest.param(
            "Activists called for a larger demonstration in Vardon on Friday.",
            "Friday",
            dt.date(2021, 9, 24),
            "2021-09-24",
            id="call-for-gathering-today",
        ),
        # The aside's "last year" frames no date of the clause's present verb.
        pytest.param(
            "Its mandate, under the roadmap agreed in Oskar in November last year, runs until 24 December.",
            "24 December",
            dt.date(2021, 9, 22),
            "2021-12-24",
            id="present-after-aside",
        ),
        # The same forms in the past stay past.
        pytest.param(
            "Fighters had gathered near Ostrel as early as Tuesday.",
            "Tuesday",
            dt.date(2022, 11, 12),
            "2022-11-08",
            id="as-early-as-past",
        ),
        pytest.param(
            "The council said that holding the vote on Friday was a mistake.",
            "Friday",
            dt.date(2021, 12, 22),
            "2021-12-17",
            id="gerund-subject-past",
        ),
    ],
)
def test_a_plan_ahead_of_its_clause_is_not_read_as_past(text, expr, published, expected):
    assert _values_at(text, expr, published) == [expected]


@pytest.mark.parametrize(
    "text,expr,published,expected",
    [
        # A present or tenseless lead of a plan: the day and month lie at or after publication, not in the year
        # before, though the nearest 24 December is the one just past.
        pytest.param(
            "The roadmap calls for elections on Dec. 24.", "Dec. 24", dt.date(2021, 2, 10), "2021-12-24", id="calls-for"
        ),
        pytest.param(
            "The council in Oskar is preparing for presidential and parliamentary elections on December 24.",
            "December 24",
            dt.date(2021, 2, 10),
            "2021-12-24",
            id="preparing-for",
        ),
        pytest.param(
            "Critics say the Vardian council's mandate \u2014 which the roadmap ties to Dec. 24 \u2014 has lapsed.",
            "Dec. 24",
            dt.date(2021, 12, 22),
            "2021-12-24",
            id="ties-to-past-sentence",
        ),
        pytest.param(
            "The accord envisages a handover of power in Port Amsel on 30 June.",
            "30 June",
            dt.date(2021, 9, 1),
            "2022-06-30",
            id="envisages",
        ),
        pytest.param(
            "The decree sets the referendum for 14 December.",
            "14 December",
            dt.date(2021, 3, 1),
            "2021-12-14",
            id="sets-for",
        ),
        pytest.param(
            "Observers are preparing for the vote on Dec. 24-25.",
            "Dec. 24-25",
            dt.date(2021, 2, 10),
            "2021-12-24/2021-12-25",
            id="day-range",
        ),
        pytest.param(
            "Campaigning is under way in the run-up to the Dec. 24 vote.",
            "Dec. 24",
            dt.date(2021, 2, 10),
            "2021-12-24",
            id="run-up-to",
        ),
        # Another clause's past: the plan may have passed, the nearest day.
        pytest.param(
            "The roadmap calls for elections on Dec. 24, which were later postponed.",
            "Dec. 24",
            dt.date(2022, 2, 10),
            "2021-12-24",
            id="other-clause-past",
        ),
        # A plan's day within the month before publication is the one just past (the vote may have slipped).
        pytest.param(
            "The roadmap calls for elections on Dec. 24.", "Dec. 24", dt.date(2021, 12, 30), "2021-12-24", id="recent"
        ),
        # A past verb keeps the past reading; a past lead ("called for") keeps today's nearest one.
        pytest.param("Elections were held on Dec. 24.", "Dec. 24", dt.date(2021, 2, 10), "2020-12-24", id="held"),
        pytest.param(
            "The vote, which took place on 24 December, was peaceful.",
            "24 December",
            dt.date(2021, 2, 10),
            "2020-12-24",
            id="took-place",
        ),
        pytest.param(
            "The council was preparing for elections on Dec. 24.",
            "Dec. 24",
            dt.date(2021, 2, 10),
            "2020-12-24",
            id="was-preparing",
        ),
        pytest.param(
            "The roadmap called for elections on Dec. 24.",
            "Dec. 24",
            dt.date(2021, 2, 10),
            "2020-12-24",
            id="called-for",
        ),
    ],
)
def test_a_plans_day_and_month_is_not_put_in_an_earlier_year(text, expr, published, expected):
    assert _values_at(text, expr, published) == [expected]


@pytest.mark.parametrize(
    "clause",
    [
        "Talks resumed in Kessa on Monday",
        "ALL CAPITALS HEADLINE: TALKS RESUME",
        "word",
        "",
        "  spaces, commas; and-hyphens--and 2nd or 31st digits 2026 ",
        "A café in Zürich hosted the Kelvin\u212a test and the İstanbul talks",  # letters outside ASCII
        "The “agreement” was signed — after delays — in Valdor…",  # typographic quotes and dashes, no apostrophe
        "The mission's envoy said they'll meet",  # apostrophes: the regex reads them
        "The envoy\u2019s team said it\u2019d be held",
        "rock'n'roll and 'tis the parties' day",
    ],
)
def test_the_words_split_in_c_are_the_regex_words(clause: str) -> None:
    """The byte-table split of a clause without an apostrophe gives the words `_WORD` finds (lower case), and
    where each stands is still the regex's."""
    from timeline.temporal import tense

    expected = [tense._word(w) for w in tense._WORD.findall(clause)]
    words, spans = tense._words(clause)
    assert words == expected
    assert [spans[i] for i in range(len(words))] == [m.span() for m in tense._WORD.finditer(clause)]


# Made-up clauses: the words at the start and end, inside longer words ("thereafter", "whatever", "band"), after
# digits, underscores, hyphens, apostrophes and letters outside ASCII, in capitals, across lines.
WORD_LED_TEXTS = [
    "that",
    "That the truce held",
    "Officials said that talks in Orsk had failed, and that was that",
    "thereafter, thatch and athat; hat that",
    "THAT\tTHE ENVOY SAID, BUT ONCE AFTER WHENEVER",
    "band, abut, sunless, whatever, although-though, after_that, 3that, _that",
    "the envoy\u2019s that\nand once\nbut",
    "the talks, which Zürich's thát hosted, ended after Orsk's \u212aelvin once-off",
    "\u017fince the ſince 2nd since, \u212ain and \u017fin",  # a long s, a Kelvin sign: an "s", a "k" in any case
    "unless though because before since when",
    "",
]


@pytest.mark.parametrize("text", WORD_LED_TEXTS)
@pytest.mark.parametrize("key", ["subordinators", "complementizers"])
def test_word_led_alternations_match_where_a_leading_word_boundary_does(key: str, text: str) -> None:
    """The subordinator and complementizer patterns open on each word's first letter and a look-behind instead of
    \\b (`literal_first`, so that `re` can skip to those letters): same matches as `\\b(?:...)` ignoring case, from
    any position and up to any end (the look-behind, as \\b does, sees the character before the position a search
    starts at)."""
    import re

    from timeline.text.segment import literal_first

    words = ("after", "before", "since", "because", "once", "when", "whenever", "unless", "although", "though")
    words += ("and", "but", "that", "'tis", "kin", "sin")  # an opening apostrophe; letters with a case outside ASCII
    tail = r"\b" if key == "subordinators" else r"\s"
    old = re.compile(rf"\b(?:{'|'.join(words)}){tail}", re.I)
    new = literal_first(words, ignore_case=True, end=tail)
    for pos in range(len(text) + 1):
        for endpos in {len(text), max(pos, len(text) - 3), pos + 5}:
            assert [m.span() for m in new.finditer(text, pos, endpos)] == [
                m.span() for m in old.finditer(text, pos, endpos)
            ]
            found, expected = new.search(text, pos, endpos), old.search(text, pos, endpos)
            assert (found and found.span()) == (expected and expected.span())
    markers = builtin_rules().tense
    assert "a(?<!\\w.)(?i:" in markers.subordinator.pattern  # the data file's words, led by their letters
    assert markers.complementizer.pattern.endswith(r")\s")


@pytest.mark.parametrize(
    ("text", "expr", "published", "expected"),
    [
        # A verb of wanting, its object and a participle: the state wished for lies ahead of the wish.
        pytest.param(
            "Relief groups want the bridge at Orsk repaired on 3 December.",
            "3 December",
            dt.date(2017, 11, 10),
            "2017-12-03",
            id="want-repaired",
        ),
        pytest.param(
            "The governor needs the corridor to Velm cleared in January.",
            "January",
            dt.date(2019, 11, 10),
            "2020-01",
            id="needs-cleared",
        ),
        pytest.param(
            "Farmers in Brenna wanted their fields returned by 1 March.",
            "1 March",
            dt.date(2019, 2, 10),
            "2019-03-01",
            id="wanted-returned",
        ),
        # No determiner before the object: the participle may be the object's own past.
        pytest.param(
            "Families want those detained in October released.",
            "October",
            dt.date(2019, 2, 10),
            "2018-10",
            id="those-detained",
        ),
    ],
)
def test_a_participle_wished_for_is_ahead_of_the_wish(text, expr, published, expected):
    assert _values_at(text, expr, published) == [expected]


@pytest.mark.parametrize(
    ("text", "expr", "published", "expected"),
    [
        # Before a holiday whose day the civil calendar fixes: a deadline named to the day.
        pytest.param(
            "Aid groups want the road to Mirel opened before Christmas.",
            "Christmas",
            dt.date(2016, 12, 2),
            "2016-12-25",
            id="before-christmas",
        ),
        pytest.param(
            "The council hopes to vote ahead of New Year's Day.",
            "New Year's Day",
            dt.date(2016, 12, 2),
            "2017-01-01",
            id="ahead-of-new-year",
        ),
        # Before a lunar feast: its month (its day is known only roughly).
        pytest.param(
            "A deal with the Tarn rebels could come before Eid al-Adha.",
            "Eid al-Adha",
            dt.date(2021, 7, 1),
            "2021-07",
            id="before-eid",
        ),
    ],
)
def test_before_a_calendar_holiday_is_its_day_before_a_lunar_feast_its_month(text, expr, published, expected):
    assert _values_at(text, expr, published) == [expected]


@pytest.mark.parametrize(
    "text,expr,published,expected",
    [
        # Told on 12 April: a deadline set by someone, in a past clause, is this year's past day, not next year's.
        pytest.param(
            "The rebels ignored a deadline of March 31 set by the council.",
            "March 31",
            dt.date(2023, 4, 12),
            "2023-03-31",
            id="set-by-agent",
        ),
        pytest.param(
            "The guards missed the 31 March deadline set in January by the Orvel envoys.",
            "31 March",
            dt.date(2023, 4, 12),
            "2023-03-31",
            id="set-in-time",
        ),
        pytest.param(
            "The militia met the March 31 deadline set last week by the mayor of Kessa.",
            "March 31",
            dt.date(2023, 4, 12),
            "2023-03-31",
            id="set-last-week",
        ),
        # A plan after the setting's agent ("set by ... for") still lies ahead.
        pytest.param(
            "Parties discussed the elections set by the Lorn Dialogue Forum (LDF) for March 31.",
            "March 31",
            dt.date(2023, 4, 12),
            "2024-03-31",
            id="set-by-agent-for",
        ),
        # "set for", "set on", "due by" stay plans: the day ahead.
        pytest.param(
            "Talks set for March 31 will open in Kessa.", "March 31", dt.date(2023, 4, 12), "2024-03-31", id="set-for"
        ),
        pytest.param(
            "The Orvel talks are set on March 31.", "March 31", dt.date(2023, 4, 12), "2024-03-31", id="set-on"
        ),
        pytest.param("The report is due by March 31.", "March 31", dt.date(2023, 4, 12), "2024-03-31", id="due-by"),
    ],
)
def test_a_deadline_set_by_someone_is_no_plan(text, expr, published, expected):
    assert _values_at(text, expr, published) == [expected]
