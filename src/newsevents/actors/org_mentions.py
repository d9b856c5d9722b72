"""Organisations no table knows, coded from their own words ("Cooper Industries Inc" BUS, "Texas Commerce
Bank" USA) and their context ("Houston-based ...", "... of Texas")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .candidates import Candidate, Reader, us_states
from .knowledge import legal_forms, normalize
from .org_names import appositive_nouns

# Nouns for part of a company ("IBM's Dutch unit"), and the sectors of parents that have such parts.
UNIT_NOUNS = frozenset({"unit", "subsidiary", "affiliate", "arm", "branch", "division", "operation",
                        "offshoot"})
UNIT_SECTORS = frozenset({"BUS", "MED"})
# Sectors of a country's own officers who act only at home: the place of their act is their country's;
# and nouns of such officers among government ones (a government or its officials hold talks abroad).
ACTING_HERE_SECTORS = frozenset({"COP", "JUD"})
ACTING_HERE_NOUNS = frozenset({"authority", "authorities"})
# Verbs of saying: where the speakers are is not where what they speak of happens.
SPEECH_VERBS = frozenset({"say", "tell", "report", "announce", "state", "add", "claim", "confirm", "deny",
                          "note", "explain", "warn", "estimate", "believe", "suspect", "allege"})
# Words a group's name is written with after it ("the Hezbollah group", "the Hamas movement", "the Zetas
# cartel"): the noun is the group itself, so the mention takes it in (a subject "group" is then the group's).
SUFFIX_NOUNS = frozenset({"group", "movement", "outfit", "organisation", "organization", "militia", "faction",
                          "cartel", "gang"})
# Sectors of groups written so; a company's "group" ("the Tata group") is the company too, but "a Microsoft
# team" is not: BUS is left to the name tables.
SUFFIX_SECTORS = frozenset({"REB", "INS", "SEP", "RAD", "CRM", "PTY", "OPP", "UAF", "IMG"})
# Nouns of a country's first-level divisions that an "of" joins to the division's name ("the state of
# Guerrero", "the province of Helmand").
DIVISION_WORDS = frozenset({"state", "province", "department", "region", "prefecture", "governorate"})


# Sectors of bodies whose units are of their sector whatever the unit's own words say ("Council", "Unit").
PARENT_SECTORS = frozenset({"JUD", "MIL", "LEG", "PTY"})
# The brackets a wire closes a company's name with ("<Renouf Corp Ltd>", "(Pan-Alberta Gas Ltd)").
CLOSING_BRACKETS = frozenset({")", ">"})

def _cut_legal_form(span: Span) -> str:
    """The legal form the NER left out of a company's name ("sued by Lyon Food Cos Inc", "U.S. Design\\nCorp
    <USDC>" across a line break): the capitalised legal-form words (org_words.csv `legal`) right after the
    name, else ""."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    words: list[str] = []
    forms = {form for form, _ in legal_forms()}
    for tok in doc[i:min(i + 3, len(doc))]:
        word = normalize(tok.text)
        if not tok.text[:1].isupper() or not tok.is_alpha or not (
                word in forms or (words and f"{normalize(words[-1])} {word}" in forms)):
            break
        words.append(tok.text)  # "Cos Inc", "Pty Ltd": one form after another
    return " ".join(words)


def located_of(span: Span) -> int | None:
    """The index of the "of" that places a body right after its name ("First State Bancshares Inc of Texas"),
    also past the bracket a wire closes the name with ("(Pan-Alberta Gas Ltd) of Canada", "<Renouf Corp Ltd>
    of New Zealand") and when the NER took the "of" into the name after that bracket ("Pan-Alberta Gas Ltd>
    of"); None when no such "of" follows."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ == "of":
        return span.end
    if span.end + 1 < len(doc) and doc[span.end].text in CLOSING_BRACKETS \
            and doc[span.end + 1].lower_ == "of":
        return span.end + 1
    if len(span) > 2 and span[-1].lower_ == "of" and span[-2].text[-1:] in CLOSING_BRACKETS:
        return span.end - 1
    return None


def _one_phrase(span: Span) -> bool:
    """Whether the parse reads a span as one phrase (a single word of it, punctuation aside, has its head
    outside): "Chrysler Canada said", "<Union Carbide France>", not "told [Reuters Taiwan] would cut
    tariffs", a company and the subject after it."""
    words = [t for t in span if normalize(t.text)]  # brackets aside: "<", ">", "("
    return sum(1 for t in words if not span.start <= t.head.i < span.end or t.head.i == t.i) <= 1


def _person_like(span: Span) -> bool:
    """"Javier Sicilia's", "Maria Colombia": two or three capitalised words, the NER's ORG for what reads as
    a person's name (each word a proper noun, none a sector word, a possessive after it or nothing)."""
    toks = [t for t in span if t.tag_ != "POS"]
    return 2 <= len(toks) <= 3 and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in toks)


def _code_like(text: str) -> bool:
    """"RADT", "Radt", "GYNXU.O", "RDLD.L": what a wire's instrument code looks like (letters and digits, an
    exchange suffix after a dot), not a phrase."""
    stem = text.split(".", 1)[0]
    return 1 <= len(stem) <= 8 and stem.isalnum() and text.count(".") <= 1


class OrgReader(Reader):
    """The sector and country of an unknown organisation."""

    def _code_unknown_org(self, span: Span, cand: Candidate) -> None:
        """An organisation no table knows, coded from its own words and its context:
        - sector from its name ("Cooper Industries Inc" -> BUS, "Russian Defense Ministry" -> MIL);
        - country from a country, demonym, large city or US state in the name ("Texas Commerce Bank"), or a
          known person's name ("the Reagan administration": his country on the article's date) -> `title`;
        - else from "Houston-based ..." before it or "... of Texas" after it -> `context`."""
        words = [normalize(t.text) for t in span]
        if span.start >= 2 and span.doc[span.start - 1].tag_ == "POS":
            # "Reichold Chemicals Inc's Sterling Group": the owner ends where the possessive stands
            # (home.place_owned_units gives the unit the owner's country)
            cand.extras["owner_end"] = str(span.start - 1)
        cut = _cut_legal_form(span)
        if cut:
            # "Maxtor Corp and U.S. Design\nCorp <USDC>": the NER left the legal form on the next line
            span_text = f"{span.text} {cut}"
            cand.extras["legal_cut"] = cut
        else:
            span_text = span.text
        if self.org_names.instrument(span.text):
            cand.extras["instrument"] = "1"  # "Philippine Investment Notes": no actor (home.place_unplaced)
            return
        unit = self._national_unit_name([normalize(t.text) for t in span] + normalize(cut).split())
        if unit is not None and (cut or _one_phrase(span) or any(t.text in {"(", ")"} for t in span)
                                 or normalize(span[-1].text) in {form for form, _ in legal_forms()}):
            # "GM Canada", "Cargill (U.K.) Ltd": the parent's unit in that country, a company of it
            cand.sector, cand.country, cand.basis = unit[0], unit[1], "title"
            return
        cand.sector = self.org_names.sector(span_text)
        if cand.sector is None:
            # "Global Initiative Against Transnational Organized Crime": what a body is against is no sector
            # of its own
            role = self._longest_role(words[:words.index("against")] if "against" in words else words)
            if role and not role.person:
                cand.sector = role.sector
        if cand.sector is None:
            cand.sector = self.org_names.kind_after(span)  # "the Tepalcate gang": a gang's name
        if cand.sector is None and self.org_names.legal_home(span.text) is not None:
            cand.sector = "BUS"  # "NV Philips Gloeilampenfabrieken": a legal form opening the name
        if cand.sector is None and self.org_names.local_company(span.text):
            # "Constructora Internacional del Sur": a Spanish word for a company; but a name news credits
            # ("told El Comercio", "reported El Comercio") is a newspaper, whatever its title's word
            cand.sector = "MED" if self.org_names.context_sector(span) == "MED" else "BUS"
        if cand.sector is None and self._quoted_company(span):
            cand.sector = "BUS"  # "Radtech <RADT>", "<Forum Cos Inc>": a wire marks a company so
        if cand.sector is None:  # "shares of Telcom", "Telcom said it agreed to acquire the company": a firm
            cand.sector = self.org_names.context_sector(span)
        if cand.sector is None and self._parent_company(words, rest=2) is not None:
            # "Merrill Lynch Capital Markets": named after a company of the tables, and more than a
            # product of it ("Volkswagen Tiguan", "Boeing 747")
            cand.sector = "BUS"
        if cand.sector in {"COP", "GOV"}:
            cand.sector = self._parent_sector(span) or cand.sector
        # A country or demonym anywhere ("Japan Airlines", "Bank of Japan"); a city or state only where a
        # place stands in a name, first or after "of" ("Texas Commerce Bank"), not "Morgan Stanley".
        iso = self._country_words(words, cities=False)
        if iso is not None and cand.sector is None and self._country_words(words[:1], cities=False) is None \
                and _person_like(span):
            iso = None  # "Javier Sicilia's": a person's name the NER took for a body; "Sicilia" is no country
        if iso is None:
            iso = self._country_words(words[:2], cities=True, first=True)
            if iso is None and "of" in words[1:]:
                iso = self._country_words(words[words.index("of", 1) + 1:], cities=True, first=True)
            if iso is not None and cand.sector == "BUS" and self._city_only(words):
                # "Lyon Food Cos Inc", an American company: a city word in a company's name is as often a
                # founder's or a brand's name; the story's country decides (home.place_unplaced), the city
                # only where the story gives none
                cand.extras["weak_country"] = iso
                iso = None
        if iso and cand.sector == "BUS" and any(w in us_states() and w in self.kb.countries for w in words):
            iso = "USA"  # "Georgia Power", "Georgia-Pacific Corp": a company of the US state
        iso = iso or self._person_country(words, span.doc)
        if iso:
            cand.country, cand.basis = iso, "title"
            return
        iso = self._located(span) or self._listed(span)
        if iso:
            cand.country, cand.basis = iso, "context"
            return
        if "weak_country" not in cand.extras and self._us_code(span):
            cand.extras["weak_country"] = "USA"
        if cand.sector != "BUS":
            return
        legal = self.org_names.legal_home(span_text)
        if legal is not None:
            # resolved against the story's country when the article is read whole (home.place_unplaced)
            cand.extras["legal"] = legal.form
        parent = self._parent_company(words)
        if parent is not None and (legal is None or parent in legal.countries):
            cand.country, cand.basis = parent, "title"  # "Ford Motor Credit Co", "IBM Credit Corp"

    def _national_unit_name(self, words: list[str]) -> tuple[str, str] | None:
        """"GM Canada", "Chrysler Canada Ltd", "Cargill (U.K.) Ltd", "Goldman Sachs (Japan) Corp": a company
        of the tables (`words`: the name's normalised tokens) followed by a country's name alone, in
        brackets or not, and legal forms at most, is its unit in that country and of it, as the unit's own
        name says: (BUS, that country). None for any other name ("Bank of Canada", "Canada Packers"), and
        for a news agency's ("told Reuters Taiwan would ...": the agency, then the subject of what it was
        told)."""
        words = [w for w in words if w]  # brackets normalise to nothing
        forms = {form for form, _ in legal_forms()}
        end = len(words)
        while end > 2 and words[end - 1] in forms:
            end -= 1
        for n in (3, 2, 1):
            if end - n < 1:
                continue
            iso = self.kb.countries.get(" ".join(words[end - n:end]))
            parent = self.kb.organizations.get(" ".join(words[:end - n])) if iso else None
            if iso and parent is not None and parent.sector == "BUS" and parent.country:
                return parent.sector, iso
        return None

    def _city_only(self, words: list[str]) -> bool:
        """Whether the place words of a name are a city's only: no country, demonym or US state among them
        ("Lyon Food Cos", "Boston Edison"; not "Texas Commerce Bank", "Tokyo" aside)."""
        words = [w for w in words if w != "of"]
        return not any(w in us_states() for w in words) and not any(
            " ".join(words[i:i + n]) in us_states() for n in (2, 3) for i in range(len(words) - n + 1))

    def _quoted_company(self, span: Span) -> bool:
        """"Radtech <RADT> said", "Gynex <GYNXU.O>", "Toshin Steel (TOSS.T)", "owner of <Forum Cos Inc>": a
        name in angle brackets, or followed by an instrument code in angle brackets (or a dotted one in
        round brackets: "(PAN)" is an acronym), is a company, as the news wires mark companies."""
        doc = span.doc
        if (span.start > 0 and doc[span.start - 1].text == "<") or span[-1].text.endswith(">"):
            return True
        after = [t.text for t in doc[span.end:min(span.end + 3, len(doc))]]
        if len(after) < 3 or not _code_like(after[1]):
            return False
        return (after[0], after[2]) == ("<", ">") or (
            (after[0], after[2]) == ("(", ")") and self.org_names.ticker_country(after[1]) is not None)

    @staticmethod
    def _us_code(span: Span) -> bool:
        """"Financial News Network <FNNI>", "TRW Inc <TRW>": a wire's instrument code in angle brackets with
        no exchange suffix is a US listing (news wires add ".L", ".T", ".Z" for other exchanges) — weak
        evidence, as foreign companies list in New York too (home: used only where the story says nothing)."""
        doc = span.doc
        after = [t.text for t in doc[span.end:min(span.end + 3, len(doc))]]
        return len(after) == 3 and after[0] == "<" and after[2] == ">" and after[1].isalpha() \
            and 2 <= len(after[1]) <= 5

    def _listed(self, span: Span) -> str | None:
        """"Redland Plc <RDLD.L>", "Toshin Steel Co Ltd (TOSS.T)": the country of the exchange a company's
        instrument code right after its name says it is listed on (org_words.csv `ticker` rows)."""
        doc = span.doc
        for tok in doc[span.end:min(span.end + 3, len(doc))]:
            if tok.text in {"<", "(", ">", ")", ","}:
                continue
            return self.org_names.ticker_country(tok.text.rstrip(">)"))
        last = doc[span.end - 1].text.rstrip(">)")  # the NER took the code into the name ("BPCL.L>")
        return self.org_names.ticker_country(last) if span.end - span.start > 1 and "." in last else None

    def _parent_company(self, words: list[str], rest: int = 1) -> str | None:
        """"Ford Motor Credit Co", "IBM Credit Corp", "Nomura International Ltd": a company named after a
        company of the tables (its first words are that company's name, `rest` words at least after it) is
        of that company's country."""
        for n in range(min(4, len(words) - rest), 0, -1):
            org = self.kb.organizations.get(" ".join(words[:n]))
            if org is not None and org.sector in {"BUS", "MED"} and org.country and (
                    n > 1 or len(words[0]) > 2):
                return org.country
        return None


    def _person_country(self, words: list[str], doc: Doc) -> str | None:
        article = doc._.article
        day = article.published if article is not None else None
        for word in words:
            if len(word) > 3 and word[:1].isalpha():
                term = self.kb.term_on(word, day) if day else None
                if term and term.country:
                    return term.country
        return None

    def _possessor_country(self, span: Span) -> str | None:
        """The country a possessive right before `span` names ("Peru's Congress", "South Korea's ..."), also
        past the adjectives between ("Japan's ruling Liberal Democratic Party")."""
        doc = span.doc
        if span.start >= 2 and doc[span.start - 1].tag_ == "POS":
            return self._country_in(doc, doc[span.start - 2])
        poss = possessor_before(span)
        return self._country_in(doc, poss) if poss is not None else None

    def _located(self, span: Span) -> str | None:
        """"Houston-based Cooper Industries", "First State Bancshares Inc of Texas": where a body is."""
        doc = span.doc
        iso = self._possessor_country(span)  # "Mexico's Attorney General's Office"
        if iso:
            return iso
        if span.start >= 3 and doc[span.start - 1].lower_ == "based" and doc[span.start - 2].text == "-":
            left = doc[span.start - 3]
            start = left.left_edge.i if left.left_edge.i >= span.start - 5 else left.i
            iso = self._country_words([normalize(t.text) for t in doc[start:span.start - 2]])
            if iso:
                return iso
        iso = self._based_inside(span)  # "U.K.-based Alcad Ltd" kept whole by the NER
        if iso:
            return iso
        for noun in appositive_nouns(span):
            # "Quintrex, the Dallas-based retailer": where the appositive says the body is based
            for based in noun.children:
                if based.lower_ == "based" and based.dep_ in {"amod", "acl"}:
                    words = [normalize(t.text) for c in based.children if c.dep_ in {"npadvmod", "compound"}
                             for t in c.subtree if t.pos_ == "PROPN"]
                    iso = self._country_words(words) if words else None
                    if iso:
                        return iso
            # "Banco Halvor, a Brazilian state bank": the nationality word of a description of a body (not of
            # a person: "Halvor, a Brazilian banker" is read as one)
            nationality = [normalize(c.text) for c in noun.children if c.dep_ in {"amod", "compound"}
                           and (c.pos_ == "ADJ" or c.pos_ == "PROPN")]
            role = self.kb.roles.get(normalize(noun.text)) or self.kb.roles.get(noun.lemma_.lower())
            if nationality and not (role is not None and role.person) and noun.pos_ == "NOUN":
                iso = next((c for w in nationality if (c := self.kb.demonyms.get(w)) is not None), None)
                if iso:
                    return iso
        if "of" in [t.lower_ for t in span[1:]] and span.end + 1 < len(doc) and doc[span.end].text == ",":
            # "Electrospace Systems Inc of Richardson, Texas": the NER kept the town, the state follows
            iso = self._country_words([normalize(t.text) for t in doc[span.end + 1:span.end + 3]
                                       if t.pos_ == "PROPN"], first=True)
            if iso:
                return iso
        of = located_of(span)
        if of is not None and of + 1 < len(doc):
            pobj = doc[of + 1]
            end = min(pobj.right_edge.i + 1, of + 4) if pobj.head.i == of else of + 2
            words = [normalize(t.text) for t in doc[of + 1:end] if t.pos_ == "PROPN"]
            if words:
                return self._country_words(words)
        return None

    def _based_inside(self, span: Span) -> str | None:
        """"U.K.-based Alcad Ltd" as one entity span: the place before "-based" in its first words."""
        for k, tok in enumerate(span[:5]):
            if tok.lower_ == "based" and k >= 2 and span[k - 1].text == "-":
                return self._country_words([normalize(t.text) for t in span[:k - 1]])
            if tok.lower_.endswith("-based") and len(tok.text) > 6:
                return self._country_words([normalize(t.text) for t in span[:k]] + [normalize(tok.text[:-6])])
        return None

    def _parent_sector(self, span: Span) -> str | None:
        """"the Organized Crime Special Unit of the Attorney General's Office": a unit of a judicial,
        military, legislative body or of a party is of that body's sector (JUD, MIL, LEG, PTY), whatever its
        own words say ("the Executive Council of the Liberal Democratic Party" PTY, not GOV)."""
        doc = span.doc
        of = doc[span.end - 1] if doc[span.end - 1].lower_ == "of" else (
            doc[span.end] if span.end < len(doc) and doc[span.end].lower_ == "of" else None)
        if of is None or of.i + 1 >= len(doc):
            return None
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
        end = pobj.i + 1 if pobj is not None else min(of.i + 6, len(doc))
        if pobj is not None and (any(t.tag_ == "POS" for t in pobj.subtree) or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in pobj.children)):
            end = pobj.right_edge.i + 1  # "of the Attorney General's Office", "of the Party of China"
        parent = doc[of.i + 1:end]
        words = [normalize(t.text) for t in parent if t.lower_ not in {"the", "a"}]
        org = self.kb.organizations.get(" ".join(words))
        # why: a ruling party the tables code as its state's government ("Communist Party of China" CHNGOV)
        # keeps its organs there too
        sector = (org.code[3:6] or org.sector) if org is not None else self.org_names.sector(parent.text)
        if sector is None:
            role = self._longest_role(words)
            sector = role.sector if role is not None and not role.person else None
        return sector if sector in PARENT_SECTORS else None

    def _places_named_so(self, doc: Doc, found: list[Candidate]) -> None:
        """Places the NER or a table misread, put right from the words around them:
        - "Buenos Aires, Ecuador": a city followed by another country's name is a town of that country, not
          the capital (nor the government) the city table gives;
        - "the state of Guerrero" (NER: a person), "Guerrero state": a name no table codes after "state
          of", "province of", "department of" or before "state" is that place (home: a division acting is
          its government); a name merely written elsewhere as a place is not ("Funes' orders")."""
        countries = {c.start: c for c in found if c.kind == "country"}
        for cand in found:
            root = doc[cand.start:cand.end].root
            if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in DIVISION_WORDS:
                root = root.head.head  # "the state of Guerrero asked"
            elif root.dep_ == "pobj" and root.head.lower_ == "of" and self._government_role(root.head.head):
                root = root.head.head  # "the mayors of Huehuetenango have called on": its government acts
            if cand.kind in {"place", "person", "org"} and root.dep_ == "nsubj" and root.head.pos_ == "VERB":
                cand.extras["acting"] = "1"  # "Massachusetts refused to cooperate": home, divisions acting
            after_word = doc[cand.end].lower_ if cand.end < len(doc) else ""
            before = [t.lower_ for t in doc[max(0, cand.start - 2):cand.start]]
            division = after_word in DIVISION_WORDS or (len(before) == 2 and before[1] == "of"
                                                        and before[0] in DIVISION_WORDS)
            if cand.kind == "place" and division and cand.country is not None and \
                    self.kb.countries.get(cand.key) is None and cand.key not in us_states():
                # "Sucre state", "the state of Sucre": not the Bolivian capital the city table gives; the
                # division's country is read against the story (home)
                cand.country, cand.sector = None, None
                cand.extras["division"] = "1"
            elif cand.kind == "place" and cand.end + 1 < len(doc) and doc[cand.end].text == ",":
                after = countries.get(cand.end + 1)
                if after is not None and after.country and cand.country and after.country != cand.country:
                    cand.country, cand.sector = after.country, None
                    cand.extras["in_country"] = after.country
            elif cand.kind in {"person", "org"} and cand.code is None and cand.sector is None \
                    and cand.country is None and cand.end - cand.start <= 3 \
                    and division:
                cand.kind, cand.label = "place", "GPE"
                if division:
                    cand.extras["division"] = "1"

    def _government_role(self, noun: Token) -> bool:
        """Whether a noun is a government office ("mayors", "governor"), by roles.csv."""
        role = self.kb.roles.get(normalize(noun.text)) or self.kb.roles.get(noun.lemma_.lower())
        return role is not None and (role.sector or "").startswith("GOV")

    @staticmethod
    def _short_company_names(found: list[Candidate]) -> None:
        """"Owens-Corning Agrees With Taiwan Glass" (headline) and "Taiwan Glass Industries Corp" (body): a
        name no word of which gives a sector, whose words open the name of a company the article names, is
        that company's short name: a company too (its country stays what its words or the story give)."""
        companies = [c.key.split() for c in found if c.kind == "org" and c.sector == "BUS"]
        for cand in found:
            if cand.kind != "org" or cand.sector is not None or cand.code is not None:
                continue
            words = cand.key.split()
            if len(words) >= 2 and any(len(full) > len(words) and full[:len(words)] == words
                                       for full in companies):
                cand.sector = "BUS"

    def _bodies_acting_in_places(self, doc: Doc, found: list[Candidate]) -> None:
        """"On Monday the authorities arrested three Colombians in Guayaquil": a country's own authorities,
        police or prosecutors that the text gives no country act where their act is placed; the place of
        the verb they are the subject (or passive doer) of, a town or country the tables know, is theirs
        (`context`), not the country the story mostly names. Soldiers are left out: they act abroad."""
        places = {i: c for c in found if c.kind in {"place", "country"} and c.country for i in
                  range(c.start, c.end)}
        for cand in found:
            head = doc[cand.end - 1]
            if cand.kind not in {"body", "role"} or cand.country is not None or cand.code is not None \
                    or cand.possessor is not None or not (cand.sector in ACTING_HERE_SECTORS
                                                          or head.lemma_.lower() in ACTING_HERE_NOUNS):
                continue
            if head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.dep_ == "agent":
                verb = head.head.head  # "were arrested by police in Miami"
            elif head.dep_ in {"nsubj", "nsubjpass"} and head.head.pos_ in {"VERB", "AUX"}:
                verb = head.head
            else:
                continue
            if verb.lemma_.lower() in SPEECH_VERBS:
                continue  # "police said the drugs were bound for Miami": where they spoke is not said
            # the act's own place phrase, or one hung on its object ("arrested three men in Guayaquil")
            heads = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
            countries = {places[pobj.i].country for h in heads for prep in h.children
                         if prep.dep_ == "prep" and prep.lower_ in {"in", "at"}
                         for pobj in prep.children if pobj.dep_ == "pobj" and pobj.i in places}
            if len(countries) == 1:
                cand.country, cand.basis = next(iter(countries)), "context"

    def _namesakes_told_by_neighbour(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """A table body's name written for another of the same name, as the word next to it tells:
        - "the Tijuana weekly Zeta", "the newspaper Reforma": a media noun before it makes it a news outlet
          (MED), of the place written before that noun or else of the story (home), not Los Zetas;
        - "the Nasa indigenous community", "the Wayuu people": a people word after it makes it a people's
          name, no body at all (NASA is not meant): the candidate is dropped."""
        kept: list[Candidate] = []
        for cand in found:
            span = doc[cand.start:cand.end]
            if cand.kind != "org" or cand.code is None:
                kept.append(cand)
                continue
            if self.org_names.people_after(span):
                continue
            if cand.sector != "MED" and self.org_names.media_before(span):
                before = [normalize(t.text) for t in doc[max(0, cand.start - 3):cand.start - 1]
                          if t.text[:1].isupper()]
                cand.code, cand.sector, cand.basis = None, "MED", "context"
                cand.country = self._country_words(before) if before else None
            kept.append(cand)
        return kept

    def _national_units(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """A company's unit or subsidiary named by a nationality word is of that country, not of its parent's
        ("IBM's Dutch unit", "the Dutch IBM unit", "the West German subsidiary of General Motors" are NLDBUS,
        DEUBUS): the parent's mention gives way to one candidate for the whole phrase."""
        # the last pass every candidate goes through: note which stand in the title line
        self._note_headline(doc, found)
        self._places_named_so(doc, found)
        self._bodies_acting_in_places(doc, found)
        self._short_company_names(found)
        found = self._namesakes_told_by_neighbour(doc, found)
        self._suffix_nouns(doc, found)
        out: list[Candidate] = []
        dropped: set[int] = set()
        for cand in found:
            if cand.kind != "org" or (cand.sector or "") not in UNIT_SECTORS:
                continue
            root = doc[cand.end - 1]
            unit = root.head if root.dep_ in {"poss", "compound"} and root.head.i > root.i else None
            of = root.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
            if unit is None and of is not None and of.head.i < root.i:
                unit = of.head  # "the West German subsidiary of General Motors"
            if unit is None or unit.lemma_.lower() not in UNIT_NOUNS:
                continue
            mods = [t for t in doc[unit.left_edge.i:unit.i]
                    if not cand.start <= t.i < cand.end and t.dep_ in {"amod", "compound", "nmod"}]
            iso = self._country_words([normalize(t.text) for t in mods], cities=False)
            if iso is None or iso == cand.country:
                continue
            start = min([cand.start, *(t.i for t in mods)])
            end = max(cand.end, unit.i + 1)
            text = doc[start:end].text
            dropped.update(range(start, end))
            # "Triton's Canadian subsidiary, Triton Petroleum Ltd": the unit's own name is of its country too
            named = {t.i for c in unit.children if c.dep_ == "appos" for t in c.subtree}
            for other in found:
                if other.kind == "org" and other.country is None and other.code is None \
                        and named.issuperset(range(other.start, other.end)):
                    other.country, other.basis = iso, "context"
            out.append(Candidate(start, end, text, kind="org", label="ORG", sentence=cand.sentence,
                                 key=normalize(text), country=iso, sector=cand.sector,
                                 code=f"{iso}{cand.sector}", basis="title"))
        if not out:
            return found
        kept = [c for c in found if not dropped.intersection(range(c.start, c.end))]
        return sorted([*kept, *out], key=lambda c: c.start)

    @staticmethod
    def _suffix_nouns(doc: Doc, found: list[Candidate]) -> None:
        """"The Hezbollah group attacked", "the Hamas movement said": a table's armed group, party or gang
        whose name is the compound of a group noun right after it (SUFFIX_NOUNS) is written with that noun:
        the mention ends after it, so the noun, the head a verb's subject or object is read from, is the
        group's. Only for groups whose code is known and whose sector is a non-state group's."""
        taken = {i for c in found for i in range(c.start, c.end)}
        for cand in found:
            if cand.kind != "org" or cand.code is None or cand.end >= len(doc):
                continue
            sector = "IMG" if cand.code[:3] == "IMG" else (cand.sector or cand.code[3:6])
            noun = doc[cand.end]
            if sector not in SUFFIX_SECTORS or noun.lower_ not in SUFFIX_NOUNS or noun.i in taken \
                    or noun.pos_ != "NOUN":
                continue
            last = doc[cand.end - 1]
            if last.head.i != noun.i or last.dep_ not in {"compound", "nmod", "amod"}:
                continue
            cand.end += 1
            taken.add(noun.i)


# Relations of the lower-case words between a possessor and the name it owns ("ruling", "opposition").
NAME_MODIFIER_DEPS = frozenset({"amod", "compound", "advmod"})


def possessor_before(span: Span) -> Token | None:
    """The proper-noun possessor of a name's head written before it with only lower-case modifiers between
    ("Japan's ruling Liberal Democratic Party", "Britain's opposition Labour Party"), None if none."""
    doc = span.doc
    for child in span.root.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN" and child.i < span.start \
                and child.i + 1 < span.start and doc[child.i + 1].tag_ == "POS" \
                and all(t.is_lower and t.dep_ in NAME_MODIFIER_DEPS for t in doc[child.i + 2:span.start]):
            return child
    return None
