"""One Config: every resource a run reads, built once and passed explicitly into the stages.

The built-in data (`timeline/data/`) covers English news (the temporal rules: `data/en/*.yaml`) and,
for actors, every state, international bodies, armed groups and people of many conflicts, and a Libya
pack (2011-2022) whose generic names ("Presidential Council", "JMC") count only in a document that
names Libya.  For any other conflict a user adds files of their own; they are read after the built-in
ones, and a row of a user file wins over a built-in row that names the same alias or keyword:

* actors: gazetteer files (``canonical,kind,aliases[,demonyms][,capitals][,scope]``; a row with a
  scope names its actor only where one of the scope's states is named) or role files (``phrase,use``),
  recognised by their header (`timeline.understanding.actors.load_gazetteer`);
* types: taxonomy files (``event_type,acled,concept,strength,keywords``) or marker files
  (``marker,kind``) (`timeline.understanding.event_types.load_taxonomy`);
* debris: one regular expression per line (`timeline.reading.debris.load_debris`).

A file that is missing or malformed raises `DataFileError` naming it: the CLI prints the message on
stderr and the dashboard shows it, never a silently smaller gazetteer.  The API, the CLI
(`--actors/--types/--debris FILE`, repeatable; `--no-builtin-actors`) and the dashboard
(`streamlit run dashboard.py -- --actors FILE`) all build their Config with `load_config`; a run given no
Config uses `builtin_config()`, the built-in data read once a process.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.reading.debris import Debris, load_debris
from timeline.reading.documents import DEFAULT_MAX_BYTES
from timeline.temporal.rules import TemporalRules, load_temporal_rules, with_date_order
from timeline.understanding.actors import Gazetteer, load_gazetteer
from timeline.understanding.carried_subjects import SubjectPronouns, load_subject_pronouns
from timeline.understanding.event_types import Taxonomy, load_taxonomy
from timeline.understanding.party_anaphora import PartyAnaphors, load_party_anaphors
from timeline.understanding.role_holders import RoleRules, load_role_rules
from timeline.understanding.titles import TitleRules, load_title_rules

PathLike = str | os.PathLike[str]


@dataclass(frozen=True, slots=True, eq=False)
class Config:
    """What a run reads and how: built by `load_config`, then read by every stage it is passed to."""

    temporal: TemporalRules
    gazetteer: Gazetteer
    taxonomy: Taxonomy
    titles: TitleRules
    debris: Debris
    anaphors: PartyAnaphors
    pronouns: SubjectPronouns
    # Who holds which role, and the descriptions that name the holders ("the presidents of A and B").
    role_rules: RoleRules
    # Documents larger than this are reported and skipped.
    max_bytes: int = DEFAULT_MAX_BYTES
    # Worker processes; None: one per core for large inputs, else none.  Results do not depend on it.
    workers: int | None = None
    # The declared order of ambiguous numeric dates ("DMY", "MDY"), also carried by `temporal`.
    date_order: str | None = None
    # A spaCy pipeline with an `ner` component ("en_core_web_sm") whose persons and organisations in dated
    # sentences join the actors no rule finds (`understanding/ner.py`); None (the default): rules only.
    ner_model: str | None = None


def load_config(
    *,
    actors: Sequence[PathLike] = (),
    types: Sequence[PathLike] = (),
    debris: Sequence[PathLike] = (),
    builtin_actors: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int | None = None,
    date_order: str | None = None,
    ner_model: str | None = None,
) -> Config:
    """The built-in data plus the user's files, read once.  Raises DataFileError naming a bad file.
    `date_order` ("DMY" or "MDY") reads ambiguous numeric dates ("4/3/2019") in that order; `ner_model` names
    a spaCy pipeline whose tagged persons and organisations join the actors (off by default: see
    `timeline.understanding.ner`)."""
    gazetteer = load_gazetteer(*actors, builtin=builtin_actors)
    return Config(
        temporal=with_date_order(load_temporal_rules(), date_order),
        gazetteer=gazetteer,
        # The taxonomy must not read an actor's name as a keyword: it learns the names from this gazetteer.
        taxonomy=load_taxonomy(*types, gazetteer=gazetteer),
        titles=load_title_rules(),
        debris=load_debris(*debris),
        anaphors=load_party_anaphors(),
        pronouns=load_subject_pronouns(),
        role_rules=load_role_rules(),
        max_bytes=max_bytes,
        ner_model=ner_model,
        workers=workers,
        date_order=date_order,
    )


@functools.cache
def builtin_config() -> Config:
    """The built-in data alone (`load_config()`), read once a process.  Reading it costs about 0.35 s of CPU, which
    every API call without a Config paid again; a Config is frozen and no stage writes into its tables, so all
    such runs can share one."""
    return load_config()
