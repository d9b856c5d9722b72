"""When an event happened, read from its sentence: which date phrase belongs to the event, and when there is
none, whether the publication date may stand in.

1. The DATE phrase of the trigger's own clause ("met ... on Saturday", "the February 24 invasion"); a date
   reached through "since", "until", "before", "for" ... does not say when the event happened — except
   "for" after a schedule word ("talks planned for Tuesday") and "from" a named day ("talks from April 1").
2. Else the phrase of a clause it is coordinated with ("were arrested on Monday and charged").
3. Else, for an event told as background — past perfect ("had met"), "previously", "earlier", "former",
   "the previous talks" — no date: `date_basis` is `unknown`, never the publication day. So too for an
   event placed after or since another dated one ("after the Feb 26 blast, X blamed Y", "has boycotted the
   talks since 1985", but "have been suspended since January 24" is dated January 24) and for one reported
   by a speech dated another day ("said on Monday that troops attacked"): the sentence gives another time
   than publication, but not the event's own.
   Background too: a past participle phrase in the body ("the shares seized by the government"), a past
   relative clause in the body ("the irregularities in which the men were charged"), a clause after
   "after"/"since" ("erupted after Turkey said it would search"), a perfect infinitive ("are believed to
   have agreed"), "later", "in the past", "the recent meeting", an event told before another ("ahead of an
   OPEC meeting", "sought seats before Sy's appointment"), a past verb coordinated with one dated earlier
   ("rejected its quota and produced 1.75 mln bpd in February").
4. Else the story's day: the dateline's ("TOKYO, Feb 27 -"), else the publication date
   (`date_basis: publication`).

A date phrase is not the event's when it dates another noun ("the pace of February's sales", "a yield to
retraction on October 15, 1991"), sits in a separate clause (a condition, a complement the event is not in),
is a day named as an object ("fix March 27 as the record date"), a time of day or an amount ("at 1115 est",
"1500 tonnes"), or lies ahead of the story for a past act ("has agreed to sell no shares in the next year":
the content's date). A range dates the day it begins ("from July 7 to 10"); an event noun takes the date of
its onset verb ("talks began on Monday", "the encounter, which started on Sunday").

A date phrase resolves forward ("on Tuesday" is the coming Tuesday) for intended events and when a schedule
word governs it or the event ("is due to meet Friday", "the talks scheduled for March 20", "the upcoming
summit on Tuesday", "will").
"""

from __future__ import annotations

import difflib
import re
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..actors.layout import SECTION_DATELINE
from ..extensions import doc_text, entity_spans, lower_forms, sentence_list, sentence_of, tokens_of_pos
from ..when import (
    COMPARISON_DAY,
    MONTH_ABBREVIATIONS,
    MONTHS,
    WEEKDAYS,
    EventDate,
    anchored_date,
    cue_words,
    date_span,
    dateline_day,
    is_anchored,
    month_from_day,
    month_number,
    names_a_time,
    part_of_the_year,
    resolve_event_date,
    yearless_date,
)
from ..where import country_points
from .ongoing import ongoing_act
from .parties import noun_class_words
from .party_words import occurrence_verb

NOT_WHEN_PREPS = {"since", "until", "till", "by", "before", "after", "for", "within", "over", "from",
                  "through", "throughout", "between", "ahead", "during"}
# Prepositions that place an event after another dated one: the event is later, on a day not given.
AFTER_PREPS = {"since", "after", "following"}
DEICTIC_ADVERBS = {"yesterday", "today", "tomorrow", "tonight"}
PAST_DAY_PARTS = {"night", "evening"}  # "last night": a day already gone, as "yesterday" is
CUE_DEPS = {"aux", "amod", "advmod", "acl", "xcomp"}  # how a schedule word hangs on the event's words
STORY_DAY = "newsevents_story_day"  # Doc.user_data key: the dateline's day, else the publication date
# Words that put an event before the story's time without dating it.
BACKGROUND_ADVERBS = {"previously", "earlier", "formerly", "once", "subsequently", "afterwards", "afterward",
                      "recently", "lately", "originally", "later"}
SPEECH_LEMMAS = {"say", "tell", "announce", "report", "add", "state", "claim", "confirm", "disclose"}
DATE_INDEX = "newsevents_date_entities"  # Doc.user_data key: sentence start -> its DATE entities
BACKGROUND_MODIFIERS = {"previous", "earlier", "former", "past", "prior", "last", "recent"}
# Nouns of which an event noun names the kind ("separate incidents of shootout", "an exchange of fire").
INSTANCE_NOUNS = {"incident", "case", "exchange", "bout", "spate", "series", "wave", "round"}
# Verbs and nouns of a trip, whose purpose ("to attend", "for talks") is told at its time.
TRAVEL_LEMMAS = {"visit", "travel", "go", "come", "fly", "arrive", "head", "leave", "trip", "tour", "journey"}
# Prepositions that put an event at a gathering ("at Monday's meeting", "during the talks").
GATHERING_PREPS = {"at", "during"}


def event_date(tok: Token, frame: list[Token], published: date | None, future: bool,
               cameo: str | None = None) -> EventDate:
    """The date of the event whose trigger is `tok` (with its anchor and embedding verbs in `frame`, its
    CAMEO code `cameo` when known); a misspelt month is read as its month ("on Janaury 17"), and the phrase
    kept as written."""
    dated = _event_date(tok, frame, published, future)
    if dated.date_basis == "publication" and cameo is not None and undated_future_act(tok, cameo):
        return EventDate(None, None, "unknown")
    if dated.date_basis == "publication" and cameo is not None:
        dated = _expected_by_deadline(tok, frame, published, cameo) or dated
    if cameo is not None and cameo.startswith(INTENT_ROOT):
        dated = _intent_statement_date(tok, dated, published)
    if dated.date_basis in {"unknown", "publication"} and cameo is not None and cameo[:2] in SPOKEN_ROOTS:
        spoken = _speakers_second_act_phrase(tok)
        if spoken is not None:
            dated = resolve_event_date(_resolvable_tail(spoken, story_day(tok, published)),
                                       story_day(tok, published), past=True)
    if dated.date_basis == "publication" and dated.date is None:
        return EventDate(None, None, "unknown")  # a record with no publication day: no day was read at all
    if dated.date_basis == "publication" and not future:
        dated = _stamped_day(tok, dated, published)
    if dated.date is None and dated.date_text is not None and story_day(tok, published) is None and \
            not _holiday_naming_a_thing(tok, dated.date_text):
        dated = _yearless(dated)
    if dated.date_text is None or dated.date_text in doc_text(tok.doc):
        return dated
    text = dated.date_text
    for word in sentence_of(tok):
        month = _misspelt_month(word.text)
        if month is not None:
            text = text.replace(month.capitalize(), word.text)  # back to the phrase as written
    return EventDate(dated.date, text, dated.date_basis)


# CAMEO roots of acts done by speaking (statements, appeals, demands, disapproval, rejection): made when said.
SPOKEN_ROOTS = {"01", "02", "10", "11", "12"}


def _speakers_second_act_phrase(tok: Token) -> str | None:
    """"King Fahd, in an interview on March 11, said the kingdom wanted price stability and called on
    non-OPEC countries to cooperate": an act done by speaking, a past verb with no subject or auxiliary of
    its own that the parser joined to the clause a dated speech reports, is the speaker's second act, made
    in that speech: the speech's date phrase, else None."""
    head = tok.head
    speech = head.head
    if tok.dep_ != "conj" or tok.tag_ != "VBD" or head.dep_ != "ccomp" or speech.tag_ != "VBD" or \
            speech.lemma_.lower() not in SPEECH_LEMMAS or head.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in tok.children):
        return None
    return date_phrase(speech, [speech])


STATING_STEPS = 4  # verbs up from an intended act to the one that states the intent ("said he hoped to meet")


def _intent_statement_date(tok: Token, dated: EventDate, published: date | None) -> EventDate:
    """The date of an intent (CAMEO 03x) whose trigger `tok` the sentence dates `dated`: an intent is the
    statement of it, made when told, so a day ahead of the story's is the intended act's ("said he hoped to
    meet Japanese officials next week", "offered to hold talks next month"), not the intent's. The intent
    then takes the day the verb stating it names when that day is not ahead ("said on Thursday it would
    resume talks next month": the past Thursday), else the story's day when a verb over the act states it
    in the past or present; an intent still to be stated ("will offer next week to ...") has no day yet."""
    day = story_day(tok, published)
    if day is None or dated.date is None or dated.date_basis not in {"explicit", "relative"}:
        return dated
    span = date_span(dated.date)
    if span is None or span[0] <= day:
        return dated
    chain = [node for node in [tok, *tok.ancestors] if node.pos_ in {"VERB", "AUX"}][:STATING_STEPS]
    stating = next((node for node in chain if node.tag_ in {"VBD", "VBZ", "VBP"} and not _will(node)), None)
    if stating is None:
        return EventDate(None, None, "unknown")  # "will offer next week to meet": not stated yet
    own = _stating_phrase(stating, tok)
    if own is not None:
        stated = resolve_event_date(_resolvable_tail(_respelt(own), day), day, past=True)
        stated_span = date_span(stated.date) if stated.date is not None else None
        if stated_span is not None and stated_span[0] <= day:
            return stated  # "said on Thursday it would resume talks next month"
    return resolve_event_date(None, day)  # "said he hoped to meet them next week": stated on the story's day


def _stating_phrase(stating: Token, tok: Token) -> str | None:
    """The date phrase of the verb `stating` that states an intent, not one of the intended act below it
    ("hopes to meet Reagan in late April": April is the meeting's): its own clause's, or one told between it
    and the subject of the reported content that holds `tok` ("said on Thursday it would resume talks":
    the parser may hang the day on the content's verb, but it stands before the content begins)."""
    own = date_phrase(stating, [stating])
    if own is not None:
        return own
    content = next((c for c in stating.children if c.dep_ == "ccomp"
                    and c.left_edge.i <= tok.i <= c.right_edge.i), None)
    subject = next((c for c in content.children if c.dep_ in {"nsubj", "nsubjpass"}), None) \
        if content is not None else None
    if subject is None:
        return None
    return next((ent.text for ent in _date_entities(stating) if stating.i < ent.start
                 and ent.end <= subject.left_edge.i and names_a_time(ent.text)), None)


LISTED_GAP = 10  # tokens at most between a listed party and its own date ("X, alias Y, on June 18")
LISTED_PREPS = {"on", "in"}  # how a listed party's own day is told after it
ALIAS_WORDS = {"alias", "aka"}  # a party's other name, which may stand between it and its day


def listed_party_date(tok: Token, dated: EventDate, published: date | None, party: list[list[int]],
                      others: set[int]) -> EventDate:
    """The date of the event whose trigger `tok` the sentence dates `dated`, for the party named at token
    positions `party` when the sentence lists the act's parties each with its own day ("police arrested A on
    March 30, 2011, B on June 18 and C on November 8": B's arrest is June 18, not the first day the clause
    gives); `others` are the positions of the act's other parties. A month-day with no year in a story with
    no publication date takes the year told just before it (`_narrative_month`). `dated` when the act's date
    is not a phrase of its sentence, or the party's conjunct gives no day of its own."""
    if dated.date_basis != "explicit" or dated.date_text is None:
        return dated
    ent = _listed_party_phrase(tok, dated.date_text, party, others)
    if ent is None:
        return dated
    day = story_day(tok, published)
    phrase = _respelt(ent.text)
    resolved = resolve_event_date(phrase, day, past=True)
    if resolved.date is None and day is None and _month_without_year(phrase):
        value = _narrative_month(ent[0], phrase)
        if value is None:
            reported = context_year(ent[0])
            value = _on_or_after(phrase, reported) if reported is not None else None
        resolved = EventDate(value, ent.text, "explicit") if value is not None else _yearless(resolved)
    if resolved.date is None:
        return dated  # no day read in the party's phrase: the act's own stands
    return EventDate(resolved.date, ent.text, resolved.date_basis)


def _listed_party_phrase(tok: Token, own: str, mentions: list[list[int]], others: set[int]) -> Span | None:
    """The date phrase of a listed party's own conjunct, the party named in `mentions` (each mention a run of
    token positions): when a list set off by semicolons names the party (its first mention) in another item
    than the trigger's, that item's one day-naming DATE phrase; else, for a party first named after the
    trigger, the first DATE phrase after it, told with "on"/"in", with nothing but the party's alias between
    them (no other party of the act, `others`) and at most `LISTED_GAP` tokens. None when that is the act's
    own phrase `own`, or the sentence names only one time (then no list of days is told)."""
    if not mentions:
        return None
    dates = [ent for ent in _date_entities(tok) if _names_day(ent.text) or _years(ent)]
    if len({ent.text for ent in dates}) < 2 or own not in {ent.text for ent in dates}:
        return None
    part = _list_part(tok.doc, mentions[0][0])  # a list names its item first; a later mention refers back
    if part != _list_part(tok.doc, tok.i):
        # "X, captured on October 2, 2010; Y, captured on March 30, 2011": a party of another item of a list
        # set off by semicolons is dated by its own item's one day
        days = {ent.text: ent for ent in dates if part[0] <= ent.start < part[1]}
        return next(iter(days.values())) if len(days) == 1 and own not in days else None
    if mentions[0][0] < tok.i:
        return None  # named before the act ("A was arrested on May 3 after A's brother ..."): its own date
    end = max(mentions[0])
    following = [ent for ent in dates if ent.start > end]
    if not following:
        return None
    ent = min(following, key=lambda e: e.start)
    if ent.text == own or ent.start - end - 1 > LISTED_GAP:
        return None
    doc = tok.doc
    gap = list(doc[end + 1:ent.start])
    if gap and gap[-1].lower_ in LISTED_PREPS:
        gap = gap[:-1]
    elif ent[0].lower_ not in LISTED_PREPS:
        return None  # "B, a suspect in the March 3 killing": a date of something else the party is tied to
    # only the party's own alias or punctuation may come between ("X, alias ""Y,"" on June 18")
    if any(t.i in others or not (t.is_punct or t.is_quote or t.pos_ == "PROPN" or t.lower_ in ALIAS_WORDS)
           for t in gap):
        return None
    return ent


def _list_part(doc: Doc, i: int) -> tuple[int, int]:
    """The bounds (start, end) of the part of token `i`'s sentence set off by semicolons: an item of a list
    ("five bosses: X, captured on October 2, 2010; Y, captured on March 30, 2011; ...")."""
    sent = sentence_of(doc[i])
    cuts = [t.i for t in sent if t.text == ";"]
    start = max((c + 1 for c in cuts if c < i), default=sent.start)
    end = min((c for c in cuts if c > i), default=sent.end)
    return start, end


def _holiday_naming_a_thing(tok: Token, phrase: str) -> bool:
    """Is the phrase a holiday's name with no month set before a noun it tells the kind of ("was planning
    Christmas dinner", "the Christmas holidays"; not a time noun, "the Christmas Eve night")? It names a
    thing, not the day of the event: no yearless day is read from it."""
    if any(month_number(w) is not None for w in phrase.lower().split()):
        return False
    for ent in _date_entities(tok):
        root = ent.root
        if ent.text == phrase and root.dep_ in {"compound", "amod", "nmod"} and root.head.pos_ == "NOUN" and \
                not ent.start <= root.head.i < ent.end and root.head.lemma_.lower() not in TIME_OF_NOUNS:
            return True
    return False


def _yearless(dated: EventDate) -> EventDate:
    """A date phrase of a story with no publication date that names a month or month-day but no year, and no
    year the story tells could be given ("on March 11", "the night of July 5"): the value the text gives,
    TimeML's yearless "XXXX-03-11" (`when.yearless_date`), basis explicit; any other phrase stays undated."""
    value = yearless_date(dated.date_text) or yearless_date(_without_day_part(dated.date_text))
    return EventDate(value, dated.date_text, "explicit") if value is not None else dated


DAY_PART_TAIL = re.compile(r"^(?P<day>.*\S)\s+(?:in|during|at)\s+(?:the\s+|a\s+|an\s+)?(?:early\s+|late\s+)?"
                           r"(?P<part>[a-z]+)$", re.IGNORECASE)


def _without_day_part(phrase: str | None) -> str | None:
    """A date phrase with the time of day the NER ran into it cut off ("January 27 in a morning" -> "January
    27"), else None: the part of the day is no other day."""
    match = DAY_PART_TAIL.match(phrase or "")
    if match is None or match["part"].lower() not in cue_words("day_part") | TIME_OF_NOUNS:
        return None
    return match["day"]


def _event_date(tok: Token, frame: list[Token], published: date | None, future: bool) -> EventDate:
    """The date of the event whose trigger is `tok`, a misspelt month written right."""
    day = story_day(tok, published)
    frame = _open_question_cut(frame)
    filing = _filing_of_claim(tok)
    if filing is not None:
        return _filing_date(filing, published)
    if _motive_act(tok):
        # "saying it was revenge for the killing of its commander": an earlier act, told as the motive
        own = date_phrase(tok, [tok])
        if own is None:
            return EventDate(None, None, "unknown")
        return resolve_event_date(_resolvable_tail(own, day), day, past=True)
    if _confessed_act(tok):
        # "confessed to killing four Rangers ..., reports X on December 6": the confession's day (or the
        # report's) is no day of the killing, done before; only a day inside the act's own phrase is
        own = date_phrase(tok, [tok])
        if own is None or not any(ent.text == own and tok.left_edge.i <= ent.start
                                  and ent.end - 1 <= tok.right_edge.i for ent in _date_entities(tok)):
            return EventDate(None, None, "unknown")
        return resolve_event_date(_resolvable_tail(own, day), day, past=True)
    if _conceded_act(tok):
        # "is admired in Tokyo despite his criticism of Japanese policies": an act told as background the
        # clause's act goes against, at no day of its own unless its own phrase gives one
        own = date_phrase(tok, [tok])
        if own is None:
            return EventDate(None, None, "unknown")
        return resolve_event_date(_resolvable_tail(own, day), day, past=True)
    if _reacted_happening(tok):
        own = date_phrase(tok, [tok])
        # "condemned the attack": the reaction's day is no day of the attack; "Monday's attack" is
        if own is None or not any(ent.text == own and tok.left_edge.i <= ent.start
                                  and ent.end - 1 <= tok.right_edge.i for ent in _date_entities(tok)):
            return EventDate(None, None, "unknown")
        return resolve_event_date(_resolvable_tail(own, day), day, past=True)
    if _cause_noun(tok):
        # "because of the wage negotiations": the clause's date is the clause's act's, not the cause's
        if is_background(tok, [tok]):
            return EventDate(None, None, "unknown")
        own = date_phrase(tok, [tok])
        if _cause_before_past_act(tok, own):
            return EventDate(None, None, "unknown")
        return resolve_event_date(_resolvable_tail(own, day) if own else None, day,
                                  past=_past_tense(tok, [tok]))
    moved = _moved_to_day(tok)
    if moved is not None:
        # "the meeting has been changed from March 12 to March 16": the happening is held on the new day
        return resolve_event_date(_resolvable_tail(moved, day), day, future=True)
    phrase = _claimed_act_day(tok) or date_phrase(tok, frame)
    # the clause whose phrase the event shares: its tense, not the event's, says which way the phrase reads
    sharing = _coordinated_verb(tok, frame) if phrase is None else None
    phrase = phrase or (date_phrase(sharing, [sharing]) if sharing is not None else None) or \
        _stage_phrase(tok) or _trailing_phrase(tok) or _day_hung_on_things(tok, frame) or \
        _harming_act_phrase(tok)
    if sharing is not None and phrase != date_phrase(sharing, [sharing]):
        sharing = None
    if not future and _reaction_beside_act(tok) and (phrase is None or not _in_own_clause(phrase, tok)):
        # "... ambushed an Army patrol on May 1 the Hizbul Mujahideen claimed responsibility for the
        # ambush": the claim is made when reported, unless its own clause dates it
        own = date_phrase(tok, [tok])
        if own is None or not _in_own_clause(own, tok):
            return resolve_event_date(None, day)
        phrase = own
    if phrase is None and not future:
        phrase = _dated_setting_relative(tok)
    accord = _accord_of_terms(tok) if phrase is None and not future else None
    if accord is not None:
        return _accord_date(accord, published)
    told = _lede_act(tok) if phrase is None else None
    if told is not None:
        dated = event_date(told, [told, *[a for a in told.ancestors if a.pos_ in {"VERB", "AUX"}][:2]],
                           published, future)
        if dated.date_basis in {"explicit", "relative"}:
            return dated  # "Mission To Visit Kenya" over "... will visit Kenya tomorrow": the lede's day
    if phrase is None:
        host = _participle_host(tok)
        if host is not None:
            return event_date(host, [host], published, future)
        setting = _setting_verb(tok)
        if setting is not None:
            dated = event_date(setting, [setting], published, future)
            if dated.date_basis in {"explicit", "relative"}:
                return dated
    if phrase is None and not future:
        phrase = _own_act_announced(tok)
    if phrase is None and any(any(c.dep_ == "mark" and c.lower_ == "whether" for c in node.children)
                              for node in frame):
        return EventDate(None, None, "unknown")  # an act still to be decided on has no day yet
    if phrase is None and _unmet_condition(tok):
        return EventDate(None, None, "unknown")  # "faces 25 years in prison if convicted": may never happen
    if phrase is None and not future:
        phrase = _perfect_act_dated_nearby(tok, frame, day) or _earlier_gathering_phrase(tok, frame, day) \
            or _lede_act_told_again(tok, frame, day) or _same_act_dated_elsewhere(tok, day) \
            or _lede_act_detailed_next(tok, frame, day)
    if phrase is None and not future and story_day(tok, published) is None and _lead_after_clause(tok):
        # "SFs on August 17 launched a search operation after militants fired on a Police party": the act
        # that set off the lead's dated one is of its incident, though told "after"
        phrase = _lead_incident_phrase(tok, frame, published)
    if phrase is None and not future and _claimed_act(tok):
        # "HM has claimed the responsibility of grenade attack": the claim's perfect is no background of
        # the attack, which is the incident the lead dates
        phrase = _lead_incident_phrase(tok, frame, published)
    if phrase is None and not _clock_timed(tok, frame) and (
            is_background(tok, frame) or _perfect_report(tok) or (
                not future and (long_perfect(tok, frame) or _over_a_stretch(tok, frame)
                                or ongoing_act(tok, frame)))):
        return EventDate(None, None, "unknown")
    if phrase is None and future:
        phrase = _gathering_phrase(tok)
    if phrase is None and (future or any(_will(node) or _reported_would(node) for node in [tok, *frame])):
        phrase = _deadline_phrase(tok, frame)
    if phrase is None and _after_dated_condition(tok):
        return EventDate(None, None, "unknown")
    if phrase is None and _standing_rule(tok):
        return EventDate(None, None, "unknown")
    if phrase is None:
        phrase = _sentence_phrase(tok, frame)
        background = not future and (present_perfect(tok, frame) or _dated_conjunct(tok, frame, day))
        if phrase is None and not future and not background:
            phrase = _reporting_speech_phrase(tok, frame, day) or _dateless_report_phrase(tok, frame, day)
        if phrase is None and not background and not future:
            phrase = _period_after(tok, frame, day)
        if phrase is None and (background or _dated_elsewhere(tok, frame, day)):
            return EventDate(None, None, "unknown")
    if phrase is None:
        phrase = _previous_sentence_phrase(tok, frame, day, future)
    if phrase is None and not future:
        phrase = _lead_incident_phrase(tok, frame, published)
    if phrase is not None and not future:
        phrase = _report_day_of_record(tok, phrase, published) or phrase
    if phrase is not None:
        phrase = _resolvable_tail(_respelt(phrase), day)
    forward, past = clause_timing(tok, frame, future, dated=phrase is not None)
    if phrase is not None and forward and not scheduled(tok, frame) and _purpose_of_past_act(tok) and \
            not _names_weekday(phrase):
        forward, past = False, False  # "was kidnapped to make the late-November trip": near the story
    if phrase is not None and forward and _dates_a_done_act(phrase, tok):
        forward, past = False, True
    if phrase is not None and forward and sharing is not None and _told_done(sharing):
        # "said on Sunday he had made a decision but would not say what it was": the Sunday of the
        # saying, gone by, not the Sunday ahead the refusal's "would" would read
        forward, past = False, True
    resolved = resolve_event_date(phrase, day, future=forward, nearest=not past, past=past,
                                  unit=sentence_unit(tok) if phrase else None)
    if day is None and phrase is not None and resolved.date is None:
        # no publication date: "On Saturday, June 4, assailants shot ..." in a story of 2016 is 2016-06-04
        weekday_value = _weekday_pinned_day(tok.doc, phrase)
        if weekday_value is not None:
            return EventDate(weekday_value, resolved.date_text, resolved.date_basis)
    if day is None and phrase is not None and resolved.date is None:
        # no publication date: "killed by the Police earlier this month" in a report of January 26 is January
        value = _month_of_report(tok, phrase)
        if value is not None:
            return EventDate(value, resolved.date_text, "relative")
    if day is None and phrase is not None and resolved.date is None and _month_without_year(phrase):
        # no publication date: "In mid-December, the investigation led to arrests" in a story that has told
        # of "August 2013" is December 2013, the year the story has reached
        reported = context_year(tok)
        value = _on_or_after(phrase, reported) if reported is not None else _narrative_month(tok, phrase)
        if value is not None:
            return EventDate(value, resolved.date_text, resolved.date_basis)
    if phrase is not None and resolved.date is not None and _same_time_as_told(phrase):
        # "The same month, the minister denounced him" after "in February 1987": the month told, not this one
        value = anchored_date(phrase, _anchor_value(tok, phrase, day))
        if value is not None:
            return EventDate(value, resolved.date_text, "relative")
    if phrase is not None and resolved.date is None and is_anchored(phrase):
        # "Police arrested five men the same day", "two days later": counted from the time just told
        value = anchored_date(phrase, _anchor_value(tok, phrase, day))
        if value is not None:
            return EventDate(value, resolved.date_text, "relative")
    verb = tok.pos_ in {"VERB", "AUX"}  # an event noun's tense is its governor's, not its own
    span = date_span(resolved.date) if phrase and past and not forward and verb else None
    ahead_words = {"next", "coming"} & set(phrase.lower().split()) if phrase else set()
    done = not any(c.dep_ == "aux" and c.lower_ in AHEAD_AUXILIARIES for c in tok.children)  # no "would"
    if phrase and past and not forward and verb and ((resolved.date is None and ahead_words) or
                                                     (done and _later_this(phrase))):
        # "urged Congress to support the requests in the next two fiscal years": the content's time; so is
        # "declined to comment ... before it will be released, probably later this month"
        return resolve_event_date(None, day)
    if span is not None and day is not None and span[0] > day:
        # "has agreed to sell no more shares in the next year": a past act, a date ahead of the story; the
        # date is the content's (the selling), not the act's; the lede's speech that told it may date it
        # ("Japan warned it may retaliate if the U.S. imposes sanctions on April 17, an official said at
        # the weekend")
        speech = _reporting_speech_phrase(tok, frame, day)
        return resolve_event_date(speech, day, past=True) if speech else resolve_event_date(None, day)
    if phrase and not _will(tok) and day is not None and _dates_the_promised(tok, phrase, day):
        # the promised act's time: the promise itself is undated when told as background
        background = is_background(tok, frame)
        return EventDate(None, None, "unknown") if background else resolve_event_date(None, day)
    return resolved


MOVED_TO_PREPS = {"to", "until", "till"}  # "moved to March 16", "postponed until Thursday"
PURPOSE_DEPS = {"acl", "advcl", "relcl"}  # how "to negotiate" hangs on the meeting held to do it
HOLDER_STEPS = 3  # steps up a subject's phrase to the happening's own noun ("board of directors meeting")


def _moved_to_day(tok: Token) -> str | None:
    """The new time of a happening moved to another ("the meeting has been changed from March 12 to March
    16", "the talks were postponed until Thursday", "OPEC put off the meeting until May"; `date_cues.csv`
    kind `moved_to`), for the happening and for the act it is held to do ("the meeting ... to negotiate the
    details"), else None."""
    happening = tok
    if tok.pos_ == "VERB" and tok.dep_ in PURPOSE_DEPS and tok.head.lower_ in cue_words("happening") and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        happening = tok.head
    holder = happening
    if happening.lower_ in cue_words("happening") or happening.lemma_.lower() in cue_words("happening"):
        # "the joint board of directors meeting ... has been changed": the parser may hang the happening
        # inside its subject's phrase (as a participle on "directors")
        for _ in range(HOLDER_STEPS):
            if holder.dep_ not in {"acl", "prep", "pobj", "compound"} or holder.head is holder:
                break
            holder = holder.head
    if holder.pos_ != "NOUN" or holder.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return None
    verb = holder.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cue_words("moved_to"):
        return None
    doc = tok.doc
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in MOVED_TO_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.ent_type_ != "DATE":
                continue
            # the entity may run from the old day ("from March 12 to March 16"): only the words the
            # "to" phrase governs
            words = doc[obj.left_edge.i:obj.right_edge.i + 1]
            text = " ".join(t.text for t in words if t.ent_type_ == "DATE")
            if names_a_time(text):
                return text
    return None


def _same_time_as_told(phrase: str) -> bool:
    """Does the phrase name the very time the text has just told ("the same month", "in that same year"),
    which the calendar would otherwise read as the current one?"""
    return "same" in phrase.lower().split() and is_anchored(phrase)


# Prepositions before a year that make it a bound, not a time the story has reached ("by 2025", "until 2030").
BOUND_PREPS = {"by", "until", "till", "through", "to", "before", "beyond", "since"}
DEICTIC_MONTH_WORDS = {"last", "next", "this", "ago", "coming", "previous", "following", "later", "earlier",
                       *WEEKDAYS}  # a month phrase counted from the story's day, not a context year
AHEAD_AUXILIARIES = {"will", "would", "'ll", "shall", "could", "may", "might", "should", "to"}


def _month_without_year(phrase: str) -> bool:
    """"mid-December", "August 27", "in the night of September 16": a month, no year, nothing deictic."""
    words = [w.strip(".,").lower() for w in re.split(r"[\s\-]+", phrase) if w.strip(".,")]
    month = any(w in MONTHS or w in MONTH_ABBREVIATIONS for w in words)
    year = any(len(w) == 4 and w.isdigit() for w in words)
    return month and not year and not DEICTIC_MONTH_WORDS & set(words)


def context_year(tok: Token) -> tuple[int, int] | None:
    """The latest month the story tells of as the time of something that happened, as (year, month): a month
    named without a year falls on or after it when the story has no publication date, since a story is
    written after what it reports ("a capture in August 2013 ... In mid-December, police arrested" is
    December 2013; "attacks in January 2010 and September 2010 ... arrested on February 2" is February
    2011). Told with its month ("in August 2013", "on 1 January 2017"); a bare year only just before the
    trigger in its sentence ("the worst massacre so far in 2019 ... on July 29"), read from January. Not a
    year that names a thing ("the 2016 World Drug Report"), a bound ("by 2025", "since 2010") or a time told
    ahead ("will hold elections in 2026"); None when the story names a later year than it reports in, or
    tells no month of the latest year."""
    dates = [ent for ent in entity_spans(tok.doc) if ent.label_ == "DATE"]
    named = [year for ent in dates for year in _years(ent)]
    sentence = sentence_of(tok)
    told = []
    for ent in dates:
        years = _years(ent)
        if not years or not _reported_time(ent):
            continue
        month = next((n for n in (month_number(t.lower_.rstrip(".")) for t in ent) if n is not None), None)
        if month is not None:
            told.append((max(years), month))
        elif sentence.start <= ent.start and ent.end <= tok.i:
            told.append((max(years), 1))
    if not told or max(told)[0] != max(named):
        # a later year named otherwise ("beginning in January 2016" ahead) leaves the story's time open
        return None
    return max(told)


NARRATIVE_REACH = 1  # sentences back in which a story with no publication date has told its year


def _narrative_month(tok: Token, phrase: str) -> str | None:
    """The value of a month phrase without a year ("In October", "in May") in a story with no publication
    date whose latest time (`context_year`) leaves the year open, from the year the narrative is in: the
    last time with a year told before the trigger, in its sentence or the `NARRATIVE_REACH` before it
    ("accused of drug trafficking in August 2014. In October, police captured" is October 2014; "blows in
    2012, and in January troops killed" January 2012), carried on through the month phrases told since
    ("In October ... In February" runs into the next year). Only a time of something done
    (`_reported_time`), one year (not "between 2011 and 2013"), told with its month unless in the event's
    own sentence and not put before its act (`_put_before_act`); None when no such time is that near: a
    story that has moved on for a sentence, or told a bare year, may be back in its own year ("a manta
    posted in 2011 ... Lopez has been the target of mantas. In May a plane dropped flyers"; "a treaty in
    2010. Additionally, in June Morales met")."""
    doc = tok.doc
    starts = _sentence_starts(doc)
    sent = sentence_of(tok)
    position = starts.index(sent.start) if sent.start in starts else -1
    if position < 0:
        return None
    told: tuple[int, int] | None = None
    for start in starts[max(position - NARRATIVE_REACH, 0):position + 1]:
        for ent in sorted(_date_entities(doc[start]), key=lambda e: e.start):
            if ent.end > tok.i and start == sent.start:
                break
            if not names_a_time(ent.text) or not _reported_time(ent):
                continue
            years = set(_years(ent))
            if len(years) > 1:
                told = None  # a span of years leaves the narrative's year open
            elif years:
                month = next((n for n in (month_number(t.lower_.rstrip(".")) for t in ent) if n is not None),
                             None)
                # a bare year only in the event's own sentence, not one put before the act ("following his
                # release in 2010, stands accused of the shooting in February": a later year)
                own = start == sent.start and not _put_before_act(ent)
                told = (years.pop(), month or 1) if month or own else None
            elif told is not None and _month_without_year(ent.text):
                value = _on_or_after(ent.text, told)
                span = date_span(value) if value else None
                told = (span[0].year, span[0].month) if span else None
    return _on_or_after(phrase, told) if told is not None else None


WRITTEN_YEAR_BASE = date(2100, 12, 31)  # a day to resolve a phrase that writes its year: any will do


def _month_of_report(tok: Token, phrase: str) -> str | None:
    """In a record with no publication date, the month a phrase counted from the report's own day names
    ("earlier this month", "last month"; `when.month_from_day`), counted from the lead's day
    (`_lead_incident`), the report's ("..., reports a paper on January 26. ... were killed by the Police
    earlier this month" is "XXXX-01"): the lead's year when it names one, else the month alone. None when
    the lead gives no day or the event is told before it."""
    lead = _lead_incident(tok.doc, None)
    if lead is None or sentence_of(tok).start < _sentence_starts(tok.doc)[lead[0]]:
        return None
    anchor = yearless_date(lead[1])
    if anchor is None and any(len(w) == 4 and w.isdigit() for w in lead[1].split()):
        anchor = resolve_event_date(lead[1], WRITTEN_YEAR_BASE, past=True).date
    return month_from_day(phrase, anchor) if anchor is not None and len(anchor) == 10 else None


def _put_before_act(ent: Span) -> bool:
    """Is the date phrase under "after", "following" or "since": a time before the act the sentence tells?"""
    return any(a.lower_ in AFTER_PREPS and a.dep_ in {"prep", "mark", "advmod", "advcl"}
               for a in [ent.root, *ent.root.ancestors])  # the parser may read "following" as a clause


def _on_or_after(phrase: str, told: tuple[int, int]) -> str | None:
    """The value of a month phrase without a year ("mid-December", "February 2") in the first year that puts
    it on or after the month `told` (year, month)."""
    year = told[0]
    for candidate in (year, year + 1):
        value = resolve_event_date(phrase, date(candidate, 12, 31)).date
        span = date_span(value)
        if span is None or span[0].year != candidate:
            return None
        if (span[0].year, span[0].month) >= told or candidate > year:
            return value
    return None


WEEKDAY_YEARS_BACK = 3  # years before the latest the story names in which its weekday's day may fall
STORY_YEARS = "newsevents_story_years"  # Doc.user_data key: the latest year the story's DATE entities name


def _weekday_pinned_day(doc: Doc, phrase: str) -> str | None:
    """A day told with its weekday and no year ("Saturday, June 4", "last Saturday, January 17") in a story
    with no publication date: the year from the latest the story names back `WEEKDAY_YEARS_BACK` (or the
    next one) in which that day falls on that weekday, as ISO. A fixed day moves one or two weekdays a
    year, so in five years at most one fits; None when none does or the story names no year."""
    words = [w.strip(".,()").lower() for w in phrase.split()]
    weekday = next((WEEKDAYS.index(w) for w in words if w in WEEKDAYS), None)
    month = next((n for n in (month_number(w) for w in words) if n is not None), None)
    days = [int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31]
    if weekday is None or month is None or len(days) != 1 or any(len(w) == 4 and w.isdigit() for w in words):
        return None
    latest = _latest_story_year(doc)
    if latest is None:
        return None
    for year in range(latest + 1, latest - WEEKDAY_YEARS_BACK - 1, -1):
        try:
            candidate = date(year, month, days[0])
        except ValueError:
            continue  # February 29 of a common year
        if candidate.weekday() == weekday:
            return candidate.isoformat()
    return None


def _latest_story_year(doc: Doc) -> int | None:
    """The latest year the story's DATE entities name, read once per Doc."""
    if STORY_YEARS not in doc.user_data:
        years = [year for ent in entity_spans(doc) if ent.label_ == "DATE" for year in _years(ent)]
        doc.user_data[STORY_YEARS] = max(years) if years else None
    latest: int | None = doc.user_data[STORY_YEARS]
    return latest


def _years(ent: Span) -> list[int]:
    """The years a DATE entity names; "2012 13", "2012-13" (a fiscal or school year) runs into 2013."""
    years = []
    for t in ent:
        if t.text.isdigit() and len(t.text) == 4 and 1900 <= int(t.text) <= 2100:
            years.append(int(t.text))
        elif t.text.isdigit() and len(t.text) == 2 and years and int(t.text) == (years[-1] + 1) % 100:
            years.append(years[-1] + 1)
    return years


def _reported_time(ent: Span) -> bool:
    """Is the DATE entity the time of something the story reports as done: not a noun's modifier, a bound,
    nor in a clause told ahead (a modal or "to" on the verb it hangs on)?"""
    if ent.root.dep_ in NOUN_DATE_DEPS:
        return False
    if ent.root.dep_ == "pobj" and ent.root.head.lower_ in BOUND_PREPS:
        return False
    # "the laws will be reviewed in a debate beginning in January 2016": any verb above it told ahead; not a
    # perfect infinitive ("Police claimed to have killed five suspects on June 14"): a done act
    return not any(c.dep_ == "aux" and c.lower_ in AHEAD_AUXILIARIES and not _perfect_infinitive(a)
                   for a in ent.root.ancestors if a.pos_ in {"VERB", "AUX"} for c in a.children)


def _perfect_infinitive(verb: Token) -> bool:
    """Is the verb a perfect infinitive ("to have killed"): an act done before the verb it hangs on?"""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if verb.tag_ == "VBN" and {"to", "have"} <= auxes:
        return True
    # "were reported to have sustained injuries": the parser makes "have" the verb and the participle a
    # modifier of its object
    return verb.lower_ == "have" and "to" in auxes and any(
        c.dep_ == "dobj" and any(g.dep_ == "amod" and g.tag_ == "VBN" and g.i < c.i for g in c.children)
        for c in verb.children)


def _claimed_act_day(tok: Token) -> str | None:
    """The day of an act a group claims when the claim verb carries two days, its own before the act and the
    act's after it ("PREPAK on March 31 claimed responsibility for an attack at an army post near Imphal on
    March 30": the parser hangs both days on "claimed"; the one after the act is the act's)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "for" or \
            tok.head.head.lemma_.lower() != "responsibility":
        return None
    verb = tok.head.head.head
    if verb.pos_ != "VERB":
        return None
    days = [e for e in _date_entities(tok) if names_a_time(e.text)]
    own = [e for e in days if e.end <= verb.i]  # "RPF on June 2 claimed": before the verb, wherever hung
    after = [e for e in days if e.start > tok.i and _below_without_clause(e.root, verb)]
    return after[0].text if own and len(after) == 1 else None


def _below_without_clause(node: Token, verb: Token) -> bool:
    """Is `node` under `verb` with no other verb between ("claimed responsibility for an attack at a post
    near Imphal on March 30": the day hangs on Imphal, in the claim's clause)?"""
    for above in node.ancestors:
        if above.i == verb.i:
            return True
        if above.pos_ in {"VERB", "AUX"}:
            return False
    return False


# Words a day phrase may open with after a hedge ("as early as today", "possibly next week").
DAY_OPENERS = {"today", "tomorrow", "tonight", "yesterday", "next", "this", "last", "coming", "early", "late",
               "mid"}
# Words that make a phrase a limit, not a time: "no later than Friday" is a deadline.
LIMIT_WORDS = {"later", "before", "by", "until", "till"}


def _resolvable_tail(phrase: str, day: date | None) -> str:
    """The phrase, or, when the resolver reads no date in it, its shortest tail that names one after a
    hedge the resolver does not know ("possibly as early as today": today; "as soon as Monday": Monday).
    Not after a limit ("no later than Friday" stays as it is)."""
    if day is None or resolve_event_date(phrase, day).date is not None:
        return phrase
    words = phrase.split()
    if any(w.lower() in LIMIT_WORDS for w in words):
        return phrase
    for n in range(1, len(words)):
        first = words[n].lower().strip(".,")
        if not (first in DAY_OPENERS or first in WEEKDAYS or first in MONTHS or first in MONTH_ABBREVIATIONS
                or first[:1].isdigit()):
            continue  # "in the past month" is a stretch, not "month"
        tail = " ".join(words[n:])
        if resolve_event_date(tail, day).date is not None:
            return tail
    return phrase


def _dates_a_done_act(phrase: str, tok: Token) -> bool:
    """Is the phrase a possessive day on a noun naming an act already made, which the event is the content
    of ("Friday's order by Reagan to impose duties", "Monday's decision to raise rates"): the day is the
    order's, a day past, though the act ordered is still to come. data/date_cues.csv `done_act`."""
    for ent in _date_entities(tok):
        if ent.text != phrase or ent.root.dep_ != "poss":
            continue
        noun = ent.root.head
        if noun.lemma_.lower() in cue_words("done_act") and noun.i != tok.i and noun in set(tok.ancestors):
            return True
    return False


def _trailing_phrase(tok: Token) -> str | None:
    """A bare date right after an event noun's phrase that the parser hung on a verb already dated
    otherwise ("destroyed the platform on Monday in retaliation for an attack on a ship last Friday"):
    a verb has one time, so the second date is the noun's."""
    if tok.pos_ != "NOUN":
        return None
    ents = _date_entities(tok)
    for ent in ents:
        verb = ent.root.head
        adjacent = ent.start == tok.right_edge.i + 1 and ent.root.dep_ == "npadvmod"
        if not adjacent or verb.pos_ not in {"VERB", "AUX"}:
            continue
        own = [e for e in ents if e is not ent and e.end <= tok.i and verb in _path_up(e)
               and names_a_time(e.text) and not _names_a_thing(e, tok)]
        if own and names_a_time(ent.text) and not _names_a_thing(ent, tok):
            return ent.text
    return None


DEVERBAL_ENDINGS = ("tion", "sion", "ment", "ing", "ance", "ence", "sal", "ure")  # nouns of acts
THINGS_REACH = 16  # dependency steps a day phrase may hang below the event through things and places


def _day_hung_on_things(tok: Token, frame: list[Token]) -> str | None:
    """"was killed during an exchange of fire with SF personnel in the forests of X village under Y Police
    Station limits in Z District on February 20, reports PTI": a day phrase ("on <day>") the parser hung deep
    below the event, on a chain of people, things and places (none of which a day can date) and of the
    prepositions and participles ("branding him as an informer in X on May 3") between them: the day is
    the event's. Not when the chain passes an act or time noun ("its offering on Oct 15", "the deadline on
    May 2"), a verb with a tense of its own, or a preposition that says something else ("since", "until")."""
    targets = {t.i for t in frame} | {tok.i}
    for ent in _date_entities(tok):
        root = ent.root
        if root.dep_ != "pobj" or root.head.lower_ != "on" or not names_a_time(ent.text) or \
                _names_a_thing(ent, tok) or _granularity(ent.text) < 10 or root.head.head.i in targets or \
                _after_reacted_happening(ent, tok) or _after_done_act(ent, tok):
            continue  # one hung on the event itself was the clause's to give (date_phrase); not a reaction's
        node = root.head.head
        for _ in range(THINGS_REACH):
            if node.i in targets:
                return ent.text
            if node.pos_ in {"NOUN", "PROPN"}:
                if ent.start <= node.i < ent.end or _datable(node):
                    break
            elif node.pos_ in {"VERB", "AUX"}:
                if _same_time_clause(node):
                    pass  # "was attacked ... when he was on way to Dotma with his vehicle on July 13 evening"
                elif node.tag_ != "VBG" or node.dep_ not in {"acl", "advcl"} or \
                        any(c.dep_ in {"aux", "nsubj", "mark"} for c in node.children):
                    break  # a verb with a tense or subject of its own tells its own act
            elif node.pos_ != "ADP" or (node.lower_ in NOT_WHEN_PREPS - {"during"} and node.dep_ != "agent"):
                break
            if node.head.i == node.i:
                break
            node = node.head
    return None


WHILE_MARKS = {"when", "while", "whilst"}  # a clause told at the very time of the clause it hangs on


def _same_time_clause(verb: Token) -> bool:
    """Is the verb a past clause opened by "when" or "while" on the verb above it, with no perfect or future
    of its own ("was attacked when he was on way to X", "were gunned down while a body was recovered")?
    The day told in it is the time of the clause it hangs on."""
    if verb.dep_ != "advcl" or not any(c.dep_ in {"mark", "advmod"} and c.lower_ in WHILE_MARKS
                                       and c.i < verb.i for c in verb.children):
        return False
    return _past_tense(verb, [verb]) and not any(
        c.dep_ in {"aux", "auxpass"} and (c.lemma_.lower() == "have" or c.tag_ == "MD")
        for c in verb.children)


def _datable(noun: Token) -> bool:
    """Can a day phrase date the noun: a happening, a stage, a time, a document or accord, or a noun of an
    act ("offering", "retraction", "payment")? People, things and places cannot."""
    lemma = noun.lemma_.lower()
    kinds = ("happening", "onset_noun", "time_noun", "named_thing", "accord", "filing", "done_act")
    return any(lemma in cue_words(kind) for kind in kinds) or (
        noun.pos_ == "NOUN" and lemma.endswith(DEVERBAL_ENDINGS) and not _timeless(noun))


def _reported_would(verb: Token) -> bool:
    """"said it would lift sanctions": a future told in reported speech."""
    return any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children) and any(
        a.lemma_.lower() in SPEECH_LEMMAS for a in verb.ancestors)


# Prepositions that set a deadline on an act still to come: "by June", "before the end of the year", "within
# this month".
DEADLINE_PREPS = {"by", "before", "within"}


def _deadline_phrase(tok: Token, frame: list[Token]) -> str | None:
    """"will lift its sanctions by the end of June": an act still to come with a deadline on its own clause
    happens by then, the nearest time the text gives (not the story's day). Only a deadline the clause's
    verb or event noun has itself, not one of a clause below it; only a month, quarter, season or year: a
    day ("must repay the loan by March 20") is a limit the act may come well before. "before the end of the
    year" bounds an act to come as "by the end of the year" does ("will reach an accord before the end of
    the year": 1987, not the story's day)."""
    for node in [tok, *frame]:
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ not in DEADLINE_PREPS:
                continue
            for ent in _date_entities(tok):
                if prep.i < ent.start <= prep.right_edge.i and \
                        (names_a_time(ent.text) or part_of_the_year(ent.text)) and \
                        not _names_a_thing(ent, tok) and 4 <= _granularity(ent.text) < 10 and (
                            prep.lower_ != "within" or _current_period(ent.text)):
                    return ent.text
    return None


def _current_period(phrase: str) -> bool:
    """"this month", "the year": the period the story is in, which "within" bounds as "by the end of" does
    ("will sign the accord within this month"); not a count ahead ("within two months")."""
    words = phrase.lower().split()
    return len(words) == 2 and words[0] in {"this", "the"} and words[1] in PERIOD_WORDS


PERIOD_WORDS = {"week", "month", "quarter", "year"}


def _stage_phrase(tok: Token) -> str | None:
    """The date on a noun naming a stage of the event noun that is its "of" object ("this week's breakdown
    of the coffee talks": this week; "Monday's resumption of talks", "the start of the strike on May 1"):
    the stage is the happening's, at that time. data/date_cues.csv `onset_noun`."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    stage = tok.head.head
    if stage.pos_ != "NOUN" or stage.lemma_.lower() not in cue_words("onset_noun"):
        return None
    for ent in _date_entities(tok):
        root = ent.root
        on_stage = (root.head.i == stage.i and root.dep_ in MODIFIER_DEPS) or (
            root.dep_ == "pobj" and root.head.lower_ in {"on", "in"} and root.head.head.i == stage.i)
        # the NER may leave out the determiner: "this week's" tagged "week"
        det = [c.text for c in root.children if c.dep_ == "det" and c.i == ent.start - 1
               and c.lower_ in {"this", "last", "next"}]
        text = " ".join([*det, ent.text])
        if on_stage and names_a_time(text) and not _names_a_thing(ent, tok):
            return text
    return None


def _harming_act_phrase(tok: Token) -> str | None:
    """The day of the act that harmed those the event's passive tells were harmed "after" it ("a merchant was
    shot and injured after two assailants fired several rounds inside a shop in the evening of October 21":
    data/date_cues.csv `harming_act`): the harm is that act's own outcome, on its day. Not a harm that
    may come days after what it follows ("was killed after being abducted", "died after a long illness"):
    only a past act of force told by its doers, with a day of its own clause."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in cue_words("harm") | {"shoot"}:
        return None
    verbs = [tok, tok.head] if tok.dep_ == "conj" and tok.head.pos_ == "VERB" else [tok]
    if not any(c.dep_ == "auxpass" for v in verbs for c in v.children):
        return None  # "were injured", "was shot and injured": the harmed told as the subject
    for verb in verbs:
        for clause in (c for c in verb.children if c.dep_ == "advcl"):
            if not any(c.dep_ == "mark" and c.lower_ == "after" for c in clause.children) or \
                    clause.lemma_.lower() not in cue_words("harming_act") or clause.tag_ != "VBD" or \
                    not any(c.dep_ == "nsubj" for c in clause.children):
                continue
            own = date_phrase(clause, [clause])
            if own is not None and any(e.text == own and clause.left_edge.i <= e.start
                                       and e.end - 1 <= clause.right_edge.i for e in _date_entities(clause)):
                return own
    return None


def _participle_host(tok: Token) -> Token | None:
    """The verb whose time an -ing participle with no subject of its own shares: the clause it goes with
    ("Reagan has threatened tariffs, alleging that Japan broke the pact": the alleging is the threatening's;
    "police fired on the crowd, killing two"), or a dated participle on the same noun ("a study released
    yesterday warning that imports rise": the warning is the release's), or a blast its own phrase dates
    ("an explosion on a bus on May 26, injuring 12 people": noun_classes.csv explosive). None when the
    participle has a subject, an auxiliary or a subordinating word ("while talking", "after meeting"), or no
    such host."""
    own = {"nsubj", "nsubjpass", "aux", "auxpass", "mark"}
    if tok.tag_ != "VBG" or any(c.dep_ in own for c in tok.children):
        return None
    if tok.dep_ == "advcl" and tok.head.pos_ in {"VERB", "AUX"} and tok.head.i != tok.i:
        return tok.head
    if tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"}:
        noun = tok.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ in {"VERB", "AUX"}:
            # "was launched on Christmas Eve, with 200 commandos attacking a farmhouse": the "with" phrase
            # tells what went on as the verb's act was done
            return noun.head.head
        if noun.lower_ in noun_class_words("explosive") and date_phrase(noun, [noun]) is not None:
            # "an explosion on a public bus on May 26, injuring 12 people": the harm is the dated blast's
            return noun
        return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i < tok.i
                     and date_phrase(c, [c]) is not None), None)
    return None


SETTING_PREPS = {"in", "during"}  # "killed in an ambush", "killed during an encounter"
WHICH_PREPS = {"in", "under", "at", "during"}  # "an agreement in which X agreed", "a meeting at which"


def _dated_setting_relative(tok: Token) -> str | None:
    """"reaffirmed a February 22 agreement in Paris in which the administration agreed to reach a
    compromise": a past act told in a relative clause opened by "in/under/at/during which" on an accord or
    a happening (data/date_cues.csv `accord`, `happening`) that a day modifies was done in it, on its day.
    The day phrase as written, else None."""
    verb = tok
    if verb.pos_ != "VERB" or verb.dep_ != "relcl" or not _past_tense(verb, [verb]) or _will(verb):
        return None
    if not any(c.dep_ == "prep" and c.lower_ in WHICH_PREPS and any(
            g.dep_ == "pobj" and g.lower_ == "which" for g in c.children) for c in verb.children):
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cue_words("accord") | cue_words("happening"):
        return None
    for ent in _date_entities(tok):
        modified = _modified_noun(ent) if ent.end <= noun.i else None
        if modified is not None and modified.i == noun.i and names_a_time(ent.text) and \
                _granularity(ent.text) > 0:
            return ent.text
    return None


def _setting_verb(tok: Token) -> Token | None:
    """The done act of force or harm whose setting the event noun is ("was killed during an encounter ... on
    June 10", "were injured in an ambush"): the noun hangs by "in" or "during" on a verb of force or harm
    (data/date_cues.csv `force_act`, `harm`) and names a happening (`happening`); the verb's day is the
    happening's. Not "was arrested in the murder of X": an arrest is no setting of the murder. None
    otherwise."""
    prep = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or prep.lower_ not in SETTING_PREPS or \
            prep.head.pos_ != "VERB" or prep.head.i == tok.i:
        return None
    verb = prep.head
    if tok.lemma_.lower() not in cue_words("happening") or \
            verb.lemma_.lower() not in cue_words("force_act") | cue_words("harm"):
        return None
    return verb if _past_tense(verb, [verb]) and not _will(verb) else None


def _previous_sentence_phrase(tok: Token, frame: list[Token], day: date | None, future: bool) -> str | None:
    """The day of the happening the sentence before tells, when the event's sentence goes on with that same
    happening and gives no time of its own: it refers back to it ("Nine were injured in a grenade attack on
    May 2. The explosion took place when militants lobbed ...", "... a producers' meeting last weekend. 'In
    the meeting we agreed ...'", data/date_cues.csv `happening`), or tells the same act again ("militants
    seized petrol on May 2 ... The cadres seized the petrol"). Only a day (or a week) the sentence before
    gives its own act, not a speech's ("said on Monday") nor one reached through "after", "since"; only one
    on the event's side of the story's day (a past act, a date not ahead; an intended one, not behind)."""
    sent = sentence_of(tok)
    if sent.start == 0 or tok.pos_ not in {"VERB", "AUX", "NOUN"}:
        return None
    prev = sentence_of(tok.doc[sent.start - 1])
    dates = [e for e in _date_entities(prev[0]) if names_a_time(e.text) and not _names_a_thing(e, prev[0])
             and _granularity(e.text) >= 8]
    if len(dates) != 1:
        return None
    ent = dates[0]
    named = _modified_noun(ent)  # through a name between them: "the February 22 Paris agreement"
    if named is not None and _names_the_act(named, tok) and not future and _past_tense(tok, [tok]) and \
            day is not None:
        # "in line with the February 22 Paris agreement. The six nations agreed to cooperate ...": the
        # act the dated noun names, told again by its verb in the next sentence
        span = date_span(resolve_event_date(ent.text, day, past=True).date)
        return ent.text if span is not None and span[0] <= day else None
    if ent.root.dep_ in {"poss", "compound", "nmod", "amod"} and ent.root.head.pos_ == "NOUN" and \
            ent.root.head.lemma_.lower() not in cue_words("happening"):
        return None  # "Today's injection of liquidity shows ...": a thing's date, not an act's
    verb = governing_verb(ent)
    act = next((t for t in prev if t.pos_ == "VERB" and t.i < ent.start
                and t.lemma_.lower() not in SPEECH_LEMMAS), None)
    if verb is not None and verb.lemma_.lower() in SPEECH_LEMMAS and act is not None and \
            _closes_reported_clause(ent, act):
        verb = act  # "A bomber killed 28 people on September 16, reports Daily Times": the act's day
    elif verb is None or verb.lemma_.lower() in SPEECH_LEMMAS or date_phrase(verb, [verb]) != ent.text:
        return None  # the date of a speech or of no act of the sentence
    if verb is None or _not_when(ent.root, ent):
        return None  # no act, or a deadline ("by May 2")
    if not future and ent.root.dep_ == "pobj" and ent.root.head.lower_ == "for" and \
            _happening_set_for(ent.root.head):
        return None  # "called a general strike for Wednesday. The unions called the strike": a day ahead
    dated = {t.i for t in ent.root.ancestors} | {verb.i}
    # the same act told again by the same doers ("Iraqi jets attacked a tanker on Monday. Iran has also
    # attacked a tanker" is a new act): a verb told with "also" or "again" adds one
    new_act = any(c.dep_ == "advmod" and c.lower_ in {"also", "again", "too"} for c in tok.children)
    same_act = not new_act and any(
        t.lemma_.lower() == tok.lemma_.lower() and t.i in dated | {t2.i for t2 in verb.subtree}
        and t.pos_ in {"VERB", "NOUN"} and not _other_named_doers(t, tok) for t in prev)
    if not same_act and not _refers_back(tok) and (new_act or not _told_doers(tok)):
        return None
    if day is not None:
        resolved = resolve_event_date(ent.text, day, future=future, nearest=future, past=not future)
        span = date_span(resolved.date)
        if span is None or (not future and span[0] > day) or (future and span[1] < day):
            return None
    return ent.text


LEAD = "newsevents_lead_incident"  # Doc.user_data key: (published, (lead's index, its act's day, the act))
LEAD_MIN_WORDS = 30  # a first sentence with no final stop this long is a run-on report, not a headline
LEAD_REACH = 4  # sentences after the lead that may go on telling its incident with no time of their own
REFERENCE_REACH = 8  # the same, in a record with no publication date: the lead's day is the report's
LATER_ADVERBS = {"later", "subsequently", "afterwards", "afterward"}  # the story moves past the lead's day
REPEAT_ADVERBS = {"also", "again", "too"}  # "Iran has also attacked a tanker": a new act, not the one told
DAY_ADDING_ADVERBS = {"also", "too"}  # in a one-day digest they add an act to the day, not another day
DEFINITE_WORDS = {"the", "this", "that", "these", "those", "its", "their", "his", "her"}


def _lead_incident_phrase(tok: Token, frame: list[Token], published: date | None) -> str | None:
    """The day of the incident the article's lead tells ("Militants ambushed a convoy in Ukhrul on April 15,
    reports X. A group of militants hiding on a hilltop ambushed the convoy ...", "Today, a blast ... The
    posters left at the site demanded ..."), for an act the next sentences (up to `LEAD_REACH`) tell in the
    simple past with no time of their own and linked to the lead (`_refers_to_lead`): they go on with that
    incident. Not when a sentence from the lead to the event's names another time, moves past the lead's
    day ("later") or opens another incident ("In another incident", "Meanwhile", data/date_cues.csv
    `new_incident`); not an act told with "also", "again" (a new one), a statement or reaction (made when
    reported), an event noun told without "the" or a possessive ("several attacks"), a present or perfect
    act, an act of other named doers. Only a lead whose own main act (the report's content) is done and
    dated by a day of its own clause, not ahead of the story. In a record with no publication date the
    lead's own other acts take its day too, when told in the incident that day dates
    (`_told_with_lead_day`)."""
    sent = sentence_of(tok)
    if sent.start == 0 and published is not None:
        return None
    lead = _lead_incident(tok.doc, published)
    if lead is None:
        return None
    index, phrase, act = lead
    if _other_named_doers(tok.doc[act], tok):
        return None  # "Iraq attacked a tanker on Monday. Iran attacked a tanker": another act
    sents = _sentence_starts(tok.doc)
    lead_sent = sentence_of(tok.doc[sents[index]])
    if _run_on(lead_sent) and _moved_on_within(lead_sent, phrase, tok):
        return None
    position = sents.index(sent.start) if sent.start in sents else -1
    if published is None and position == index and not _run_on(lead_sent) and \
            not _told_with_lead_day(tok, lead_sent, phrase):
        return None  # a stopped lead's other acts: only those of the incident its one day dates
    # a record with no publication date ("Police arrested six cadres" in a digest dated only by its lead's
    # "on March 28"): the lead's day is the report's own, so every later act of the story told with no time
    # of its own is of that day, linked to the lead's words or not
    reference = published is None
    if not (index < position <= index + (REFERENCE_REACH if reference else LEAD_REACH)
            or (reference and position == index)):
        return None
    claimed = _claimed_act(tok)  # "HM has claimed responsibility of grenade attack": the act already told
    if not claimed and (not _simple_past(tok, frame) or _told_as_new_act(tok, frame, reference)):
        return None
    definite = any(c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE_WORDS for c in tok.children)
    suffered = reference and (_harmed_in(tok) or _suffered(tok))
    if tok.pos_ == "NOUN" and not (claimed or definite or suffered):
        return None  # "several attacks" may be others; "were injured in attacks" in a digest, the day's
    doc = tok.doc
    if not reference and not _refers_to_lead(tok, sentence_of(doc[sents[index]])):
        return None  # "The ministers met on March 2. Brazil accused the United States": nothing links them
    if _moved_on(tok, sents[index + 1:position + 1], report_days=reference, lead=(sents[index], phrase)):
        return None  # in a record with no publication date "last night" is the lead's day, the report's
    return phrase


def _told_with_lead_day(tok: Token, lead: Span, phrase: str) -> bool:
    """In the stopped lead of a record with no publication date, is the undated act told in the incident
    the lead's day dates ("Two policemen were injured in a pipe bomb blast, triggered by Maoists, in
    Narayanpur on June 21", "three troopers were killed and 13 injured in a militant attack which began on
    February 21")? The lead names that one time and no other; the day is no speech's or report's ("...,
    Police said on October 12", "..., reports X on January 26": the report's day, the act may be the day
    before); and between the act and the day no clause describes a noun other than a happening (data/
    date_cues.csv `happening`) and no step of sequence ("killed him on December 21, after branding him an
    informer"): not "arrested a man who killed a trader on June 3", where the day is the killing's, nor the
    killing of "a man who was abducted" on the lead's day."""
    days = [e for e in _date_entities(lead[0]) if names_a_time(e.text)]
    if {e.text for e in days} != {phrase} or any(_said_day(e) for e in days):
        return False
    return _joined_without_noun_clause(tok, days[0].root)


def _lead_after_clause(tok: Token) -> bool:
    """Is the event's verb (or the verb its noun hangs on) in a same-day "after" clause (`_same_day_after`)
    of the lead sentence, or a verb coordinated with one ("after militants fired on a Police party and
    fled")?"""
    lead = _lead_incident(tok.doc, None)
    if lead is None or sentence_of(tok).start != _sentence_starts(tok.doc)[lead[0]]:
        return False
    verb = tok if tok.pos_ == "VERB" else next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    while verb is not None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    return verb is not None and _same_day_after(verb)


def _said_day(ent: Span) -> bool:
    """Is the date phrase the day of a telling: the first verb above it is a speech or report verb ("Police
    said on October 12", "reports X on January 26"), or no verb is?"""
    verb = next((a for a in ent.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is None or verb.lemma_.lower() in SPEECH_LEMMAS


def _noun_clause(node: Token) -> bool:
    """Does the word head a clause that tells an act of a noun: a relative clause ("a man who killed a
    trader") or a past participle on it ("a man abducted on June 3"), not on a happening (data/date_cues.csv
    `happening`: "an attack which began on", "the blast planted by" tell the happening itself)? A present
    participle ("a checkpost ... targeting", "a road leading to") describes the noun at the clause's time;
    the parser hangs a sentence's last phrase on it."""
    clause = node.dep_ == "relcl" or (node.dep_ == "acl" and node.tag_ == "VBN")
    return clause and node.head.lemma_.lower() not in cue_words("happening")


def _sequence_step(node: Token) -> bool:
    """Does the word put what hangs below it before or after another act ("killed him on December 21,
    after branding him an informer", "took place after Maoists attacked a camp on August 30"): a
    preposition or subordinating word of sequence, or a clause it opens?"""
    words = AFTER_PREPS | BEFORE_PREPS
    return (node.dep_ in {"prep", "mark"} and node.lower_ in words) or any(
        c.dep_ == "mark" and c.lower_ in words for c in node.children)


def _joined_without_noun_clause(tok: Token, other: Token) -> bool:
    """Do the two words join in the parse with no clause telling an act of a noun between them
    (`_noun_clause`), nor a step of sequence (`_sequence_step`: one is before or after the other)?"""
    above = [tok, *tok.ancestors]
    common = next((a for a in [other, *other.ancestors] if a in above), None)
    if common is None:
        return False
    for start in (tok, other):
        for node in [start, *start.ancestors]:
            if node.i == common.i:
                break
            if _noun_clause(node) or (_sequence_step(node) and not _same_day_after(node)):
                return False
    return True


COUNTED_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years"}  # "two days after"


def _same_day_after(node: Token) -> bool:
    """Is the word a clause in the simple past opened by "after" with no time of its own ("SFs on August 17
    launched a search operation after a group of militants fired on a Police party", "An encounter took
    place ... on June 22, after the Maoists held three villagers captive"): in an incident report the act
    that set off the one dated, on its day? Not a past perfect ("after he had killed a trader"), a gerund
    ("after branding him an informer"), nor one counted back ("two days after", "a week after they
    fired")."""
    if node.pos_ != "VERB" or node.dep_ != "advcl" or not _simple_past(node, [node]):
        return False
    marks = [c for c in node.children if c.dep_ == "mark"]
    if [m.lower_ for m in marks] != ["after"] or marks[0].n_lefts + marks[0].n_rights:
        return False
    counted = any(c.dep_ == "npadvmod" for t in (node, marks[0]) for c in t.children)
    if counted or any(t.lower_ in COUNTED_UNITS for t in node.doc[max(marks[0].i - 3, 0):marks[0].i]):
        return False
    return date_phrase(node, [node]) is None


CLAIM_PREPS = {"for", "of"}  # "responsibility for the attack", "responsibility of grenade attack"


def _claimed_act(tok: Token) -> bool:
    """Is the event noun the act a party claims or is blamed for ("claimed responsibility of grenade attack",
    "owned responsibility for the blast"): a done act the story has told, whatever the claim's tense?"""
    prep = tok.head
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and prep.lower_ in CLAIM_PREPS and \
        prep.head.lemma_.lower() == "responsibility"


def _run_on(sent: Span) -> bool:
    """Is the sentence a whole report told with no stop ("... in Kulgam District on May 6 night reports Daily
    Excelsior Militants travelling in a car opened fire ..."): no final stop and at least `LEAD_MIN_WORDS`
    words, too long for a headline?"""
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text not in {".", "!", "?"} and len(words) >= LEAD_MIN_WORDS


def _moved_on_within(lead: Span, phrase: str, tok: Token) -> bool:
    """In a run-on lead (`_run_on`), has the report moved past the lead's day before the event: another time
    named ("... on December 26 reports X Munda is accused of the murder of an MP in 2007 ... The SFs
    recovered"), "later", or another incident opened after the lead's day phrase, up to the trigger or the
    lead's end?"""
    days = [e for e in _date_entities(lead[0]) if e.text == phrase]
    if not days or days[0].start > tok.i:
        return False  # the lead's own clause, before its day phrase
    end = min(tok.i, lead.end)
    # a turn word opens another incident only as the new incident's words do ("In another incident"), not
    # on a person ("one trooper was killed and another Police man was injured": the same incident's toll)
    return any(e.start >= days[0].end and e.end <= end and e.text != phrase and names_a_time(e.text)
               for e in _date_entities(lead[0])) or any(
        (t.lower_ in LATER_ADVERBS and t.dep_ in {"advmod", "npadvmod", "amod", "det"}
         and not _within_the_hour(t)) or _turns_to_another_incident(t) for t in tok.doc[days[0].end:end])


def _moved_on(tok: Token, starts: list[int], report_days: bool = False,
              lead: tuple[int, str] | None = None) -> bool:
    """Does one of the sentences from `starts` (the lead's next to the event's) name another time (with
    `report_days`, other than a day counted from the newspaper's: "last night", "this morning"), open another
    incident or move past the lead's day ("later"; not an aside on the victims before an act of the
    fighting: "Khan succumbed to his injuries later. Other guards fired ...")? A sentence that names the
    lead's day again (`lead`: the lead's first token and its day phrase) brings the story back to it ("...
    escaped from jail on October 3, 2013 ... a Police party went to the village late on April 3 night"):
    only the sentences from it on count, and its own other times do not (`_back_at_lead_day`)."""
    doc, sent = tok.doc, sentence_of(tok)
    back = _back_at_lead_day(doc, starts, *lead, report_days=report_days) if lead is not None else None
    for n, start in enumerate(starts):
        if back is not None and n < back:
            continue  # the story has come back to the lead's day since
        between = sentence_of(doc[start])
        if (n != back and any(names_a_time(e.text) and not (report_days and _report_day(e.text))
                              for e in _date_entities(doc[start]))) or \
                _opens_new_incident(between) or \
                any(t.lower_ in LATER_ADVERBS and t.dep_ == "advmod" and not _within_the_hour(t) and not (
                    start != sent.start and _aside(t.head) and _incident_act(tok))
                    and not (start == sent.start and _later_past_the_act(t, tok)) for t in between):
            return True
    return False


def _later_past_the_act(later: Token, tok: Token) -> bool:
    """In the event's own sentence, does the "later" come after the event and tell a step that followed it,
    not the event's own clause ("militants opened fire and Police retaliated ... and later militants fled
    to the jungle": the fleeing is later, the retaliation is still the lead's day)?"""
    return later.i > tok.i and tok not in later.head.subtree


def _back_at_lead_day(doc: Doc, starts: list[int], lead_start: int, lead_day: str,
                      report_days: bool = False) -> int | None:
    """The position in `starts` of the last sentence that tells an act on the lead's day again, None when
    none does or the lead's day is a speech's or report's ("confirmed on January 21 that seventeen had been
    killed": the killing may be of the night before). A bound ("a week-long bandh from December 21") tells
    no act on that day. With `report_days` (a record with no publication date, whose lead's day is the
    report's), a day counted from the newspaper's own ("The militants were trapped last evening", after a
    flashback "started three days ago") names it again too (`_report_day`)."""
    if not starts or any(_said_day(e) for e in _date_entities(doc[lead_start]) if e.text == lead_day):
        return None
    return max((n for n, start in enumerate(starts) if any(
        (_names_lead_day(e.text, lead_day) or (report_days and _report_day(e.text)))
        and e.root.head.lower_ not in NOT_WHEN_PREPS
        for e in _date_entities(doc[start]))), default=None)


def _names_lead_day(text: str, lead_day: str) -> bool:
    """Does the date phrase name the lead's day again: the same phrase, or the same month and day with no
    year ("late on April 3 night" after "on April 3"; "(October 17)" after "on October 17")?"""
    if text == lead_day:
        return True
    mine, lead = yearless_date(text), yearless_date(lead_day)
    return mine is not None and mine == lead and len(mine) == len("XXXX-01-01")


SHORT_UNITS = {"second", "seconds", "minute", "minutes", "moment", "moments", "hour"}  # not "hours": a night


def _within_the_hour(later: Token) -> bool:
    """Is the "later" counted in minutes or an hour ("about half an hour later the second bomb went off",
    "a few minutes later"): the incident goes on, on the same day?"""
    return any(c.dep_ == "npadvmod" and c.lower_ in SHORT_UNITS for c in later.children)


# The words of a day counted from a newspaper's own day ("last night", "yesterday", "this morning").
REPORT_DAY_WORDS = {"last", "late", "this", "night", "evening", "morning", "afternoon", "yesterday", "today",
                    "early", "on"}
REPORT_DAY_NAMES = {"night", "evening", "morning", "afternoon", "yesterday", "today"}  # one must be there


def _report_day_of_record(tok: Token, phrase: str, published: date | None) -> str | None:
    """"... was abducted and killed on December 23, reports X. The victim had been abducted by Naxals from
    his house last night": in a record with no publication date, a day counted from the newspaper's own day
    ("last night", "yesterday", "this morning") has nothing to count from but the lead's day, the report's:
    a done act told so in the next sentences (up to `REFERENCE_REACH`) takes the lead's day, unless the story
    has named another time or incident since, or other named doers act."""
    if published is not None or story_day(tok, published) is not None or not _report_day(phrase):
        return None
    lead = _lead_incident(tok.doc, published)
    if lead is None or _other_named_doers(tok.doc[lead[2]], tok):
        return None
    index, day_phrase, _ = lead
    sents = _sentence_starts(tok.doc)
    if any(e.text == day_phrase and _speech_day(e) for e in _date_entities(tok.doc[sents[index]])):
        return None  # "..., Police said on October 12": the report's day, the night before it another
    sent = sentence_of(tok)
    position = sents.index(sent.start) if sent.start in sents else -1
    if not index < position <= index + REFERENCE_REACH or not _past_tense(tok, [tok]):
        return None
    return None if _moved_on(tok, sents[index + 1:position + 1], report_days=True,
                             lead=(sents[index], day_phrase)) else day_phrase


def _speech_day(ent: Span) -> bool:
    """Does the date phrase hang on a speech verb ("Police said on October 12"), or on no verb?"""
    verb = governing_verb(ent)
    return verb is None or verb.lemma_.lower() in SPEECH_LEMMAS


# The words of a time of day that may be told on the newspaper's day ("at around 6 am today").
CLOCK_WORDS = {"at", "around", "about", "am", "pm", "a.m", "p.m", "hours", "hrs"}
CLOCK_TIME = re.compile(r"\d{1,2}(?:[.:]\d{2})?(?:am|pm|a\.m|p\.m|hrs)?")  # "6", "8.30pm", "10:00pm"


def _report_day(phrase: str) -> bool:
    """Is the phrase a day counted from the newspaper's own day ("last night", "late last night", "this
    morning", "yesterday"), nothing more but a time of day on it ("at around 6 am today": a clock time
    names no other day)?"""
    words = {w.strip(".,").lower() for w in phrase.split()}
    words = {w for w in words if w not in CLOCK_WORDS and not CLOCK_TIME.fullmatch(w)}
    return words <= REPORT_DAY_WORDS and bool(words & REPORT_DAY_NAMES)


def _harmed_in(noun: Token) -> bool:
    """Is the event noun the happening in which the clause's people were harmed ("were seriously injured in
    attacks by cadres"; data/date_cues.csv `harm`)?"""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in {"in", "during"} and prep.head.pos_ == "VERB" and \
        prep.head.lemma_.lower() in cue_words("harm")


def _suffered(noun: Token) -> bool:
    """Is the event noun an act its clause's subject suffers, named with a verb and preposition of data/
    date_cues.csv `suffered` ("SFs came under heavy fire from a group of Maoists", "the party fell into an
    ambush laid by the Maoists")? One act of the incident told, not some others ("several attacks")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.head.pos_ == "VERB" and \
        f"{prep.head.lemma_.lower()} {prep.lower_}" in cue_words("suffered")


def _aside(verb: Token) -> bool:
    """A later act told as an aside on the incident's victims ("The injured soldiers later succumbed to their
    injuries"; data/date_cues.csv `aside`): it is later itself, but the story does not move on with it, so
    the next sentences that tell the incident's fighting ("Other guards fired at the fleeing militants")
    still tell the lead's day; see `_incident_act`."""
    return verb.lemma_.lower() in cue_words("aside")


def _incident_act(tok: Token) -> bool:
    """An act of the incident's fighting (data/date_cues.csv `force_act`: fired, attacked, killed), not one
    that may follow it on another day (an arrest, a search, a case registered)."""
    return tok.lemma_.lower() in cue_words("force_act")


# Entity types of names that place rather than name a party: a town told again may be another incident's.
PLACE_TYPES = {"GPE", "LOC", "FAC", "DATE", "TIME"}
LINK_PRONOUNS = {"they", "them", "he", "him", "she", "her"}  # subjects and objects that go on with the lead's


def _refers_to_lead(tok: Token, lead: Span) -> bool:
    """Does the event's sentence go on with the lead's incident: its act is told by a word of the lead
    ("in an ambush ... militants ambushed a convoy"), or it names with "the" (this, a possessive) a party or
    thing the lead names ("The assailants fired", "The mobile was parked") or a happening ("In the ensuing
    gunfight", data/date_cues.csv `happening`), or names again a person or body the lead names (not a place:
    "... Debnath ... met Debnath there"), or refers to the lead's people by a pronoun ("They were asked to
    surrender")?"""
    told = {t.lemma_.lower() for t in lead if t.pos_ in {"NOUN", "PROPN", "VERB"}}
    if tok.lemma_.lower() in told:
        return True
    names = {t.lower_ for t in lead if t.pos_ == "PROPN" and t.ent_type_ not in PLACE_TYPES}
    if any(t.pos_ == "PROPN" and t.lower_ in names for t in sentence_of(tok)):
        return True  # "killed a Frontier Corps (FC) official ... militants shot dead FC official Ali Rehman"
    happenings = cue_words("happening")
    for t in sentence_of(tok):
        if t.lower_ in LINK_PRONOUNS and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
            return True
        named = t.lemma_.lower() in told or t.lemma_.lower() in happenings
        if t.pos_ in {"NOUN", "PROPN"} and named and any(
                c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE_WORDS for c in t.children):
            return True
    return False


def _lead_incident(doc: Doc, published: date | None) -> tuple[int, str, int] | None:
    """The lead sentence's index among the doc's sentences, the day phrase of its main act and the act, when
    it is a done one dated by a day: the first sentence that ends like one (a headline has no final stop); its
    root, or the content of a report told by the root ("Assam Tribune reports that militants ambushed ...").
    Read once per Doc."""
    cached = doc.user_data.get(LEAD)
    if cached is not None and cached[0] == published:
        return cached[1]
    found = None
    doc.user_data[LEAD] = (published, None)  # the lead's own act is dated by event_date: no recursion
    starts = _sentence_starts(doc)
    for n, start in enumerate(starts[:2]):
        sent = sentence_of(doc[start])
        words = [t for t in sent if not t.is_space]
        if not words or (words[-1].text not in {".", "!", "?", "'", '"', "”"} and not _run_on(sent)):
            continue  # a headline has no final stop; a report told as one run-on sentence is no headline
        act = _main_act(sent)
        if act is not None:
            dated = event_date(act, [act, *[a for a in act.ancestors if a.pos_ in {"VERB", "AUX"}][:2]],
                               published, False)
            day = story_day(act, published)
            # the act's own day, not a speech's ("said on Monday")
            own = any(e.text == dated.date_text and act.left_edge.i <= e.start
                      and e.end - 1 <= act.right_edge.i for e in _date_entities(act))
            if own and dated.date_text and dated.date_basis in {"explicit", "relative"} and \
                    _granularity(dated.date_text) >= 10 and not is_anchored(dated.date_text) and (
                        day is None or dated.date is None or _not_ahead(dated.date, day)):
                found = (n, dated.date_text, act.i)
        if found is None and published is None and story_day(sent.root, published) is None:
            found = _reference_day(sent, n)
        break
    doc.user_data[LEAD] = (published, found)
    return found


def _reference_day(sent: Span, n: int) -> tuple[int, str, int] | None:
    """A record with no publication date whose lead the parse leaves without a dated main act ("At least
    three people were killed ... during the last day of the strike on March 28, reports New Age", "... in
    a militant attack in Kulgam District on May 6 night reports Daily Excelsior ..."): the lead's one day
    is the report's day, when it is the time of a done act (a past verb in the lead, nothing told ahead on
    the verbs above the phrase, not a bound: "since May 2"). Two days in the lead ("claimed on December 4
    ... the attack on December 3") leave it open. As (`n`, the phrase, the act it dates: the verb it hangs
    on, else the lead's first past verb)."""
    days = [e for e in _date_entities(sent[0]) if names_a_time(e.text) and _granularity(e.text) >= 10
            and not is_anchored(e.text)]
    if len({e.text for e in days}) != 1:
        return None
    ent = days[0]
    if not _reported_time(ent) or ent.root.head.lower_ in NOT_WHEN_PREPS - {"during"}:
        return None
    # a participle counts ("The JeI once again swooped on law enforcers on November 18": the parse's VBN
    # for a past), unless a modal puts it ahead ("will be deployed")
    past = [t for t in sent if t.tag_ == "VBD" or (t.tag_ == "VBN" and not any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD" for c in t.children))]
    if not past:
        return None
    verb = governing_verb(ent)
    act = verb if verb is not None and verb in past else past[0]
    return (n, ent.text, act.i)


def _not_ahead(value: str, day: date) -> bool:
    """Does a resolved date begin on or before the story's day?"""
    span = date_span(value)
    return span is not None and span[0] <= day


def _sentence_starts(doc: Doc) -> list[int]:
    """The start token of each sentence of the doc, in order."""
    return [sent.start for sent in doc.sents]


def _main_act(sent: Span) -> Token | None:
    """The act a lead sentence reports: its root, or the root's reported content when the root is a speech
    verb ("X reports that seven were killed"); None when that act is no done act (a present, a future)."""
    act: Token | None = sent.root
    if act is not None and act.lemma_.lower() in SPEECH_LEMMAS:
        act = next((c for c in act.children if c.dep_ in {"ccomp", "parataxis"} and c.pos_ in {"VERB", "AUX"}
                    and c.lemma_.lower() not in SPEECH_LEMMAS), None)
    if act is None or act.pos_ != "VERB" or not _simple_past(act, [act]):
        return None  # not "The army said on March 2 that the border was calm": a state, no incident
    return act


def _simple_past(tok: Token, frame: list[Token]) -> bool:
    """Is the event told in the simple past: its verb (or, for an event noun, the verb governing it) is a
    past ("ambushed", "took place") or a past passive ("were killed"), with no perfect ("has claimed")?"""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else next(
        (a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    while verb is not None and _bare_gerund(verb):
        # "Police retaliated by firing upon the suspects, killing two": a gerund's time is its governor's
        verb = next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    while verb is not None and (_bare_participle_of_conjunct(verb) or _achieved_infinitive(verb)):
        # "militants entered the shop and opened fire": the tagger's VBN for the second of two pasts,
        # with no subject or auxiliary of its own, is told in its first conjunct's tense; "managed to
        # escape": an act its governor says was achieved, in that governor's tense
        verb = verb.head
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.lemma_.lower() == "have" or c.tag_ == "MD" for c in auxes):
        return False
    # a participle with its own subject and no auxiliary is the tagger's VBN for a past ("militants
    # attacked"); a past progressive joined to an act by "when", "while" ("he was returning home when ...")
    return verb.tag_ == "VBD" or _finite_participle(verb) or (
        verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in auxes)) or \
        _progressive_at_an_act(verb)


def _progressive_at_an_act(verb: Token) -> bool:
    """Is the verb a past progressive going on when an act happened ("was talking to a friend when the
    assailants fired", "was assaulted while he was returning home"): a "when", "while" or "as" clause, or
    one with such a clause on it? Not one told as a state or a reason ("because he was supporting the
    Government"): that may have gone on for years."""
    if not _past_progressive(verb):
        return False
    marks = {"when", "while", "whilst", "as"}
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in marks for c in verb.children) or any(
        c.dep_ == "advcl" and any(g.dep_ in {"mark", "advmod"} and g.lower_ in marks for g in c.children)
        for c in verb.children)


def _achieved_infinitive(verb: Token) -> bool:
    """Is the verb a to-infinitive whose governor says the act was done ("managed to escape", "were
    compelled to release him"; data/date_cues.csv `achieved`), so that it is told in the governor's tense?"""
    return verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"} and \
        verb.head.lemma_.lower() in cue_words("achieved") and \
        any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _bare_participle_of_conjunct(verb: Token) -> bool:
    """Is the verb a past participle coordinated after another verb, with no subject nor auxiliary of its own
    ("entered the shop and opened fire": the tagger's VBN), so that its tense is its first conjunct's?"""
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and not any(
        c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children)


GERUND_DEPS = {"pcomp", "advcl", "xcomp"}  # how a gerund with no tense of its own hangs on its verb


def _bare_gerund(verb: Token) -> bool:
    """Is the verb a gerund or present participle with no auxiliary nor subject of its own, hung on another
    verb ("retaliated by firing", "opened fire, killing two"): told at its governor's time?"""
    return verb.tag_ == "VBG" and verb.dep_ in GERUND_DEPS and not any(
        c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "mark"} for c in verb.children)


def _told_as_new_act(tok: Token, frame: list[Token], reference: bool = False) -> bool:
    """Is the event told as another act than the lead's: with "also", "again" on it or its clause, or a
    statement or reaction (said, condemned, claimed: made when reported, not in the incident)? In a record
    with no publication date (`reference`: a digest of one day) "also", "too" add an act to that day ("The
    Maoists also abducted two workers"); only "again" tells a new one."""
    if tok.lemma_.lower() in SPEECH_LEMMAS | cue_words("reaction"):
        return True
    repeats = REPEAT_ADVERBS - DAY_ADDING_ADVERBS if reference else REPEAT_ADVERBS
    return any(c.dep_ == "advmod" and c.lower_ in repeats
               for node in [tok, *frame] for c in node.children) and not _in_told_happening(tok)


def _in_told_happening(tok: Token) -> bool:
    """Is the act placed in a happening told with "the" ("was also arrested in the raid", "were also killed
    during the encounter"; data/date_cues.csv `happening`): "also" adds to what was done in it, not a new
    act on another day?"""
    happenings = cue_words("happening")
    return any(c.dep_ == "prep" and c.lower_ in {"in", "during"} and any(
        g.dep_ == "pobj" and g.lemma_.lower() in happenings and any(
            d.dep_ == "det" and d.lower_ in {"the", "this", "that"} for d in g.children)
        for g in c.children) for c in tok.children)


NOUN_MODIFIER_DEPS = {"amod", "compound", "nmod"}  # a participle that describes a thing, not the clause's act
PARTS_WORDS = {"separate", "different"}  # on a plural happening they split what was told, they add nothing


def _opens_new_incident(sent: Span) -> bool:
    """Does the sentence tell another incident: an adverb that turns to one ("Meanwhile", "Separately") or a
    happening noun told as another ("In another incident", "in a separate attack"; data/date_cues.csv
    `new_incident`, `happening`)? Not the plural "in separate attacks", "in different incidents": the parts
    of what the lead has summed up ("seven people were gunned down on April 21. Two activists were shot
    dead in separate attacks"), not one more."""
    return any(_turns_to_another_incident(t) for t in sent)


def _turns_to_another_incident(t: Token) -> bool:
    """Is the word one that turns the story to another incident (data/date_cues.csv `new_incident`): an
    adverb ("Meanwhile", "Separately") or a modifier of a happening noun ("another incident", "a separate
    attack", data/date_cues.csv `happening`), not of the plural parts of what was told ("in separate
    attacks") nor of a person ("another Police man")?"""
    if t.lower_ not in cue_words("new_incident"):
        return False
    if t.dep_ in {"advmod", "npadvmod"}:
        return t.head.dep_ not in NOUN_MODIFIER_DEPS  # not "their earlier demanded ransom": a thing described
    happenings = cue_words("happening") | {"incident", "case", "development"}
    return t.dep_ in {"amod", "det"} and t.head.lemma_.lower() in happenings and \
        not (t.lower_ in PARTS_WORDS and t.head.tag_ == "NNS") and not _happening_to_come(t.head)


def _happening_to_come(noun: Token) -> bool:
    """Is the happening noun one still to come, the object of an infinitive or of a modal's verb
    ("threatened to mount another attack on the village", "would carry out another attack"): no other
    incident told, only one threatened or planned?"""
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and any(c.dep_ == "aux" and (c.tag_ in {"TO", "MD"}) for c in verb.children)


def _other_named_doers(verb: Token, tok: Token) -> bool:
    """Do two verbs have subjects naming different parties ("Iraq attacked ... Iran attacked"): two acts.
    Common nouns ("terrorists ... militants") may tell the same doers and do not part them; a name's plural
    is the name ("the Maoists" are of "the Communist Party of India Maoist"). Only names of the doers count,
    not those in a phrase or clause that describes them or a happening ("The attack on the Indian Consulate
    in Herat", "the gunmen, armed with Rocket Propelled Grenades": `_names_the_doers`)."""
    def named(v: Token) -> set[str]:
        return {_name_stem(w.lower_) for c in v.children if c.dep_ == "nsubj" for w in c.subtree
                if w.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"}  # a passive's subject is the one acted on
                and _names_the_doers(w, c)}
    mine, theirs = named(tok), named(verb)
    return bool(mine) and bool(theirs) and not mine & theirs


DESCRIBING_DEPS = {"acl", "relcl", "advcl"}  # a clause on a subject describes it, names no doer


def _names_the_doers(word: Token, subject: Token) -> bool:
    """Is the word of a subject's phrase part of the doers' name: not inside a preposition's phrase other
    than "of" ("cadres of the PLA" name them; "the attack on the consulate in Herat" names a target and a
    place) nor inside a clause describing them ("the gunmen, armed with RPGs")?"""
    node = word
    while node.i != subject.i:
        if node.dep_ in DESCRIBING_DEPS or (node.dep_ == "prep" and node.lower_ != "of"):
            return False
        node = node.head
    return True


def _name_stem(word: str) -> str:
    """A name's word without a plural "s" ("maoists" -> "maoist"), so that a group's members and the group
    share it; every word compared is cut alike."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _act_object(verb: Token) -> str | None:
    """The lemma of what a verb acts on: its object, its passive subject, or the noun a participle
    describes ("the treaty, signed on February 24")."""
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head.lemma_.lower()
    thing = next((c for c in verb.children
                  if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}), None)
    if thing is not None and thing.lemma_.lower() in PART_NOUNS:
        # "blew up part of the school ... we have blown up the school": the whole the part is of
        thing = next((g for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), thing)
    return thing.lemma_.lower() if thing is not None else None


PART_NOUNS = {"part", "portion", "section", "parts", "wing", "rest", "half"}  # "part of the school"
OTHER_WORDS = {"other", "another", "more", "further"}  # "two other managers were arrested": others than told


def _acted_on_words(verb: Token) -> set[str]:
    """The words naming whom or what a verb acts on: the lemmas of its object or passive subject and of the
    conjuncts joined to it, with the nouns and names set beside them ("president Francesco Sapio and five
    managers"; not places or times)."""
    heads = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}]
    heads += [g for h in heads for g in h.conjuncts if g.pos_ in {"NOUN", "PROPN"}]
    named = [w for h in heads for w in [h, *(c for c in h.children if c.dep_ in {"compound", "appos"})]]
    return {w.lemma_.lower() for w in named if w.pos_ in {"NOUN", "PROPN"} and w.ent_type_ not in PLACE_TYPES}


def _shared_acted_on(verb: Token, tok: Token) -> bool:
    """Does a verb telling the act again act on whom the event's verb acts on, named in other words that share
    one ("The president and five managers have been arrested ... president Francesco Sapio and five managers
    were arrested last night")? Not when told as more of them ("two other managers were also arrested")."""
    if any(c.dep_ == "advmod" and c.lower_ in REPEAT_ADVERBS for c in verb.children):
        return False
    mine = _acted_on_words(tok)
    heads = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(w.lower_ in OTHER_WORDS for h in heads for g in [h, *h.conjuncts] for w in g.children):
        return False
    return bool(mine & _acted_on_words(verb))


def _same_thing(noun: str | None, thing: str) -> bool:
    """One thing told twice: the same noun, or two accord nouns ("a tax treaty ... the new agreement";
    data/date_cues.csv `accord`)."""
    accords = cue_words("accord")
    return noun == thing or (noun in accords and thing in accords)


def _same_doers(verb: Token, tok: Token) -> bool:
    """Do two verbs tell one act: no subject on either side ("the treaty, signed on ..."), or subjects
    sharing a word ("Iran has attacked a tanker ... Iraq attacked a tanker" are two acts)."""
    def doers(v: Token) -> set[str]:
        return {w.lower_ for c in v.children if c.dep_ == "nsubj" for w in c.subtree
                if w.pos_ in {"NOUN", "PROPN", "PRON"}}
    mine, theirs = doers(tok), doers(verb)
    return not mine or not theirs or bool(mine & theirs) or bool(REFERRING_DOERS & (mine | theirs))


# Subjects that refer back to the doers already told ("they", "the two governments", "both sides").
REFERRING_DOERS = {"they", "it", "we", "both", "sides", "parties", "countries", "governments", "nations"}


def _perfect_act_dated_nearby(tok: Token, frame: list[Token], day: date | None,
                              reach: int = 3) -> str | None:
    """"The United States and the Virgin Islands have signed a tax treaty ... The treaty, signed on February
    24, ...": a present perfect act whose day a nearby sentence (up to `reach` before or after) gives for the
    same act, told by the same verb on the same thing. Only a day or week, not ahead of the story."""
    if tok.pos_ != "VERB" or _perfect_verb(tok, frame) is None:
        return None
    thing = _act_object(tok)
    if thing is None:
        return None
    sent = sentence_of(tok)
    doc = tok.doc
    starts, node = [sent], sent  # its own sentence first: a run-on report goes on with a quote of the act
    for _ in range(reach):  # the sentences after, then before
        if node.end >= len(doc):
            break
        node = sentence_of(doc[node.end])
        starts.append(node)
    node = sent
    for _ in range(reach):
        if node.start == 0:
            break
        node = sentence_of(doc[node.start - 1])
        starts.append(node)
    for other in starts:
        for t in other:
            if t.i == tok.i or t.pos_ != "VERB" or t.lemma_.lower() != tok.lemma_.lower() or \
                    not (_same_thing(_act_object(t), thing) or _shared_acted_on(t, tok)) or \
                    not _same_doers(t, tok):
                continue
            own = date_phrase(t, [t])
            if own is None or _granularity(own) < 8:
                continue
            if day is None:
                return own  # no publication day (a digest's record): the day told is all there is
            span = date_span(resolve_event_date(own, day, past=True).date)
            if span is not None and span[0] <= day:
                return own
    return None


LEDE_RETELL_REACH = 2  # sentences after the lede in which its act is looked for, told again with a day


def _lede_act_told_again(tok: Token, frame: list[Token], day: date | None) -> str | None:
    """"Chadian troops killed 384 Libyans ..., a statement said. The statement said government troops had
    annihilated a Libyan column yesterday": an undated done act of the story's lede (its first body
    sentence; a headline's act reaches it through _lede_act) takes the day one of the next
    `LEDE_RETELL_REACH` sentences gives the same act told again by the same doers: the same verb (with no
    other thing acted on: "have met ... met yesterday with"), or a past perfect of force of the same kind
    (data/date_cues.csv `force_act`), or its act named again with a day (`_act_named_with_day`). Only a
    day, not ahead of the story; not an act told with "also" or "again" (a new one)."""
    # an event noun is told in the tense of the clause over it ("issued an injunction, enjoining X's offer")
    above = [a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}][:3] if tok.pos_ == "NOUN" else []
    if day is None or tok.pos_ not in {"VERB", "NOUN"} or not _past_tense(tok, [*frame, *above]):
        return None
    sent = sentence_of(tok)
    if sent.start not in _lede_starts(tok) or _lede_act(tok) is not None:
        return None
    lemma, thing = tok.lemma_.lower(), _act_object(tok)
    forces = cue_words("force_act")
    node = sent
    for _ in range(LEDE_RETELL_REACH):
        if node.end >= len(tok.doc):
            break
        node = sentence_of(tok.doc[node.end])
        for t in (node if tok.pos_ == "VERB" else []):  # an event noun is only named again, below
            if t.pos_ != "VERB" or not _same_doers(t, tok) or _other_named_doers(t, tok) or any(
                    c.dep_ == "advmod" and c.lower_ in {"also", "again", "too"} for c in t.children):
                continue
            same_verb = t.lemma_.lower() == lemma and (_act_object(t) is None or _same_thing(
                _act_object(t), thing or "") or _shared_acted_on(t, tok))
            same_force = lemma in forces and t.lemma_.lower() in forces and t.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lower_ == "had" for c in t.children)
            if not (same_verb or same_force):
                continue
            own = date_phrase(t, [t])
            if own is None or _granularity(own) < 10:
                continue
            span = date_span(resolve_event_date(own, day, past=True).date)
            if span is not None and span[0] <= day:
                return own
        named = _act_named_with_day(tok, node, day)
        if named is not None:
            return named
    return None


ACT_KINDS = ("arrest_act", "killing_act", "seizure_act", "charge_act", "conviction_act", "extradition_act")
RUN_WORDS = {"series", "wave", "spate", "string", "number", "round"}  # "a series of arrests": many acts


def _lede_act_detailed_next(tok: Token, frame: list[Token], day: date | None) -> str | None:
    """"Authorities in Colombia have captured a crime boss who ... On October 26, police captured X in
    Medellin": the story's first sentence after its headline sums up an undated done act, and the next
    sentence tells it in detail with its day, by a word of the same kind (data/date_cues.csv `arrest_act`,
    `killing_act`, `seizure_act`, `charge_act`, `conviction_act`, `extradition_act`: "has been arrested
    ... was apprehended July 9", "Mexico has announced the arrest of X ... captured X on September 27",
    "The murder of an official has brought to light ... was murdered on May 10"). The act is a done verb
    (or an event noun, the subject of its clause or what is announced); the detail's own phrase names a day
    not ahead of the story, told by no other named doers, not as another act ("also", "other"), and every
    such word of the next sentence gives the same day. Not a run of acts ("a series of arrests")."""
    act = tok
    if tok.pos_ == "VERB" and tok.lemma_.lower() in ANNOUNCE_LEMMAS:  # "announced the arrest of X"
        act = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), tok)
    kind = _act_kind(act)
    if kind is None or not _first_body_sentence(tok) or _over_a_stretch(tok, frame):
        return None
    if tok.pos_ == "VERB" and not _past_tense(tok, frame):
        return None
    if tok.pos_ == "NOUN" and not (tok.dep_ in {"nsubj", "nsubjpass"} or (
            tok.dep_ == "dobj" and tok.head.lemma_.lower() in ANNOUNCE_LEMMAS)):
        return None
    if tok.pos_ not in {"VERB", "NOUN"} or any(w.lower_ in RUN_WORDS for w in [act.head, *act.children]):
        return None
    sent = sentence_of(tok)
    if sent.end >= len(tok.doc):
        return None
    # the doers of an act the sentence names by its noun or by its announcement are not told there
    doer = tok if act is tok and tok.pos_ == "VERB" else None
    found: set[str] = set()
    for t in sentence_of(tok.doc[sent.end]):
        if t.pos_ not in {"VERB", "NOUN"} or _act_kind(t) != kind or any(
                c.lower_ in REPEAT_ADVERBS | OTHER_WORDS for c in t.children):
            continue
        # "conducted a joint operation on October 31, arresting X": a bare participle told in its verb's past
        told = [t, t.head] if t.tag_ == "VBG" and t.dep_ in {"advcl", "xcomp", "conj"} else [t]
        others = any(w.lower_ in OTHER_WORDS for c in t.children if c.dep_ in {"dobj", "nsubjpass"}
                     for w in c.children)  # "two other officers were arrested"
        if t.pos_ == "VERB" and (not _past_tense(t, told) or others or (
                doer is not None and _other_named_doers(t, doer))):
            continue
        # "On January 15, prosecutors coordinated the arrest of X": an event noun's day is its verb's
        governed = t.pos_ == "NOUN" and t.dep_ in {"dobj", "nsubj", "nsubjpass"} and t.head.pos_ == "VERB" \
            and t.head.lemma_.lower() not in SPEECH_LEMMAS
        own = date_phrase(t, [t, t.head] if governed else [t])
        if own is None or _granularity(own) < 10 or (day is not None and not _done_day(own, day)):
            continue
        found.add(own)
    return found.pop() if len(found) == 1 else None


def _act_kind(word: Token) -> str | None:
    """The kind of act a verb or event noun names (data/date_cues.csv `arrest_act` ... `extradition_act`)."""
    lemma = word.lemma_.lower()
    return next((kind for kind in ACT_KINDS if lemma in cue_words(kind)), None)


def _first_body_sentence(tok: Token) -> bool:
    """Is the token in the story's first sentence after its headline (with no headline, its first)?"""
    first = _first_sentence_from(tok.doc, _title_end(tok.doc))
    return first is not None and first.start <= tok.i < first.end


def _title_end(doc: Doc) -> int:
    """Where the headline the article's title gives ends in the text; 0 when the text does not open with
    it."""
    article = doc._.article if doc.has_extension("article") else None
    title = getattr(article, "title", None) if article is not None else None
    return len(title) if title and doc_text(doc).startswith(title) else 0


def _first_sentence_from(doc: Doc, start: int) -> Span | None:
    """The first sentence with a word in it that begins at or after the character offset `start`."""
    return next((sent for sent in doc.sents
                 if sent.start_char >= start and any(not t.is_space for t in sent)), None)


SAME_ACT = "newsevents_acts_by_lemma"  # Doc.user_data key: lemma -> the doc's nouns and verbs of that lemma
ARGUMENT_DEPS = {"dobj", "nsubjpass", "pobj", "attr", "appos", "compound", "conj"}  # what an act is done to


def _same_act_dated_elsewhere(tok: Token, day: date | None) -> str | None:
    """"... took over after the capture of Urdinola, alias Chicho ... after the January 2013 capture of
    Chicho", "Maoists set fire to the engine of a train on October 6 ... The rebels set the engine on fire":
    one act told twice, once with a time of its own clause, takes that time. The same word (a noun told
    with "the", "this" or a possessive; a verb in the past) in another sentence of the article, done to the
    same party or thing: a name they share (not a place), or a thing this mention names with "the". Every
    such mention with a time must give the same one; not an act told with "also", "again" (a new one),
    nor one whose time is counted from another ("two days later")."""
    if tok.pos_ == "NOUN":
        if not any(c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE_WORDS for c in tok.children):
            return None
    elif tok.pos_ != "VERB" or tok.tag_ not in {"VBD", "VBN"}:
        return None
    if any(c.lower_ in REPEAT_ADVERBS | {"another", "other"} for c in tok.children):
        return None
    mine = _act_party_words(tok, definite_only=True)
    if not mine:
        return None
    sent = sentence_of(tok)
    found: set[str] = set()
    for other in _acts_by_lemma(tok.doc).get((tok.pos_, tok.lemma_.lower()), []):
        if sent.start <= other.i < sent.end or not (mine & _act_party_words(other, definite_only=False)):
            continue
        own = date_phrase(other, [other])
        sharing = _coordinated_verb(other, [other]) if own is None and other.pos_ == "VERB" else None
        if sharing is not None:
            own = date_phrase(sharing, [sharing])  # "were killed and five others injured on November 24"
        lead = _lead_incident(tok.doc, None) if own is None and day is None else None
        if lead is not None and lead[2] == other.i:
            own = lead[1]  # the lead's own act, whose day the parse hung elsewhere: the report's day
        if own is None or not names_a_time(own) or is_anchored(own) or _granularity(own) < 7:
            continue
        if day is not None:
            span = date_span(resolve_event_date(own, day, past=True).date)
            if span is None or span[0] > day:
                continue
        found.add(own)
    return found.pop() if len(found) == 1 else None


def _act_party_words(tok: Token, definite_only: bool) -> set[str]:
    """The words naming what an act is done to: the head word of its object, passive subject or a
    preposition's object, with the names it carries in apposition or as its name ("Urdinola, alias Chicho")
    (not places or times); a common noun (with `definite_only`, only one told with "the", "this", a
    possessive). A name inside a modifier ("PCC-linked traffickers") is no party of its own."""
    words: set[str] = set()
    for child in tok.children:
        heads = [child] if child.dep_ in ARGUMENT_DEPS else \
            [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        for head in heads:
            named = [head, *(c for c in head.children if c.dep_ in {"appos", "compound", "flat"})]
            named += [g for c in named if c.dep_ == "appos"
                      for g in c.children if g.dep_ in {"appos", "pobj"}]
            for w in named:
                if w.pos_ == "PROPN" and w.ent_type_ not in PLACE_TYPES:
                    words.add(w.lower_)
                elif w is head and w.pos_ == "NOUN" and (not definite_only or any(
                        c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE_WORDS for c in w.children)):
                    words.add(w.lemma_.lower())
                if w is head and w.pos_ == "NOUN":
                    words |= _counted_party(w)
    return words


def _counted_party(noun: Token) -> set[str]:
    """A party told by its count ("two soldiers", "3 policemen"), as "two soldier": "Two soldiers were
    killed ... on November 24 ... Subsequently, two soldiers were killed on the spot" tells one party twice,
    as "the two soldiers" would; the same noun with another count, or none, is no match."""
    counts = [c.lower_ for c in noun.children if c.dep_ == "nummod" and c.like_num]
    return {f"{counts[0]} {noun.lemma_.lower()}"} if len(counts) == 1 else set()


def _acts_by_lemma(doc: Doc) -> dict[tuple[str, str], list[Token]]:
    """The doc's nouns and verbs by (part of speech, lemma), read once per Doc."""
    index = doc.user_data.get(SAME_ACT)
    if index is None:
        index = {}
        for t in tokens_of_pos(doc, "NOUN", "VERB"):
            index.setdefault((t.pos_, t.lemma_.lower()), []).append(t)
        doc.user_data[SAME_ACT] = index
    return index


RETELLING_DETERMINERS = {"the", "this", "that", "its", "their", "his", "her"}  # "the demand", "his speech"
SPEECH_NOUNS = {"speech", "address", "interview", "statement", "remarks", "broadcast"}  # "In a speech Sunday"


def _act_named_with_day(tok: Token, sent: Span, day: date) -> str | None:
    """The day a later sentence of the story gives the lede's undated act by naming it: its noun told with
    "the" (or "this", a possessive) and dated on its clause or its onset ("have demanded a list ... the
    demand for the list was made on June 26", "the offer, which began on Feb. 17"), or, for a speech, the
    same speaker's dated speech in the next sentence ("Castro told a congress ... In a speech Sunday,
    Castro said"). Only a day not ahead of the story."""
    lemma = tok.lemma_.lower()
    names = [n for n in sent if n.pos_ == "NOUN" and (
        _names_the_act(n, tok) if tok.pos_ == "VERB" else n.lemma_.lower() == lemma)]
    for noun in names:
        if not any(c.dep_ in {"det", "poss"} and c.lower_ in RETELLING_DETERMINERS for c in noun.children):
            continue
        governor = [noun.head] if noun.dep_ in {"nsubj", "nsubjpass", "dobj"} and \
            noun.head.pos_ in {"VERB", "AUX"} else []
        own = _onset_phrase(noun) or date_phrase(noun, [noun, *governor])
        if own is not None and _done_day(own, day):
            return own
    if tok.pos_ != "VERB" or lemma not in SPEECH_LEMMAS or sent.start != sentence_of(tok).end:
        return None
    for verb in sent:
        speech = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                  for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in SPEECH_NOUNS]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_LEMMAS or not speech or \
                not _same_speaker(verb, tok):
            continue
        own = date_phrase(verb, [verb, *speech])
        if own is not None and _done_day(own, day):
            return own
    return None


def _same_speaker(verb: Token, tok: Token) -> bool:
    """Is the speaker of `verb` the one of `tok`: a pronoun, or a name shared by both subjects ("Fidel Castro
    told ... Castro said"; not "President Castro ... Vice President Gomez")?"""
    def names(v: Token) -> set[str]:
        return {w.lower_ for c in v.children if c.dep_ == "nsubj" for w in c.subtree if w.pos_ == "PROPN"}
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.lower_ in LINK_PRONOUNS | {"it"} or bool(names(verb) & names(tok))


def _onset_phrase(noun: Token) -> str | None:
    """The day a relative clause of onset gives a happening noun ("the offer, which began on Feb. 17";
    data/date_cues.csv `onset`)."""
    onsets = cue_words("onset")
    for clause in noun.children:
        if clause.dep_ in {"relcl", "acl"} and clause.lemma_.lower() in onsets:
            own = date_phrase(clause, [clause])
            if own is not None:
                return own
    return None


def _done_day(phrase: str, day: date) -> bool:
    """Does the phrase name a day (or a finer time) of a done act, not ahead of the story's day?"""
    if _granularity(phrase) < 10:
        return False
    span = date_span(resolve_event_date(phrase, day, past=True).date)
    return span is not None and span[0] <= day


GATHERING_REACH = 5  # sentences back in which a gathering told again with "the" is looked for


def _earlier_gathering_phrase(tok: Token, frame: list[Token], day: date | None) -> str | None:
    """"Members also agreed at the IPMA meeting on ..." after "... the IPMA board meeting last week": a done
    act told at a gathering named with "the" (or a possessive) takes the day an earlier sentence (up to
    `GATHERING_REACH` back) gives that gathering, by the same noun (data/date_cues.csv `happening`): a date
    on the noun ("last week's meeting", "a meeting on Monday") or on the clause it is the subject or object
    of ("held a meeting last week"). Only a day, week or month, not ahead of the story."""
    if day is None:
        return None
    happenings = cue_words("happening")
    places = [g for node in [tok, *frame] for c in node.children if c.dep_ == "prep" and c.lower_ in
              GATHERING_PREPS | {"in"} for g in c.children if g.dep_ == "pobj"]  # "In the meeting we agreed"
    # "talks" is its own row: the lemmatizer reads "the talks" as "talk"
    gatherings = [g for g in [tok, *places] if g.pos_ == "NOUN" and {g.lemma_.lower(), g.lower_} & happenings
                  and any(d.dep_ in {"det", "poss"} and d.lower_ in RETELLING_DETERMINERS
                          for d in g.children)]
    if not gatherings:
        accord = _concluded_accord(tok)
        return _earlier_day_of(accord, day) if accord is not None else None
    return _earlier_day_of(gatherings[0], day) or _first_told_day(gatherings[0], day)


# a noun told with one of these after the dated telling names another happening
OTHER_HAPPENING_WORDS = {"a", "an", "another", "next", "new", "second", "further", "fresh", "latest"}
AHEAD_HAPPENING_WORDS = {"future", "upcoming", "coming"}  # one still to come, which no done act was at
DEFINITE_ARTICLES = {"the", "this", "that", "these", "those"}  # a gathering told again as one already named


def _first_told_day(gathering: Token, day: date) -> str | None:
    """"Failure of talks on quotas last week ... (ten sentences on) ... backed Brazil at the London talks":
    a gathering told again with "the" further back than `GATHERING_REACH` takes the day the story gave it
    when it first told it — a date on the noun, on the clause it is the subject or object of, or on the noun
    it is the of-phrase of ("failure of talks last week") —, where no later telling gives it another day or
    names another one ("a new meeting"). Not a gathering told with its own parties ("the talks with U.S.
    officials") nor one the story introduced with no day ("two days of talks here ... the 'Uruguay round'
    talks last September ... the informal talks"). Only a day, week or month, not ahead of the story."""
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_ARTICLES for c in gathering.children) or any(
            c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in gathering.children):
        return None
    words = {gathering.lemma_.lower(), gathering.lower_}
    told: set[str] = set()
    phrase: str | None = None
    for noun in gathering.doc[:sentence_of(gathering).start]:
        if noun.pos_ != "NOUN" or not {noun.lemma_.lower(), noun.lower_} & words or noun.dep_ == "compound":
            continue  # a modifier ("Coffee Talks Failure Seen ...") introduces no happening
        modifiers = {c.lower_ for c in noun.children if c.dep_ in {"det", "amod"}}
        if modifiers & AHEAD_HAPPENING_WORDS:
            continue
        if _set_for_a_time(noun):
            return None  # "called a general strike for Wednesday ... called the strike": ahead
        if modifiers & OTHER_HAPPENING_WORDS and told:
            return None  # "a new meeting" after the dated one: the story has moved to another happening
        hosts = [noun.head] if noun.dep_ in {"nsubj", "nsubjpass", "dobj"} and \
            noun.head.pos_ in {"VERB", "AUX"} else []
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            hosts.append(noun.head.head)  # "failure of talks last week": the failure's day is the talks' end
        own = date_phrase(noun, [noun, *hosts])
        if own is None:
            if not told:
                return None  # first told with no day
            continue
        value = resolve_event_date(own, day, past=True).date
        span = date_span(value)
        if _granularity(own) < 7 or span is None or span[0] > day:
            return None  # a day ahead of the story, or no day: that telling is of another happening
        told.add(value or own)
        phrase = phrase or own
    return phrase if len(told) == 1 else None


def _concluded_accord(tok: Token) -> Token | None:
    """The accord a verb that concludes one (data/date_cues.csv `accord_verb`) acts on, told with "the" (or
    "this", a possessive) as one the story has named before ("the agreement reached last month in Paris ...
    since the ministers reached the accord"): its conclusion is the act, so the day told of it is the
    act's."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in cue_words("accord_verb"):
        return None
    accords = cue_words("accord")
    return next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in accords
                 and any(d.dep_ in {"det", "poss"} and d.lower_ in RETELLING_DETERMINERS
                         for d in c.children)), None)


def _earlier_day_of(gathering: Token, day: date, reach: int = GATHERING_REACH) -> str | None:
    """The day (or week, month) an earlier sentence (up to `reach` back) gives the happening or accord a
    noun told with "the" refers back to: a date on the same noun (two accord nouns are one: "an agreement
    reached last weekend ... the accord"), on the clause it is the subject or object of, or on a verb naming
    its act ("met in London last week ... the meeting"). Only one not ahead of the story."""
    lemma = gathering.lemma_.lower()
    sent = sentence_of(gathering)
    doc = gathering.doc
    for _ in range(reach):
        if sent.start == 0:
            break
        sent = sentence_of(doc[sent.start - 1])
        for noun in sent:
            if noun.pos_ == "VERB" and (_names_the_act(gathering, noun) or _names_the_trip(gathering, noun)):
                own = date_phrase(noun, [noun])  # "met in London last week ... the meeting"
            elif noun.pos_ == "NOUN" and _same_thing(noun.lemma_.lower(), lemma):
                if _set_for_a_time(noun):
                    return None  # "called a general strike for Wednesday ... called the strike": ahead
                governor = [noun.head] if noun.dep_ in {"nsubj", "nsubjpass", "dobj"} and \
                    noun.head.pos_ in {"VERB", "AUX"} else []
                own = date_phrase(noun, [noun, *governor])
            else:
                continue
            if own is None or _granularity(own) < 7:
                continue
            span = date_span(resolve_event_date(own, day, past=True).date)
            if span is not None and span[0] <= day:
                return own
    return None


def _names_the_act(noun: Token, tok: Token) -> bool:
    """Does the noun name the act of the event's verb, by the same word or its derived noun ("agreement"
    for "agreed", "meeting" for "met", "announcement" for "announced"), with no own date in the event's
    clause (checked by the caller)?"""
    verb, name = tok.lemma_.lower(), noun.lemma_.lower()
    return tok.pos_ == "VERB" and len(verb) >= 4 and (name == verb or (
        name.startswith(verb) and name[len(verb):] in {"ment", "ing", "ation", "al"}))


TRIP_WORDS = {"visit", "trip", "tour", "journey", "travel"}  # one journey told by its verb, then its noun


def _names_the_trip(noun: Token, verb: Token) -> bool:
    """Does the noun name the journey the verb tells ("when he visited the Community last November ... this
    trip to Europe")?"""
    return noun.lemma_.lower() in TRIP_WORDS and verb.lemma_.lower() in TRIP_WORDS


def _refers_back(tok: Token) -> bool:
    """Does the event's clause name a happening with "the" (or "this", a possessive pronoun), told in the
    sentence before ("The explosion took place when ... lobbed", "claimed responsibility for the
    attack", "In the meeting we agreed")? Not one the event is placed after or before ("after the attack")."""
    happenings = cue_words("happening")
    clause = [a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}][:2]
    for noun in sentence_of(tok):
        if noun.lemma_.lower() not in happenings or noun.pos_ != "NOUN":
            continue
        if not any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "these", "those", "his",
                                                               "her", "its", "their"} for c in noun.children):
            continue
        if noun.head.lower_ in AFTER_PREPS | BEFORE_PREPS | {"since", "until"}:
            continue
        owner = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if noun.i == tok.i or (owner is not None and (owner.i == tok.i or owner in clause or (
                owner in set(tok.subtree) and not _reported_below(owner, tok)))):
            return True
    return False


def _told_doers(tok: Token) -> bool:
    """Are the doers of the event verb named with "the" by a word for whoever did an attack (noun_classes.csv
    `assailant`: "the assailants", "the gunmen", "the killers")? Such a word names the doers of a happening
    already told ("On August 13, 18 people were killed in a series of shootings. The assailants targeted
    people with criminal histories"): the clause goes on with that happening."""
    if tok.pos_ != "VERB":
        return False
    doers = [c for c in tok.children if c.dep_ == "nsubj"] + [
        g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.lower_ in noun_class_words("assailant") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in d.children) for d in doers)


def _reported_below(node: Token, tok: Token) -> bool:
    """Is `node` in a clause reported by the event (a complement or parenthetical clause on the way up to
    it)? "told a news conference he carried the negotiations at the meeting": the meeting is the reported
    act's setting, not the telling's."""
    while node.i != tok.i and node.head.i != node.i:
        if node.dep_ in {"ccomp", "parataxis"}:
            return True
        node = node.head
    return False


def _open_question_cut(frame: list[Token]) -> list[Token]:
    """The frame up to a clause opened by "whether" or "if" ("will decide late next week whether to impose
    sanctions"): the verbs above it date the deciding, not the act decided on."""
    for n, node in enumerate(frame):
        if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in node.children):
            return frame[:n + 1]
    return frame


def clause_timing(tok: Token, frame: list[Token], future: bool, dated: bool = True) -> tuple[bool, bool]:
    """How the event's clause places a date phrase: (forward, past). `forward`: the phrase is read ahead of
    the story ("will meet on Tuesday" is the coming Tuesday; a schedule word, "is due to meet Friday"; a
    present in a time clause of a future, "when his contract ends in August"); `past`: the clause is told in
    the past, so a month without a year is the one before the story ("signed in April" in a March story is
    last April; "expects to sign in April" this April). `future` is the event's intended modality."""
    # An event verb told in the past tense happened, whatever the sentence's modality ("will review the
    # quotas agreed when the ministers met in January": the meeting is the January past).
    # So is a bare participle on a noun ("the decision, announced Wednesday, that he must return").
    told_past = tok.pos_ in {"VERB", "AUX"} and (_past_tense(tok, []) or _finite_participle(tok)
                                                  or _bare_participle(tok))
    # A schedule word puts ahead an act not told as done ("was scheduled to meet Friday"), or one that is
    # itself the scheduling ("postponed the talks to Friday"); not a past act ("tentatively decided on
    # Feb. 11 that ...").
    ahead = dated and scheduled(tok, frame) and (not told_past or _is_cue(tok, cue_words("schedule")))
    forward = (future and not told_past) or ahead or _present_for_future(tok) or (
        tok.pos_ == "NOUN" and _present_for_future(_verb_of_noun(tok))) or (
        not told_past and _conditional_consequence(tok))
    return forward, _past_tense(tok, frame)


CONDITION_MARKS = {"if", "unless"}


def _verb_of_noun(tok: Token) -> Token:
    """The verb an event noun is the object of ("holds talks": holds) or reached through its preposition
    ("arrives for talks": arrives); the noun itself otherwise."""
    if tok.dep_ == "dobj":
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in {"VERB", "AUX"}:
        return tok.head.head
    return tok


def _conditional_consequence(tok: Token) -> bool:
    """Is the event the consequence of a condition, told with "would" or "will" ("if the dispute is not
    resolved by tomorrow he would hold weekend meetings"): what happens after the condition, ahead?"""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    return any(c.dep_ == "aux" and c.lower_ in {"would", "will", "'ll"} for c in verb.children) and \
        _conditioned(verb)


def _condition_clauses(verb: Token) -> list[Token]:
    """The if/unless clauses hung on `verb` ("Petrobras will negotiate elsewhere if prices rise")."""
    return [c for c in verb.children if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)]


def _conditioned(verb: Token) -> bool:
    """"Pemex will negotiate with other suppliers if prices rise": an act told as the consequence of a
    condition is a hypothetical the statement states, dated (when undated) by the statement."""
    return bool(_condition_clauses(verb))


def _unmet_condition(tok: Token) -> bool:
    """Is the event itself the condition of an if/unless clause on a clause not told in the past, or the
    complement of that condition's verb ("if he succeeds in acquiring", `_condition_verb`) ("faces 25
    years in prison if convicted", "will buy the line if the commission rejects the merger", "would withdraw
    if he refused")? An act that may never happen has no day; the statement it conditions keeps its own."""
    verb = _condition_verb(_verb_of_noun(tok) if tok.pos_ == "NOUN" else tok)
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
                                       for c in verb.children):
        return False
    # why not under a past: "if he was there, he did not say" tells a done act the speaker is unsure of
    return not (verb.head.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.head.children))


def _condition_verb(verb: Token) -> Token:
    """The verb whose clause an act is the complement of, through a to-infinitive or a gerund after a
    preposition, up to `COMPLEMENT_STEPS` ("if he succeeds in acquiring American Medical", "if the bank
    decides to sell the unit": succeeds, decides), so the act is inside the condition that verb's clause
    states; else the verb itself."""
    node = verb
    for _ in range(COMPLEMENT_STEPS):
        if node.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            node = node.head
        elif node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.pos_ in {"VERB", "AUX"}:
            node = node.head.head
        else:
            break
    return node


COMPLEMENT_STEPS = 2


def _after_dated_condition(tok: Token) -> bool:
    """Is the event the consequence of a condition that has a time of its own ("if the Saudis do not accept
    the terms by Monday, Petrobras will negotiate elsewhere"; "unless they pay before June the bank would
    sue")? It comes only after that time, on a day the text does not give: not the story's day."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    if not _conditional_consequence(tok):
        return False
    return any(c.left_edge.i <= ent.start and ent.end - 1 <= c.right_edge.i and names_a_time(ent.text)
               for c in _condition_clauses(verb) for ent in _date_entities(tok))


def _standing_rule(tok: Token) -> bool:
    """Is the event a standing rule or programme told in the simple present with a present condition ("under
    which it provides aid to poor countries if their export earnings drop", "the fund pays members whenever
    prices fall")? What happens each time the condition holds is no act of one day: not the story's day."""
    verb = _verb_of_noun(tok) if tok.pos_ == "NOUN" else tok
    # why no auxiliary: "will pay if prices rise" is a hypothetical the statement states (dated by it),
    # "does not pay" a refusal; only the bare simple present tells a habit
    if verb.tag_ not in {"VBZ", "VBP"} or verb.lemma_.lower() in SPEECH_LEMMAS or \
            any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in STANDING_CONDITION_MARKS for m in c.children)]
    return any(c.tag_ in {"VBZ", "VBP"} for c in clauses)


# Subordinators of a condition that, on a simple present, make it a rule applied each time it holds.
STANDING_CONDITION_MARKS = {"if", "whenever", "unless"}


def _bare_participle(tok: Token) -> bool:
    """A past participle with no auxiliary, subject nor subordinating word, on a noun or a clause ("the
    decision, announced Wednesday", "the shares seized by the government", "Asked on Friday about the loan,
    he said"): what was done before."""
    return tok.tag_ == "VBN" and tok.dep_ in {"acl", "advcl"} and not any(
        c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "mark"} for c in tok.children)


def governing_verb(span: Span) -> Token | None:
    """The verb a date phrase hangs on ("met ... on Monday": met; "at Tuesday's meeting in Rome, X said":
    said), through prepositions and nouns, at most five steps up; None when it hangs on no verb."""
    return next((node for node in _path_up(span) if node.pos_ in {"VERB", "AUX"}
                 and not span.start <= node.i < span.end), None)


def _path_up(span: Span) -> list[Token]:
    """The phrase's root and its heads, at most six."""
    path = [span.root]
    while len(path) < 6 and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def sentence_unit(tok: Token) -> str | None:
    """"Q" when the token's sentence, or the one before it, reports a quarter's figures ("third-quarter
    net", "in the quarter", "quarterly profit"): its "a year earlier" is the quarter a year back
    (`when.reported_quarter`)."""
    sent = sentence_of(tok)
    own = [t.lower_ for t in sent]
    if _names_months_to_date(own) and not _names_quarter(set(own)):
        return None  # "For the nine months, net was $5 million, against $4 million a year earlier": that year
    before = sentence_of(tok.doc[sent.start - 1]) if sent.start > 0 else sent
    words = {t.lower_ for t in tok.doc[before.start:sent.end]}
    if _names_quarter(words):
        return "Q"
    if any(t.ent_type_ in {"MONEY", "PERCENT"} for t in sent) and _lede_reports_quarter(tok):
        return "Q"  # "A year earlier, net income was $4 million" deep in a story of third-quarter results
    return None


RESULT_WORDS = {"net", "profit", "profits", "loss", "losses", "earnings", "revenue", "revenues", "sales",
                "income"}  # a company's results


# Counts of months a company reports its results for besides a quarter ("the nine months", "six-month"
# as tokens "six", "-", "month").
MONTHS_TO_DATE = {"six", "nine", "6", "9", "six-", "nine-", "6-", "9-"}


def _names_months_to_date(words: list[str]) -> bool:
    """Does a sentence report the figures of the year's first six or nine months ("for the nine months",
    "in the first nine months", "six-month net")? Its "a year earlier" is that span a year back, told by
    the year (TimeML gives the year), not the quarter the story leads with."""
    return any(w in {"months", "month"} and MONTHS_TO_DATE & {words[i - 1], "".join(words[max(i - 2, 0):i])}
               for i, w in enumerate(words) if i > 0)


def _names_quarter(words: set[str]) -> bool:
    return bool(words & {"quarter", "quarterly", "quarters"}) or any(w.endswith("-quarter") for w in words)


def _lede_reports_quarter(tok: Token) -> bool:
    """Do the doc's first two sentences report a quarter's results ("third-quarter net profit rose")?"""
    sents = sentence_list(tok.doc)[0][:2]
    words = {t.lower_ for sent in sents for t in sent}
    return _names_quarter(words) and bool(words & RESULT_WORDS)


def phrase_timing(span: Span, future: bool) -> tuple[bool, bool]:
    """(forward, past) for a date phrase read in its sentence, as `event_date` reads the phrase of an event
    whose trigger is the verb the phrase hangs on (`future`: that verb's modality is intended). A phrase
    reached through "after" or "since" tells what came before the verb ("will return after Thursday's
    ruling"): never ahead. A bound looking ahead just before the phrase ("could come as early as Tuesday",
    "as soon as next week") reads it ahead unless the clause is told in the past; so does a schedule verb
    with an object the phrase dates ("planned a demonstration on Saturday": the demonstration's day). A bound
    a past act set ("gave him until mid-November", "effective Feb. 1") and the month of a past act's purpose
    ("was kidnapped to make the late-November trip") are read nearest the story, on either side."""
    verb = governing_verb(span)
    if verb is None:
        return False, False
    forward, past = clause_timing(verb, [verb], future)
    before_verb = [t for t in _path_up(span) if t.i != verb.i and verb in t.ancestors]
    if any(t.dep_ == "prep" and t.lower_ in AFTER_PREPS for t in before_verb):
        return False, past
    bound = tuple(t.lower_ for t in span.doc[max(span.start - 3, 0):span.start])
    if bound in AHEAD_BOUNDS and not past:
        return True, False
    planned = any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children)
    if planned and verb.lemma_.lower() in SCHEDULE_VERBS:
        return True, False
    if _is_cue(verb, cue_words("schedule")) and any(
            t.dep_ == "prep" and t.lower_ in SET_FOR_PREPS and t.head.i == verb.i for t in before_verb):
        # "the accession was planned for early March", "postponed until Tuesday morning": the day the act
        # is set for, ahead of the setting
        return True, False
    if forward and _purpose_of_past_act(verb) and not _names_weekday(span.text):
        # "was taken along to make the late-November trip" in a January story: the purpose's month is near
        # the past act's, the November gone (`_purpose_of_past_act`)
        return False, False
    if past and not forward and bound[-1:] and bound[-1] in SET_BOUND_WORDS:
        # "gave the bidder until mid-November", "extended loans through January", "created an office,
        # effective Feb. 1": a bound the past act set, as near publication ahead as behind it
        return False, False
    return forward, past


# Words just before a date phrase that read it ahead ("as early as Tuesday"; `when.BOUNDS` reads them when
# they are inside the phrase).
AHEAD_BOUNDS = {("as", "early", "as"), ("as", "soon", "as")}


def _purpose_of_past_act(verb: Token) -> bool:
    """Is the verb a to-infinitive of purpose (an adverbial clause) of a verb told in the past ("was
    kidnapped *to make* the trip", "flew to Geneva *to attend* talks")? Its act was meant near the past act,
    so a month or day it names is read nearest the story, on either side ("to attend talks in March" in a
    January story is this March, "to make the late-November trip" in January the November gone), not ahead
    only as an intended act's. A weekday keeps the intended reading: "flew to Geneva to attend talks on
    Friday" told on a Wednesday is the coming Friday."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    return head.tag_ == "VBD" or (head.tag_ == "VBN" and any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"was", "were", "had"} for c in head.children))


def _names_weekday(phrase: str) -> bool:
    """Whether a date phrase names a day of the week ("on Friday", "Tuesday's")."""
    return any(w.strip(".,'s").lower() in WEEKDAYS for w in phrase.split())


# Words just before a date phrase that make it a bound a past act set ("until mid-November", "through
# January", "effective Feb. 1"): the bound is read without the clause's past tense.
SET_BOUND_WORDS = {"until", "till", "through", "effective"}
# Verbs whose object is an act set for a later day: "planned a demonstration on Saturday" dates the
# demonstration, not the planning.
SCHEDULE_VERBS = {"plan", "schedule", "reschedule", "slate"}
SET_FOR_PREPS = {"for", "until", "till", "to"}  # "planned for March", "postponed until Tuesday"


PERFECT_AUX = {"has", "have", "'ve", "'s"}  # a present perfect's auxiliary (with a past participle)
LEDE = "newsevents_lede_starts"  # Doc.user_data key: the starts of the doc's first two sentences


def long_perfect(tok: Token, frame: list[Token]) -> bool:
    """Is the event a present perfect with an adverb of duration or repetition ("has long promised", "has
    so far rejected", "have generally praised", "has complained in the past") or done to many things
    ("has attacked several ships"): an earlier or repeated happening, whatever date the sentence gives
    elsewhere?"""
    verb = _perfect_verb(tok, frame)
    if verb is None:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in cue_words("perfect_background") for c in verb.children) or \
        _many_acted_on(verb) or _many_doers(verb) or \
        any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ == "past"
                                                          for g in c.children) for c in verb.children) or \
        any(c.dep_ == "prep" and c.lower_ in {"over", "for", "in", "during"} and any(
            _span_of_years(g) for g in c.children if g.dep_ == "pobj") for c in verb.children)


def _many_acted_on(verb: Token) -> bool:
    """Does the verb act on things counted as many ("has attacked several ships", "have carried out numerous
    raids", "has seized dozens of boats"; data/date_cues.csv `many`): one act a time each, no single day.
    Not a verb that makes or puts forward things (`making_verb`, "propose"): "has proposed several
    measures" may be one package, put forward on one day."""
    if verb.lemma_.lower() in cue_words("making_verb") | {"propose", "unveil", "offer", "outline"}:
        return False
    many = cue_words("many")
    return any(obj.lower_ in many or any(g.lower_ in many and g.dep_ in {"amod", "det", "nummod"}
                                         for g in obj.children)
               for obj in verb.children if obj.dep_ == "dobj")


MANY_DOERS = 3  # a counted part of a group from which its members act each on their own ("36 of 47")


def _many_doers(verb: Token) -> bool:
    """Is the doer of an active verb many, counted ("several countries have protested", "dozens of unions
    have called for a strike"; data/date_cues.csv `many`), or a counted part of a group ("some 36 of the 47
    provincial governments have called for ...")? Each did it on its own day: a tally, no single day."""
    many = cue_words("many")
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if subj.lower_ in many or any(g.lower_ in many and g.dep_ in {"amod", "det", "nummod"}
                                      for g in subj.children):
            return True
        if subj.like_num and _count(subj) >= MANY_DOERS and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in subj.children):
            return True
    return False


def _count(number: Token) -> int:
    """The value of a number written in digits ("36"), else 0."""
    text = number.text.replace(",", "")
    return int(text) if text.isdigit() else 0


STRETCH_PREPS = {"over", "for", "throughout", "during"}  # prepositions that spread an act over a stretch


def _over_a_stretch(tok: Token, frame: list[Token]) -> bool:
    """Is a done act spread over a stretch of time ending now ("had been negotiating for the past two years",
    "strikes by its workers over recent months", "rebels attacked posts throughout the past weeks")? The act
    spans the stretch: the publication day is not its day, and the stretch gives no single day either. The
    phrase hangs on the trigger, a verb of its frame, or (for an event noun) the first verb above it."""
    if _counted_stretch_of(tok):
        return True
    nodes = [tok, *frame]
    if tok.pos_ == "NOUN":
        nodes += [a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}][:1]
    if any(c.dep_ == "prep" and c.lower_ in STRETCH_PREPS and any(
            _span_of_years(g) for g in c.children if g.dep_ == "pobj")
            for node in nodes for c in node.children):
        return True
    # "have been negotiating for over a month", "has held talks for more than a year": a perfect over one unit
    return any(_perfect_or_ongoing(node) and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(
            _one_unit_stretch(g) for g in c.children if g.dep_ == "pobj") for c in node.children)
        for node in nodes)


STRETCH_UNITS = {"weeks", "months", "years", "decades"}  # hours or days of talks may fall in a day or two


def _counted_stretch_of(noun: Token) -> bool:
    """Is the event noun told as a counted stretch of time ("after five weeks of negotiations", "months of
    talks", "years of fighting")? The act fills the stretch: no one day is its day."""
    unit = noun.head.head
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
        unit.lower_ in STRETCH_UNITS and unit.i < noun.i


def _perfect_or_ongoing(verb: Token) -> bool:
    """A verb in a perfect tense ("have negotiated", "had been negotiating"): an act reaching up to a time."""
    return verb.tag_ in {"VBN", "VBG"} and any(
        c.dep_ == "aux" and c.lower_ in {"has", "have", "had", "been"} for c in verb.children)


def _one_unit_stretch(noun: Token) -> bool:
    """A stretch of about one unit or more: "over a month", "more than a year", "nearly a week"."""
    if noun.lower_ not in {"year", "month", "week", "decade"}:
        return False
    return any(t.lower_ in {"over", "more", "nearly", "almost", "about", "a", "an"}
               for t in noun.subtree if t.i < noun.i)


def _span_of_years(noun: Token) -> bool:
    """A stretch of many units ending now: "the past six years", "recent months", "years", "decades"."""
    if noun.lower_ not in {"years", "months", "decades", "weeks"}:
        return False
    bare = not any(c.dep_ in {"det", "nummod", "amod"} for c in noun.children)  # "for years"
    ending_now = any(c.lower_ in {"past", "last", "recent"} for c in noun.children)
    return noun.dep_ == "pobj" and (bare or ending_now)


def present_perfect(tok: Token, frame: list[Token]) -> bool:
    """Is the event a present perfect told as background: an earlier happening whose day the sentence does
    not give? One told in the body of the story ("Peru too has rejected an IMF program", "they point out
    that Chile has struck agreements") — but not in the lede ("Japan has agreed to drop barriers") nor
    reported by a speech ("X said it has agreed to buy Y"): that is the story's news. An event noun takes
    the tense of the verb it is the object or subject of ("have struck agreements")."""
    verb = _perfect_verb(tok, frame)
    if verb is None:
        return False
    if long_perfect(tok, frame):
        return True
    reported = any(a.lemma_.lower() in SPEECH_LEMMAS for a in verb.ancestors)
    return not reported and sentence_of(tok).start not in _lede_starts(tok)


def _perfect_verb(tok: Token, frame: list[Token]) -> Token | None:
    """The present-perfect verb of the event ("has threatened", "have been criticized"), else None."""
    verb = tok
    if tok.pos_ == "NOUN":
        verb = tok.head if tok.dep_ in {"dobj", "nsubj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"} \
            else tok
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB" and \
                tok.head.lower_ == "in" and not any(c.dep_ in {"det", "poss"} for c in tok.children):
            verb = tok.head.head  # "Iran has backed Kurds in attacks on Iraqi positions": the attacks' tense
    for node in [verb, *frame]:
        if node.tag_ == "VBN" and _present_perfect_aux(node):
            return node
        own = any(c.dep_ in {"aux", "auxpass", "nsubj"} for c in node.children)
        # "officials have criticised Japan and threatened to restrict": the shared perfect (the tagger may
        # take the bare conjunct for a simple past)
        if node.tag_ in {"VBN", "VBD"} and node.dep_ == "conj" and node.head.tag_ == "VBN" and not own and \
                _present_perfect_aux(node.head):
            return node
    return None


def _present_perfect_aux(verb: Token) -> bool:
    """Has the participle a present perfect's auxiliary ("has", "have")?"""
    return any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX and c.tag_ in {"VBZ", "VBP"}
               for c in verb.children)


def _lede_starts(tok: Token) -> set[int]:
    """The starts of the doc's first two sentences (a headline and the lede, or the lede and its second
    sentence), and of every sentence of the body's first paragraph (a lede the sentence splitter cut at an
    abbreviation, "<Edward J. DeBartolo Corp> have closed ..."): the story's news is told there. Read once
    per Doc."""
    cached = tok.doc.user_data.get(LEDE)
    if cached is None:
        cached = set()
        sents = sentence_list(tok.doc)[0]
        for sent in sents[:2]:
            cached.add(sent.start)
        end = _first_paragraph_end(tok.doc)
        for sent in sents[2:LEDE_MAX_SENTENCES]:
            if end is None or sent.start_char >= end:
                break
            cached.add(sent.start)
        cached |= _section_ledes(tok.doc)
        tok.doc.user_data[LEDE] = cached
    return set(cached)


def _section_ledes(doc: Doc) -> set[int]:
    """The starts of the sentences that open a digest's sections under their own dateline ("    BAHRAIN -
    Iranian forces have renewed their assault ..." in a news roundup): each is the lede of a story of the
    day."""
    starts = set()
    for match in SECTION_DATELINE.finditer(doc_text(doc)):
        span = doc.char_span(match.start("place"), match.end("place"), alignment_mode="expand")
        if span is None:
            continue
        sent = sentence_of(span[0])
        if all(t.is_space for t in doc[sent.start:span.start]):
            starts.add(sent.start)
    return starts


LEDE_MAX_SENTENCES = 5  # a headline and a lede cut at most three times
LEDE_MAX_CHARS = 600  # a first paragraph longer than this is no wire lede: no paragraph is read
PARAGRAPH_BREAK = re.compile(r"\n(?:[ \t]+|\s*\n)")  # an indented line or a blank line


def _first_paragraph_end(doc: Doc) -> int | None:
    """Where the body's first paragraph ends (after the headline the article's title gives), when a
    paragraph break (an indented or a blank line) ends it within LEDE_MAX_CHARS; else None."""
    text = doc_text(doc)
    start = _title_end(doc)
    while start < len(text) and text[start].isspace():
        start += 1
    found = PARAGRAPH_BREAK.search(text, start, start + LEDE_MAX_CHARS)
    return found.start() if found else None


ANNOUNCE_LEMMAS = {"say", "announce", "disclose", "report", "confirm", "state"}
SELF_PRONOUNS = {"it", "they", "he", "she", "we", "i"}


def _own_act_announced(tok: Token) -> str | None:
    """The date of a dated announcement of the speaker's own past act ("Ferruzzi announced last week it had
    agreed to buy CPC", "the company said yesterday it held talks with KLM", "Mannesmann, which yesterday
    announced it had agreed to take a stake"): a party tells its own deal or talks when they are made. Not a
    report of another party's act ("the army said on Monday that rebels attacked": undated)."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head if tok.dep_ == "dobj" else None  # "held talks"
    if verb is None or not (_past_tense(verb, []) or verb.tag_ == "VBD"):
        return None
    speech = verb.head
    if verb.dep_ != "ccomp" or speech.lemma_.lower() not in ANNOUNCE_LEMMAS or speech.tag_ != "VBD":
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ not in SELF_PRONOUNS:
        return None
    for ent in _date_entities(tok):
        root = ent.root
        hung = root.head.i == speech.i or (root.dep_ == "pobj" and root.head.head.i == speech.i) or (
            speech.dep_ == "relcl" and root.head.i == speech.i)
        if hung and root.dep_ in {"npadvmod", "pobj", "advmod"} and names_a_time(ent.text) and \
                not _names_a_thing(ent, tok) and (root.dep_ != "pobj" or root.head.lower_ in {"on", "in"}):
            return ent.text
    return next((c.text for c in speech.children if c.dep_ in {"npadvmod", "advmod"}
                 and c.lower_ in DEICTIC_ADVERBS and not c.ent_type_), None)


def _clock_timed(tok: Token, frame: list[Token]) -> bool:
    """Is the event told at a time of day and no other day ("the quake, which struck at 0940 hrs", "began
    fighting at about 1000 local time"): a time of day with no day is the story's day, not background."""
    clock = cue_words("clock")
    for node in [tok, *frame]:
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ != "at":
                continue
            words = [t for t in prep.subtree if t.i != prep.i]
            if any(t.like_num for t in words) and (any(t.lower_.strip(".") in clock for t in words)
                                                   or any(t.ent_type_ == "TIME" for t in words)):
                return True
    return False


def _perfect_report(tok: Token) -> bool:
    """Is the event reported by a speech told in the present perfect in the story's body ("Reagan has said
    he will veto any bill", "Tokyo has repeatedly said it would cut its surplus")? The statement was made
    before, on a day the sentence does not give; so is the act it promised not dated by the story."""
    if sentence_of(tok).start in _lede_starts(tok):
        return False
    for node in tok.ancestors:
        if node.lemma_.lower() in SPEECH_LEMMAS and node.pos_ == "VERB":
            # "has said" the tagger may read as a past (VBD): the auxiliary still makes it a perfect
            return node.tag_ in {"VBN", "VBD"} and any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX
                                                       and c.tag_ in {"VBZ", "VBP"} for c in node.children)
        if node.dep_ not in {"ccomp", "xcomp", "conj", "advcl"} and node.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _past_tense(tok: Token, frame: list[Token]) -> bool:
    """Is the event told in the past tense: its verb (or, for an event noun, the verb governing it) is a
    simple past or a perfect ("met", "has met", "was attacked")?"""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else next(
        (a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    for node in [n for n in (verb, *frame) if n is not None and n.pos_ in {"VERB", "AUX"}]:
        if node.tag_ == "VBD":
            return True
        # "has met", "had met", "was attacked"; not a present passive ("is expected in December")
        if node.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} and _past_auxiliary(c)
                                      for c in node.children):
            return True
    return False


def _past_auxiliary(aux: Token) -> bool:
    """"has", "have", "had" (a perfect) or "was", "were" (a past passive)."""
    lemma = aux.lemma_.lower()
    return (lemma == "have" and aux.tag_ in {"VBD", "VBZ", "VBP"}) or (lemma == "be" and aux.tag_ == "VBD")


def _finite_participle(tok: Token) -> bool:
    """A participle with its own active subject and no auxiliary ("the rise that the board rejected"): the
    tagger's VBN for a simple past."""
    return tok.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in tok.children) and \
        not any(c.dep_ in {"aux", "auxpass"} for c in tok.children)


def _stamped_day(tok: Token, dated: EventDate, published: date | None) -> EventDate:
    """The day of an act the story tells as done with no time of its own (`dated`, basis publication; not an
    intended one, still to come): the wire's publication stamp when the dateline names a later day and the
    story is filed from a country whose clock runs at most `FILED_BEFORE_WORK` hours ahead of the stamp's
    New York ("BAHRAIN, March 5 -" on a story stamped March 4). Why: such a story was filed before the local
    working day began, so what it tells as done came on the day before the dateline's, the stamp's; further
    east (Tokyo, Sydney) the local morning's own news is filed before New York's midnight, and the dateline's
    day stands. A verb in the present outside the headline ("Cossiga meets party leaders") is the local
    day's; the dateline's day stays what "today" and "yesterday" count from."""
    day = story_day(tok, published)
    if published is None or day is None or day <= published or dated.date != day.isoformat():
        return dated
    if tok.tag_ in {"VBZ", "VBP"} and sentence_of(tok).start > 0:
        return dated
    country = tok.doc._.home_country if tok.doc.has_extension("home_country") else None
    point = country_points().get(country or "")  # (lat, lon): the sun's time there is lon / 15 hours
    if point is None or point[1] / 15 + NEW_YORK_BEHIND_UTC > FILED_BEFORE_WORK:
        return dated
    return EventDate(published.isoformat(), None, "publication")


NEW_YORK_BEHIND_UTC = 5  # hours: the wire's stamps are New York's
# a local clock this many hours ahead of New York shows at most 9 am when New York's day is not yet over
FILED_BEFORE_WORK = 9


def story_day(tok: Token, published: date | None) -> date | None:
    """The day the story tells of as "today": the dateline's day ("WELLINGTON, Feb 27 -", a day after the
    wire's publication stamp across time zones), else the publication date. Read once per Doc."""
    cached = tok.doc.user_data.get(STORY_DAY)
    if cached is not None and cached[0] == published:
        return cached[1]
    article = tok.doc._.article if tok.doc.has_extension("article") else None
    dateline = getattr(article, "dateline", None) if article is not None else None
    day = dateline_day(dateline, published) or published
    tok.doc.user_data[STORY_DAY] = (published, day)
    return day


def scheduled(tok: Token, frame: list[Token]) -> bool:
    """Is the event told as ahead of the story? A schedule word on the trigger or its frame ("the scheduled
    talks", "the upcoming summit", "will meet"), or one governing them ("is due to meet", "talks planned for
    Tuesday", "a meeting set for March 20"), or a time the happening is set for ("have called a general
    strike for Wednesday": the coming one)."""
    cues = cue_words("schedule")
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None) if tok.pos_ == "NOUN" else None
    if tok.pos_ == "NOUN" and _set_for_a_time(tok):
        return True
    if verb is not None and _is_cue(verb, cues) and verb.tag_ in {"VBZ", "VBP"}:
        return True  # "expects approval at Tuesday's meeting", "plans talks on Friday"
    for node in {tok, *frame, *([verb] if verb is not None else [])}:
        if any(c.dep_ in CUE_DEPS and _is_cue(c, cues) and not _spatial_next(c) for c in node.children):
            return True
        head = node.head
        if node.dep_ in {"xcomp", "nsubjpass", "nsubj", "dobj"} and head is not node and _is_cue(head, cues):
            return True  # "is due to meet", "talks were scheduled", "set a meeting"
        if head.dep_ == "acomp" and head.lower_ == "due":
            return True
        if _be_to(node):
            return True
    return False


def _be_to(verb: Token) -> bool:
    """"he is to arrive on Sunday", "the ministers are to meet in May": a present "be" with a to-infinitive
    tells an arranged act ahead (a past "was to arrive" is ahead of the telling only, so not counted)."""
    head = verb.head
    return verb.dep_ == "xcomp" and verb.tag_ == "VB" and head is not verb and head.lemma_ == "be" and \
        head.tag_ in {"VBZ", "VBP"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _spatial_next(tok: Token) -> bool:
    """"next to the embassy": a place, not the next day."""
    return tok.lower_ == "next" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"


def _is_cue(tok: Token, cues: frozenset[str]) -> bool:
    return tok.lower_ in cues or tok.lemma_.lower() in cues


def date_phrase(tok: Token, frame: list[Token]) -> str | None:
    """The DATE phrase of the trigger's own clause (the nearest by dependency hops), else None."""
    best: tuple[int, str] | None = None
    targets = {t.i for t in frame} | {t.i for t in _schedule_verbs(tok)} | _same_time_clauses(tok, frame)
    near = _event_words(tok, frame)
    for ent in _date_entities(tok):
        if not _says_when(ent.text) or _names_a_thing(ent, tok) or _dates_another_noun(ent, tok, near):
            continue
        node, hops, steps = ent.root, 0, 0
        while node.i not in targets and steps < 5:
            if _not_when(node, ent) and not (node.head.lower_ == "during" and node.head.head.i in targets) \
                    and not _since_start(node, targets) and not _ongoing_since_day(node, ent, targets) \
                    and not _sides_between(node, ent):
                break  # "during 1986" says when only for the event it hangs on
            if node.head.i == node.i or (node.pos_ in {"VERB", "AUX"} and node is not ent.root
                                     and not _dated_document(node) and not _past_day_of_intent(node, ent)
                                     and not _state_participle(node, tok)):
                break  # but "his home located at X on October 10": a state has no time, the clause's day
            # a preposition is no level of its own: "on March 9" is as near its verb as "earlier this month"
            node, hops, steps = node.head, hops + (node.head.dep_ != "prep"), steps + 1
        if node.i in targets and (best is None or hops < best[0]
                                  or (hops == best[0] and _granularity(ent.text) > _granularity(best[1]))):
            best = (hops, ent.text)  # of two as near, the finer: "Earlier this month ... on January 9"
    # "before the 25th of June, when our meeting will take place": the clause a noun is the subject of
    subject_of = [tok.head] if tok.pos_ == "NOUN" and tok.dep_ in {"nsubj", "nsubjpass"} else []
    for node in [tok, *frame, *subject_of]:
        if _when_clause_of_date(node) or (node.dep_ == "acl" and node.head.ent_type_ == "DATE"):
            # also "spent the end of last week talking to officials": a participle on the date itself
            # "on March 11, when it charged him": the clause tells what happened on that date
            for ent in _date_entities(tok):
                if ent.start <= node.head.i < ent.end and names_a_time(ent.text):
                    return ent.text
        held = _date_of_setting(node, tok)
        if held is not None:
            return held
    if best is None:
        closing = _closing_phrase(tok, near)
        best = (0, closing) if closing else None
    if best is not None:
        best = (best[0], _range_start(best[1]))
    if best is None and tok.pos_ == "NOUN" and tok.dep_ == "appos" and tok.head.ent_type_ == "DATE":
        # "claimed responsibility for Wednesday (April 13) nights bomb attack": the parser set the noun in
        # apposition to its own day; a calendar day before a weekday
        days = [e for e in _date_entities(tok) if names_a_time(e.text) and (
            e.start <= tok.head.i < e.end or (e.root.dep_ == "appos" and e.root.head.i == tok.head.i))]
        days.sort(key=lambda e: not any(t.lower_.rstrip(".") in MONTHS for t in e))
        if days:
            return days[0].text
    if best is None and tok.pos_ == "NOUN":
        # "a brief weekend visit", "Tuesday talks": a time word modifying the event noun, not always an entity
        return next((c.text for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}
                     and c.lower_ in {"weekend", *WEEKDAYS}), None)
    if best is None:
        # "Yesterday Funaro called ...": a deictic adverb the NER left untagged
        return next((c.text for node in frame for c in node.children if c.dep_ in {"npadvmod", "advmod"}
                     and c.lower_ in DEICTIC_ADVERBS and not c.ent_type_ and not _restating_word(c)), None)
    return best[1] if best else None


def _says_when(phrase: str) -> bool:
    """A phrase that says when: from publication ("on Saturday", "in 2014") or from a time the text has
    just told ("the same day", "two days later", "later that year")."""
    phrase = _respelt(phrase)
    return names_a_time(phrase) or is_anchored(phrase)


LONG_MONTHS = tuple(m for m in MONTHS if len(m) >= 6)  # short months ("march", "june") look like other words
MISSPELT_RATIO = 0.85  # how close a word must be to a month's name to be that month misspelt


@cache
def _misspelt_month(word: str) -> str | None:
    """The long month a misspelt word stands for ("Janaury" -> "january", "Febuary" -> "february"), else
    None: same first letter, at least six letters, and close in spelling (a month itself is None, and so is
    a longer word that holds the month whole: "Augusta" is a place)."""
    word = word.lower()
    if len(word) < 6 or not word.isalpha() or word in MONTHS:
        return None
    for month in LONG_MONTHS:
        close = difflib.SequenceMatcher(None, word, month).ratio() >= MISSPELT_RATIO
        if close and month[0] == word[0] and not word.startswith(month):
            return month
    return None


def _respelt(phrase: str) -> str:
    """`phrase` with a misspelt month's name written right ("on Janaury 17" -> "on January 17"), so that it
    resolves; any other phrase as it is."""
    words = phrase.split(" ")
    for n, word in enumerate(words):
        month = _misspelt_month(word)
        if month is not None and n + 1 < len(words) and words[n + 1].rstrip(",").isdigit():
            words[n] = month.capitalize()
    return " ".join(words)


def _same_time_clauses(tok: Token, frame: list[Token]) -> set[int]:
    """The verbs of past clauses told at the same time as the event's, joined by "when", "while", "as" ("two
    were killed while three were injured during an exchange of fire on May 3", "was shot when gunmen raided
    the house on Monday"): a date on either is the other's."""
    out: set[int] = set()
    for node in [tok, *frame]:
        if node.pos_ in {"VERB", "AUX"} and not _past_tense(node, []):
            # "is likely to meet Moi when he pays a visit to attend ceremonies on Friday": the coming time
            # of the "when" clause and of its purpose is the main clause's too
            for clause in (c for c in node.children if c.dep_ == "advcl" and _present_for_future(c)):
                out |= {clause.i, node.i} | {c.i for c in clause.children
                                             if c.dep_ == "xcomp" and c.tag_ == "VB"}
            continue
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        pairs = [(c, node) for c in node.children if c.dep_ == "advcl"]
        # "three were killed and two others were injured when a bomber blew himself up on January 13": the
        # parser hangs the "when" clause on the last conjunct; it times both
        pairs += [(c, node) for conj in node.children if conj.dep_ == "conj" and conj.pos_ in {"VERB", "AUX"}
                  and _past_tense(conj, []) for c in conj.children if c.dep_ == "advcl"]
        if node.dep_ == "advcl":
            pairs.append((node, node.head))
        for clause, main in pairs:
            marked = any(c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "while", "as"}
                         for c in clause.children)
            if marked and main.pos_ in {"VERB", "AUX"} and (_past_tense(clause, []) or _past_progressive(
                    clause)) and _past_tense(main, []):
                out |= {clause.i, main.i}
    return out


def _past_progressive(verb: Token) -> bool:
    """Is the verb told in the past progressive ("while he was returning home"): a present participle on
    "was" or "were"? It is going on at the time of the past clause it hangs on."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in {"was", "were"} for c in verb.children)


@cache
def _granularity(phrase: str) -> int:
    """How fine a date phrase is, by the length of the value it resolves to on a fixed calendar: a day (10)
    is finer than a week or month (7-8), a month than a year (4); unresolved 0."""
    resolved = resolve_event_date(_respelt(phrase), COMPARISON_DAY)
    return len(resolved.date) if resolved.date and resolved.date_basis != "publication" else 0


def _past_day_of_intent(verb: Token, ent: Span) -> bool:
    """"announced his decision to leave the bank late yesterday": an intended act (an infinitive on the past
    verb's object noun) is not done yet, so a day already gone ("yesterday", "last night") is the day of the
    verb that told the intent; the day passes up through the noun to it."""
    words = {t.lower_ for t in ent}
    past_day = "yesterday" in words or ("last" in words and bool(words & PAST_DAY_PARTS))
    return past_day and verb.dep_ == "acl" and verb.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and verb.head.dep_ == "dobj" and verb.head.head.tag_ == "VBD"


def _dated_document(verb: Token) -> bool:
    """"the letter, dated June 26, asked": the date a document bears is the day of its act."""
    return verb.lower_ == "dated" and verb.dep_ == "acl" and verb.head.pos_ == "NOUN"


def _range_start(text: str) -> str:
    """The first day of a range ("July 7 to 10" -> "July 7", "March 3-5" -> "March 3"): the day the event
    begins. A phrase with no range is returned as it is."""
    first = re.split(r"\s+(?:to|until|till|through|thru)\s+|(?<=\d)\s*[-\u2013]\s*(?=\d)", text,
                     maxsplit=1)[0]
    return first if first != text and names_a_time(first) and _names_day(first) else text


def _schedule_verbs(tok: Token) -> list[Token]:
    """The verbs whose date is the event's: a participle on the event noun ("the summit scheduled for
    March 28", "a meeting held last month"), a schedule verb of it ("talks are planned for Tuesday", "set
    the vote for Friday")."""
    cues = cue_words("schedule")
    out = [c for c in tok.children if c.dep_ == "acl" and c.pos_ == "VERB"]  # "a meeting held last month"
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in GATHERING_PREPS and \
            tok.head.head.pos_ == "VERB":
        out.append(tok.head.head)  # "patched over the rift at a meeting with officials Monday": the same time
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj", "xcomp", "advcl"} and _is_cue(tok.head, cues):
        out.append(tok.head)  # "is expected tomorrow to ask Congress"
    if tok.pos_ == "NOUN" and tok.dep_ in {"nsubj", "nsubjpass"} and \
            tok.head.lemma_.lower() in cue_words("onset"):
        out.append(tok.head)  # "talks began on Monday", "the strike ended Tuesday"
    if tok.pos_ == "NOUN":  # "the encounter, which started on September 9 evening"
        out += [c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in cue_words("onset")]
        out += _occurrence_clauses(tok)
    if tok.tag_ == "VBG" and tok.dep_ in {"advcl", "xcomp"}:
        out.append(tok.head)  # "spent two days last week talking to officials": at the same time
    holder = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
        tok.head.head.lemma_.lower() in INSTANCE_NOUNS else tok
    if tok.pos_ == "NOUN" and holder.dep_ == "pobj" and holder.head.lower_ in {"in", "during"} and \
            holder.head.head.pos_ == "VERB" and holder.head.head.tag_ in {"VBD", "VBN"}:
        out.append(holder.head.head)  # "were killed in (incidents of) a shootout on July 12": its time
    trip = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.lemma_.lower() in TRAVEL_LEMMAS \
        else tok if tok.lemma_.lower() in TRAVEL_LEMMAS else None
    if trip is not None:  # "pays a visit to Nairobi to attend ceremonies on Friday": the trip's time
        out += [c for c in trip.children if c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VB"
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    # "the minister, speaking at the weekend, urged farmers": a participle adjunct tells the same time
    adjuncts = [c for c in tok.children if c.dep_ == "advcl"] + [
        c for n in tok.children if n.dep_ == "nsubj" for c in n.children if c.dep_ == "acl"]
    out += [c for c in adjuncts if c.tag_ == "VBG" and tok.pos_ == "VERB"
            and not any(g.dep_ in {"mark", "nsubj", "aux"} for g in c.children)]
    return out


PHRASE_DEPS = {"prep", "pobj", "compound", "appos", "conj", "cc", "punct"}  # a noun phrase's own links


def _occurrence_clauses(noun: Token) -> list[Token]:
    """The relative clauses telling that the happening noun happened (data/date_cues.csv `occurrence`: "a
    gunfight with cadres of the PLA which took place at 7 pm on July 3", "an encounter that occurred"): on
    the noun itself or, as the parser hangs them, on a noun of its phrase that names no happening of its own
    (the "cadres" or the "PLA" do not take place). The clause's day is the happening's."""
    if noun.lemma_.lower() not in cue_words("happening"):
        return []
    occurrences = cue_words("occurrence")
    happenings = cue_words("happening")
    found = []
    for clause in noun.subtree:
        if clause.dep_ != "relcl" or clause.pos_ != "VERB":
            continue
        verb = clause.lemma_.lower()
        told = verb in occurrences or any(c.dep_ == "dobj" and f"{verb} {c.lemma_.lower()}" in occurrences
                                          for c in clause.children)
        if not told or not any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in clause.children):
            continue
        node = clause.head
        if node.i != noun.i and node.lemma_.lower() in happenings:
            continue  # "an attack on a rally which took place": the rally's own time
        while node.i != noun.i and node.dep_ in PHRASE_DEPS:
            node = node.head
        if node.i == noun.i:
            found.append(clause)
    return found


def _since_start(node: Token, targets: set[int]) -> bool:
    """"have been suspended since January 24", "has been banned since 1985": a "since" phrase on a passive
    perfect dates the event whose result the state is (the suspension); an active perfect ("has boycotted
    the talks since 1985") tells an ongoing activity, not one event on that day."""
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "since" or prep.head.i not in targets:
        return False
    verb = prep.head
    children = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return verb.tag_ == "VBN" and "been" in children and bool(children & {"has", "have", "'ve"})


def _ongoing_since_day(node: Token, ent: Span, targets: set[int]) -> bool:
    """"had been meeting on a response since Friday", "have been fighting since March 3": a perfect
    progressive going on since a named day began that day; that day dates it. A coarser start ("have been
    attacking the town since 1985") tells a stretch, not one happening's day."""
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "since" or not _names_day(ent.text):
        return False
    verb = prep.head
    for _ in range(2):  # also hung on the verb's object ("meeting on a response since Friday")
        if verb.pos_ != "NOUN" or verb.dep_ not in {"pobj", "dobj"}:
            break
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head
    if verb.i not in targets:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBG" and "been" in auxes and bool(auxes & (PERFECT_AUX | {"had", "'d"}))


def _names_a_thing(ent: Span, tok: Token) -> bool:
    """Is the date part of a name, not a time: a bare year modifying a named thing or a document ("the
    1976 Berne Agreement", "the 1986 farm bill"; data/date_cues.csv `named_thing`), a maturity ("bonds due
    2007", "debentures due April 15, 2007"), a numbered part ("section 1002", "Article 1965"), or a number
    that is a time of day or an amount ("at 1115 est", "1500 tonnes")?"""
    parts = cue_words("numbered_part")
    before = next((t for t in reversed(tok.doc[max(ent.start - 3, 0):ent.start]) if not t.is_space), None)
    if before is not None and before.lower_.rstrip(".") in parts:
        return True
    if _clock_or_amount(ent) or _designated_day(ent) or _age(ent):
        return True
    if ent.root.dep_ == "nummod" and ent.root.head.lower_ in parts:
        return True  # the number hangs on "section" across a line break
    root = ent.root
    words = [t for t in ent if not t.is_punct and t.lower_ not in {"the", "'s"}]
    bare_year = len(words) == 1 and words[0].like_num and len(words[0].text) == 4
    # a proper name ("the 1976 Berne Agreement") or a document noun ("the 1986 farm bill"); not an event noun
    # ("the 1985 crash which killed 520": the year dates the crash and what it did)
    modifier = root.dep_ in {"compound", "nummod", "amod", "poss", "nmod"} and (
        root.head.pos_ == "PROPN" or root.head.lemma_.lower() in cue_words("named_thing"))
    if bare_year and modifier and root.head.i != tok.i and not ent.start <= root.head.i < ent.end:
        return True
    node = root
    for _ in range(3):  # "due April 15, 2007" on a noun: when the bonds mature
        head = node.head
        if head.lower_ == "due" and head.dep_ in {"amod", "acl", "appos", "npadvmod"} and \
                head.head.pos_ in {"NOUN", "PROPN"}:
            return True
        if head.i == node.i:
            break
        node = head
    return False


# How a date hangs on a noun as its modifier ("February's sales", "the 1985 collapse").
NOUN_DATE_DEPS = {"poss", "compound", "nummod", "amod", "nmod", "npadvmod"}  # also "the 1988 murder"
# Prepositions that put a noun's event at the time of the clause it hangs on ("killed in Saturday's bombing",
# "criticised at Sunday's meeting", "during a meeting on Sunday", "under a February 21 deal, X agreed").
TEMPORAL_PREPS = {"at", "in", "during", "on", "over", "amid", "throughout", "under"}
# Nouns of time whose "of" date is the time itself ("late in the night of March 2", "the week of May 4").
TIME_OF_NOUNS = {"night", "morning", "evening", "afternoon", "day", "week", "weekend", "month", "year", "eve",
                 "dawn", "midnight", "noon", "hour", "period", "time", "end", "beginning", "start", "middle"}
ARGUMENT_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "dative", "oprd"}


def _event_words(tok: Token, frame: list[Token]) -> set[int]:
    """The trigger, its frame and their direct arguments ("signed an accord ... on Monday": the accord is the
    signing's own word, a date hung on it is the signing's)."""
    words = {tok, *frame}
    return {t.i for t in words} | {c.i for t in words for c in t.children if c.dep_ in ARGUMENT_DEPS}


def _dates_another_noun(ent: Span, tok: Token, near: set[int]) -> bool:
    """Does the date phrase date a thing or happening apart from the event: a modifier of another noun
    ("called the pace of February's sales encouraging", "found guilty of fraud in the 1985 collapse", "urge
    them to double 1985's aid") or a phrase on a noun the event does not govern ("violations with regard to
    its offering in December, 1984", "a yield to retraction on October 15, 1991")? A noun told as where the
    event happened ("killed in Saturday's bombing", "accused him during a meeting on Sunday") or one of the
    event's own words ("met with officials on Monday", "signed an accord with the rebels on Monday") lends
    its date to the event."""
    root = ent.root
    if _after_done_act(ent, tok) or _after_reacted_happening(ent, tok):
        return True
    modified = _modified_noun(ent)
    if modified is not None and _made_before(modified, tok):
        return True  # "was determined to support the February 22 Paris agreement": the accord's day
    if root.dep_ in NOUN_DATE_DEPS and root.head.i != tok.i and \
            root.head.lemma_.lower() in cue_words("measure"):
        return True  # "signed an agreement ..., based on October 16 closing prices": the prices' day
    if root.dep_ in NOUN_DATE_DEPS and root.head.pos_ == "NOUN" and not ent.start <= root.head.i < ent.end:
        noun, modifier = root.head, True
    elif root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ == "NOUN":
        noun, modifier = root.head.head, False
        if _timeless(noun):
            return False  # "towards the port of Basra in January": the phrase is misplaced, not the port's
        times = TIME_OF_NOUNS | cue_words("time_noun") | cue_words("day_part")
        if root.head.lower_ == "of" and noun.i != tok.i and noun.ent_type_ not in {"DATE", "TIME"} and \
                noun.lemma_.lower() not in times and not noun.left_edge.i <= tok.i <= noun.right_edge.i:
            return True  # "rejected the audit opinion of August 1985": the opinion's date, not the act's
    else:
        return False
    if _deadline_day(noun, tok):
        return True
    for _ in range(4):
        if noun.i == tok.i or noun.left_edge.i <= tok.i <= noun.right_edge.i:
            return False  # the event's own noun phrase ("the 1985 crash which killed 520")
        if noun.i in near or noun.lemma_.lower() in cue_words("time_noun") | cue_words("day_part"):
            # "approved a 1985 arms sale", "before a Nov. 20 deadline": the event's own time; "in the night of
            # September 16": a time of day is no thing of its own, wherever the parser hangs it
            return False
        if noun.dep_ != "pobj":
            return noun.head.i not in near  # "killed in police shootout on May 11" (shootout: the verb's)
        prep = noun.head
        if prep.head.i in near and (not modifier or prep.lower_ in TEMPORAL_PREPS):
            return False  # "talks with officials on Monday", "killed in Saturday's bombing"
        if prep.lower_ not in TEMPORAL_PREPS:
            return True
        if prep.head.pos_ != "NOUN":
            return False  # "criticised them at Sunday's meeting": the clause's time; the walk decides
        noun, modifier = prep.head, False  # "fraud in the 1985 collapse": go on to the noun above
    return True


DEADLINE_ON_PREPS = {"on", "for"}  # "put a deadline on the talks", "a deadline for the talks"
LIMIT_OBJECT_DEPS = {"dobj", "nsubjpass"}  # "gave firms an October deadline", "a deadline was set"


def _deadline_day(noun: Token, tok: Token) -> bool:
    """Is the noun a date hangs on a deadline (data/date_cues.csv `deadline`) that a verb sets, gives or moves
    ("gave firms an October deadline", "postponed its April 28 deadline"), or the noun of the act such a
    deadline is put on, which the parser gave the deadline's day ("put a deadline on the talks of October
    1")? The day is the limit's, not that of the setting act, its coordinated acts or the act limited. An act
    the deadline's own phrase tells ("a deadline to cut links") is done by it, and so is one that meets,
    misses or beats it (`deadline_kept`); a deadline an act is timed by ("agree before a Nov. 20 deadline")
    is the act's time."""
    deadlines = cue_words("deadline")
    if noun.lemma_.lower() in deadlines:
        limit = noun
        if limit.left_edge.i <= tok.i <= limit.right_edge.i:
            return False  # "an October deadline to cut trading links": the cutting's time, or the limit's own
    elif noun.dep_ == "pobj" and noun.head.lower_ in DEADLINE_ON_PREPS:
        host = noun.head.head  # "a deadline on the talks", or "put a deadline on the talks" hung on the verb
        found = host if host.lemma_.lower() in deadlines else next(
            (c for c in host.children if c.dep_ == "dobj" and c.lemma_.lower() in deadlines
             and host.pos_ in {"VERB", "AUX"}), None)
        if found is None:
            return False
        limit = found
    else:
        return False
    verb = limit.head
    return limit.dep_ in LIMIT_OBJECT_DEPS and verb.pos_ in {"VERB", "AUX"} and \
        verb.lemma_.lower() not in cue_words("deadline_kept")


def _modified_noun(ent: Span) -> Token | None:
    """The common noun a date phrase modifies, also through a name between them ("the February 22 Paris
    agreement", "Friday's decision"), else None."""
    node = ent.root
    for _ in range(3):
        if node.dep_ not in NOUN_DATE_DEPS or ent.start <= node.head.i < ent.end or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "NOUN":
            return node
        if node.pos_ != "PROPN":
            return None
    return None


def _made_before(noun: Token, tok: Token) -> bool:
    """Is the noun a date modifies an accord or a decision already made (data/date_cues.csv `accord`,
    `done_act`) that the event's verb acts on without making it ("support the February 22 accord", "declined
    comment on the February 22 accord", "rejected Friday's ruling")? The date is the day it was made; only a
    verb that makes it (`accord_verb`, `making_verb`: "signed the March 3 accord", "issued Friday's order")
    is dated by it."""
    if tok.pos_ != "VERB" or noun.i == tok.i or not _acted_on(noun, tok):
        return False
    if noun.lemma_.lower() not in cue_words("accord") | cue_words("done_act"):
        return False
    return tok.lemma_.lower() not in cue_words("accord_verb") | cue_words("making_verb")


# Prepositions by which a verb or its object names what it is about ("comment on", "objected to").
ABOUT_PREPS = {"on", "to", "with", "against", "about", "over", "for", "from"}


def _acted_on(noun: Token, verb: Token) -> bool:
    """Is the noun the verb's object or passive subject, or the object of a preposition on the verb or on
    its object ("objected to the agreement", "declined comment on the accord")?"""
    if noun.dep_ in {"dobj", "nsubjpass"}:
        return noun.head.i == verb.i
    if noun.dep_ != "pobj" or noun.head.lower_ not in ABOUT_PREPS:
        return False
    owner = noun.head.head
    return owner.i == verb.i or (owner.dep_ == "dobj" and owner.head.i == verb.i)


def _after_done_act(ent: Span, tok: Token) -> bool:
    """A bare day right after a noun naming an act already made, the object of a present-tense reaction
    ("supports the decision yesterday by the Senate committee", "welcomes the ruling on Monday"): the day is
    the decision's, hung on the verb by the parser; the reaction is of the story's time."""
    noun = ent.doc[ent.start - 1] if ent.start > 0 else None
    if noun is None or noun.i == tok.i or noun.pos_ != "NOUN" or \
            noun.lemma_.lower() not in cue_words("done_act"):
        return False
    if tok.tag_ not in {"VBZ", "VBP"} or noun.head.i != tok.i:
        return False
    root = ent.root
    return root.dep_ in {"npadvmod", "advmod"} or (root.dep_ == "pobj" and root.head.head.i == noun.i)


def _after_reacted_happening(ent: Span, tok: Token) -> bool:
    """A date phrase right after the happening a reaction names ("condemned the killing of a couple in
    Kiphire on February 6", "claimed responsibility for the attack on the post on March 30"; data/
    date_cues.csv `reaction`): the parser hangs it on the verb, but it dates the happening, which came
    before the reaction. So does a day modifying any noun the reaction answers ("welcomed Monday's
    confirmation of the accord")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in cue_words("reaction"):
        return False
    happenings = cue_words("happening")
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for o in list(objects) for c in o.children if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children if g.dep_ == "pobj"]  # "claimed responsibility for the attack"
    opener = ent.start > 0 and ent.doc[ent.start - 1].lower_ in {"on", "in", "at"}
    start = ent.start - 1 if opener else ent.start
    # a day before the object's noun modifies it, whatever it names: "endorsed Monday's attack on the
    # platforms", "welcomed Monday's confirmation of the accord" (answered, so made before the welcome)
    return any((o.pos_ in {"NOUN", "PROPN"} and o.left_edge.i <= ent.start < o.i) or (
        {o.lemma_.lower(), o.lower_} & happenings and o.i < ent.start and (
            o.right_edge.i + 1 == start or ent.end - 1 <= o.right_edge.i)) for o in objects)


def _reacted_happening(tok: Token) -> bool:
    """Is the event a happening noun (data/date_cues.csv `happening`) that a reaction verb takes as its
    object ("the Senate on Tuesday backed Reagan's strike", "condemned the attack on the tanker")? It came
    before the reaction, so the reaction's day is not its day."""
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and \
        tok.head.lemma_.lower() in cue_words("reaction") and tok.lemma_.lower() in cue_words("happening")


PLACE_OR_PARTY = {"GPE", "LOC", "FAC", "NORP", "PERSON", "ORG"}


def _timeless(noun: Token) -> bool:
    """A noun a date phrase cannot time: a person or group ("officials", noun_classes.csv `person`; "an
    encounter with SF personnel in Bijapur on May 21": `security_person`, `troops`), a place ("the port of
    Basra", `place_name`) or a named one."""
    people = noun_class_words("person") | noun_class_words("security_person") | noun_class_words("troops")
    if noun.ent_type_ in PLACE_OR_PARTY or noun.lemma_.lower() in people | noun_class_words("place_name"):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.ent_type_ in PLACE_OR_PARTY for g in c.children) for c in noun.children)


def _age(ent: Span) -> bool:
    """Is the phrase someone's age ("a seven year old boy", "the 60-year-old farmer", "aged 35 years")?"""
    words = [t.lower_ for t in ent.doc[ent.start:min(ent.end + 2, len(ent.doc))] if not t.is_punct]
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    units = {"year", "years", "month", "months"}
    return bool(units & set(words)) and ("old" in words or before == "aged")


def _designated_day(ent: Span) -> bool:
    """Is the date a day someone names or fixes, the object of a verb ("asked the company to fix March 27 as
    the record date", "set April 15 as the date of the vote"), not the time of an act?"""
    root = ent.root
    if root.dep_ == "dobj":
        return True
    verb = root.head
    return root.dep_ == "npadvmod" and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" and g.lemma_.lower() in
                                                      cue_words("time_noun") for g in c.children)
        for c in verb.children)


def _clock_or_amount(ent: Span) -> bool:
    """Is the phrase's year a time of day or an amount: a four-digit number that a clock word or a unit
    follows ("meet at 1115 est", "at 0900 GMT", "1500 tonnes"), or one with a leading zero ("at 0900")?"""
    words = [t for t in ent if not t.is_punct and t.lower_ not in {"the", "at"}]
    if len(words) != 1 or not (words[0].text.isdigit() and len(words[0].text) == 4):
        return False
    after = next((t for t in ent.doc[ent.end:ent.end + 2] if not t.is_space), None)
    following = re.split(r"[^a-z.]", after.lower_)[0] if after is not None else ""  # "est/1615"
    return words[0].text.startswith("0") or following in cue_words("clock") | cue_words("amount")


def _gathering_phrase(tok: Token) -> str | None:
    """"will urge Tokyo to meet commitments ... at Wednesday's meetings": for an event ahead of the story,
    the day of the gathering it is told at ("at Wednesday's meetings", "at next week's summit"), reached
    from the trigger through to-infinitives only (no clause of its own with its own tense)."""
    for ent in _date_entities(tok):
        root = ent.root
        if not names_a_time(ent.text) or _names_a_thing(ent, tok) or root.dep_ not in {"poss", "compound"}:
            continue
        noun = root.head
        if noun.dep_ != "pobj" or noun.head.lower_ not in GATHERING_PREPS:
            continue
        node = noun.head.head
        for _ in range(6):
            if node.i == tok.i:
                return ent.text
            infinitive = node.pos_ in {"VERB", "AUX"} and node.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            if node.pos_ in {"VERB", "AUX"} and not infinitive:
                break
            if node.head.i == node.i:
                break
            node = node.head
    return None


def _sides_between(node: Token, ent: Span) -> bool:
    """"a shootout between militants and police in Khulna on March 12": the parties a date phrase is hung
    below, not a time span ("between" a time noun and another is one, and stops the walk)."""
    return node is not ent.root and node.head.lower_ == "between" and node.ent_type_ not in {"DATE", "TIME"} \
        and not _time_word(node)


def _not_when(node: Token, ent: Span) -> bool:
    """Is `node` (on the way up from a date) the object of a preposition that says something else than when
    the event happened ("since 1985", "until Friday", "for 1987")?"""
    # the doer of a passive ("shot dead by militants on May 3") is no deadline: "by" as agent says who
    return node.dep_ == "pobj" and node.head.lower_ in NOT_WHEN_PREPS and node.head.dep_ != "agent" and \
        not _when_anyway(ent, node.head)


def _when_anyway(ent: Span, prep: Token) -> bool:
    """"for" after a schedule word says when ("talks planned for Tuesday", "a vote set for March 20");
    "from" a named day or the coming month or week says when the event begins ("talks in Washington from
    April 1", "will visit from July 7 to 10", "may allow it from next month"); "over" a weekend or a night
    says when ("clashes over the weekend")."""
    word = prep.lower_
    if word == "for":
        # "is due to visit Japan for talks between April 16-27": a trip's purpose gathering is its time
        gathering = any(c.dep_ == "pobj" and {c.lemma_.lower(), c.lower_} & cue_words("happening")
                        and not ent.start <= c.i < ent.end for c in prep.children)
        return _is_cue(prep.head, cue_words("schedule")) or (
            gathering and prep.head.lemma_.lower() in TRAVEL_LEMMAS) or _happening_set_for(prep)
    if word == "between":
        return bool(re.search(r"\d\s*[-\u2013]\s*\d|\band\b", ent.text))  # "between April 16-27"
    if word == "from":
        # "from July 7 to 10": the day it begins; "from next month": the coming month it begins in
        ahead = {"next", "coming"} & {t.lower_ for t in ent}
        # "imposed tariffs from April 1983": a month with its year is when the act took effect
        month_year = _granularity(ent.text) >= 7 and any(t.like_num and len(t.text) == 4 for t in ent)
        return _names_day(ent.text) or bool(ahead) or month_year
    if word == "over":
        return any(t.lower_ in {"weekend", "night"} for t in ent)
    return False


def _happening_set_for(prep: Token) -> bool:
    """"for" a time on a happening's noun ("a national strike for tomorrow", "a meeting for April"), or on the
    verb calling it ("called a general strike for Monday"): the time the happening is set for, as after
    "planned for" (data/date_cues.csv `happening`)."""
    happenings = cue_words("happening")
    head = prep.head
    if head.pos_ == "NOUN":
        return bool({head.lemma_.lower(), head.lower_} & happenings)
    return head.pos_ == "VERB" and head.lemma_.lower() in CALLING_VERBS and any(
        c.dep_ == "dobj" and {c.lemma_.lower(), c.lower_} & happenings for c in head.children)


CALLING_VERBS = {"call"}  # "called a strike for Monday": the strike is set for that day


def _set_for_a_time(tok: Token) -> bool:
    """Is the happening noun `tok` set for a time by a "for" phrase holding a date, on the noun or on the
    verb calling it ("a national strike for tomorrow", "called a special meeting for July 23")?"""
    holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "for"]
    return any(_happening_set_for(p) and any(p.i < ent.start <= p.right_edge.i for ent in _date_entities(tok))
               for p in preps)


def _names_day(text: str) -> bool:
    """"April 1", "Tuesday", "March 3rd": a phrase that names one day."""
    words = text.lower().split()
    return any(w.strip(".,") in WEEKDAYS for w in words) or any(
        any(ch.isdigit() for ch in w) and len(w.rstrip("stndrh.,")) <= 2 for w in words)


def _dated_elsewhere(tok: Token, frame: list[Token], day: date | None) -> bool:
    """Does the sentence date something else, leaving this event later or earlier on a day it does not give?
    The sentence's date is reached through "after"/"since"/"following" ("after the Feb 26 blast, X blamed
    Y"), or dates the speech that reports the event on another day than the story's ("said on Monday that
    troops attacked")."""
    targets = {t.i for t in frame} | {tok.i}
    for node in {tok, *frame}:
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ in AFTER_PREPS and any(
                    _time_word(t) for t in prep.subtree):
                return True  # "after the Feb 26 blast": the NER may miss the date; its words say it
            if prep.dep_ == "prep" and prep.lower_ in AFTER_PREPS and day is not None and any(
                    _told_before(noun, day) for noun in prep.children if noun.dep_ == "pobj"):
                return True  # "Following the accord, X appealed" after "an accord reached last weekend"
    if tok.pos_ in {"VERB", "AUX"} and _past_tense(tok, frame):
        # "agreed to help OPEC by restraining output after he visited them earlier this year": the act
        # came after a dated one, on a day the sentence does not give
        ents = _date_entities(tok)
        for clause in (t for t in tok.subtree if t.dep_ == "advcl" and t.i != tok.i):
            marked = any(c.dep_ == "mark" and c.lower_ in AFTER_PREPS for c in clause.children)
            if marked and any(clause.left_edge.i <= e.start and e.end - 1 <= clause.right_edge.i
                              and names_a_time(e.text) for e in ents):
                return True
    for ent in _date_entities(tok):
        if not names_a_time(ent.text) or _names_a_thing(ent, tok):
            continue
        node = ent.root
        for _ in range(8):
            if node.dep_ == "pobj" and node.head.lower_ in AFTER_PREPS:
                # on the event's clause ("after the blast on Feb 26, X blamed"), not below it ("urged it to
                # list each case since 1980")
                attached = node.head.head
                return attached.i in targets or attached in set(tok.ancestors)
            if node.pos_ in {"VERB", "AUX"} and node is not ent.root:
                if node.lemma_.lower() in SPEECH_LEMMAS and node.i not in targets and \
                        not _closes_reported_clause(ent, tok) and not _describes_noun(node, tok):
                    resolved = resolve_event_date(ent.text, day).date
                    return resolved is not None and day is not None and resolved != day.isoformat()
                break
            if node.head.i == node.i:
                break
            node = node.head
    return False


def _told_before(noun: Token, day: date) -> bool:
    """Is the noun a happening or accord told with "the" (or a possessive) that an earlier sentence dates
    ("an agreement reached last weekend ... Following the accord", data/date_cues.csv `happening`,
    `accord`)? An act after it came later, on a day not given."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cue_words("happening") | cue_words("accord"):
        return False
    if not any(d.dep_ in {"det", "poss"} and d.lower_ in DEFINITE_WORDS for d in noun.children):
        return False
    return _earlier_day_of(noun, day) is not None


def _period_after(tok: Token, frame: list[Token], day: date | None) -> str | None:
    """The date phrase of an "after" phrase or clause on a done act when it names the period the story is
    in ("agreed to cut output after he visited them earlier this year", "after talks this month"): the act
    came after it and before the story, so within that period; the phrase dates it at that period's
    precision. An earlier time ("after the Feb 26 blast" in March) leaves the act's day unknown."""
    if day is None or not _past_tense(tok, frame):
        return None
    # also a past clause on the act's infinitive ("agreed to help OPEC ... after he visited them"): a done
    # happening the agreement followed
    own = {tok, *frame}
    marks = AFTER_PREPS - {"since"}  # "since" tells a stretch going on, not one act after a time
    for node in own | {c for c in tok.children if c.dep_ == "xcomp"}:
        for child in node.children:
            after = (child.dep_ == "prep" and child.lower_ in marks and node in own) or (
                child.dep_ == "advcl" and (node in own or child.tag_ == "VBD")
                and any(c.dep_ == "mark" and c.lower_ in marks for c in child.children))
            if not after:
                continue
            for ent in _date_entities(tok):
                if not child.left_edge.i <= ent.start <= ent.end - 1 <= child.right_edge.i:
                    continue
                span = date_span(resolve_event_date(ent.text, day, past=True).date)
                if span is not None and span[0] <= day <= span[1] and span[0] < span[1]:
                    return ent.text
    return None


def _describes_noun(verb: Token, tok: Token) -> bool:
    """Is a speech verb a participle or relative clause on a noun the event is not in ("under a plan
    announced last December", "a report, which said in May ..."): it reports no act of the event's."""
    return verb.dep_ in {"acl", "relcl"} and verb not in set(tok.ancestors)


def _reporting_speech_phrase(tok: Token, frame: list[Token], day: date | None) -> str | None:
    """The day phrase of the speech that reports a done act in the story's lede the day before the story
    ("A Portland company has signed a contract with Iraq, its president said yesterday", "Iraq said last
    night it had repelled an attack"; also the weekend just gone, `_weekend_just_gone`): the news was known
    that day, the nearest time the text gives it.
    Not in the body, not for an act still to come ("said yesterday it will sign"), and not for a speech
    days before the story ("said on Monday" in a Wednesday story: the act may be older; undated)."""
    if day is None or sentence_of(tok).start not in _lede_starts(tok) or not _past_tense(tok, frame):
        return None
    targets = {t.i for t in frame} | {tok.i}
    for ent in _date_entities(tok):
        weekend = "weekend" in ent.text.lower()  # a week's granularity, but the two days just gone
        if not names_a_time(ent.text) or _names_a_thing(ent, tok) or (_granularity(ent.text) < 10 and
                                                                      not weekend):
            continue
        speech = governing_verb(ent)
        if speech is None or speech.lemma_.lower() not in SPEECH_LEMMAS or speech.i in targets or \
                _describes_noun(speech, tok) or _closes_reported_clause(ent, tok):
            continue
        reports = speech in set(tok.ancestors) or any(
            speech.head.i == t.i and speech.dep_ in {"ccomp", "parataxis", "conj"} for t in [tok, *frame])
        if not reports or any(t.dep_ == "prep" and t.lower_ in NOT_WHEN_PREPS for t in _path_up(ent)[1:]):
            continue
        value = resolve_event_date(ent.text, day, past=True).date
        if value == (day - timedelta(days=1)).isoformat() or _weekend_just_gone(ent.text, value, day):
            return ent.text

    return None


WEEKEND_REACH = 3  # days from a weekend's Saturday to a story that still calls it "the weekend" (a Tuesday)


def _weekend_just_gone(phrase: str, value: str | None, day: date) -> bool:
    """Is the phrase the weekend just before the story ("a senior official said at the weekend" in a Monday
    story, resolved to that weekend's ISO week): the nearest time the text gives news told then, as
    "yesterday" is?"""
    span = date_span(value)
    if span is None or "weekend" not in {w.strip(".,").lower() for w in phrase.split()}:
        return False
    saturday = span[0] + timedelta(days=5)
    return span[1] - span[0] == timedelta(days=6) and 0 <= (day - saturday).days <= WEEKEND_REACH


def _dateless_report_phrase(tok: Token, frame: list[Token], day: date | None) -> str | None:
    """In a record with no publication date, the day of the report that opens a sentence and tells a done act
    in its that-clause ("E pao reports on July 11 that a militant ... was arrested"): the report's day stands
    for the newspaper's, the nearest time the text gives the act, when the sentence names no other time. Not
    a closing credit (", police said on October 3": the act may be the lead's, told again), an act told
    before the report ("confirmed on January 21 that 17 had been killed"), or one the lead's day dates."""
    if day is not None or not _simple_past(tok, frame):
        return None
    days = [e for e in _date_entities(tok) if names_a_time(e.text) and _granularity(e.text) >= 10]
    if len(days) != 1 or _names_a_thing(days[0], tok):
        return None
    speech = governing_verb(days[0])
    if speech is None or speech.lemma_.lower() not in SPEECH_LEMMAS or speech.i > tok.i:
        return None
    content = next((a for a in [tok, *tok.ancestors] if a.head.i == speech.i and a.i != speech.i), None)
    if content is None or content.dep_ not in {"ccomp", "parataxis"}:
        return None  # "claimed responsibility for the ambush": the act is the claim's object, not its news
    lead = _lead_incident(tok.doc, None)
    if lead is not None and lead[0] < _sentence_starts(tok.doc).index(sentence_of(tok).start) and \
            _refers_to_lead(tok, sentence_of(tok.doc[_sentence_starts(tok.doc)[lead[0]]])):
        return None  # "... in the night of February 2. Sources said on February 3 that militants attacked"
    return days[0].text


def _names_a_day(ent: Span) -> bool:
    """A TIME entity that says which day: "last night", "this morning", "Monday night" (not "two hours")."""
    words = {t.lower_ for t in ent}
    # "on September 22 night": a month and its day with a part of the day
    month_day = bool(words & set(MONTHS)) and any(t.text.isdigit() for t in ent)
    return month_day or bool(words & ({"last", "this", "yesterday", "today", "tonight"} | set(WEEKDAYS)))


def _time_word(tok: Token) -> bool:
    """A month, weekday or year: "Feb", "Tuesday", "1985"."""
    word = tok.lower_.rstrip(".")
    if tok.like_num and len(word) == 4 and word.isdigit():
        return 1800 <= int(word) <= 2100
    return word in WEEKDAYS or word in MONTHS or (word in MONTH_ABBREVIATIONS and tok.pos_ == "PROPN")


def _date_entities(tok: Token) -> list[Span]:
    """The DATE entities of the trigger's sentence. Indexed once per Doc (in `user_data`): `Span.ents`
    walks every entity of the document, and a long article has thousands of triggers."""
    index = tok.doc.user_data.get(DATE_INDEX)
    if index is None:
        index = {}
        covered: set[int] = set()  # the tokens of a year joined to its month: no DATE of their own
        lower = lower_forms(tok.doc)
        for ent in [*_days_in_names(tok.doc, lower), *entity_spans(tok.doc),
                    *_untagged_nights(tok.doc, lower), *_untagged_seasons(tok.doc, lower),
                    *_misspelt_days(tok.doc, lower)]:
            if ent.start in covered:
                continue
            ent = _before_credit(_with_year(_with_month(_with_determiner(_before_columns(ent)))))
            covered.update(range(ent.start, ent.end))
            restated = _without_restating_word(ent)
            if restated is None:
                continue  # "on October 24 (today)": "today" names the calendar day again, no time of its own
            ent = restated
            if _number_not_year(ent):
                continue  # "a Matador (JK05 9135)": a plate or serial number the NER typed as a year
            if ent.label_ == "DATE" or (ent.label_ == "TIME" and _names_a_day(ent)):
                index.setdefault(sentence_of(ent[0]).start, []).append(ent)
        tok.doc.user_data[DATE_INDEX] = index
    return index.get(sentence_of(tok).start, [])


BRACKETS = {"(", ")"}  # what may stand between a calendar day and the word naming it again (not a comma:
# "until his suspension on April 16, today admitted" opens another clause)


def _calendar_day(tokens: list[Token]) -> bool:
    """Do the tokens name a month and a day of it ("October 24", "24 October")?"""
    return any(t.lower_.rstrip(".") in MONTHS for t in tokens) and any(
        t.text.isdigit() and 1 <= int(t.text) <= 31 for t in tokens)


def _restating_word(tok: Token) -> bool:
    """Is the token a word for the report's own day ("today", data/date_cues.csv `restating_day`) set right
    after a calendar day, bare or in brackets ("on October 24 (today)", "on June 14 today"),
    or right before one in brackets ("yesterday (September 21)")? SATP's digests write the day so; the
    word names the calendar day again, so it is no other time of the report (and, with no publication
    date, none that could be resolved)."""
    return tok.lower_ in cue_words("restating_day") and _restated_day(tok) is not None


def _restated_day(tok: Token) -> Span | None:
    """The calendar day (month and day, two tokens) that a word for the report's day stands right after
    (bare or in brackets) or right before in brackets, else None."""
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and doc[i].text in BRACKETS and tok.i - i <= 2:
        i -= 1
    if i >= 1 and _calendar_day([doc[i - 1], doc[i]]):
        return doc[i - 1:i + 1]  # "October 24 (today)"
    after = tok.i + 1
    if after + 2 < len(doc) and doc[after].text == "(" and _calendar_day(list(doc[after + 1:after + 3])):
        return doc[after + 1:after + 3]  # "yesterday (September 21)"
    return None


def _without_restating_word(ent: Span) -> Span | None:
    """The date entity without a word that names its calendar day again (`_restating_word`): "August 3
    today" is "August 3", "today (May 21" is "May 21"; an entity that is only such a word (and its
    brackets) is the calendar day it restates when the NER left that day untagged ("in the morning of
    September 2 (today)"), else None: it dates nothing of its own. Any other entity is returned as it is."""
    kept = [t for t in ent if not _restating_word(t)]
    if len(kept) == len(ent):
        return ent
    words = [t for t in kept if t.text not in BRACKETS]
    if words:
        return Span(ent.doc, words[0].i, words[-1].i + 1, label=ent.label_)
    day = next((_restated_day(t) for t in ent if _restating_word(t)), None)
    if day is None or any(t.ent_type_ for t in day):
        return None
    return Span(ent.doc, day.start, day.end, label="DATE")


YEAR_RANGE = (1800, 2100)  # the years a news story tells; a four-digit number outside names no year


def _number_not_year(ent: Span) -> bool:
    """Is the DATE phrase a lone four-digit number that cannot be a year: outside `YEAR_RANGE` ("JK05 9135",
    "bound 5657 UP express"), or after a code of letters and digits ("JK05 1987": a vehicle number)?"""
    words = [t for t in ent if not t.is_punct]
    if len(words) != 1 or not (words[0].text.isdigit() and len(words[0].text) == 4):
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    coded = before is not None and any(c.isalpha() for c in before.text) and any(
        c.isdigit() for c in before.text)
    return not YEAR_RANGE[0] <= int(words[0].text) <= YEAR_RANGE[1] or coded


DAY_PARTS = {"night", "evening", "morning", "afternoon"}


def _misspelt_days(doc: Doc, lower: list[str]) -> list[Span]:
    """"on Janaury 17", "ended Febraury 28": a capitalised misspelt month's name before a day of the month,
    which the NER leaves untagged (or reads as a name), as a DATE span of the two words."""
    return [Span(doc, t.i, t.i + 2, label="DATE")
            for t in (doc[i] for i in range(len(lower) - 1) if lower[i + 1].isdigit())
            if t.is_title and t.ent_type_ not in PLACE_OR_PARTY and _misspelt_month(t.text) is not None
            and doc[t.i + 1].text.isdigit() and 1 <= int(doc[t.i + 1].text) <= 31]


def _days_in_names(doc: Doc, lower: list[str]) -> list[Span]:
    """"... in provincial capital Karachi March 11, reports X": a month's name and a day of the month that
    close another entity the NER ran on into them (it read "Karachi March 11" as one name), as a DATE span
    of the two words; listed before the NER's spans, whose words they then no longer cover."""
    spans = []
    for ent in entity_spans(doc):
        if ent.label_ in {"DATE", "TIME"} or len(ent) < 3 or any(t.pos_ == "ADP" for t in ent):
            continue  # not "reports The News on August 28": a day the NER ran into a credit is its report's
        month, day = ent[-2], ent[-1]
        if lower[month.i] in MONTHS and month.is_title and day.text.isdigit() and 1 <= int(day.text) <= 31:
            spans.append(Span(doc, month.i, ent.end, label="DATE"))
    return spans


def _before_columns(ent: Span) -> Span:
    """"gunned down two men on July 19<TAB>1<TAB>0": a date the NER ran on across a tab into the record's
    next column ends before it (no date phrase spans a column; a line break may wrap one, "on\n March 3");
    any other entity, and one that opens with the tab, is returned as it is."""
    cut = next((t.i for t in ent[1:] if t.is_space and "\t" in t.text), None)
    return ent if cut is None else Span(ent.doc, ent.start, cut, label=ent.label_)


def _before_credit(ent: Span) -> Span:
    """"on June 5 reports Dawn": a date the NER ran on into the news credit that follows it with no comma
    (data/date_cues.csv `credit`) ends before the credit's word; any other entity is returned as it is."""
    credits = cue_words("credit")
    cut = next((t.i for t in ent[1:] if t.lower_ in credits), None)
    return ent if cut is None else Span(ent.doc, ent.start, cut, label=ent.label_)


def _untagged_nights(doc: Doc, lower: list[str]) -> list[Span]:
    """"killed in fighting at a zinc refinery last night": "last night", "this morning" the NER left untagged,
    as TIME spans (they say which day). `lower`: the words in lower case (`extensions.lower_forms`)."""
    return [Span(doc, t.i - 1, t.i + 1, label="TIME")
            for t in _words_after(doc, lower, DAY_PARTS, {"last", "this"})
            if t.lower_ in DAY_PARTS and t.i > 0 and doc[t.i - 1].lower_ in {"last", "this"}
            and not t.ent_type_ and not doc[t.i - 1].ent_type_]


SEASON_WORDS = {"spring", "summer", "autumn", "fall", "winter"}


def _words_after(doc: Doc, lower: list[str], words: set[str], before: set[str]) -> list[Token]:
    """The tokens whose lower-case form is one of `words` right after one of `before`."""
    return [doc[i] for i in range(1, len(lower)) if lower[i] in words and lower[i - 1] in before]


def _untagged_seasons(doc: Doc, lower: list[str]) -> list[Span]:
    """"last autumn Congress rejected his veto", "next spring": a season counted from the story's day that
    the NER left untagged, as DATE spans (it says when). `lower`: the words in lower case."""
    return [Span(doc, t.i - 1, t.i + 1, label="DATE")
            for t in _words_after(doc, lower, SEASON_WORDS, {"last", "this", "next"})
            if t.lower_ in SEASON_WORDS and t.i > 0 and doc[t.i - 1].lower_ in {"last", "this", "next"}
            and not t.ent_type_ and not doc[t.i - 1].ent_type_ and t.pos_ == "NOUN"]


def _with_month(ent: Span) -> Span:
    """"in the November 3 night", "on February 19 night": a TIME entity ("3 night") that opens with a day of
    the month the NER split from the month before it is that day's (a DATE of month, day and part of day);
    any other entity is returned as it is."""
    if ent.label_ != "TIME" or ent.start == 0 or not ent[0].like_num or not ent[0].text.isdigit() or \
            int(ent[0].text) > 31:
        return ent
    month = ent.doc[ent.start - 1]
    if month.lower_.rstrip(".") not in {*MONTHS, *MONTH_ABBREVIATIONS} or month.ent_type_:
        return ent
    return Span(ent.doc, ent.start - 1, ent.end, label="DATE")


PERIOD_DETERMINERS = {"this", "last", "next"}  # "this week's meeting": the NER may tag "week" alone


def _with_determiner(ent: Span) -> Span:
    """"ahead of this week's Group of Seven meeting": a DATE entity of one period word ("week", "month")
    the NER split from the "this", "last" or "next" that determines it is that period (one DATE); any other
    entity is returned as it is."""
    if ent.label_ != "DATE" or len(ent) != 1 or ent[0].lower_ not in PERIOD_WORDS | {"weekend"} or \
            ent.start == 0:
        return ent
    det = ent.doc[ent.start - 1]
    if det.lower_ not in PERIOD_DETERMINERS or det.head.i != ent.start or det.ent_type_:
        return ent
    return Span(ent.doc, ent.start - 1, ent.end, label="DATE")


def _with_year(ent: Span) -> Span:
    """"kidnapped back in March, 2016": a month the NER split from the year after its comma is that year's
    month (one DATE of month and year); any other entity is returned as it is."""
    doc = ent.doc
    if ent.label_ != "DATE" or ent[-1].lower_ not in MONTHS or ent.end + 1 >= len(doc) or \
            doc[ent.end].text != "," or not _time_word(doc[ent.end + 1]) or not doc[ent.end + 1].like_num:
        return ent
    return Span(doc, ent.start, ent.end + 2, label="DATE")


def _sentence_phrase(tok: Token, frame: list[Token] | None = None) -> str | None:
    """"during a day-long visit to Capitol Hill yesterday": when the parse hangs the sentence's one date
    phrase elsewhere, it still dates the sentence's event — unless it dates a report of it ("said on Monday
    that ...": the first verb above the phrase is a speech verb) or is reached through "since", "until" ..."""
    near = _event_words(tok, frame or [tok])
    dates = [e for e in _date_entities(tok) if _says_when(e.text) and not _names_a_thing(e, tok)
             and not _dates_another_noun(e, tok, near)]
    if len(dates) != 1:
        return None
    node = dates[0].root
    for _ in range(8):
        if node.dep_ == "pobj" and node.head.lower_ in NOT_WHEN_PREPS and node.head.dep_ != "agent" and not (
                node.head.lower_ == "over" and _when_anyway(dates[0], node.head)) and \
                not _spatial(node, dates[0]):
            return None  # a date hung elsewhere lends itself only through a plain "on", "in", "at" (or a
            # passive's "by", "over the weekend")
        if _state_participle(node, tok):
            node = node.head  # "four machines engaged in road work ... on November 6": the clause's date
            continue
        if node.pos_ in {"VERB", "AUX"} and node is not dates[0].root:
            if _sequence_gerund(node, tok) and not _closes_before_credit(dates[0]):
                return None  # "his first visit after taking over the command last month": the taking's time
            if _closes_reported_clause(dates[0], tok) and not _own_time(node, tok):
                return dates[0].text
            if _closing_credit(dates[0], node, tok):
                return dates[0].text
            if _later_infinitive(node, tok, frame or [tok]) or _gerund_on_noun(node, tok):
                return None
            if node.lemma_.lower() in SPEECH_LEMMAS or _own_clause(node, tok) or \
                    _clause_of_its_own(node, tok) or \
                    _other_tense(node, tok, frame, dates[0]) or _separate_clauses(node, tok):
                return None
            return dates[0].text
        if node.head.i == node.i:
            break
        node = node.head
    return dates[0].text


SEQUENCE_PREPS = {"after", "following", "since", "before", "until", "till"}  # put one act before another


def _gerund_on_noun(verb: Token, tok: Token) -> bool:
    """Is the verb a gerund in a preposition's phrase on a noun that is not the event ("are looking to Japan
    for help in buttressing the economy in the event of a recession next year")? It tells what the noun is
    for or about, at a time of its own."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.dep_ != "prep":
        return False
    noun = verb.head.head
    return noun.pos_ == "NOUN" and noun.i != tok.i and not verb.left_edge.i <= tok.i <= verb.right_edge.i


def _sequence_gerund(verb: Token, tok: Token) -> bool:
    """Is `verb` a gerund under a preposition of sequence ("weeks after winning the election in November",
    "before moving to Costa Rica in 2006") that the event is not in? It is an act before or after the
    event, at a time of its own; not "by approving" (the event done by it) nor "from running" (its object)."""
    return verb.dep_ == "pcomp" and verb.head.lower_ in SEQUENCE_PREPS and tok not in verb.subtree


def _closes_before_credit(ent: Span) -> bool:
    """Is the date phrase followed at once by a news credit (data/date_cues.csv `credit`: "... after pouring
    kerosene on the trucks on May 25 reports a paper")? It closes the report of the whole incident, whatever
    the parser hung it on."""
    after = [t for t in ent.doc[ent.end:ent.end + 2] if not t.is_punct]
    return bool(after) and after[0].lower_ in cue_words("credit")


def _later_this(phrase: str) -> bool:
    """Does the phrase tell a time still to come in the story's own period ("later this month", "later
    this year")? No done act is dated by it."""
    words = phrase.lower().split()
    return "later" in words and "this" in words


def _clause_of_its_own(verb: Token, tok: Token) -> bool:
    """Is the to-infinitive or adjective complement `verb` part of a clause that tells its own time
    (`_own_clause`), other than one describing the event noun itself ("tariffs set to go into effect on
    April 17": the tariffs' own day)?"""
    clause = _complemented_clause(verb, tok)
    return clause.i != verb.i and clause.head.i != tok.i and _own_clause(clause, tok)


def _complemented_clause(verb: Token, tok: Token) -> Token:
    """The clause a to-infinitive or an adjective's complement belongs to, climbed from `verb` up to
    the event's own line: "Negotiations, which are due to resume early next week, are stalemated" is the
    relative clause "are", "Asked to clarify his statement on Monday, he said" the participle "Asked" —
    clauses telling their own time, not the event's."""
    above = {a.i for a in tok.ancestors} | {tok.i}
    node = verb
    while node.dep_ in {"xcomp", "acomp"} and node.head.i not in above and node.head.i != node.i:
        node = node.head
    return node


def _later_infinitive(verb: Token, tok: Token, frame: list[Token]) -> bool:
    """Is `verb`, the first verb above a date phrase, a to-infinitive the event governs that tells an act
    still to come: what the event asks, orders, plans or promises ("will ask chip makers to slash output in
    the second quarter", "agreed to meet on Tuesday"; data/date_cues.csv `directive`, `commitment`) or its
    purpose ("will cooperate on a system to come into force by September")? The date is that later act's,
    not the event's. A trip's purpose is told at the trip's time ("flew to Moscow to sign the accord on
    Monday"), and an event inside the infinitive ("plans to hold talks on Monday") takes its date."""
    if verb.i == tok.i or verb in frame or tok in verb.subtree or verb.tag_ != "VB" or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    governor = verb.head
    if governor.i != tok.i and governor not in frame:
        return False
    lemma = governor.lemma_.lower()
    if lemma in TRAVEL_LEMMAS:
        return False
    if verb.dep_ == "advcl" and governor.pos_ in {"VERB", "AUX"}:
        return True  # a purpose: "to come into force by September"
    asked = cue_words("directive") | cue_words("commitment")
    return verb.dep_ in {"xcomp", "acl", "ccomp"} and lemma in asked


def _state_participle(node: Token, tok: Token) -> bool:
    """Is `node` a participle on a noun that tells the noun's state, not an act done to it ("equipments
    engaged in road construction", "troopers deployed at the camp"; data/date_cues.csv `state_participle`)?
    It has no time of its own: a date the parser hung on it dates the clause around the noun."""
    return node.dep_ == "acl" and node.tag_ == "VBN" and tok not in node.subtree and \
        node.lemma_.lower() in cue_words("state_participle")


def _spatial(node: Token, ent: Span) -> bool:
    """Is `node`, reached on the way up from a date phrase, a place or a people the preposition above it
    ("shot dead from different parts of Karachi, provincial metropolis of Sindh on June 3", "fled over the
    border") names? "from", "over", "through" are then where, not when, and the date the parser hung lower
    still dates the clause."""
    return not ent.start <= node.i < ent.end and node.pos_ in {"NOUN", "PROPN"} and _timeless(node)


def _closing_credit(ent: Span, speech: Token, tok: Token) -> bool:
    """Is the speech verb a date phrase hangs on (itself or through its misparsed subject) a paper's credit
    closing the sentence ("... in Peshawar, the provincial capital, on July 28, reports Daily Times.",
    "..., on July 28, Daily Times reported."), with the event told before the phrase? The phrase then
    dates the credited clause, whatever the parser hung it on; a day after the credit ("reports The Hindu on
    January 26") is the report's. The caller has checked that the sentence has this one day phrase."""
    if speech.lemma_.lower() not in {"report", "add"} or speech.tag_ not in {"VBZ", "VBD"} or \
            not tok.i < ent.start or ent.end > speech.i:
        return False
    subject = {t.i for c in speech.children if c.dep_ == "nsubj" for t in c.subtree}
    if not subject or any(t.pos_ in {"VERB", "AUX"} for t in tok.doc[ent.end:speech.i]):
        return False  # "... on July 28, when police reported": a clause of its own between
    end = sentence_of(tok).end
    # the credit closes the sentence: nothing but its subject and punctuation after the verb
    return all(t.is_punct or t.i in subject for t in tok.doc[speech.i + 1:end]) and any(
        t.i in subject for t in tok.doc[ent.end:end])


def _closing_phrase(tok: Token, near: set[int]) -> str | None:
    """The date phrase that closes the event's clause before a trailing attribution ("cadres killed two
    persons accusing them of being informers in Hazaribagh District late on March 28 reports UNI"), when
    the parser hung it on a word below the event; not when that word is a clause with a time of its own (a
    past perfect, a future)."""
    for ent in _date_entities(tok):
        if not names_a_time(ent.text) or _names_a_thing(ent, tok) or _dates_another_noun(ent, tok, near) or \
                not _closes_reported_clause(ent, tok) or (
                    ent.root.dep_ == "pobj" and ent.root.head.lower_ in NOT_WHEN_PREPS
                    and ent.root.head.dep_ != "agent"):
            continue  # "must repay the loan by March 20, the bank said": a deadline, not the act's day
        verb = governing_verb(ent)
        return None if verb is not None and _own_time(verb, tok) else ent.text
    return None


def _own_time(verb: Token, tok: Token) -> bool:
    """Does the verb a closing date phrase hangs on tell a time of its own, apart from the event's: a past
    perfect, a future, or a bare participle on a noun or clause ("the forum, formed in 1991, it said")?"""
    if verb.i == tok.i or _naming_participle(verb):
        return False
    if _will(verb) or any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"} for c in verb.children):
        return True
    # a past form hung on a noun with no subject is a participle whatever the tagger says ("a restructuring
    # agreed with the Paris Club last year", tagged as a simple past): the noun's own time
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ == "acl")
    return participle and verb.dep_ in {"acl", "advcl"} and not any(
        c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children)


def _closes_reported_clause(ent: Span, tok: Token) -> bool:
    """Does the date phrase end the event's clause, just before a trailing attribution ("were killed in an
    explosion on March 3, reports The News", "was shot dead on May 2, police said"), wherever the parser
    hung it (on the attribution, on the clause's last verb)? The phrase is the event's: only punctuation and
    the attribution's subject stand between them. Not a date after the attribution ("..., reports The Hindu
    on January 26": the report's day)."""
    if not tok.i < ent.start or tok.pos_ not in {"VERB", "AUX"} or not _past_tense(tok, []):
        return False  # a past act's clause ("were killed ... on May 2, reports X"), not a noun's or a plan's
    hung = governing_verb(ent)
    if hung is not None and hung.i != tok.i and tok not in hung.ancestors and \
            hung.lemma_.lower() not in SPEECH_LEMMAS:
        return False  # the phrase is in another clause than the event's ("X was killed and Y said ...")
    end = sentence_of(tok).end
    speech = next((t for t in tok.doc[ent.end:end] if t.pos_ in {"VERB", "AUX"}), None)
    if speech is None or speech.lemma_.lower() not in SPEECH_LEMMAS or speech.i <= tok.i:
        return False
    subject = {t.i for c in speech.children if c.dep_ == "nsubj" for t in c.subtree}
    if any(not t.is_punct and t.i not in subject for t in tok.doc[ent.end:speech.i]):
        return False
    # the attribution closes the sentence: no clause of its own follows ("said it would ..."); a digest's
    # inverted attribution ("reports UNI", "adds Daily Excelsior") closes it even where a lost full stop
    # runs the next sentence on
    following = tok.doc[speech.i + 1] if speech.i + 1 < end else None
    inverted = following is not None and speech.tag_ in {"VBZ", "VBD"} and (
        following.pos_ == "PROPN" or (following.lower_ == "the" and following.i + 1 < end
                                      and tok.doc[following.i + 1].pos_ == "PROPN"))
    return inverted or not any(t.pos_ in {"VERB", "AUX"} for t in tok.doc[speech.i + 1:end])


# Subordinating words after which a clause tells the same time as the clause it hangs on ("was arrested
# when police raided the house on Monday"); others ("if", "unless", "before", "because") tell another.
SAME_TIME_MARKS = {"when", "as", "while", "whilst", "whereupon"}


def _separate_clauses(verb: Token, tok: Token) -> bool:
    """Are the dated verb and the event in clauses that tell different times: the date in a complement
    clause the event is not in, nor in one of its own ("Speaking to a committee, he said we can reach
    agreement in 1988"; but "'On Tuesday I shall be going to Washington, and we shall be having a meeting,'
    he said" tells one time), or one of them in a condition, reason or sequence clause ("if it accepts the
    plan, construction would begin in 1989")?"""
    above = {a.i for a in tok.ancestors} | {tok.i}
    common = verb
    verb_side: list[Token] = []
    while common.i not in above and common.head.i != common.i:
        verb_side.append(common)
        common = common.head
    if common.i not in above:
        return False
    event_side: list[Token] = []
    node = tok
    while node.i != common.i and node.head.i != node.i:
        event_side.append(node)
        node = node.head
    if any(n.dep_ == "ccomp" and n.head.i == common.i for n in verb_side) and not any(
            n.dep_ == "ccomp" for n in event_side):
        return True  # the complement hangs on the clause both share, not below the event ("X was killed
        # and 27 were injured on May 3, reports Y": the parse hangs the second clause on "reports")
    if _conjunct_beside_complement(verb_side, event_side):
        return True
    if any(any(c.dep_ == "mark" and c.lower_ == "whether" for c in n.children) for n in event_side):
        return True  # "will decide late next week whether to impose sanctions": the deciding's date
    if any(n.head.i == common.i and n.dep_ in {"ccomp", "parataxis"} and _dash_between(n, common)
           for n in event_side + verb_side):
        return True  # "criticized the government -- the punt was devalued last August": two clauses
    return any(n.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in SAME_TIME_MARKS
                                         for c in n.children) for n in verb_side + event_side)


def _later_conjunct(verb: Token, tok: Token) -> bool:
    """Is the dated verb a conjunct of the event's verb told ahead with an auxiliary of its own the event's
    verb lacks ("workers were currently meeting about the proposal and would probably vote next week";
    data/date_cues.csv `future_aux`)? The two clauses tell two times; the date is the later act's."""
    if verb.i == tok.i or tok.pos_ not in {"VERB", "AUX"} or verb.dep_ != "conj" or verb.head.i != tok.i:
        return False
    ahead = cue_words("future_aux")
    return any(c.dep_ == "aux" and c.lower_ in ahead for c in verb.children) and not any(
        c.dep_ == "aux" and c.lower_ in ahead for c in tok.children)


def _told_later(verb: Token) -> bool:
    """Is the conjunct a clause of its own, with its own auxiliary, told with an adverb of a later time
    ("resigned from the bank last year and was later charged"), not one counted in minutes ("a few minutes
    later")? It is a step after the act it is joined to, at no time of that act's. A bare participle
    sharing the first verb's auxiliary ("was kidnapped in April 2018 and later killed") goes on in the
    period the sentence names, as far as the text tells."""
    return verb.dep_ == "conj" and any(c.dep_ in {"aux", "auxpass"} for c in verb.children) and any(
        c.dep_ == "advmod" and c.lower_ in LATER_ADVERBS and not _within_the_hour(c) for c in verb.children)


def _later_step(verb: Token, tok: Token) -> bool:
    """Are the dated verb and the event's verb coordinated, the second told as a later step of its own
    (`_told_later`)? Each tells its own time; a date on one is not the other's."""
    if verb.i == tok.i or tok.pos_ not in {"VERB", "AUX"}:
        return False
    first, second = sorted((verb, tok), key=lambda t: t.i)
    return second.head.i == first.i and _told_later(second)


def _dash_between(clause: Token, verb: Token) -> bool:
    """Is a clause set off from the verb it hangs on by a dash, colon or semicolon ("criticized the
    government -- the punt was devalued last August"): a clause of its own, not a complement."""
    low, high = sorted((clause.right_edge.i, verb.i)) if clause.i < verb.i else sorted((verb.i,
                                                                                        clause.left_edge.i))
    return any(t.text in {"--", ";", ":", "\u2014", "\u2013"} and t.head.i in {clause.i, verb.i}
               for t in clause.doc[low:high + 1])


def _conjunct_beside_complement(verb_side: list[Token], event_side: list[Token]) -> bool:
    """Is the date in a coordinated clause with its own subject, and the event in a complement clause of
    the verb that clause is joined to ("He said Maoists stormed the site and thrashed labourers ... but he
    ignored the directive and started work on Wednesday November 14": the starting's day, not the
    thrashing's)? `verb_side`, `event_side`: the words from the dated verb and from the event up to (not
    including) the clause both hang on."""
    if not verb_side or not event_side:
        return False
    joined, reported = verb_side[-1], event_side[-1]
    return joined.dep_ == "conj" and reported.dep_ == "ccomp" and joined.pos_ in {"VERB", "AUX"} and \
        any(c.dep_ in {"nsubj", "nsubjpass"} for c in joined.children)


def _other_tense(verb: Token, tok: Token, frame: list[Token] | None, ent: Span) -> bool:
    """Does the dated verb tell another time than the event: a future ("will be opened in late July")
    beside a past event ("signed a licence"), or a main clause above the event's relative clause ("the
    offer, which has been rejected, expires on July 10") — unless the date is on a noun the event is told
    in ("the 1985 crash of a jet which killed 520")?"""
    noun = ent.root.head
    if ent.root.dep_ in {"nummod", "compound", "amod", "poss"} and noun.pos_ in {"NOUN", "PROPN"} and \
            noun.left_edge.i <= tok.i <= noun.right_edge.i:
        return False
    future = any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in verb.children)
    if future and verb.i != tok.i and _past_tense(tok, frame or [tok]):
        return True
    if _later_conjunct(verb, tok) or _later_step(verb, tok):
        return True
    if _hoped_clause(verb, tok, frame or [tok]):
        return True
    if verb.i != tok.i and _past_tense(verb, [verb]) and any(_will(n) for n in [tok, *(frame or [])]):
        return True  # "the union rejected the offer on Saturday and workers will strike"
    if _other_subject_conjunct(verb, tok, frame or [tok]):
        return True
    if _ahead_in_relative(verb, tok, frame or [tok]):
        return True
    for node in [tok, *tok.ancestors]:
        if node.i == verb.i:
            return False
        if node.dep_ in {"relcl", "acl"} and node.pos_ in {"VERB", "AUX"}:
            return verb in node.ancestors
    return False


def _ahead_in_relative(verb: Token, tok: Token, frame: list[Token]) -> bool:
    """Is the dated verb inside a relative clause told ahead, on a noun other than the event ("is currently
    negotiating terms with the banks that will allow it to meet growth targets in 1987"): the year is the
    targets', a time the clause looks to, not the event's, which is not itself told ahead?"""
    if any(_will(n) for n in [tok, *frame]):
        return False
    node, ahead = verb, False
    for _ in range(4):
        ahead = ahead or _will(node)
        if node.dep_ == "relcl":
            return ahead and node.head.i != tok.i and tok not in node.subtree
        if node.dep_ not in {"ccomp", "xcomp", "conj"} or node.head.i == node.i:
            return False
        node = node.head
    return False


HOPE_MODALS = {"would", "could", "might", "should"}  # a past's hope, plan or expectation told in its clause


def _hoped_clause(verb: Token, tok: Token, frame: list[Token]) -> bool:
    """Is the dated verb a clause of what was hoped, planned or expected, told with "would" ("rejected the
    proposal, snuffing out producers' hopes the plan would be adopted this year"): its time is the hoped
    act's, not the event's, when the event is a done act outside that clause and tells no modal itself."""
    if verb.i == tok.i or tok in verb.subtree or not _past_tense(tok, frame):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in HOPE_MODALS for c in verb.children):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in HOPE_MODALS | {"will", "shall"}
                   for node in [tok, *frame] if node.pos_ in {"VERB", "AUX"} for c in node.children)


def _own_clause(verb: Token, tok: Token) -> bool:
    """Is `verb` a clause of its own that tells its own time, apart from the event: a relative clause
    ("Simon, who resigned last month, was accused"), a participle on another noun ("tax cuts planned for
    1988", "the group, formed in 1983, will meet"), a participle phrase ("Asked on Friday about the loan, he
    said") or a past perfect ("had been cut in 1986")?"""
    if _gapped_conjunct(verb):
        return False  # "were killed and two others injured ... on May 12": the second conjunct's time
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and tok not in verb.subtree and _act_in_progress(verb, tok):
        return False
    if _naming_participle(verb):
        return False  # "killed a tribal, identified as X, ... late on May 3": a name, no act of its own
    verb = _relative_of_conjunct(verb, tok)
    if verb.dep_ in {"relcl", "acl"} and tok not in verb.subtree:
        # "in a report adopted yesterday", "at a meeting held on Monday": where the event happened, when;
        # also a clause the parser hung one noun lower ("killed in an encounter with terrorists which
        # started on May 3": the encounter's start), when that phrase is the event's own
        noun = verb.head
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"} for c in verb.children):
            # "killed two militants in Kupwara, where they had attacked a camp on March 2": a clause told
            # before the event tells its own act
            return True
        for hop in range(2):
            if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "at", "during"} and (
                    hop == 0 or noun.head.head.i == tok.i):
                return False
            if noun.dep_ != "pobj" or noun.head.lower_ not in {"with", "of"} or noun.head.head.pos_ != "NOUN":
                break
            noun = noun.head.head
        return True
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and tok not in verb.subtree and not any(
            c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "mark"} for c in verb.children):
        # a bare participle phrase: "the group, formed in 1983, meets", "Asked on Friday about the loan,
        # the minister said": it tells its own time, not the main event's
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"} for c in verb.children) and (
        tok not in verb.subtree)


NAMING_LEMMAS = {"identify", "name", "know", "call", "describe", "age"}


def _relative_of_conjunct(verb: Token, tok: Token) -> Token:
    """The relative clause a verb is a later conjunct of, the event outside it ("a man, who had been accused
    in a case and released on February 13, 2010, was shot dead": "released" tells the relative clause's
    time, as "accused" does), else the verb itself."""
    node = verb
    while node.dep_ == "conj" and node.head.pos_ in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node if node.dep_ == "relcl" and tok not in node.subtree else verb


def _act_in_progress(verb: Token, tok: Token) -> bool:
    """Is `verb` a present participle on a noun of the event's own clause that tells how the event was done
    ("militants attacked the house of a cadre lobbing grenades and opening fire in the night of September
    16": the parser hangs the manner on the nearest noun)? It has no time of its own: it is the event's,
    unless it has its own auxiliary or subject."""
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "mark"} for c in verb.children):
        return False
    if tok.pos_ not in {"VERB", "AUX"} or tok.i > verb.head.i:
        return False
    path: list[Token] = []
    for node in verb.ancestors:
        if node.i == tok.i:
            # not through "after", "since" ...: "suspended after the shoot-down of a plane carrying
            # missionaries in 2001" is another, earlier act's time
            return not any(t.dep_ == "prep" and t.lower_ in NOT_WHEN_PREPS for t in path)
        path.append(node)
    return False


def _gapped_conjunct(verb: Token) -> bool:
    """"Six policemen were killed and two others injured in a blast on May 12": the parser reads the
    second conjunct, its "were" left out, as a participle on its subject ("others injured"), right after
    that subject, which "and" opens. It is a clause told with the first, at its time."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i != noun.i + 1 or noun.left_edge.i == 0:
        return False
    return verb.doc[noun.left_edge.i - 1].lower_ == "and"


def _naming_participle(verb: Token) -> bool:
    """A participle that names or describes a party ("a man, identified as X", "a group known as Y", "a
    boy aged 12"): no act of its own, so the parser's hanging a date on it says nothing of its time."""
    return verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl"} and verb.lemma_.lower() in NAMING_LEMMAS and \
        not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children)


def _coordinated_phrase(tok: Token, frame: list[Token]) -> str | None:
    """"were arrested on Monday and charged with murder": the date of the verb it is coordinated with."""
    verb = _coordinated_verb(tok, frame)
    return date_phrase(verb, [verb]) if verb is not None else None


def _coordinated_verb(tok: Token, frame: list[Token]) -> Token | None:
    """The verb coordinated with the event's whose date phrase the event shares (`_coordinated_phrase`):
    the speech verb of a speaker's second act, the clause the event's verb is joined to, or a verb joined
    to it before any word of its own; None when the event shares no coordinated clause's date."""
    anchor = frame[-1] if frame else tok
    speech = _speaker_conjunct(anchor)
    if speech is not None:
        return speech
    if anchor.dep_ == "conj" and anchor.head.pos_ in {"VERB", "AUX"} and not any(
            c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"} for c in anchor.children) and \
            _will(anchor) == _will(anchor.head) and not _told_later(anchor) and \
            not _other_subject_conjunct(anchor.head, anchor, [anchor]) and \
            not _misparsed_whose_clause(anchor.head):
        # but "approved the offer last week, but workers had threatened to strike": its own earlier time;
        # "rejected the offer on Saturday and workers will strike": a future of its own
        return anchor.head
    for conj in anchor.children:
        # "was abducted and shot in the city in November 2011": verbs joined before any word of their own
        # share one predicate and its date (but "rejected its quota and produced 1.75 mln bpd in February")
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and _same_past_form(conj, anchor) and \
                not _told_later(conj) and not any(
                c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in conj.children) and not any(
                anchor.i < c.i < conj.i and c.dep_ not in {"cc", "punct", "advmod"} for c in anchor.children):
            return conj
    return None


def _misparsed_whose_clause(verb: Token) -> bool:
    """Is the verb a "whose" relative clause's own verb the parser made the head of the sentence ("The United
    States and Canada, whose trade totaled 125 billion dlrs last year, have been holding talks": "whose
    trade" hung on the subject with no verb of its own between)? Its time is the relative clause's."""
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        for word in subject.subtree:
            if word.tag_ != "WP$":
                continue
            node = word.head
            while node.i != subject.i and node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
                node = node.head
            if node.i == subject.i:
                return True
    return False


PAST_FORMS = {"VBD", "VBN"}  # the tagger may read one past form of a shared predicate as the other


def _same_past_form(conj: Token, anchor: Token) -> bool:
    """Are two coordinated verbs told in the same form, or both in a past form ("who was arrested and
    pleaded guilty in 2012": the tagger's VBD for the second verb, which shares the first one's subject)?"""
    return conj.tag_ == anchor.tag_ or {conj.tag_, anchor.tag_} <= PAST_FORMS


MODAL_AHEAD = {"will", "would", "shall", "'ll", "wo"}  # auxiliaries of a reported act still to come


def _told_done(verb: Token) -> bool:
    """Is the verb told as done: a simple past or a perfect with no auxiliary of an act still to come
    ("said on Sunday", "had made"; not "would meet on Sunday", "was to meet Sunday") and no schedule word
    reading its phrase ahead?"""
    if any(c.dep_ == "aux" and c.lower_ in MODAL_AHEAD for c in verb.children):
        return False
    return _past_tense(verb, []) and clause_timing(verb, [verb], False) == (False, True)


def _speaker_conjunct(verb: Token) -> Token | None:
    """"Greece said yesterday it would defend its rights and urged Turkey to accept ...": a past verb with no
    subject of its own that the parser joins to a reported clause told ahead ("would defend") is the
    speaker's second act, joined to the speech verb, and dated as the speech; the speech verb, else None."""
    head = verb.head
    speech = head.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "ccomp" or speech.tag_ != "VBD" or \
            speech.lemma_.lower() not in SPEECH_LEMMAS:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in MODAL_AHEAD for c in head.children):
        return None  # "said it attacked the post and seized arms": two reported acts, not the speaker's
    return speech


def _other_subject_conjunct(verb: Token, tok: Token, frame: list[Token]) -> bool:
    """Are the dated verb and the event's verb coordinated clauses, each with its own subject ("the surplus
    rose in May, and Washington urged Tokyo to cut it"): the date is the other clause's. Two passives are
    one incident's toll, not two clauses ("a cadre was killed and two policemen were injured in a gunfight
    on February 12"): they share its date."""
    anchor = frame[-1] if frame else tok
    pair = {verb.i, anchor.i}
    coordinated = (anchor.dep_ == "conj" and anchor.head.i == verb.i) or (
        verb.dep_ == "conj" and verb.head.i == anchor.i)
    if coordinated and all(_passive(v) for v in (verb, anchor)):
        return False
    if any(_bare_participle_conjunct(v) for v in (verb, anchor)):
        return False  # "killed one person in Redhamal village on June 9 suspecting him": how, not a clause
    return coordinated and len(pair) == 2 and all(
        any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children) for v in (verb, anchor))


def _bare_participle_conjunct(verb: Token) -> bool:
    """Is the verb a present participle with no auxiliary, joined as a conjunct ("killed him ... suspecting
    him to be an informer")? It has no tense: no clause of its own, whatever subject the parser gave it."""
    return verb.tag_ == "VBG" and verb.dep_ == "conj" and not any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


# CAMEO root of "express intent to …" (03x): the intent statement's own day is the event's date.
INTENT_ROOT = "03"
THREAT_ROOT = "13"  # a threat, as an intent, is a statement made when said ("Britain could revoke licences")
# Subordinators of a condition: an act told inside one is no future act to leave undated here (its own day
# is None by _unmet_condition, the consequence keeps the statement's day).
CONDITION_MARKS = {"if", "unless", "whether"}


def undated_future_act(tok: Token, cameo: str) -> bool:
    """Is the event (trigger `tok`, code `cameo`) an act still to come told with no time of its own ("said it
    will occupy the top floors", "firms would ask Taiwan to reconsider", "officials are to meet"; an event
    noun by the verb it is the object of: "will push for reform at the Venice meeting", "will hold talks")?
    Such an act happens on some later day the text does not give, so the publication day is not its date; so
    does one a present obligation puts on a party ("Japan has to cut its tariffs"), one a present plan or
    expectation puts ahead ("plans to visit", "is expected to announce"), one told only as possible ("could
    impose sanctions") and the purpose of an act ahead ("will stop in Hong Kong to meet officials").
    Not a 03x intent nor a 13x threat (the statement is dated by the day it is made), not a negated future (a
    refusal, made when said: detect.py recodes it; also "could make no comment"), not an act inside a
    condition ("if the company would agree") or told as its consequence ("will negotiate elsewhere if prices
    rise"; but one only possible on a condition, "if convicted, he could be sentenced", may never happen)."""
    if cameo.startswith(INTENT_ROOT) or tok.pos_ not in {"VERB", "AUX", "NOUN"}:
        return False
    host = tok if tok.pos_ != "NOUN" else _verb_of_noun(tok)
    if host is tok and tok.pos_ == "NOUN":
        return False  # an event noun on no verb: its time is not told by a verb's tense
    verb = _clause_verb(host)
    # why two passes: a future auxiliary, "is to" or an obligation over complements is read as before; the
    # wider cues (purposes, plans, possibility) are kept off threats, refusals and clauses that name a time
    if _told_ahead(tok, verb, _infinitive_chain(verb, purposes=False), wider=False):
        return True
    if cameo.startswith(THREAT_ROOT):
        return False  # "Britain could revoke licences": the threat is made when said
    chain = _infinitive_chain(verb, purposes=True)
    if any(_no_object(node) for node in chain) or _names_a_time_within(tok, chain[-1]):
        return False  # "will meet officials today and tomorrow to lobby": the governor's time is told
    return _told_ahead(tok, verb, chain, wider=True)


def _expected_by_deadline(tok: Token, frame: list[Token], published: date | None,
                          cameo: str) -> EventDate | None:
    """The deadline of an act a present plan, expectation or possibility puts ahead, read as its time
    ("Soares, who is expected to announce a decision by the end of the month": the month, not the story's
    day; see `_deadline_phrase`). None when the act is not told ahead that way or its own clause names no
    deadline. Not a 03x intent nor a 13x threat: the statement of those is made when told."""
    if cameo.startswith(INTENT_ROOT) or cameo.startswith(THREAT_ROOT) or tok.pos_ not in {"VERB", "AUX"}:
        return None
    day = story_day(tok, published)
    verb = _clause_verb(tok)
    chain = _infinitive_chain(verb, purposes=False)
    if day is None or not _told_ahead(tok, verb, chain, wider=True):
        return None
    # the parser often hangs the deadline on the act's object ("announce a decision by the end of the month")
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    phrase = _deadline_phrase(tok, [*frame, *chain, *objects])
    if phrase is None:
        return None
    resolved = resolve_event_date(_resolvable_tail(_respelt(phrase), day), day, future=True)
    span = date_span(resolved.date) if resolved.date is not None else None
    # a deadline gone by is no time ahead: the act was told ahead of another day than the story's
    return resolved if span is not None and span[1] >= day else None


def _names_a_time_within(tok: Token, clause: Token) -> bool:
    """Does the clause headed by `clause` name a time ("is expected to announce guidelines by October"), or
    its own verb have a date phrase ("will meet officials today to lobby")? Then the act's time is told,
    though no phrase was read as the act's own: it is not shown to be an act with no time of its own, and the
    reading it had stays."""
    return any(clause.left_edge.i <= ent.start and ent.end - 1 <= clause.right_edge.i
               and names_a_time(ent.text) for ent in _date_entities(tok)) or \
        date_phrase(clause, [clause]) is not None


def _told_ahead(tok: Token, verb: Token, chain: list[Token], wider: bool) -> bool:
    """Does the chain of verbs over the trigger `tok` (its clause verb `verb` first) put its act ahead: a
    future auxiliary, "is to", a present obligation, and when `wider` also a modal of possibility and a
    present plan or expectation? Never when negated or inside a condition; as the consequence of a
    condition, only an act told as possible ("could be sentenced if convicted")."""
    if any(c.dep_ == "neg" for node in {tok, *chain} for c in node.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for node in (verb, *verb.ancestors)
           for c in node.children):
        return False
    if any(_conditioned(node) for node in chain):
        # "if convicted, he could be sentenced to 120 years": an act only possible on a condition may never
        # happen; one a statement commits to ("will negotiate elsewhere if prices rise") is dated by it
        return wider and any(_possible(node) for node in chain)
    ahead = cue_words("future_aux")
    if any(any(c.dep_ == "aux" and c.lower_ in ahead for c in node.children) or _be_to(node)
           for node in chain) or any(_present_obligation(node) for node in chain[1:]):
        return True
    return wider and (any(_possible(node) for node in chain)
                      or any(_present_prospect(node) for node in chain[1:]))


def _possible(verb: Token) -> bool:
    """Is the verb's act told only as possible ("could impose sanctions", "may visit", "might reject";
    data/date_cues.csv `possible_aux`)? Not with a perfect: "may have refused bill offers this morning"
    guesses at an act already done, on the day the story tells."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxiliaries & cue_words("possible_aux")) and not auxiliaries & {"have", "'ve"}


def _no_object(verb: Token) -> bool:
    """Is the verb's object negated by "no" ("said he could make no comment", "could have no comment")? Such
    a possibility denied is a refusal made when said, as with "not"."""
    return any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               for c in verb.children)


def _present_obligation(verb: Token) -> bool:
    """Is the verb a present obligation over a to-infinitive ("Japan has to cut its tariffs", "needs to
    find"; data/date_cues.csv `obligation`): the act is still to be done, on a day not given (a past "had
    to cut" is done)?"""
    return verb.tag_ in {"VBZ", "VBP"} and verb.lemma_.lower() in cue_words("obligation")


def _present_prospect(verb: Token) -> bool:
    """Is the verb a present plan, aim or expectation over a to-infinitive ("plans to visit", "is planning
    to sell", "is expected to announce"; data/date_cues.csv `prospect`): the act is still to come, on a day
    not given? A past ("planned to", "was expected to") says nothing of the story's day and is not counted,
    unless a past speech verb reports it (`_backshifted_prospect`)."""
    if verb.lemma_.lower() not in cue_words("prospect"):
        return False
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    # why the auxiliary: the participle's own tag says nothing of the time ("is expected", "are planning")
    present = verb.tag_ in {"VBN", "VBG"} and any(
        c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)
    return present or _backshifted_prospect(verb)


def _backshifted_prospect(verb: Token) -> bool:
    """A past plan or expectation told in a clause a past speech verb reports ("the diplomats said the
    ministers were expected to back the warning", "said it planned to sell the unit"): the speaker's present,
    shifted back by the telling (as "would" is "will"), so the act is still to come when told."""
    past = verb.tag_ == "VBD" or (verb.tag_ in {"VBN", "VBG"} and any(
        c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" and c.tag_ == "VBD" for c in verb.children))
    if not past or verb.dep_ != "ccomp":
        return False
    speech = verb.head
    return speech.pos_ == "VERB" and speech.tag_ == "VBD" and speech.lemma_.lower() in SPEECH_LEMMAS


INFINITIVE_DEPS = {"xcomp", "advcl"}  # a complement ("plans to visit"), a purpose ("went to meet")


def _infinitive_chain(verb: Token, purposes: bool = True) -> list[Token]:
    """`verb` and the verbs whose infinitive complement or purpose it is, innermost first ("will continue to
    occupy": [occupy, continue]; "will have to seek to sell": [sell, seek, have]; "will stop in Hong Kong to
    meet officials": [meet, stop]). The auxiliary of the outermost tells the time of the whole chain: a future
    there puts the complement's act ahead too, and the act a future act is done for comes after it
    (`purposes` False: complements only)."""
    chain = [verb]
    node = verb
    # why "to": a bare or gerund complement ("saw them leave", "began shelling") is told at its governor's
    # time already, and only an infinitive hangs a later act on a governor's future
    deps = INFINITIVE_DEPS if purposes else {"xcomp"}
    while node.dep_ in deps and node.head is not node and node.head.pos_ in {"VERB", "AUX"} and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        node = node.head
        chain.append(node)
    return chain


def _clause_verb(tok: Token) -> Token:
    """The verb whose auxiliaries the trigger's clause shares: a conjunct with no subject or auxiliary of
    its own ("will locate its headquarters there and occupy five floors") shares its first conjunct's."""
    verb = tok
    # why not a simple past: no auxiliary takes one, so "said Japan must follow it and urged them to act"
    # joins "urged" to the speech, done, not to the "must" the parser hung it on
    while verb.dep_ == "conj" and verb.head is not verb and verb.head.pos_ in {"VERB", "AUX"} and \
            verb.tag_ != "VBD" and \
            not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        verb = verb.head
    return verb


def _will(verb: Token) -> bool:
    """A verb told in the future ("will strike", "shall meet")."""
    return any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "wo"} for c in verb.children)


def _dated_conjunct(tok: Token, frame: list[Token], day: date | None) -> bool:
    """Is a past event coordinated with a later past verb that carries its own earlier date ("Iraq rejected
    its quota and produced 1.75 mln bpd in February"), or with a verb told as a later step that carries any
    date ("were detained, and were later released on March 3"): the sentence times the other verb, not this
    one, and not the story's day either."""
    anchor = frame[-1] if frame else tok
    if day is None or not _past_tense(tok, frame):
        return False
    for conj in anchor.children:
        if _told_later(conj) and conj.pos_ == "VERB" and date_phrase(conj, [conj]) is not None:
            return True  # "were detained, and were later released on March 3": before that day, not given
        if conj.dep_ != "conj" or conj.tag_ != "VBD":
            continue
        phrase = date_phrase(conj, [conj])
        resolved = date_span(resolve_event_date(phrase, day).date) if phrase else None
        if resolved is not None and resolved[1] < day:
            return True
    return False


def is_background(tok: Token, frame: list[Token]) -> bool:
    """Told as happening before the story: past perfect, "previously", "the previous talks", "former", or a
    past relative clause in a sentence about the present ("have been embroiled in a row which began when a
    diplomat was abducted"), or an event noun told as what another event answers or follows ("in
    retaliation for an attack", "after the bombing")."""
    if _told_at_that_time(tok) or _past_clause_in_present(tok) or _cause_of_another(tok) or \
            _inside_earlier_clause(tok) or \
            _past_participle_phrase(tok) or _past_relative_in_body(tok) or _perfect_relative(tok) or \
            _before_another(tok):
        return True
    governor = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    clause = [governor] if governor is not None and (tok.tag_ == "VB" or tok.pos_ == "NOUN") else []
    node = clause[0] if clause else tok
    while node.tag_ == "VB" and node.dep_ == "xcomp" and node.head.pos_ in {"VERB", "AUX"}:
        node = node.head  # "had attempted to put pressure on her to agree": the chain's finite verb
        clause.append(node)
    for node in {tok, *frame, *clause}:
        children = list(node.children)
        if node.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"}
                                      for c in children) and not _backshifted_news(node):
            return True
        if _shares_past_perfect(node):
            return True
        if node.tag_ == "VBG" and {"had", "been"} <= {c.lower_ for c in children if c.dep_ == "aux"}:
            return True  # a past perfect progressive ("had been negotiating"): going on before the story
        if node.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" and c.tag_ == "VB"
                                      for c in children) and not any(
                c.dep_ == "aux" and c.lower_ in {"will", "would", "should", "could", "may", "might", "must",
                                                 "'ll"} for c in children):
            return True  # a perfect infinitive: "are believed to have agreed", "is said to have met"
        if any(c.dep_ == "advmod" and c.lower_ in BACKGROUND_ADVERBS for c in children):
            return True
        if _when_clause_of_background(node):
            return True
        if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ == "past"
                                                             for g in c.children) for c in children):
            return True  # "closed the road in the past"
        if node.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in BACKGROUND_MODIFIERS
                                       for c in children):
            return True
        if node is tok and node.pos_ == "NOUN" and _background_modifier_on_name(node):
            return True
        if node is tok and _at_past_gathering(tok):
            return True
        if node.pos_ == "NOUN" and node is tok and any(
                c.dep_ in {"amod", "acl", "compound"} and c.tag_ == "VBN" and any(
                    g.dep_ == "advmod" and g.lower_ in BACKGROUND_ADVERBS for g in c.children)
                for c in children):
            return True  # "the company's recently announced lawsuit", "a previously disclosed merger"
    return False


NAME_DEPS = {"compound", "nmod"}  # the name words before an event noun ("International Coffee Organization")


def _background_modifier_on_name(noun: Token) -> bool:
    """Does the event noun's phrase open with an earlier-time modifier that the parser hung on a name
    before the noun ("Recent International Coffee Organization (ICO) negotiations", "the earlier Paris Club
    talks")? It tells the happening as before the story, as it does on the noun itself."""
    names = [c for c in noun.lefts if c.dep_ in NAME_DEPS]
    names += [g for c in names for g in c.lefts if g.dep_ in NAME_DEPS]
    for name in names:
        for mod in name.lefts:
            if mod.dep_ == "amod" and mod.lower_ in BACKGROUND_MODIFIERS and \
                    all(t.dep_ == "det" for t in noun.doc[noun.left_edge.i:mod.i]):
                return True  # the phrase's first word after its determiner
    return False


def _when_clause_of_background(verb: Token) -> bool:
    """Is `verb` the head of a when-clause on a clause told with an undated earlier-time adverb ("the
    principle was challenged recently when Citibank refused to endorse the offers")? The when-clause's act
    is at the main clause's time, which has no day: it has none either."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in {"VERB", "AUX"} or not any(
            c.dep_ in {"advmod", "mark"} and c.lower_ == "when" for c in verb.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in BACKGROUND_ADVERBS for c in verb.head.children)


def _shares_past_perfect(verb: Token) -> bool:
    """Is `verb` the second of two coordinated verbs whose first carries "had", with no subject or auxiliary
    of its own ("Benedicto had surrendered control of several newspapers and agreed to PCGG control of a
    bank": the agreeing is told in the past perfect too)?"""
    if verb.dep_ != "conj" or verb.tag_ not in {"VBN", "VBD"} or any(
            c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        return False
    first = verb.head
    return first.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"}
                                       for c in first.children) and not _backshifted_news(first)


def _at_past_gathering(tok: Token) -> bool:
    """Is the event's object a gathering told as a past one ("a boycott of the ADB's last annual meeting",
    "boycotted the previous session"): the act was at that gathering, before the story."""
    objects = [c for c in tok.children if c.dep_ == "dobj"] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "at"}
        for g in c.children if g.dep_ == "pobj"]
    happenings = cue_words("happening")
    return any({o.lemma_.lower(), o.lower_} & happenings and any(
        c.dep_ == "amod" and c.lower_ in BACKGROUND_MODIFIERS for c in o.children) for o in objects)


def _told_at_that_time(tok: Token) -> bool:
    """Is the event, or the report that tells it, placed "at the time" or "at that time" ("the company
    also reported at the time that it was the subject of an investigation", "Smith, then the minister,
    said at that time he had approved it"): a time told before in the story, not the story's day. Not "at
    the same time" (with another act of the sentence) nor "at the time of the attack" (named there)."""
    for node in [tok, *list(tok.ancestors)[:4]]:
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ != "at":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lower_ == "time" and [c.lower_ for c in obj.children] in (
                        ["the"], ["that"]):
                    return True
    return False


def _backshifted_news(verb: Token) -> bool:
    """A past perfect reported by a past speech in the story's lede ("The Bank of England said it had
    invited early offers", "Iraq said it had repelled an attack"): indirect speech turns the news's "has
    invited" into "had invited"; the act is the story's news, not background. Not with an adverb that puts
    it earlier ("said it had previously agreed")."""
    speech = verb.head
    if verb.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH_LEMMAS or speech.tag_ != "VBD" or \
            sentence_of(verb).start not in _lede_starts(verb):
        return False
    earlier = BACKGROUND_ADVERBS | {"already", "long"}
    placed = BEFORE_PREPS | AFTER_PREPS | {"until"}
    return not any((c.dep_ == "advmod" and c.lower_ in earlier) or (
        # "had met them before the vote"; not "had invited offers after forecasting a shortage"
        c.dep_ in {"prep", "mark"} and c.lower_ in placed and not (
            c.lower_ in {"after", "following"} and any(g.dep_ == "pcomp" for g in c.children)))
        for c in verb.children)


# Subordinating words of a clause that happened before the one it hangs on ("erupted after Turkey said it
# would search", "since it suspended payments").
EARLIER_MARKS = {"after", "since", "following", "once"}
# Prepositions that put the event before another ("sought seats before Sy's appointment", "ahead of the
# meeting"): a day the sentence does not give.
BEFORE_PREPS = {"before", "ahead", "prior", "pending"}


def _inside_earlier_clause(tok: Token) -> bool:
    """The event sits inside a clause told as having happened before the main one: "the row erupted after
    Turkey said it would search for oil" (the saying and the search it announced came before)."""
    for node in tok.ancestors:
        if node.dep_ == "advcl" and any(c.dep_ in {"mark", "prep"} and c.lower_ in EARLIER_MARKS
                                        for c in node.children):
            return True
    return False


def _past_participle_phrase(tok: Token) -> bool:
    """The event is a past participle describing a noun or a clause, with no auxiliary of its own ("the
    shares seized by the government", "products requested by Washington", "a move criticised by Conoco",
    "as demanded by its partners"), an event noun under one ("intentions outlined at the Louvre
    meeting") or its aim told as an infinitive ("a panel named to investigate the sales"), in the story's
    body: what was done before, not the story's news (a headline's or lede's participle is: "Wheat Crop
    Threatened By Pests")."""
    verb = tok
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj":
        verb = tok.head.head
    if verb.tag_ == "VB" and verb.dep_ in {"xcomp", "advcl"} and verb.head.i != verb.i and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        verb = verb.head  # "the panel, named by the president to investigate the sales": the naming's aim
    if verb.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        return False
    if sentence_of(tok).start in _lede_starts(tok):
        return False  # a headline's participle is its news: "Wheat Crop Threatened By Pests"
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _past_relative_in_body(tok: Token) -> bool:
    """A relative clause in the past told in the story's body ("the irregularities in which the men were
    charged led to a moratorium", "a dispute which resulted in U.S. tariffs"): it tells what happened before
    to the noun it describes. In the lede it may be the news itself ("police arrested a man who attacked a
    guard")."""
    if sentence_of(tok).start in _lede_starts(tok):
        return False
    for node in [tok, *tok.ancestors]:
        if node.dep_ == "relcl" and node.pos_ in {"VERB", "AUX"}:
            past = node.tag_ == "VBD" or (node.tag_ == "VBN" and any(
                c.dep_ in {"aux", "auxpass"} and c.lower_ in {"was", "were", "had"} for c in node.children))
            # a relative word opens it ("which", "who", "in which", "that"); without one the parse may have
            # misread a main clause ("A court in the state capital Toluca found him guilty")
            relative = any(t.tag_ in {"WDT", "WP", "WP$", "WRB"} or t.lower_ == "that"
                           for t in node.doc[node.left_edge.i:node.i])
            return past and relative and not _when_clause_of_date(node) and not _narrating_relative(node) \
                and not _retells_lede_act(node)
        if node.dep_ in {"ccomp", "advcl"} or (node.pos_ in {"VERB", "AUX"} and node is not tok):
            return False
    return False


def _retells_lede_act(clause: Token) -> bool:
    """Does the past relative clause tell again the lede's own act: the same verb, its object the noun the
    lede's act has as object, now told with "the" ("Mexico signed a rescheduling accord ... The finance
    minister, who signed the accord for Mexico, said")? It names who did the day's news, not what happened
    before to the noun it describes."""
    obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the"
                                                    for c in obj.children):
        return False
    lemma, thing = clause.lemma_.lower(), obj.lemma_.lower()
    for start in _lede_starts(clause):
        for verb in sentence_of(clause.doc[start]):
            if verb.pos_ == "VERB" and verb.lemma_.lower() == lemma and any(
                    c.dep_ == "dobj" and c.lemma_.lower() == thing for c in verb.children):
                return True
    return False


def _narrating_relative(clause: Token) -> bool:
    """Is the relative clause opened by "during which" on a happening its own clause tells as done in the
    simple past ("a scuffle ensued, during which the militants opened fire"): the story going on with what
    happened in it, not what happened before to the noun?"""
    noun = clause.head
    during = any(c.dep_ == "prep" and c.lower_ == "during" and any(g.lower_ == "which" for g in c.children)
                 for c in clause.children)
    # the parse may hang the happening's own past on it ("a scuffle ensued" as a noun with a participle)
    told = noun.head.tag_ == "VBD" or any(c.dep_ == "acl" and c.tag_ in {"VBD", "VBN"} for c in noun.children)
    return during and noun.pos_ == "NOUN" and told


def _perfect_relative(tok: Token) -> bool:
    """A relative clause in the present perfect, anywhere in the story ("Allegheny, which has agreed to a
    merger, said shareholders filed suit", "in Hong Kong, where newspapers have alleged dumping"): it tells
    what was done before to the noun it describes, not the sentence's news; with no time of its own it is
    undated, never the story's day."""
    for node in [tok, *tok.ancestors]:
        if node.dep_ == "relcl" and node.pos_ in {"VERB", "AUX"}:
            perfect = node.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX
                                                 and c.tag_ in {"VBZ", "VBP"} for c in node.children)
            relative = any(t.tag_ in {"WDT", "WP", "WP$", "WRB"} for t in node.doc[node.left_edge.i:node.i])
            return perfect and relative
        if node.dep_ in {"ccomp", "advcl"} or (node.pos_ in {"VERB", "AUX"} and node is not tok):
            return False
    return False


def _before_another(tok: Token) -> bool:
    """The event is told before another one: an event noun after "before", "ahead of", "prior to",
    "pending" ("trading was thin ahead of an OPEC meeting": the meeting comes later), or a past event with
    such a phrase ("sought board seats before Sy's appointment")."""
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ in BEFORE_PREPS or (prep.lower_ in {"of", "to"} and prep.head.lower_ in BEFORE_PREPS):
            return True
    # "the killing took place before the January statement": the noun's own verb of happening
    verb = (occurrence_verb(tok) if tok.pos_ == "NOUN" else None) or tok
    if verb.tag_ not in {"VBD"}:
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in BEFORE_PREPS:
            continue
        # an event noun another party's ("before Sy's appointment", "ahead of the vote", "before the January
        # statement"), not a day ("before March 31"), a time of day ("shortly before dawn") nor a step of the
        # same happening ("threatened him before setting fire")
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        times = cue_words("time_noun") | cue_words("day_part")
        if objects and objects[0].pos_ == "NOUN" and objects[0].lemma_.lower() not in times and \
                not _time_word(objects[0]) and not any(
                    _time_word(t) for t in prep.subtree if t.i not in _modifier_words(objects[0])):
            return True
    return False


def _modifier_words(noun: Token) -> set[int]:
    """The words of a noun's date modifier ("the January statement", "Friday's vote"): they date that noun,
    not the phrase's day."""
    return {t.i for c in noun.children if c.dep_ in NOUN_DATE_DEPS for t in c.subtree}


def _past_clause_in_present(tok: Token) -> bool:
    """The event sits in a simple-past relative clause (or a clause under one) while the sentence's main
    verb is present or present perfect: the clause tells what happened before the story's present."""
    root = sentence_of(tok).root
    present = root.tag_ in {"VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"has", "have", "is", "are", "'s", "'re"}
        for c in root.children)
    if not present or tok is root:
        return False
    for node in [tok, *tok.ancestors]:
        if node is root:
            return False
        if node.dep_ == "relcl" and node.tag_ == "VBD":
            return not _when_clause_of_date(node)  # "on March 11, when it charged him"
    return False


def _when_clause_of_date(verb: Token) -> bool:
    """"March 11, when it charged him": a "when" clause on a date tells what happened that day."""
    return (verb.dep_ == "relcl" and verb.head.ent_type_ in {"DATE", "TIME"}
            and any(c.lower_ == "when" for c in verb.children))


TIME_CONJUNCTIONS = {"when", "until", "till", "before", "after", "once"}


def _present_for_future(verb: Token) -> bool:
    """A simple present in a time clause of a future verb tells a coming event ("he will retire when his
    contract ends in August", "prices will rise until supplies improve in June"): English puts such a
    clause in the present, not "will"."""
    while verb.tag_ == "VB" and verb.dep_ in {"xcomp", "advcl"} and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.head.i != verb.i:
        verb = verb.head  # "when he pays a visit to attend ceremonies on Friday": the clause's time
    if verb.tag_ not in {"VBZ", "VBP"} or verb.dep_ != "advcl":
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in TIME_CONJUNCTIONS for c in verb.children):
        return False
    head = verb.head
    if head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return True  # "expected OPEC to raise prices when it meets on December 9": an act still to come
    # "is likely to have a meeting when he visits", "would meet him when he comes": a coming time too
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in head.children) or any(
        c.dep_ == "acomp" and c.lower_ in {"likely", "expected", "due", "set", "scheduled", "unlikely"}
        for c in head.children) or _future_clause_after(verb)


def _future_clause_after(verb: Token) -> bool:
    """"said his demand when he arrives on Wednesday would be ...": the parser hangs the time clause on the
    speech verb, while the clause it times is the reported one right after it, told with "would" or "will"."""
    head = verb.head
    return head.lemma_ in SPEECH_LEMMAS and any(
        c.dep_ == "ccomp" and c.i > verb.i and any(a.dep_ == "aux" and a.lower_ in {"will", "would", "'ll"}
                                                   for a in c.children) for c in head.children)


FUTURE_AUXILIARIES = {"will", "shall", "'ll", "wo", "would", "may", "might", "could"}


MODIFIER_DEPS = {"compound", "nmod", "npadvmod", "poss", "amod"}  # how a day hangs on a noun
SETTING_WORDS = {"when", "where", "which"}  # "..., when X visits", "the meeting where / at which X is asked"


def _date_of_setting(verb: Token, tok: Token) -> str | None:
    """The date a clause's setting gives it: a "when" clause right after a date, however the parser hung it
    ("approve the budget before May 2, when the minister visits Bonn": the visit is May 2), or a clause
    set at a dated gathering ("a June 12 meeting at which holders will be asked", "the May 5 meeting,
    where they will vote": the asking and the vote are that day)."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"advcl", "relcl"}:
        return None
    words = sorted((t for t in verb.subtree if t.lower_ in SETTING_WORDS and t.i < verb.i
                    and verb in {t.head, t.head.head}), key=lambda t: t.i)  # "at which": on the preposition
    if not words:
        return None
    first = min(w.i for w in words)
    if words[0].lower_ == "which" and verb.doc[first - 1].lower_ not in GATHERING_PREPS | {"on"}:
        return None  # "the plan which the board rejected": the noun is no setting
    start = first - 1 if words[0].lower_ == "which" else first
    before = start - 1
    while before >= 0 and verb.doc[before].is_punct:
        before -= 1
    if words[0].lower_ == "when" and before >= 0:
        for ent in _date_entities(tok):
            if ent.end - 1 == before and names_a_time(ent.text) and not _names_a_thing(ent, tok):
                return ent.text  # "before April 19, when ...": the date just before the "when"
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
        return None
    setting = verb.head
    for ent in _date_entities(tok):
        # a day on the gathering noun itself ("the June 12 special meeting", "Tuesday's session")
        on_setting = ent.root.head.i == setting.i and ent.root.dep_ in MODIFIER_DEPS
        if on_setting and names_a_time(ent.text) and _names_day(ent.text):
            return ent.text
    return None


# Nouns whose "for"/"to" object happened before them: "in retaliation for an attack", "in response to".
ANSWER_NOUNS = {"retaliation", "response", "reprisal", "revenge", "reaction", "answer", "wake", "aftermath"}


def _cause_of_another(tok: Token) -> bool:
    """An event that another event answers or follows: "destroyed the platform in retaliation for an
    Iranian attack", "arrested him after the bombing", "in the wake of the riots", "announced sanctions
    after it accused Tokyo", "the move followed an attack" (data/date_cues.csv `follows_verb`)."""
    if tok.pos_ in {"VERB", "AUX"} and tok.dep_ == "advcl":
        # "will announce sanctions today after it accused Tokyo": the clause after "after" came first
        return any(c.dep_ in {"mark", "prep"} and c.lower_ in AFTER_PREPS for c in tok.children)
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in cue_words("follows_verb"):
        return True  # "The move followed an attack on a tanker": the attack came first
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in AFTER_PREPS:
        return True
    stage = prep.head
    if prep.lower_ == "of" and stage.dep_ == "pobj" and stage.head.lower_ in AFTER_PREPS and \
            stage.lemma_.lower() in cue_words("onset_noun"):
        return True  # "fell after the collapse of the talks": the talks came before
    if prep.lower_ == "of" and stage.lemma_.lower() in cue_words("disposal"):
        return True  # "the dismissal of a protest by the Alliance": the protest was made before
    if prep.dep_ == "agent" and _passive_of_a_state(stage):
        return True  # "its business will be threatened by the Federal probe": the probe goes on already
    return prep.lower_ in {"for", "to", "of"} and prep.head.lower_ in ANSWER_NOUNS


def _passive_of_a_state(verb: Token) -> bool:
    """Is `verb` a passive told in the present, the perfect, the future or with a modal ("will be
    threatened", "has been hurt", "is affected"), not a simple past ("were killed by the blast", where the
    doer's act is the same happening, at the clause's time)?"""
    if verb.tag_ != "VBN":
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not any(c.dep_ == "auxpass" for c in auxes):
        return False
    return not all(c.lower_ in {"was", "were", "got"} for c in auxes)


# "the suit charges", "suits that allege", "a case alleging", "the suit charged that": a claim told in the
# past was made when the document was filed too
CLAIM_TAGS = {"VBZ", "VBP", "VBG", "VBD"}


def _filing_of_claim(tok: Token) -> Token | None:
    """The filed legal document whose standing content the event is ("the suit charges X with fraud", "a
    lawsuit that alleges", "a case alleging its drug caused defects", "the complaint seeks damages"; data/
    date_cues.csv `filing`): a present-tense verb whose subject, or the noun it qualifies, is the document.
    The claim was made when the document was filed, not on the story's day. None otherwise."""
    if tok.pos_ != "VERB" or tok.tag_ not in CLAIM_TAGS:
        return None
    if any(c.dep_ == "aux" for c in tok.children):
        return None  # "the suit will seek", "is seeking": told as an act of its own time
    filings = cue_words("filing")
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in {"that", "which"} and tok.dep_ == "relcl":
        subject = tok.head  # "its lawsuit against Coastal that alleges"
    if subject is None and tok.dep_ == "acl" and tok.tag_ == "VBG":
        subject = tok.head  # "a case alleging"
    if subject is not None and subject.lemma_.lower() not in filings and subject.dep_ == "pobj" and \
            tok.dep_ in {"relcl", "acl"} and subject.head.head.lemma_.lower() in filings:
        subject = subject.head.head  # "its lawsuit against Coastal that alleges": the parser's nearer noun
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in filings:
        return None
    return subject


def _filing_date(filing: Token, published: date | None) -> EventDate:
    """When the document was filed: the date on a participle of its own ("the suit, filed in 1982,
    charges"), else that of the act filing it told in its sentence or the three before ("X filed a suit
    today ... The suit charges"), else unknown (a document filed at a time the text does not give)."""
    for participle in (c for c in filing.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        phrase = date_phrase(participle, [participle])
        if phrase is not None:
            return event_date(participle, [participle], published, False)
    act = _making_act(filing, cue_words("filing"), cue_words("filing_verb"))
    told = _filing_told_relative(filing) if act is None else None
    if told is not None:
        # only one day the clause tells: a filing described on its noun with none ("the pending lawsuit
        # brought against SciMed", "a case brought by the industry") may be long before the story, and
        # suits "filed last November and December" were filed on no one day
        dated = event_date(told, [told], published, False)
        if dated.date_basis in {"explicit", "relative"} and _whole_time_told(told, dated.date_text):
            return dated
    act = act or _filing_act(filing)
    return event_date(act, [act], published, False) if act is not None else EventDate(None, None, "unknown")


FILED_RELATIVE_DEPS = {"relcl", "acl"}  # "a lawsuit it filed today", "the suit, filed today in Houston"


def _filing_told_relative(filing: Token) -> Token | None:
    """The verb of a relative clause or participle that tells a document's filing on the document's noun,
    in its sentence or the three before, nearest first ("is seeking damages in a lawsuit it filed today
    against Coastal ... said its suit alleges"; data/date_cues.csv `filing_verb`); the filing document's
    own participle is not looked at again (its date phrase, if any, was read first). The caller takes its
    date only when the clause tells one. None otherwise."""
    nouns, verbs = cue_words("filing"), cue_words("filing_verb")
    for verb in reversed(filing.doc[_earlier_start(filing):sentence_of(filing).end]):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or verb.dep_ not in FILED_RELATIVE_DEPS:
            continue
        if verb.head.i == filing.i or verb.head.lemma_.lower() not in nouns:
            continue
        if any(c.dep_ == "dobj" for c in verb.children):
            continue  # "the case that brought the dispute to court": the noun is not what the verb files
        return verb
    return None


def _whole_time_told(verb: Token, text: str | None) -> bool:
    """Is the day phrase `text` read for the clause headed by `verb` the whole of the one time the clause
    names? Suits "filed last November and December" were filed on no one day: "December", read from the
    longer phrase, is only a part of what the clause tells."""
    times = [ent for ent in _date_entities(verb) if verb.left_edge.i <= ent.start and
             ent.end - 1 <= verb.right_edge.i and names_a_time(ent.text)]
    # one word short is still the whole: the reader may drop a leading word ("late yesterday")
    return text is not None and len(times) == 1 and text.lower() in times[0].text.lower() and \
        len(text.split()) >= len(times[0].text.split()) - 1


def _filing_act(filing: Token) -> Token | None:
    """A verb whose act itself files the document, told in its sentence or the three before, nearest first
    ("Deaver has been indicted on perjury charges. The indictment charged that ...", "Lotus sued Borland
    today ... The suit alleged"; data/date_cues.csv `filing_act`), else None."""
    acts = cue_words("filing_act")
    return next((verb for verb in reversed(filing.doc[_earlier_start(filing):filing.i])
                 if verb.pos_ == "VERB" and verb.lemma_.lower() in acts), None)


def _lede_act(tok: Token) -> Token | None:
    """The same act told in the lede, for an event of the article's headline ("Ugandan Goodwill Mission
    To Visit Kenya" over "A Ugandan mission will visit Kenya tomorrow"): the word of the same lemma in the
    first sentence after the headline. None for an event outside the headline or with no such word."""
    end = _title_end(tok.doc)
    if not end or tok.idx >= end:
        return None
    lede = _first_sentence_from(tok.doc, end)
    if lede is None:
        return None
    lemma = tok.lemma_.lower()
    return next((t for t in lede if t.lemma_.lower() == lemma and t.pos_ in {"VERB", "NOUN"}), None)


def _anchor_value(tok: Token, phrase: str, day: date | None) -> str | None:
    """The value of the last date phrase told before the event's anchored phrase ("... on March 2. Police
    arrested five men the same day": 03-02), in its sentence or the two before; a phrase counted from
    another (itself anchored) is skipped. None when the text tells none. With no story day, only a phrase
    that names its year counts ("in 2008, police arrested Chicharo; two years later, he was sentenced")."""
    own = next((e for e in _date_entities(tok) if e.text == phrase or phrase.endswith(e.text)), None)
    end = own.start if own is not None else sentence_of(tok).start
    start = _earlier_start(tok, 2)
    for ent in reversed([e for e in entity_spans(tok.doc) if e.label_ == "DATE" and start <= e.start < end]):
        if not names_a_time(ent.text) or is_anchored(ent.text) or _names_a_thing(ent, ent.root):
            continue
        value = resolve_event_date(ent.text, day, past=True).date
        if value is None and day is None:
            value = yearless_date(ent.text)  # "on March 2 ... the same day" in a story of no year: XXXX-03-02
        if value is not None:
            return value
    return None


def _earlier_start(tok: Token, sentences: int = 3) -> int:
    """The first token of the sentence `sentences` before the token's."""
    start = sentence_of(tok).start
    for _ in range(sentences):
        if start == 0:
            break
        start = sentence_of(tok.doc[start - 1]).start
    return start


def _making_act(noun: Token, nouns: frozenset[str], verbs: frozenset[str]) -> Token | None:
    """The verb that made the thing `noun` names, told in its sentence or the three before, nearest first
    ("X filed a suit yesterday ... The suit charges", "signed a fisheries accord today. Under the accord,
    France agreed"): a verb of `verbs` whose object (or passive subject) is a noun of `nouns`."""
    for verb in reversed(noun.doc[_earlier_start(noun):sentence_of(noun).end]):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or verb.i == noun.i:
            continue
        if any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in nouns for c in verb.children):
            return verb
    return None


def _accord_of_terms(tok: Token) -> Token | None:
    """The accord whose terms a past act is ("Under the Paris accords, the five agreed to stabilize rates",
    "Under this accord, Canada also agreed to refer the dispute"; data/date_cues.csv `accord`): the act was
    made when the accord was concluded, not on the story's day. So is a past act the accord itself does ("That
    agreement, reached last year after heated negotiations, called on Japan to stop"): its terms. None
    otherwise."""
    if tok.pos_ != "VERB" or not _past_tense(tok, [tok]):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_.lower() in cue_words("accord"):
        return subject
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"under", "as"}):
        noun = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if noun is not None and prep.lower_ == "as" and noun.lower_ == "part":
            # "As part of that agreement, Japan agreed to ...": the terms of the accord, as "under" it
            noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), None)
        elif prep.lower_ == "as":
            continue
        if noun is not None and noun.lemma_.lower() in cue_words("accord"):
            return noun
    return None


def _accord_date(accord: Token, published: date | None) -> EventDate:
    """When the accord was concluded: a day phrase on the same accord noun in the three sentences before
    ("the February 22 Paris accords"), else the date of the act concluding one told there ("signed a
    fisheries accord today"), else unknown (an accord concluded before the story, on a day not given)."""
    for participle in (c for c in accord.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        if date_phrase(participle, [participle]) is not None:  # "under the accord, signed in January"
            return event_date(participle, [participle], published, False)
    day = story_day(accord, published)
    start = _earlier_start(accord)
    dates = [e for e in entity_spans(accord.doc) if e.label_ == "DATE" and start <= e.start < accord.i]
    for ent in reversed(dates):
        noun = ent.root.head
        if ent.root.dep_ in MODIFIER_DEPS and noun.lemma_.lower() == accord.lemma_.lower() and \
                names_a_time(ent.text) and day is not None:
            resolved = resolve_event_date(ent.text, day, past=True)
            span = date_span(resolved.date)
            if span is not None and span[0] <= day:
                return resolved
    act = _making_act(accord, cue_words("accord"), cue_words("accord_verb"))
    if act is not None:
        return event_date(act, [act], published, False)
    agreeing = _agreeing_act(accord)
    dated = event_date(agreeing, [agreeing], published, False) if agreeing is not None else None
    if dated is not None and dated.date_basis in {"explicit", "relative"}:
        return dated
    return EventDate(None, None, "unknown")


def _agreeing_act(accord: Token) -> Token | None:
    """The verb that told the accord's making by its own word in the sentence before the accord's ("In
    February, officials meeting in Paris agreed that rates should be stabilized. As part of that agreement,
    Japan agreed to ..."): the accord noun of that verb ("agreement" of "agreed"), told with "that", "this" or
    "the", in the past (the caller takes its date only when the sentence gives one)."""
    if not any(d.dep_ == "det" and d.lower_ in {"that", "this", "the"} for d in accord.children):
        return None
    sent = sentence_of(accord)
    if sent.start == 0:
        return None
    previous = sentence_of(accord.doc[sent.start - 1])
    return next((v for v in previous if v.pos_ == "VERB" and _names_the_act(accord, v) and
                 _past_tense(v, [v])), None)


def _cause_noun(tok: Token) -> bool:
    """An event noun told as the cause of its clause's act ("unlikely to change policy at its meeting on
    Thursday because of the wage negotiations", "prices fell due to the strike"; data/date_cues.csv
    `cause_prep`): it goes on at its own time, and the clause's date is the act's, not the cause's."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "because of the currency situation and the wage negotiations"
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    prep = tok.head
    words = {prep.lower_, *(c.lower_ for c in prep.children if c.dep_ in {"pcomp", "prep"}),
             prep.head.lower_ if prep.dep_ in {"pcomp", "prep"} else ""}
    return bool(words & cue_words("cause_prep"))


def _conceded_act(tok: Token) -> bool:
    """Is the event told inside a concession phrase ("despite his criticism", "in spite of protests",
    "despite his attempts to veto it"; data/date_cues.csv `concession_prep`): an act the sentence sets
    its clause's act against, not the clause's news? The phrase's preposition is an ancestor of the
    trigger ("spite" for "in spite of")."""
    concessions = cue_words("concession_prep")
    return any(a.dep_ == "prep" and (a.lower_ in concessions or (
        a.lower_ == "of" and a.head.lower_ in concessions)) for a in tok.ancestors)


def _cause_before_past_act(tok: Token, own: str | None) -> bool:
    """Is the cause noun `tok`, with no date phrase of its own (`own`), the cause of a past act ("talks
    were suspended on January 16 due to the kidnapping")? It came before that act, on no day the sentence
    gives it: not the story's day. The cause of a present act ("prices are falling because of the
    strike") goes on now."""
    return own is None and _past_tense(tok, [tok])


def _reaction_beside_act(tok: Token) -> bool:
    """Is the event a reaction verb (data/date_cues.csv `reaction`: claimed, condemned) told, with a subject
    of its own, as the conjunct after an act, in a run-on sentence ("militants ambushed a patrol on May 1
    and the HM claimed responsibility for the ambush")?"""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in cue_words("reaction"):
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return False
    act = tok.head
    return tok.dep_ == "conj" and act.pos_ in {"VERB", "AUX"} and \
        act.lemma_.lower() not in cue_words("reaction") | SPEECH_LEMMAS


def _in_own_clause(phrase: str, tok: Token) -> bool:
    """Is a date phrase with this text inside the verb's own clause, not in a conjunct clause beside it?"""
    apart = {t.i for c in tok.children if c.dep_ == "conj" for t in c.subtree}
    own = {t.i for t in tok.subtree} - apart
    return any(ent.text == phrase and all(t.i in own for t in ent) for ent in _date_entities(tok))


def _motive_act(tok: Token) -> bool:
    """An event noun told as the act another one avenges or answers ("claimed the attack, saying it was
    revenge for the killing of its commander", "in retaliation for the arrest of its leaders", "responding
    to allegations by an ex-employee"; data/date_cues.csv `motive`): an act done before, at a time of its
    own, not the clause's."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "in retaliation for the arrests and the killing of ..."
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in {"for", "to", "of"}:
        return False
    # a verb of answering takes its act with "to" ("responding to allegations by an ex-employee")
    answer = tok.head.head
    return (answer.pos_ == "NOUN" or (answer.pos_ == "VERB" and tok.head.lower_ == "to")) and \
        answer.lemma_.lower() in cue_words("motive")


# how a confessed act hangs: "confessed to killing", "admitted to the murder", "admitted killing"
CONFESSED_DEPS = {"pcomp", "pobj", "xcomp", "dobj"}


def _confessed_act(tok: Token) -> bool:
    """An act told as what its doer owns up to ("confessed to killing four Rangers", "admitted to the
    murder", "admitted kidnapping the boy"; data/date_cues.csv `confession`): a gerund governed by such a
    verb, bare or through "to", or an event noun through "to". It was done before the confession, at a time
    of its own, not the confession's (a that-clause, "admitted they had killed him on July 19", tells its
    own)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "confessed to killing two men and injuring three"
    noun_to = tok.pos_ == "NOUN" and tok.dep_ == "pobj"  # a bare object noun may be another's act: "without
    # admitting any allegations"
    if tok.dep_ not in CONFESSED_DEPS or not (tok.tag_ == "VBG" or noun_to):
        return False
    governor = tok.head
    if tok.dep_ in {"pcomp", "pobj"}:
        if governor.lower_ != "to":
            return False
        governor = governor.head
    return governor.pos_ == "VERB" and governor.lemma_.lower() in cue_words("confession")


def _dates_the_promised(tok: Token, phrase: str, day: date) -> bool:
    """Is the phrase, ahead of the story, inside what a commitment or threat told as made promises or
    threatens ("responded by promising further talks in May", "offered to resume talks next month",
    "threatened to strike on Thursday unless ..."; data/date_cues.csv `commitment`): the promised act's
    time, not the promising's."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in cue_words("commitment"):
        return False
    happenings = cue_words("happening")
    for ent in _content_dates(tok, phrase):
        opener = ent.start - 1 if ent.start > 0 and ent.doc[ent.start - 1].lower_ in {"in", "on", "at"} \
            else ent.start
        # "promising further talks in May": the parser hangs the day on the verb, right after the happening
        after = any(c.dep_ == "dobj" and {c.lemma_.lower(), c.lower_} & happenings
                    and c.right_edge.i + 1 == opener for c in tok.children)
        if not (_inside_content(tok, ent) or after):
            continue
        span = date_span(resolve_event_date(phrase, day, future=True).date)
        return span is not None and span[0] > day
    return False


CONTENT_DEPS = {"dobj", "xcomp", "ccomp"}  # how what a commitment is about hangs on its verb


def _content_dates(tok: Token, phrase: str) -> list[Span]:
    """The DATE entities of the event's sentence written as the phrase."""
    return [ent for ent in _date_entities(tok) if ent.text == phrase]


def _inside_content(tok: Token, ent: Span) -> bool:
    """Does the date phrase lie inside what the verb commits to or threatens (its object or complement)?"""
    return any(c.dep_ in CONTENT_DEPS and c.left_edge.i <= ent.start and ent.end - 1 <= c.right_edge.i
               for c in tok.children)

