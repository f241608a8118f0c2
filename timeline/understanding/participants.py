"""Who takes part in a dated happening, of the actors its passage names (the annotators' convention).

Every blind set's gold lists, for each dated happening, "one row per named actor taking part in that
happening"; a name that only says whose or where something is, is not one.  Measured on the dev halves
of six blind sets (`python benchmarks/actor_misses.py`), these mentions name no participant:

* a state qualifying the title of the person named right after it ("Turkish President X", "US Secretary of
  State X"; not in the possessive): 48 such states on the dev halves of seven blind sets and ten ceasefires,
  6 named by the annotators;
* a name qualifying a body named next ("the UN-backed government", "a Kenya-led police mission", "the
  Rwanda-backed M23"; `data/en/qualified_bodies.txt`), not a happening ("a NATO-backed uprising");
* a person in the possessive owning a body named right after ("Varro's Selva National Army (SNA)
  launched"), not one left unnamed ("Varro's forces launched", where the annotators name the person);
* a state's organ named only by a generic word ("Chinese troops", "Qatar's foreign ministry said",
  `data/en/organs_as_state.txt`) beside the state: the annotators name the state;
* "the government", "the new government" read as the one government named before: no actor named there
  (12 such on the dev halves of five sets, 1 listed by the annotators);
* a state in the possessive owning neither an act of its own nor its own organ or official ("Libya's
  warring sides", "Beirut's southern suburbs", "Libya's House of Representatives" name no state; "Russia's
  invasion", "Moscow's support", "Sudan's army", "Egypt's President X" do: `data/en/possessive_acts.txt`);
* a state in the possessive owning its government ("Colombia's government and the ELN signed"): the
  government acts (9 such states named on the dev halves of sets 3, 5, 7 and 8, where the annotators list the
  government only; 1 of set 1 listed the state).

Among the parties an unnamed reference stands for ("the two sides"), a state whose own organ is one of them
is none (`parties_taking_part`).

The mentions are dropped from the passage's own actors only: the whole document's mentions still serve
the references ("Libya's warring sides" are the parties inside Libya).
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Sequence

from timeline.core.data import DATA_DIR
from timeline.understanding.actors import PERSON, TITLES_SPEAKING_FOR, ActorMention, organ_of
from timeline.understanding.roles import ACTOR_ROLES, ORGAN_KINDS, ROLE_MODIFIERS, TITLE_REACH, title_gap
from timeline.understanding.rulefiles import read_rule_file

POSSESSIVE_ACTS = DATA_DIR / "en" / "possessive_acts.txt"
QUALIFIED_BODIES = DATA_DIR / "en" / "qualified_bodies.txt"
ORGANS_AS_STATE = DATA_DIR / "en" / "organs_as_state.txt"
STATE_CONDITIONS = DATA_DIR / "en" / "state_conditions.txt"
HEADS_OF_BODIES = DATA_DIR / "en" / "heads_of_bodies.txt"
QUALIFIED_NOUN_ENDS = DATA_DIR / "en" / "qualified_noun_ends.txt"
MEMBER_LISTS = DATA_DIR / "en" / "member_lists.txt"

_POSSESSIVE = ("'s", "’s")
# the characters `_qualifying` can open on
_QUALIFYING_OPENERS = ("-", ".")
# what a state owns: at most this many words after "'s", up to punctuation
_OWNED_WORDS = 4
# how far (characters) after the possessive an organ or a person owned by the state may start
_OWNED_REACH = 50
_OWNED = re.compile(r"[^,.;:()\"“”—–]*")
_OWNED_WORD = re.compile(r"[\w-]+")
# a body's title after it: "UN envoy", "the U.N. special envoy", "the UN's acting envoy" (up to three words)
_BODY_TITLE = re.compile(r"\.?(?:['’]s)?((?:\s+[\w-]+){1,3})")
_BODY_KINDS = frozenset({"organisation", "un_body"})
# a body with a name of its own ("Petro's government" is his government, read as the state's organ)
_NAMED_BODY_KINDS = frozenset({"organisation", "un_body", "armed_group"})
# at most two words between an owner and the body it owns ("Varro's self-styled Selva National Army")
_OWNER_GAP = re.compile(r"\s*(?:[\w-]+\s+){0,2}")
# A state's organ named by this word after the state's possessive acts in its place ("Colombia's government and
# the ELN signed"; "Qatar's foreign ministry said" names Qatar, see `_organ_of_a_named_state`)
_GOVERNMENT_WORD = re.compile(r"\bgovernment$", re.IGNORECASE)
# what a person named after a state's title owns: ", whose military intervention"
_PERSON_OWNS = re.compile(r",?\s+(?:whose|his|her)\s+((?:[\w-]+\s+){0,2}[\w-]+)")


@functools.cache
def possessive_acts() -> frozenset[str]:
    """The act nouns a state in the possessive takes part through (lower case)."""
    return frozenset(w.lower() for w in read_rule_file(POSSESSIVE_ACTS).words())


@functools.cache
def _qualifying() -> re.Pattern[str]:
    """A hyphened qualifying participle right after a name ("-backed", ".-led"), then the next three words."""
    words = [w for w in read_rule_file(ROLE_MODIFIERS).words() if not w.endswith("-")]
    alternatives = "|".join(map(re.escape, words)) or "(?!)"
    return re.compile(rf"\.?-(?:{alternatives})\b((?:\s+[\w'’.-]+){{0,3}})", re.IGNORECASE)


@functools.cache
def qualified_bodies() -> frozenset[str]:
    """The nouns of bodies a qualified name only describes (lower case)."""
    return frozenset(w.lower() for w in read_rule_file(QUALIFIED_BODIES).words())


@functools.cache
def qualified_noun_ends() -> frozenset[str]:
    """The prepositions that end the noun a hyphened qualifier describes ("brokered rapprochement | with")."""
    return frozenset(w.lower() for w in read_rule_file(QUALIFIED_NOUN_ENDS).words())


@functools.cache
def organs_as_state() -> frozenset[str]:
    """The words by which a state's organ is the state itself ("troops", "ministry"; lower case)."""
    return frozenset(w.lower() for w in read_rule_file(ORGANS_AS_STATE).words())


@functools.cache
def state_condition() -> re.Pattern[str]:
    """A state's own condition right after its name, after an optional auxiliary ("has been in turmoil",
    "was plunged into", "will be back where")."""
    words = read_rule_file(STATE_CONDITIONS).words()
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) or "(?!)"
    return re.compile(
        rf"\s+(?:(?:(?:has|have|had)\s+been|will\s+be|was|were|is|are|remains|remained)\s+)?(?:{alternatives})\b",
        re.IGNORECASE,
    )


@functools.cache
def member_list_opening() -> re.Pattern[str]:
    """The apposition opening a bloc's list of members, right after the bloc's name: ", a bloc comprising "
    (`data/en/member_lists.txt`)."""
    words = read_rule_file(MEMBER_LISTS).words()
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) or "(?!)"
    return re.compile(rf",\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{alternatives})\s+", re.IGNORECASE)


# what stands between two members of a listed bloc: an acronym in brackets (itself a mention, or not), a comma,
# "and", "the"
_MEMBER_GAP = re.compile(r"\s*\)?(?:\s*\([^()]{1,12}\))?\s*,?\s*(?:and\s+)?(?:the\s+)?\(?")


@functools.cache
def head_of_body() -> re.Pattern[str]:
    """A post "of" a body, ending where the body's name starts: "the head of the outgoing ", "chairman of ",
    "head of Libya's " (searched backwards from the body: the pattern is anchored at the end)."""
    words = read_rule_file(HEADS_OF_BODIES).words()
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) or "(?!)"
    return re.compile(rf"\b(?:{alternatives})\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}$", re.IGNORECASE)


@functools.cache
def _speaking_for() -> frozenset[str]:
    return frozenset(w.lower() for w in read_rule_file(TITLES_SPEAKING_FOR).words())


@functools.cache
def title_heads() -> frozenset[str]:
    """The last words of the built-in titles, lower case ("minister", "president", "chancellor"): a state
    owning one owns an official ("Germany's chancellor, Jane Doe,"), who acts for it."""
    with open(ACTOR_ROLES, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return frozenset(row["phrase"].split()[-1].lower() for row in rows if row.get("use") == "title")


def taking_part(text: str, mentions: Sequence[ActorMention]) -> tuple[ActorMention, ...]:
    """The mentions of a passage (document offsets, sorted by start) that name a participant."""
    out: list[ActorMention] = []
    posts: list[ActorMention] = []  # bodies named as a person's post, whose bracketed acronym goes with them
    list_end = -1  # where the last member of a bloc's list of members ends (-1: in no list)
    for i, mention in enumerate(mentions):
        after = mentions[i + 1 :]
        if list_end >= 0 and mention.start >= list_end:
            if _MEMBER_GAP.fullmatch(text, list_end, mention.start) is not None:
                list_end = mention.end
                continue  # a member named only to say who the bloc is
            list_end = -1
        if mention.kind in _NAMED_BODY_KINDS and "," in text[mention.end : mention.end + 3]:
            opening = member_list_opening().match(text, mention.end)
            if opening is not None:
                list_end = opening.end()
        if mention.kind == "state" and (
            _owner_only(text, mention, after) or _of_a_title(text, mention, after) or _in_a_condition(text, mention)
        ):
            continue
        if mention.kind == "person" and _owns_a_named_body(text, mention, after):
            continue
        if mention.kind in ORGAN_KINDS and _organ_of_a_named_state(mention, mentions):
            continue
        if mention.kind == "government" and mention.rule == "description":
            # "the government" names no actor by name: the annotators list none there ("the Tripoli-based
            # government" is a "qualified_description", kept: it designates one government as a name does)
            continue
        if _describes_a_body(text, mention, after) or (mention.kind in _BODY_KINDS and _of_an_officer(text, mention)):
            continue
        if mention.kind in _POST_KINDS and (
            _post_of_a_person(text, mention, mentions[i - 1] if i else None, after) or _acronym_of(text, mention, posts)
        ):
            posts.append(mention)
            continue
        out.append(mention)
    return tuple(out)


# what stands between a person and the post named after them (", the ", ", ") or between the body of a post and
# the person named after it (its acronym in brackets and a comma); "deputy", "acting" may open the post
_PERSON_THEN_POST = re.compile(r"(?:,\s+\d{1,3})?,\s+(?:the\s+)?(?:[\w-]+\s+)?")
_POST_THEN_PERSON = re.compile(r"(?:\s*\([^()]{1,12}\))?,\s+")
_BRACKET_OPEN = re.compile(r"\s*\(")
# a post's body ends its phrase (a place may follow: "head of the X (XA) in Tripoli,"): "the head of the Red
# Cross delegation" is the delegation's head
_POST_BODY_END = re.compile(r"(?:\s*\([^()]{1,12}\))?(?:\s+in\s+[A-Z][\w'’-]*)?(?:\s*[,.;:)]|\s*$)")
# the kinds of body named as a post: a UN body's head is its envoy, whom the annotators list with it
_POST_KINDS = frozenset({"organisation", "armed_group"})
# how far before a body its post may start (characters)
_POST_REACH = 60


def _post_of_a_person(
    text: str, mention: ActorMention, before: ActorMention | None, after: Sequence[ActorMention]
) -> bool:
    """Whether a body is named only as the post of a person named beside it ("the head of the Presidential
    Council, Jane Doe,", "Jane Doe, head of the UN-recognised Government of National Accord (GNA)"):
    the person took part (`data/en/heads_of_bodies.txt`)."""
    reach = max(0, mention.start - _POST_REACH)
    if text.find(" of ", reach, mention.start) < 0:
        return False  # most bodies have no "of" before them: no post to search for
    post = head_of_body().search(text, reach, mention.start)
    if post is None or _POST_BODY_END.match(text, mention.end) is None:
        return False
    if before is not None and before.kind == PERSON and _PERSON_THEN_POST.fullmatch(text, before.end, post.start()):
        return True
    following = next((m for m in after if m.start >= mention.end and m.canonical != mention.canonical), None)
    return (
        following is not None
        and following.kind == PERSON
        and _POST_THEN_PERSON.fullmatch(text, mention.end, following.start) is not None
    )


def _acronym_of(text: str, mention: ActorMention, posts: Sequence[ActorMention]) -> bool:
    """Whether a mention is the bracketed acronym right after a body named as a post ("... Accord (GNA)")."""
    return (
        bool(posts)
        and posts[-1].canonical == mention.canonical
        and _BRACKET_OPEN.fullmatch(text, posts[-1].end, mention.start) is not None
    )


def _in_a_condition(text: str, mention: ActorMention) -> bool:
    """Whether a state is named as the subject of its own condition ("Libya has been in turmoil since a
    NATO-backed uprising"): the place of the happening, not a party (`data/en/state_conditions.txt`)."""
    return state_condition().match(text, mention.end) is not None


def _organ_of_a_named_state(mention: ActorMention, mentions: Sequence[ActorMention]) -> bool:
    """Whether a state's organ is named only by a generic word ("Chinese troops", "Qatar's foreign ministry")
    and the state is named in the passage: the state is the actor."""
    words = mention.surface.lower().split()
    return (
        bool(words)
        and words[-1] in organs_as_state()
        and any(m.kind == "state" and organ_of(mention.canonical, m.canonical) for m in mentions)
    )


def parties_taking_part(parties: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The parties (name, kind) an unnamed reference stands for, less a state whose own organ is among them
    ("the two sides": the Liberian government and the rebels, not Liberia as well)."""
    organs = [name for name, kind in parties if kind in ORGAN_KINDS]
    return tuple(
        (name, kind)
        for name, kind in parties
        if not (kind == "state" and any(organ_of(organ, name) for organ in organs))
    )


def _describes_a_body(text: str, mention: ActorMention, after: Sequence[ActorMention]) -> bool:
    """Whether a mention only qualifies a body named next ("the UN-backed government", "the Saudi-backed
    High Negotiations Committee")."""
    if text[mention.end : mention.end + 1] not in _QUALIFYING_OPENERS:
        return False  # the pattern opens on "-" or ".-": most mentions have neither after them
    found = _qualifying().match(text, mention.end)
    if found is None:
        return False
    following = next((m for m in after if m.start >= found.end(0) - len(found[1])), None)
    if (
        following is not None
        and following.start < found.end(0)
        and qualified_noun_ends().isdisjoint(text[found.end(0) - len(found[1]) : following.start].lower().split())
    ):
        # the body named next is the qualified noun itself ("the Saudi-backed High Negotiations Committee"), not
        # one after a preposition ("a China-brokered rapprochement with Iran": China took part)
        return True
    words = [w.strip(".'’").lower() for w in found[1].split()]
    return not qualified_bodies().isdisjoint(words)


def _owns_a_named_body(text: str, mention: ActorMention, after: Sequence[ActorMention]) -> bool:
    """Whether a person is named only as the owner of a body named right after ("Varro's Selva National
    Army (SNA) launched", "Kessa's Government of National Unity"): the body acts.  Not a body left
    unnamed ("Varro's forces"), which the person stands for."""
    if text[mention.end : mention.end + 2] not in _POSSESSIVE:
        return False
    start = mention.end + 2
    following = next((m for m in after if m.start >= start), None)
    return (
        following is not None
        and following.kind in _NAMED_BODY_KINDS
        and _OWNER_GAP.fullmatch(text, start, following.start) is not None
    )


def _of_an_officer(text: str, mention: ActorMention) -> bool:
    """Whether a body's mention only qualifies the title after it ("the U.N. special envoy for Libya, X", "the
    United Nations envoy said", "the UN's acting envoy"): the officer took part, named or not; not one who
    speaks for the body ("a UN spokesman", `data/en/titles_speaking_for.txt`)."""
    found = _BODY_TITLE.match(text, mention.end)
    if found is None:
        return False
    words = found[1].lower().split()
    # "the Ostrand Union's chief negotiator": the negotiator speaks for it
    return not title_heads().isdisjoint(words) and _speaking_for().isdisjoint(words)


def _of_a_title(text: str, mention: ActorMention, after: Sequence[ActorMention]) -> bool:
    """Whether a state's mention only qualifies the title of the person named next ("Turkish President X",
    "US Secretary of State X"): the person takes part, the state through them only.  Not a possessive
    ("Russia's Vladimir Putin", "Germany's chancellor, X"): the annotators name that state as often as not."""
    if text[mention.end : mention.end + 2] in _POSSESSIVE:
        return False
    person = next((m for m in after if m.start >= mention.end), None)
    if (
        person is None
        or person.kind != "person"
        or person.start - mention.end > TITLE_REACH
        or not title_gap(text[mention.end : person.start])
    ):
        return False
    # "Turkish President X, whose military intervention ...": the official's act is the state's
    owned = _PERSON_OWNS.match(text, person.end, person.end + _OWNED_REACH)
    return owned is None or possessive_acts().isdisjoint(owned[1].lower().split())


def _owner_only(text: str, mention: ActorMention, after: Sequence[ActorMention]) -> bool:
    """Whether a state's mention is a possessive owning no act, organ or official of its own."""
    if text[mention.end : mention.end + 2] not in _POSSESSIVE:
        return False
    start = mention.end + 2
    owned = _OWNED.match(text, start, start + _OWNED_REACH)
    end = owned.end() if owned else start
    # an organ may be read from the state's own name on ("Sudan's army")
    following = next((m for m in after if m.start >= mention.start), None)
    if following is not None and following.start < end:
        if _GOVERNMENT_WORD.search(following.surface) and organ_of(following.canonical, mention.canonical):
            return True  # "Colombia's government and the ELN signed": the government acts, not the state
        if following.kind == "person" or organ_of(following.canonical, mention.canonical):
            return False
    words = _OWNED_WORD.findall(text[start:end].lower())[:_OWNED_WORDS]
    return possessive_acts().isdisjoint(words) and title_heads().isdisjoint(words)
