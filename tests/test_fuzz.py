"""Property tests (hypothesis) over what users' data reaches first: the JSONL reader, the table renderer and the
error printer. Never a traceback; every bad record is named in one line and the good records around it are
all read; user text is never Rich markup and never a raw control character on a terminal. Bounded for CI:
few examples each, no deadline (the machine is shared)."""

from __future__ import annotations

import contextlib
import io
import json
import random
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from newsevents.actors.mentions import Candidate
from newsevents.actors.merge import Cluster, EntityMerger, name_tokens, names_compatible
from newsevents.cli import report_error
from newsevents.errors import Code, InputError
from newsevents.export.terminal import print_rows, print_store_events, print_tables, visible
from newsevents.ingest.jsonl import read_jsonl_lines
from newsevents.model import (
    Actor,
    ActorRef,
    Article,
    ArticleResult,
    Entity,
    Event,
    EventMention,
    Mention,
    Place,
    Quote,
)

FUZZ = settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

# Text users send: markup-like brackets, escapes, control characters, bidi overrides, any other character.
hostile = st.text(alphabet=st.one_of(st.sampled_from(list("[]/\\=@#:\"' \n\t\r\x1b\x07\x00\x85\u202e\u2028")),
                                     st.characters(codec="utf-8")), max_size=40)
token = st.text(alphabet=st.one_of(st.sampled_from(list("[]/\\=@#:\x1b\x07\u202e")),
                                   st.characters(codec="utf-8", categories=("L", "N", "P", "S"))),
                min_size=1, max_size=20)

# -- the JSONL reader --------------------------------------------------------------------------------

good_record = st.builds(lambda i, text: {"id": f"good-{i}", "text": text},
                        st.integers(0, 10**6), st.text(min_size=1, max_size=60).filter(str.strip))
json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
                          | st.text(max_size=20), lambda inner: st.lists(inner, max_size=4)
                          | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
bad_line = st.one_of(
    json_value.map(lambda v: json.dumps(v).encode()),                                   # any JSON at all
    st.dictionaries(st.sampled_from(["text", "id", "title", "published", "url", "source", "dateline"]),
                    json_value, max_size=5).map(lambda d: json.dumps(d).encode()),      # records, any values
    st.integers(1, 5000).map(lambda n: b"[" * n + b"]" * n),                           # deep nesting
    st.integers(0xD800, 0xDFFF).map(lambda c: b'{"text": "cut \\u%04x off"}' % c),      # lone surrogates
    st.binary(max_size=40).filter(lambda b: b"\n" not in b),                           # not text at all
    hostile.map(lambda s: s.replace("\n", " ").replace("\r", " ").encode("utf-8", "surrogatepass")),
)


@FUZZ
@given(st.lists(st.one_of(good_record.map(lambda r: ("good", r)), bad_line.map(lambda b: ("bad", b))),
                min_size=1, max_size=12))
def test_jsonl_reader_names_every_bad_line_once_and_reads_every_good_one(
        lines: list[tuple[str, Any]]) -> None:
    data = b"".join((json.dumps(item).encode() if kind == "good" else item) + b"\n" for kind, item in lines)
    items = list(read_jsonl_lines(io.BytesIO(data), "fuzz.jsonl", None, 1_000_000))
    articles = {i.origin: i for i in items if isinstance(i, Article)}
    errors = [i for i in items if isinstance(i, InputError)]
    for number, (kind, item) in enumerate(lines, 1):
        where = f"fuzz.jsonl:{number}"
        if kind == "good":
            assert where in articles and articles[where].id == item["id"]
    blank = [n for n, (kind, item) in enumerate(lines, 1)  # whitespace only (Unicode's, like U+0085)
             if kind == "bad" and not item.decode("utf-8", "replace").strip()]
    named = [e.where for e in errors if e.code is not Code.E002]
    assert len(named) == len(set(named)), "a line reported twice"
    assert len(articles) + len(named) == len(lines) - len(blank)
    for error in errors:
        assert "\n" not in error.line() and "\r" not in error.line()


# -- the table renderer ------------------------------------------------------------------------------


def _render(draw: Any) -> str:
    buffer = io.StringIO()
    draw(Console(file=buffer, width=400, force_terminal=True, color_system=None))
    return buffer.getvalue()


def _result(words: list[str]) -> ArticleResult:
    w = iter(words * 20)
    place = Place(name=next(w), lat=None, lon=None, country=next(w), feature="city", geonames_id=None)
    ref = ActorRef(entity_id="e1", code=next(w))
    text = next(w) + " met " + next(w)
    mention = EventMention(sentence_index=0, start=0, end=len(text), text=text, trigger="met",
                           trigger_start=text.index(" met ") + 1, trigger_end=text.index(" met ") + 4,
                           cameo="043", source=ref, target=None, negated=True, modality=next(w), confidence=0.5)
    event = Event(id="v1", cameo="043", cameo_name=next(w), plover=next(w), plover_mode=None, quad_class=1,
                  goldstein=2.8, source=ref, target=ActorRef(entity_id=None, code=next(w)), negated=False,
                  modality=next(w), confidence=0.5, mentions=(mention,), date_text=next(w), location=place)
    entity = Entity(id="e1", name=next(w), type="PERSON", mentions=(Mention(0, 3, next(w)),),
                    actor=Actor(code=next(w)))
    quote = Quote(speaker_entity_id="e1", speaker_code=next(w), speaker_text=next(w), text=next(w), start=0,
                  end=1, verb=next(w), kind="direct")
    article = Article(id=next(w), text=text, title=next(w))
    return ArticleResult(article=article, entities=(entity,), events=(event,), quotes=(quote,),
                         warnings=(next(w),))


@FUZZ
@given(st.lists(hostile, min_size=1, max_size=6), st.lists(token, min_size=1, max_size=4))
def test_tables_show_user_text_as_written_and_no_raw_control(words: list[str], tokens: list[str]) -> None:
    shown = _render(lambda c: print_tables(_result(words + tokens), c))
    assert not RAW_CONTROL.search(shown)
    rows = [{f"c{i}": t for i, t in enumerate(tokens)}, {f"c{i}": words[i % len(words)] for i in range(len(tokens))}]
    shown = _render(lambda c: print_rows(rows, tokens[0], c, columns=list(rows[0])))
    assert not RAW_CONTROL.search(shown)
    for t in tokens:  # a value without spaces is one cell line: it must be there exactly as written
        assert visible(t) in shown, t
    store_row = {"id": tokens[0], "date": words[0], "source_code": tokens[-1], "source_name": words[-1],
                 "cameo": "043", "plover": tokens[0], "negated": True, "modality": words[0],
                 "cameo_name": tokens[-1], "target_code": None, "target_name": words[0],
                 "location_name": tokens[0], "location_country": words[-1], "num_articles": 2,
                 "num_mentions": 3}
    assert not RAW_CONTROL.search(_render(lambda c: print_store_events([store_row], c)))


# -- the error printer -------------------------------------------------------------------------------


@FUZZ
@given(hostile, hostile, st.sampled_from(list(Code)))
def test_the_error_printer_prints_one_line_that_names_the_input(where: str, detail: str, code: Code) -> None:
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        report_error(InputError(code, where, detail))
    out = stderr.getvalue()
    assert out.endswith("\n") and out.count("\n") == 1, out
    assert not RAW_CONTROL.search(out)
    assert out.startswith("error: ") and visible(where, one_line=True) in out and f"[{code.name}]" in out


# -- person rescue: the indexed method gives what the old loop over every cluster gave -----------------

GIVEN = ["John", "Jon", "Juan", "Maria", "Mariya", "Wang", "Li", "Vladimir", "Volodymyr", "Anna", "Ana"]
SURNAMES = ["Smith", "Smyth", "Bennett", "Bennet", "Wang", "Li", "Yi", "Putin", "Zelensky", "Zelenskyy",
            "Hernandez", "Hernandes", "Roe"]


def _loop_rescue(cand: Candidate, people: list[Cluster]) -> bool:
    """The rescue as it was before indexing (cubic): each cluster in turn, every member compared."""
    if cand.code or cand.country or cand.sector:
        return False
    tokens = name_tokens(cand.text)
    if not tokens:
        return False

    def full(cl: Cluster) -> list[Candidate]:
        return [m for m in cl.members if m.kind == "person" and len(name_tokens(m.text)) >= 2]

    holders = [cl for cl in people if any(tokens[0] in name_tokens(m.text) for m in full(cl))]
    for cl in people:
        if len(tokens) == 1:
            match = any(name_tokens(m.text)[-1] == tokens[0] for m in full(cl))
            match = match or (len(holders) == 1 and holders[0] is cl)
        else:
            match = any(names_compatible(cand.text, m.text) for m in full(cl))
        if match:
            cand.kind, cand.label = "person", "PERSON"
            cl.add(cand)
            return True
    return False


@FUZZ
@given(st.integers(0, 2**32))
def test_indexed_person_rescue_gives_what_the_loop_gave(seed: int) -> None:
    rng = random.Random(seed)

    def name() -> str:
        return " ".join([rng.choice(GIVEN) for _ in range(rng.choice([0, 1, 1, 2]))] + [rng.choice(SURNAMES)])

    def people() -> list[Cluster]:
        out = []
        for i in range(rng.randint(0, 8)):
            cl = Cluster(kind="person", label="PERSON")
            for j in range(rng.randint(1, 3)):
                cl.add(Candidate(start=10 * i + j, end=10 * i + j + 1, text=name(), sentence=0, label="PERSON",
                                 kind=rng.choice(["person", "person", "role"])))
            out.append(cl)
        return out

    state = rng.getstate()
    expected_people, candidates = people(), [name() for _ in range(rng.randint(1, 10))]
    rng.setstate(state)
    actual_people = people()
    merger = EntityMerger(kb=None)  # type: ignore[arg-type]  # the rescue needs no knowledge
    for at, text in enumerate(candidates):
        a = Candidate(start=100 + at, end=101 + at, text=text, kind="org", label="ORG", sentence=0)
        b = Candidate(start=100 + at, end=101 + at, text=text, kind="org", label="ORG", sentence=0)
        assert _loop_rescue(a, expected_people) == merger._rescue_person(b, actual_people)
        assert [[m.text for m in cl.members] for cl in expected_people] == \
               [[m.text for m in cl.members] for cl in actual_people]
