"""Event types: a table of passages and the type a reader would give them, inflection, the rules, user files."""

from __future__ import annotations

import re

import pytest

from timeline.core.errors import DataFileError
from timeline.understanding.actors import builtin_gazetteer, load_gazetteer
from timeline.understanding.event_types import (
    OTHER,
    TypeDecision,
    builtin_taxonomy,
    classify,
    inflections,
    keyword_forms,
    keyword_hits,
    load_taxonomy,
)


def decided(marked: str, **kwargs) -> TypeDecision:
    """classify() of a passage whose date expression is written [[like this]]."""
    start = marked.index("[[")
    end = marked.index("]]") - 2
    return classify(marked.replace("[[", "").replace("]]", ""), start, end, **kwargs)


def typed(marked: str, **kwargs) -> tuple[str, str]:
    """(event_type, rule) of a passage whose date expression is written [[like this]]."""
    decision = decided(marked, **kwargs)
    return decision.event_type, decision.rule


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # talks / meetings
        ("The foreign ministers met in Geneva [[on Wednesday]].", "talks"),
        ("Lavrov issued a warning at a news conference following a meeting with Siala [[on Wednesday]].", "talks"),
        (
            "Talks between the factions, aimed at agreeing a ceasefire, failed to achieve a breakthrough [[Monday]].",
            "talks",
        ),
        ("[[On Thursday]], the prime minister hosted his counterpart for talks on energy.", "talks"),
        ("Delegates concluded their latest round of peace talks in Rabat [[in late November]].", "talks"),
        ("the resolutions of the Berlin International Conference of [[January 19, 2020]]", "talks"),
        # agreements
        ("The rival sides agreed to a permanent ceasefire [[on October 23]].", "agreement"),
        ("[[In October]] they signed a truce.", "agreement"),
        ("The temporary truce was proposed [[on Jan. 8]] by the two presidents.", "agreement"),
        ("Progress has been made since signing a cease-fire [[in October]].", "agreement"),
        # calls
        ("The two ministers spoke by phone [[on Thursday]] about the situation.", "call"),
        ("The ministers [[on Thursday]] called for a cessation of hostilities, after speaking by phone.", "call"),
        # statements: reporting verbs, and what they report does not count
        ("Russia said [[in February]] it is prepared for constructive work with the interim leaders.", "statement"),
        ("The UN chief urged all countries [[on Tuesday]] to honor the arms embargo.", "statement"),
        (
            "The envoy alerted the council [[this week]] that the escalation of fighting, fueled by weapons, "
            "was at risk.",
            "statement",
        ),
        ('"We will sign a ceasefire and hold elections," the minister said [[on Monday]].', "statement"),
        ("The Government of National Accord warned [[last month]] of severe consequences.", "statement"),
        # UN action
        (
            "The resolution passed in New York [[Friday]] calls for the creation of a ceasefire monitoring unit.",
            "un_action",
        ),
        ("The Security Council adopted a resolution [[on Friday]].", "un_action"),
        # elections, with the date inside reported content that the date belongs to
        (
            "Following the announcement that national elections will take place [[on 24 December 2021]], efforts "
            "to stabilise the ceasefire increased.",
            "election",
        ),
        ("The interim leaders will govern until [[December elections]].", "election"),
        # government formation
        ("A new transitional government was installed [[in February]].", "government_formation"),
        ("The joint military commission was established [[in February]].", "government_formation"),
        ("The new cabinet was sworn in [[on March 15]].", "government_formation"),
        # violence
        ("Heavy fighting broke out near Sirte [[last week]].", "armed_clash"),
        ("Rebel forces moved to seize the capital [[last year]] but were repelled.", "armed_clash"),
        ("Officials said an airstrike [[on Monday]] killed five civilians.", "remote_violence"),
        ("Drone strikes hit the airport [[on Sunday]].", "remote_violence"),
        # others
        ("Ankara started sending military personnel [[on Jan. 5]].", "deployment"),
        ("The EU imposed sanctions on three shipping companies [[in March]].", "sanctions"),
        ("Thousands protested in Benghazi [[on Friday]].", "protest"),
        ("The leader was killed [[in a 2011 uprising]].", "protest"),
        ("Aid convoys reached displaced families [[on Sunday]].", "humanitarian"),
    ],
)
def test_type_table(passage: str, expected: str) -> None:
    assert typed(passage)[0] == expected


@pytest.mark.parametrize(
    "passage",
    ["The weather was pleasant [[on Sunday]].", "Libya plunged into chaos [[in 2011]].", "[[Last year]] was hard."],
)
def test_nothing_fits_gives_other_and_no_rule(passage: str) -> None:
    assert typed(passage) == (OTHER, "")


def test_rule_names_the_deciding_keyword_as_written() -> None:
    assert typed("They met [[on Monday]].") == ("talks", "met")
    event_type, rule = typed("The minister warned of fighting after a meeting [[on Monday]].")
    assert event_type == "talks"
    assert rule.startswith("meeting (")
    assert "statement" in rule


def test_nearest_keyword_to_the_date_decides_among_strong_ones() -> None:
    text = "After the ceasefire in March, elections were held in June."
    assert classify(text, text.index("in March"), text.index("in March") + 8)[0] == "agreement"
    assert classify(text, text.index("in June"), text.index("in June") + 7)[0] == "election"


def test_without_a_date_the_taxonomy_priority_decides() -> None:
    types = builtin_taxonomy().types
    assert types.index("agreement") < types.index("talks")
    assert classify("ceasefire talks")[0] == "agreement"


def test_keywords_inside_actor_names_do_not_count() -> None:
    assert classify("the Libyan Political Dialogue Forum")[0] == OTHER
    assert classify("the Government of National Accord")[0] == OTHER
    assert classify("an accord with the Government of National Accord")[0] == "agreement"


def test_intent_marker_discounts_what_did_not_happen() -> None:
    hits = keyword_hits("They failed to agree on a ceasefire but held talks.")
    by_concept = {h.keyword.concept: h.discounted for h in hits}
    assert by_concept == {"agreement": True, "ceasefire": True, "talks": False}


def test_quotation_holding_the_date_counts() -> None:
    text = '"The truce agreed on January 12 holds," he said.'
    start = text.index("January 12")
    assert classify(text, start, start + 10)[0] == "agreement"


def test_inflections() -> None:
    assert {"meets", "meeting"} <= inflections("meet")
    assert {"agreed", "agreeing", "agrees"} <= inflections("agree")
    assert {"deployed", "deploying", "deploys"} <= inflections("deploy")
    assert {"denies", "denied"} <= inflections("deny")
    assert {"planned", "planning"} <= inflections("plan")
    assert inflections("to") == {"to"}
    assert {"sending troops", "sends troops"} <= keyword_forms("send troops")
    assert keyword_forms("=signed") == {"signed"}
    assert keyword_forms("cease-fire") >= {"cease fire", "cease fires"}


@pytest.mark.parametrize("text", ["They are meeting.", "The meetings ended.", "She meets him.", "MEETING"])
def test_keywords_match_inflected_and_any_case(text: str) -> None:
    assert classify(text)[0] == "talks"


@pytest.mark.parametrize("text", ["the meetinghouse", "a metro line", "unmet needs"])
def test_keywords_match_whole_words_only(text: str) -> None:
    assert classify(text)[0] == OTHER


def test_user_taxonomy_file(tmp_path) -> None:
    extra = tmp_path / "cyber.csv"
    extra.write_text(
        "event_type,acled,concept,strength,keywords\n"
        "cyberattack,,hack,strong,hack|cyberattack|=ransomware\n"
        # a user file may move a keyword to another concept or type
        "talks,,summit,strong,summit\n",
        encoding="utf-8",
    )
    markers = tmp_path / "markers.csv"
    markers.write_text("marker,kind\nthreaten to,intent\n", encoding="utf-8")
    tax = load_taxonomy(extra, markers, gazetteer=builtin_gazetteer())
    assert tax.types[-1] == "cyberattack"
    assert classify("Hackers hacked the ministry on Monday.", taxonomy=tax)[0] == "cyberattack"
    assert classify("A ransomware gang struck.", taxonomy=tax)[0] == "cyberattack"
    assert classify("The gang threatened to hack the bank.", taxonomy=tax)[0] == "statement"
    assert classify("Hackers hacked the ministry.")[0] == OTHER  # the default taxonomy is untouched


def test_decision_carries_the_strong_concepts_of_the_chosen_type() -> None:
    decision = decided("[[In October]] they signed a truce after talks.")
    assert (decision.event_type, decision.concepts) == ("agreement", {"signing", "ceasefire"})
    # discounted keywords still name their concepts; the decision's type is the one not discounted
    failed = classify("They failed to agree on a ceasefire but held talks.")
    assert (failed.event_type, failed.concepts) == ("talks", {"talks"})
    # weak concepts (reporting verbs) name none; no keyword, no concepts
    assert classify("He said so.").concepts == frozenset()
    assert classify("The weather was fine.") == TypeDecision(OTHER, "", frozenset())
    # a keyword inside an actor's name is no concept either
    assert classify("the Government of National Accord").concepts == frozenset()


def test_taxonomy_blocks_the_names_of_the_gazetteer_it_is_given(tmp_path) -> None:
    actors = tmp_path / "actors.csv"
    actors.write_text("canonical,kind,aliases\nPeace Accord Front,armed_group,PAF\n", encoding="utf-8")
    text = "The Peace Accord Front attacked the town."
    assert classify(text).event_type == "agreement"  # the built-in gazetteer does not know the group
    tax = load_taxonomy(gazetteer=load_gazetteer(actors))
    assert classify(text, taxonomy=tax).event_type != "agreement"
    assert classify("They signed an accord.", taxonomy=tax).event_type == "agreement"


def test_each_load_builds_a_new_taxonomy() -> None:
    gaz = builtin_gazetteer()
    assert load_taxonomy(gazetteer=gaz) is not load_taxonomy(gazetteer=gaz)
    assert builtin_taxonomy() is builtin_taxonomy()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("event_type,acled,concept,strength,keywords\ntalks,,summit,strong,summit\n,,x,strong,x\n", "bad.csv:3"),
        ("event_type,acled,concept,strength,keywords\ntalks,,summit,loud,summit\n", "bad.csv:2"),
        ("event_type,acled,concept,strength,keywords\nother,,nothing,strong,nothing\n", "bad.csv:2"),
        ("marker,kind\nthreaten to,rumour\n", "bad.csv:2"),
        ("marker,kind\n,intent\n", "bad.csv:2"),
        ("word,meaning\nsummit,talks\n", "neither"),
        ("", "neither"),
    ],
)
def test_bad_taxonomy_file_is_an_error_naming_it(tmp_path, content: str, message: str) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError, match=re.escape(message)):
        load_taxonomy(bad, gazetteer=builtin_gazetteer())


def test_missing_taxonomy_file_is_an_error_naming_it(tmp_path) -> None:
    with pytest.raises(DataFileError, match=r"missing\.csv"):
        load_taxonomy(tmp_path / "missing.csv", gazetteer=builtin_gazetteer())


# --- sub-event types (issue 10) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # protests: cues of violence, of force against protesters, of intervention; else peaceful
        ("Thousands held a protest in Tripoli [[on Friday]].", ("protest", "peaceful protest")),
        ("Protesters threw stones and torched cars in a riot [[on Friday]].", ("protest", "violent demonstration")),
        ("Police fired tear gas to disperse the rally [[on Friday]].", ("protest", "protest with intervention")),
        ("Troops opened fire on a demonstration [[on Friday]], killing four.",
         ("protest", "excessive force against protesters")),
        # agreements: a truce named makes it a ceasefire agreement, a peace deal a peace agreement
        ("The sides signed a ceasefire agreement [[on Friday]].", ("agreement", "ceasefire agreement")),
        ("They agreed a truce [[on Friday]].", ("agreement", "ceasefire agreement")),
        ("The parties signed a peace deal in Juba [[on Friday]].", ("agreement", "peace agreement")),
        ("The sides signed an agreement on oil exports [[on Friday]].", ("agreement", "agreement")),
        # remote violence: the delivery named, else other
        ("A roadside bomb killed three soldiers [[on Friday]].", ("remote_violence", "remote explosive/landmine/IED")),
        ("Warplanes carried out an airstrike on the base [[on Friday]].", ("remote_violence", "air/drone strike")),
        ("A bomb went off in the market [[on Friday]].", ("remote_violence", OTHER)),
        ("The army shelled the town [[on Friday]].", ("remote_violence", "shelling/artillery/missile attack")),
        # leadership change: a rule fits, or other
        ("The army toppled the president in a coup [[on Friday]].", ("government_formation", "coup")),
        ("The president dismissed the prime minister [[on Friday]].", ("government_formation", OTHER)),
        # a concept without subtypes, and no type at all: empty
        ("The foreign ministers met in Geneva [[on Friday]].", ("talks", "")),
        ("The weather was fine [[on Friday]].", (OTHER, "")),
    ],
)  # fmt: skip
def test_subtype_table(passage: str, expected: tuple[str, str]) -> None:
    decision = decided(passage)
    assert (decision.event_type, decision.subtype) == expected


def test_user_taxonomy_subtypes(tmp_path) -> None:
    extra = tmp_path / "cyber.csv"
    extra.write_text(
        "event_type,acled,concept,strength,keywords,subtypes\n"
        "cyberattack,,hack,strong,hack|=ransomware,data theft: steal|leak; disruption\n"
        # a file without the column is read as before
        "talks,,summit,strong,summit\n",
        encoding="utf-8",
    )
    tax = load_taxonomy(extra, gazetteer=builtin_gazetteer())
    assert classify("Hackers hacked the ministry and leaked files.", taxonomy=tax).subtype == "data theft"
    assert classify("Hackers hacked the ministry.", taxonomy=tax).subtype == "disruption"
    assert classify("Leaders met at the summit.", taxonomy=tax).subtype == ""


def test_bad_subtypes_cell_is_an_error_naming_it(tmp_path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("event_type,acled,concept,strength,keywords,subtypes\nx,,y,strong,y,z: |\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad\.csv:2"):
        load_taxonomy(bad, gazetteer=builtin_gazetteer())
