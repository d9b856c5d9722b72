"""How analysis time grows with article length: seconds per sentence against bare spaCy, per stage.

    python benchmarks/scaling.py                                  # 100 ... 4,000 sentences, every kind
    python benchmarks/scaling.py --sizes 100,500,1000 --kinds speech

Articles are generated here (no corpus text), three kinds that stress different stages:
- `speech`: reported speech naming many people (`X, the Y minister, said that Z met W`) and firms, the
  kind of text news digests and transcripts are: many person clusters, lone surnames, ORG/GPE spans that
  may be people;
- `names`: long lists of names (`Among those present were A B, C D, ... and Y Z.`);
- `sentence`: one sentence of N words (clauses joined by `and`), N = the size: the parser's worst case and
  every per-sentence loop at its longest. Its unit is a word, not a sentence.

For each kind and size: bare spaCy (`nlp(text)` with the same installed pipeline, newsevents components
removed) and newsevents (`Pipeline.analyse`, every stage), best of `--repeat` runs, and the time of each
newsevents stage. Printed per unit (sentence, or word for `sentence`), with `growth` = time per unit at
this size / time per unit at the smallest size (linear: about 1) and `x bare` = newsevents / bare spaCy.
Peak RSS is the process's peak so far (sizes run in increasing order, so it is that of the largest run).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsevents import Article, Pipeline

FIRST = ["John", "Maria", "Ahmed", "Olga", "Pierre", "Chen", "Fatima", "Carlos", "Yuki", "Ivan", "Amina",
         "David", "Sofia", "Kwame", "Elena", "Rahul", "Hana", "Tomas", "Leila", "Peter", "Grace", "Omar"]
SYLLABLES = ["ka", "ro", "len", "mi", "sto", "var", "del", "ni", "bra", "to", "ven", "sa", "ler", "mon",
             "dra", "ki", "pol", "an", "ber", "tu", "go", "vich", "son", "ez", "elli", "ova"]
OFFICES = ["foreign minister", "defence minister", "prime minister", "finance minister", "opposition leader",
           "central bank governor", "army chief", "trade envoy", "interior minister", "labour leader"]
COUNTRIES = ["French", "Kenyan", "Brazilian", "Indian", "Polish", "Egyptian", "Turkish", "Japanese",
             "Mexican", "Nigerian", "Ukrainian", "Chilean"]
CITIES = ["Nairobi", "Lima", "Warsaw", "Cairo", "Ankara", "Osaka", "Lagos", "Kyiv", "Santiago", "Geneva"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
THINGS = ["the ceasefire", "the trade deal", "the budget", "the election", "the pipeline", "the talks",
          "the sanctions", "the loan", "the strike", "the border dispute"]
VERBS = ["would delay", "had rejected", "could collapse", "must protect", "would review", "had approved"]


class Names:
    """Distinct people: a given name and a surname built from syllables, reused now and then as in news."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: list[tuple[str, str]] = []

    def new(self) -> tuple[str, str]:
        surname = "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 3))).capitalize()
        person = (self.rng.choice(FIRST), surname)
        self.people.append(person)
        return person

    def any(self) -> tuple[str, str]:
        return self.rng.choice(self.people) if self.people and self.rng.random() < 0.6 else self.new()

    def full(self) -> str:
        return " ".join(self.any())

    def surname(self) -> str:
        return self.any()[1]


def _org(rng: random.Random) -> str:
    """A firm or institute no table knows (an ORG with no code: the person rescue looks at each)."""
    name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    return f"{name} {rng.choice(['Group', 'Institute', 'Foundation', 'Holdings', 'Bank', 'Trust'])}"


def speech(n: int, rng: random.Random) -> str:
    names = Names(rng)
    templates: list[Callable[[], str]] = [
        lambda: f"{names.full()}, the {rng.choice(COUNTRIES)} {rng.choice(OFFICES)}, said on "
                f"{rng.choice(DAYS)} that {rng.choice(THINGS)} {rng.choice(VERBS)} the recovery.",
        lambda: f"{names.surname()} told reporters in {rng.choice(CITIES)} that {names.full()} had met "
                f"{names.surname()} to discuss {rng.choice(THINGS)}.",
        lambda: f"According to {names.full()}, {names.surname()} warned that {rng.choice(THINGS)} "
                f"{rng.choice(VERBS)} relations with {rng.choice(COUNTRIES)} officials.",
        lambda: f"\"We will not accept this,\" {names.surname()} said, adding that {names.full()} agreed.",
        lambda: f"{names.surname()} denied that he had spoken to {names.full()} about {rng.choice(THINGS)}.",
        lambda: f"{names.surname()} said the {_org(rng)} and the {_org(rng)} backed {rng.choice(THINGS)}.",
    ]
    return _article("Leaders comment on the crisis", (rng.choice(templates)() for _ in range(n)))


def name_lists(n: int, rng: random.Random) -> str:
    names = Names(rng)

    def listing() -> str:
        people = [names.full() for _ in range(rng.randint(6, 12))]
        return (f"Among those at the meeting in {rng.choice(CITIES)} were " + ", ".join(people[:-1])
                + f" and {people[-1]}.")

    return _article("Delegations arrive for the summit", (listing() for _ in range(n)))


def one_sentence(words: int, rng: random.Random) -> str:
    names = Names(rng)
    clauses: list[str] = []
    count = 0
    while count < words:
        clause = (f"{names.full()} said that {names.surname()} met {names.full()} in {rng.choice(CITIES)} "
                  f"to discuss {rng.choice(THINGS)}")
        clauses.append(clause)
        count += len(clause.split()) + 1
    return "Talks continue\n\n" + ", and ".join(clauses) + "."


def _article(title: str, sentences: Iterable[str]) -> str:
    body: list[str] = []
    paragraph: list[str] = []
    for sentence in sentences:
        paragraph.append(sentence)
        if len(paragraph) == 4:
            body.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        body.append(" ".join(paragraph))
    return title + "\n\n" + "\n\n".join(body)


KINDS: dict[str, Callable[[int, random.Random], str]] = {
    "speech": speech, "names": name_lists, "sentence": one_sentence}


class Timed:
    """A pipeline component that adds the seconds it runs to `spent[name]`."""

    def __init__(self, name: str, component: Callable[[Doc], Doc], spent: dict[str, float]) -> None:
        self.name, self.component, self.spent = name, component, spent

    def __call__(self, doc: Doc) -> Doc:
        start = time.perf_counter()
        try:
            return self.component(doc)
        finally:
            self.spent[self.name] = self.spent.get(self.name, 0.0) + time.perf_counter() - start

    def pipe(self, docs: Iterable[Doc], **kwargs: Any) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def timed(nlp: Language, spent: dict[str, float]) -> None:
    """Wrap every component of `nlp` so its time is recorded (benchmark only)."""
    nlp._components = [(name, Timed(name, proc, spent)) for name, proc in nlp._components]


def best(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,250,500,1000,2000,4000",
                        help="sentences per article (words, for the one-sentence kind)")
    parser.add_argument("--kinds", default=",".join(KINDS), help=f"any of {', '.join(KINDS)}")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement (best is kept)")
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        parser.error(f"unknown kind(s) {', '.join(unknown)}; use {', '.join(KINDS)}")

    pipeline = Pipeline()
    bare = pipeline.nlp  # the same installed pipeline; newsevents components are disabled for bare runs
    ours = [name for name in pipeline.nlp.pipe_names if name.startswith("newsevents")]
    spent: dict[str, float] = {}
    timed(pipeline.nlp, spent)
    day = date(2024, 5, 14)
    pipeline.analyse(Article(id="warm", text=speech(20, random.Random(0)), published=day))  # load, warm up
    print(f"{'kind':9} {'size':>6} {'units':>6} {'bare s/unit':>12} {'ne s/unit':>11} {'x bare':>7} "
          f"{'growth':>7}  slowest newsevents stages (s)        peak RSS MB")
    for kind in kinds:
        first: float | None = None
        for size in sizes:
            text = KINDS[kind](size, random.Random(args.seed + size))
            units = size
            with bare.select_pipes(disable=ours):
                bare_s = best(args.repeat, lambda t=text: bare(t))  # type: ignore[misc]
            spent.clear()
            article = Article(id=f"{kind}-{size}", text=text, published=day)
            ours_s = best(args.repeat, lambda a=article: pipeline.analyse(a))  # type: ignore[misc]
            per_unit = ours_s / units
            first = first or per_unit
            stages = sorted(((v / args.repeat, k) for k, v in spent.items() if k.startswith("newsevents")),
                            reverse=True)[:3]
            shown = ", ".join(f"{k.removeprefix('newsevents_')} {v:.1f}" for v, k in stages)
            print(f"{kind:9} {size:>6} {units:>6} {bare_s / units:>12.5f} {per_unit:>11.5f} "
                  f"{ours_s / bare_s:>7.2f} {per_unit / first:>7.2f}  {shown:36} {peak_rss_mb():>8.0f}",
                  flush=True)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
