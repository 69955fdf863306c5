"""Who said what: attributed quotes with speakers, cues and exact spans.

The model is the one of attribution corpora (PARC, PolNeAR): an attribution
is a *source* (the speaker mention as written), a *cue* (said, told,
according to, ...) and a *content*. Only the outermost attribution is
reported as such (in ``Bogdanov "...," the ministry said`` the source is
"the ministry"); quotes nested in another quote are kept, linked to it.

Kinds of quote:

``direct``    the content is wholly inside quotation marks
``mixed``     a quoted fragment inside a paraphrase (urged Hamas to keep "promises")
``indirect``  a paraphrase with no quotation marks (X said that ...)
``headline``  a quote in a heading
``scare``     a short quoted term with no one said to say it
``nested``    a quote inside another quote

Everything is deterministic and rule based: no model is downloaded.
"""

from __future__ import annotations

import re

import attrs

from ..parse import Article
from .added_pieces import added_piece, asked_whom
from .attribution_checks import first_person, impersonal, speech_cue, subject_of
from .authored import document_phrase
from .clauses import next_clause, participle_after
from .content import (
    framed_whole,
    heading_term,
    later_verb,
    long_title,
    mixed_clause_end,
    no_content,
    own_line,
    ownerless_noun,
    reported_end,
    split_frame,
    supposed,
    unreal,
    verbless_gerund,
    what_named,
)
from .evidence import EXTRACTOR_VERSION
from .finder_state import NO_SPEAKER, PENDING, QUOTE_CHARS, FinderState
from .follow_on import (
    dash_colon,
    fragment_before,
    object_before_participle,
    relayed,
    report_goes_on,
)
from .fragments import fragment_source, given_name, outer_speaker
from .frames import (
    CLOSED_RELATIVE,
    Attribution,
    colon_speaker,
    cue_source,
    frame_after,
    frame_before,
    noun_of_speech,
)
from .frames_de import fragment_frame
from .headlines import headline_in, looks_like_headline
from .hearsay_de import hearsay_de
from .joins import join_split_quotes
from .lead_sentence import judging_subject
from .marks import QuoteSpan, find_quotes
from .name_calling import participle_source, relative_naming
from .np_around import np_after
from .phrase_tokens import text_before_is_blank
from .pull_quotes import pulled_paragraphs
from .quoted_de import german_clause, german_name, german_title
from .reported import (
    PLAIN_SAYING,
    after_time,
    clause_before_quote,
    continues_reported_speech,
    indirect_in,
    parenthetical_in,
    said_inside,
    that_after,
)
from .reported_person import clause_ends, person_before, reported_person
from .second_reports import coordinated, second_report
from .stance import stance_source
from .terms import (
    heading_quote,
    nickname,
    plural_noun_cue,
    quoted_term,
    reference_title,
    says_something,
    title_after,
    work_title,
)
from .values import Quote, TextSpan, quote_id_for
from .written_de import written_source

__all__ = ["EXTRACTOR_VERSION", "Quote", "TextSpan", "extract_quotes", "quote_id_for"]

_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d|''.*?''|\u00ab[^\u00bb]*\u00bb")
_COMMA_THEN = re.compile(r",\s*")
_DASHES = ("\u2014", "\u2013", " -", "--")
# A sentence that opens with a subordinate clause ("While ...", "Although ...").
_OPENS_SUBORDINATE = re.compile(
    r"\s*(?:While|Although|Though|Whereas|Because|Since|Even\s+(?:though|as|if))\s"
)
# Other openers of a subordinate clause, and a clause joined to the one before.
_WHEN = re.compile(r"\s*(?:When|After|As|Once|Before|If)\s")
_JOINED_CLAUSE = re.compile(r"\s*(?:and|but)\s")
# A relative clause's subject right before a cue ("Lee, who in 2010 said").
_RELATIVE_WHO = re.compile(r",\s+who(?:\s+[\w\u2019'.]+){0,3}\s*$")
# "- Jane D." on its own line: a dash, then a name (capitalised words, initials, masked
# letters), perhaps a handle or a place after it.
_SIGNATURE = re.compile(
    r"\s*([-\u2013\u2014\u2015~])\s*"
    r"([A-Z\u00c0-\u00de][\w.*\u2019'\-]*(?:[ \xa0]+[A-Z\u00c0-\u00de][\w.*\u2019'\-]*){0,4})"
    r"\s*(?:[,(][^\n]{0,60})?\s*$"
)
_OPENERS = '["\u201c\u201e\u00ab\u00bb]'
_OPENER_MARK = re.compile(_OPENERS)
# A word that shows a finite verb or a clause of its own.
_FINITE_WORD = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|did|does|do|that|"
    r"who|which|\w+ed)\b",
    re.IGNORECASE,
)


# "Klaas Bollhoefer: ..." opening an interview's answer; not "Frage 1:", "Update:".
_LABEL = re.compile(
    r"([A-Z\u00c0-\u00de][\w.\u2019'\-]+(?:[ \xa0]+[A-Z\u00c0-\u00de][\w.\u2019'\-]+){1,3})"
    r"[ \xa0]*:[ \xa0]"
)
_NOT_LABELS = frozenset("frage antwort update foto hinweis fazit quelle tipp".split())  # noqa: SIM905

# -- the pass over an article -------------------------------------------------------


# A German verb's separated particle before the reported clause ("fügte hinzu, die Lage
# sei ...", "teilte mit, man sei ..."): the frame's, not what was said.
_DE_PARTICLE = re.compile(
    r"[ \t\xa0]*(?:hinzu|an|mit|fest|ein|aus|vor|heraus|dar|bekannt|klar|zu)"
    r"[ \t\xa0]*[,:][ \t\xa0]*"
)
# Whom a verb of telling has as its object, before the told clause's pronoun subject:
# "told police he", "told the court she", "told CNN they".
_TOLD = frozenset(["told", "tells", "tell", "informed", "assured", "reminded", "warned"])
_TOLD_WHOM = re.compile(
    r"[ \t\xa0]+(?:(?:the|his|her|their|its)[ \t\xa0]+)?(?:[a-z][\w\-]*|[A-Z][\w.\-]*)"
    r"(?=[ \t\xa0]+(?:he|she|they|it|we|I|you)\b)"
)
# "Read more: "How to ..."": a link to another page, its title quoted.
_LINK_LEAD = re.compile(
    r"\s*(?:read more|related|see also|also read|read also|more|recommended|further reading"
    r"|watch|listen|click here)\s*:\s*",
    re.IGNORECASE,
)


class _Finder(FinderState):
    def run(self) -> list[Quote]:
        headline = frozenset(i for i, k in enumerate(self.kinds) if k in ("heading", "title"))
        spans = find_quotes(self.text, self.paragraphs, headline)
        self.resolver.quoted = tuple((q.start, q.end) for q in spans if q.depth == 0)
        self.pulled = pulled_paragraphs(self.text, self.paragraphs)
        self.resolver.asides = tuple(self.paragraphs[i] for i in sorted(self.pulled))
        single = sum(q.mark in _SINGLE_MARKS for q in spans if q.depth == 0)
        self.double_style = 2 * single < len(spans)  # quotes in double marks: '...' is no quote
        if self.lex.code == "en":
            self.nicknames = {
                (q.start, q.end) for q in spans if q.depth == 0 and nickname(self.text, q)
            }
        covered: list[tuple[int, int, Attribution | None]] = []
        outer: list[tuple[QuoteSpan, Quote]] = []
        for qs in spans:
            if qs.depth > 0:
                continue
            if (qs.start, qs.end) in self.nicknames:
                outer.append((qs, self.add_plain(qs, "scare", None, "a nickname in a name")))
                continue
            if self.lex.code == "en" and reference_title(self.text, qs):
                outer.append((qs, self.add_plain(qs, "scare", None, "a title in a reference")))
                continue
            quote = self.direct_or_mixed(qs, headline)
            if quote is not None:
                outer.append((qs, quote))
                if quote.kind == "scare" and self.lex.code == "en":
                    continue  # a quoted term or title: the sentence may still report speech
                s, _, _ = self.sentence_at(qs.start)
                _, e, _ = self.sentence_at(qs.end - 1)
                said = None
                if quote.speaker is not None and quote.cue is not None:
                    said = Attribution(
                        (quote.speaker.start, quote.speaker.end), (quote.cue.start, quote.cue.end)
                    )
                covered.append((s, max(e, qs.end), said))
        for qs in spans:
            if qs.depth == 0:
                continue
            parent = next((q for o, q in outer if o.start < qs.start and qs.end <= o.end), None)
            self.add_plain(qs, "nested", parent.quote_id if parent else None)
        self.indirect(covered)
        self.quotes.sort(key=lambda q: (q.start, q.end))
        if self.lex.code == "de":
            self.carry_reported_speech()
        self.resolve_speakers()
        if self.lex.code == "de":
            return self.quotes  # German news marks each quoted piece as a quote of its own
        joined = join_split_quotes(self.article, self.paragraph_of, self.quotes)
        return [_offered(q) for q in joined]

    def frame_ahead(self, qs: QuoteSpan, s_start: int) -> tuple[Attribution, int] | None:
        """The frame before the quote in its sentence ("Hale said:", "Hale told
        reporters,"), or the speaker before a colon ("Hale, who chairs the committee,
        said:" has no frame the phrase rules read, but its subject speaks)."""
        text = self.text
        before = frame_before(self.lex, text, s_start, qs.start)
        if before is not None and self.lex.code == "en":
            before = self.main_clause_colon(before, s_start, qs.start) or before
        head = text[s_start : qs.start].rstrip()
        if before is None and (
            head.endswith(":")
            # 'Hale issued a statement, "...': the comma as a colon
            or (self.lex.code == "en" and _STATEMENT_ISSUED.search(head) is not None)
            # 'Vell also embraced the plan -- "I think it works."': the dash as a colon
            or (self.lex.code == "en" and dash_colon(text, head, qs.start, qs.end))
        ):
            colon = s_start + len(head) - 1
            subject = colon_speaker(self.lex, text, s_start, colon)
            if subject is not None:
                before = Attribution(subject, (colon, colon + 1)), subject[0]
        return before

    def main_clause_colon(
        self, before: tuple[Attribution, int], s_start: int, end: int
    ) -> tuple[Attribution, int] | None:
        """``When Lee suggested that ..., Kim fired back: "..."``: a cue in an opening
        subordinate clause, or in a clause joined by "and"/"but", frames that clause; the
        quote after the colon is said by the subject of the clause that ends at the colon."""
        text = self.text
        segment = text[s_start:end].rstrip()
        cue = before[0].cue
        if cue is None or not segment.endswith(":"):
            return None
        colon = s_start + len(segment) - 1
        comma = text.rfind(",", cue[1], colon)
        if comma < 0:
            return None
        rest = text[comma + 1 : colon]
        opens = _OPENS_SUBORDINATE.match(text, s_start, cue[0]) or _WHEN.match(text, s_start)
        if not opens and not _JOINED_CLAUSE.match(rest):
            return None
        clause_start = comma + 1 + (m.end() if (m := _JOINED_CLAUSE.match(rest)) else 0)
        subject = colon_speaker(self.lex, text, clause_start, colon)
        if subject is None or subject[0] < clause_start or self.inside_quote(subject):
            return None
        return Attribution(subject, (colon, colon + 1)), subject[0]

    def direct_or_mixed(self, qs: QuoteSpan, headline: frozenset[int]) -> Quote | None:
        text = self.text
        s_start, _, para = self.sentence_at(qs.start)
        _, s_end, _ = self.sentence_at(qs.end - 1)
        s_end = max(s_end, qs.end)
        if para in headline:
            attribution = None
            found = frame_after(self.lex, text, qs.end, s_end) or frame_before(
                self.lex, text, s_start, qs.start
            )
            if found:
                attribution = found[0]
            elif heading_term(self.lex, text, qs, s_start, s_end):
                return self.add_plain(qs, "scare", None, "a quoted term in a heading")
            return self.make(qs, "headline", attribution, "sentence")
        words = len(re.findall(r"\w+", " ".join(text[s:e] for s, e in qs.pieces)))
        after_end = s_end
        if not text[qs.end : s_end].strip():
            # "...!" US Senator Jeff Sessions said. -- the frame is cut off as a sentence.
            nxt = [x for x in self.sentences if x[0] >= s_end and x[2] == para]
            if nxt and not self.opens_quote(nxt[0][0], nxt[0][1]):
                after_end = nxt[0][1]
        before = self.frame_ahead(qs, s_start)
        after = frame_after(self.lex, text, qs.end, after_end)
        if after is not None and after_end != s_end:
            rest = re.findall(r"\w+", text[after[1] : after_end])
            opener = rest[0].lower() if rest else ""
            statement = opener in self.lex.pronouns or opener in self.lex.determiners
            # a long tail with no verb of its own is the frame's ("asked reporters
            # rhetorically during a news conference late last month")
            verbless = self.lex.code == "en" and not _FINITE_WORD.search(text, after[1], after_end)
            whom = self.lex.code == "en" and asked_whom(text, after[0].cue, rest)
            # ('"...?" Lee asked, repeating a charge that ...': a participle goes on the frame)
            participle = _PARTICIPLE_ON.match(text, after[1], after_end) is not None
            long_tail = len(rest) > 8 and not verbless and not participle
            framed = before is not None and before[0].cue is not None
            if (long_tail or opener in ("that", "dass") or statement or framed) and not whom:
                # "...crazy." She noted that ... / The firm said it ...: a new one; and
                # 'Hale said: "...." Her deputy agreed.': the quote has its frame already
                after = None
            else:
                s_end = after_end
        going_on = self.split_piece(qs, s_start) if after is None else None
        if going_on is not None:
            # '"We're excited," comments Lee in a statement, "as it's ...": one quote
            quote = self.make(qs, "direct", going_on, "sentence")
            self.last_attribution = going_on
            self.last_para = self.paragraph_of(qs.end - 1)
            return quote
        before_text = text[s_start : qs.start]
        lead = before_text if before is None else text[s_start : before[1]]
        lead_words = re.findall(r"\w+", lead)
        after_rest = text[after[1] if after else qs.end : s_end]
        tail_is_frame = not re.search(r"\w", after_rest) or after_rest.lstrip().startswith(
            (",", ";", "\u2014", "(")
        )
        introduced = before is None or re.search(
            r"(?:^|:|\bthat|,)\s*$", text[before[0].cue[1] if before[0].cue else s_start : qs.start]
        )
        after_colon = before_text.rstrip().endswith(":")
        # "Neither man was impressed - "...," Hale said - but ...": an aside of its own
        after_dash = (
            after is not None
            and before_text.rstrip().endswith(_DASHES)
            and len(re.findall(r"\u2014|\u2013|\s-\s|--", before_text)) == 1
        )  # (not the dash that closes an aside: "If X - as many believe - "...?" asked Lee")
        starts_clause = (not lead_words and introduced is not None) or after_colon or after_dash
        if (
            starts_clause
            and after is None
            and self.lex.code == "en"
            and para >= 0
            and heading_quote(
                text, qs, self.paragraphs[para], self.double_style and qs.mark in _SINGLE_MARKS
            )
        ):
            return self.add_plain(qs, "scare", None, "a heading in quotation marks, not speech")
        if self.lex.code == "en" and work_title(text, qs, s_start, self.lex.work_nouns):
            return self.add_plain(qs, "scare", None, "a title or a name, not speech")
        if self.lex.code == "en" and _LINK_LEAD.fullmatch(before_text) and after is None:
            return self.add_plain(qs, "scare", None, "a linked title, not speech")
        if starts_clause and after is None and self.lex.code == "en":
            line_end = text.find("\n", qs.end, qs.end + 200)  # a title is a line of its own
            if title_after(text, qs.end, s_end if line_end < 0 else line_end):
                return self.add_plain(qs, "scare", None, "a quote in a title, not speech")
        if starts_clause and (after is not None or tail_is_frame or not after_rest.strip()):
            attribution = (after or before or (None, 0))[0]
            if (
                after is not None
                and before is not None
                and after_colon
                and relayed(text, before[0], after[0])
            ):
                attribution = before[0]  # 'Vell said: "...," the Times reported': Vell's
            how = "sentence"
            if (
                attribution is not None
                and attribution.cue is not None
                and self.lex.code == "en"
                and supposed(text, s_start, attribution.cue[0])
            ):
                return self.make(qs, "direct", None, "none")  # "readers may wonder, "...""
            if attribution is not None and verbless_gerund(self.lex, text, attribution):
                # "Quick access to Siri by saying "Hey Siri"": words one may say, a label
                # with no subject, so no source
                if words <= 4:
                    return self.add_plain(qs, "scare", None, "words to say, no one's quote")
                return self.make(qs, "direct", None, "none")
            if attribution is None:
                attribution = self.signature(qs)
            own = after_colon and attribution is None and self.own_verb(before_text)
            if attribution is None and not own:
                attribution, how = self.context_attribution(s_start, para)
            if attribution is None and words <= 4 and not own:
                return self.add_plain(qs, "scare", None, "a quoted term; no one is said to say it")
            quote = self.make(qs, "direct", attribution, how)
            self.last_attribution = attribution
            self.last_para = self.paragraph_of(qs.end - 1)
            return quote
        # After "... Ahmadinejad stressed," or "As he related," the quote is the whole
        # utterance: a direct quote, its frame outside it. The frame right before it
        # governs it; with none found, the frame is looked for as for a fragment.
        frame = before[0] if before is not None and not self.quoted_speaker(before[0]) else None
        whole = (
            self.lex.code != "de"
            and (frame is not None or before is None)
            and framed_whole(text, qs, frame, s_start, after_rest, words)
        )
        if whole and before is not None:
            at = before[0].cue
            if at is not None and self.lex.code == "en" and supposed(text, s_start, at[0]):
                return self.make(qs, "direct", None, "none")  # "readers may wonder, "...""
            quote = self.make(qs, "direct", before[0], "sentence")
            self.last_attribution = before[0]
            self.last_para = self.paragraph_of(qs.end - 1)
            return quote
        if self.is_title(qs, s_start) and not (
            self.lex.code == "en" and given_name(self.lex, text, s_start, qs.start)
        ):
            return self.add_plain(qs, "scare", None, "a title or a name, not speech")
        if words <= 4 and self.lex.code == "en" and quoted_term(text, qs):
            return self.add_plain(qs, "scare", None, "a quoted term or label, not speech")
        # A fragment inside a sentence: the outermost attribution is at the sentence end,
        # else the reporting clause before the fragment.
        attribution = after[0] if after is not None else None  # '"...," said Victor Cha'
        named = (
            relative_naming(self.lex, text, s_start, qs.start) if self.lex.code == "en" else None
        )
        if named is not None:
            # "which X called", "under what Mr. Hedge called "the old model," the club
            # charged ...": the fragment is the namer's, whatever verb follows it
            attribution = named
        if self.lex.code == "de":
            return self.german_fragment(qs, attribution, s_start, s_end, words)
        tail = text[qs.end : s_end]
        for comma in re.finditer(r",", tail if attribution is None else ""):
            found = frame_after(self.lex, text, qs.end + comma.start(), s_end)
            if found is not None and self.hearsay_of_a_report(found[0], s_start, qs.start):
                break  # 'Lee said it was "...", according to the Times': Lee's (below)
            if found is not None and not re.search(_OPENERS, tail[: comma.start()]):
                attribution = found[0]  # "...," announced in October, said Derek Scissors
                break
        if (
            attribution is not None
            and before is not None
            and before[0].cue is not None
            and not self.quoted_speaker(before[0])
            and _OPENS_SUBORDINATE.match(text, s_start, qs.start)
        ):
            # "Although Lee admitted that they had \"...,\" he said ...": the quote is in
            # the clause that opens the sentence, framed there, not by the main clause
            attribution = before[0]
        if attribution is None:
            head = frame_after(self.lex, text, s_start, qs.start)
            if head is not None and self.quoted_speaker(head[0]):
                head = None
            if head is None and before is not None and not self.quoted_speaker(before[0]):
                attribution = before[0]
            elif head is not None:
                inner = said_inside(self.lex, text, head[0], head[1], qs.start)
                attribution = inner[0] if inner is not None else head[0]
        if attribution is None and self.lex.code == "de":
            attribution = german_clause(self.lex, self.text, s_start, qs)
        if attribution is None and self.lex.code == "en" and "," in text[s_start : qs.start]:
            aside = parenthetical_in(self.lex, text, s_start, s_end)
            if aside is not None and aside[1][-1][0] <= qs.start:
                # "The paradox, says Carl Anthony, is that she was "...": the frame set
                # off inside the sentence; the clause is what follows it
                clause = self.trimmed(aside[1][-1][0], s_end)
                return self.make(qs, "mixed", aside[0], "sentence", clause)
        if attribution is None:
            intentions = [
                c  # "plans to \"...\"": an intention attributed, as PolNeAR counts it
                for c in self.lex.intention_cue.finditer(text, s_start, qs.start)
                if re.fullmatch(r"\s+to\s*", text[c.end() : qs.start])
            ]
            outside = [
                c
                for c in self.lex.cue.finditer(text, s_start, s_end)
                if not (qs.start <= c.start() < qs.end)
            ] + intentions
            # After the fragment first (the outermost frame), then before it, nearest
            # first; a noun of speech last ("Kim called Lee's remarks \"...\"": Kim's).
            # In a sentence that opens with a subordinate clause, the frame before the
            # fragment comes first ("While Lee said it was \"...\" of her, he said ...").
            # "according to X" last: "Lee said it was \"...\", according to the Times" is
            # Lee's; the Times reported that Lee said it.
            opening = _OPENS_SUBORDINATE.match(text, s_start, qs.start) is not None
            outside.sort(
                key=lambda c: (
                    self.lex.code == "en" and self.lex.preposed.fullmatch(c.group(0)) is not None,
                    (c.start() < qs.start) != opening,
                    c.group(0).lower() in self.lex.noun_cues,
                    -c.start(),
                )
            )
            for cue in outside:
                if cue.start() >= qs.end and _RELATIVE_WHO.search(text, s_start, cue.start()):
                    continue  # "..., and Lee, who has said ...": a clause about someone else
                if cue.start() >= qs.end and cue.group(0).lower() in self.lex.gerunds:
                    continue  # '"...," a nod to the mayor acknowledging that ...': not its frame
                if cue.start() >= qs.end and noun_of_speech(self.lex, text, qs.end, cue):
                    continue  # '"...," playing on Lee's remarks about ...': not its content
                if (
                    cue.end() <= qs.start
                    and CLOSED_RELATIVE.search(text, max(s_start, cue.start() - 70), cue.start())
                    and "," in text[cue.end() : qs.start]
                ):
                    continue  # "the workers, whom Lee referred to in a speech, were "...""
                np = cue_source(
                    self.lex, text, s_start, cue, qs.start if cue.start() < qs.start else None
                )
                if np is not None and self.inside_quote(np):
                    np = self.participle_subject(s_start, cue)
                elif np is not None and object_before_participle(
                    self.lex, text, self.last_quote(), s_start, np, cue
                ):
                    # '"A," Lee wrote in a letter to Wired explaining ..., "b"': Lee's
                    last = self.quotes[-1].speaker
                    np = (last.start, last.end) if last is not None else None
                if np is not None:
                    attribution = Attribution(np, (cue.start(), cue.end()))
                    break
        if attribution is None:
            # "A," said X in a statement, "b ...": the frame after the sentence's first piece
            opener = self.opening_quote_end(s_start, qs)
            head = frame_after(self.lex, text, opener, qs.start) if opener > s_start else None
            if head is not None and not self.quoted_speaker(head[0]):
                attribution = head[0]
        if attribution is None:
            reported = indirect_in(self.lex, text, s_start, s_end) if words > 4 else None
            if (
                reported is not None
                and reported[1] <= qs.start
                and qs.end <= reported[2] + 1
                and (speech_cue(self.lex, self.text, reported[0]) or self.found_in(reported[0]))
                and subject_of(self.lex, self.text, reported[0])
            ):
                attribution = reported[0]  # Cook remembered Jobs rehearsing and "going ..."
        if attribution is None and self.lex.code == "en":
            # Ryan called the remarks "racist": the fragment is the verb's subject's
            attribution = (
                fragment_source(self.lex, text, s_start, qs.start)
                or participle_source(self.lex, text, s_start, qs.start)
                or stance_source(self.lex, text, s_start, qs.start, qs.end, s_end)
            )  # Lee hit back, calling him a "...": the main clause's subject's
        elif attribution is not None and self.lex.code == "en":
            # The president denounced what he called "...": the president's words
            attribution = outer_speaker(self.lex, text, s_start, attribution) or attribution
        cue_at = attribution.cue if attribution is not None else None
        if cue_at is not None and unreal(text, s_start, cue_at[0]):
            attribution = None  # "cannot explain why ...", "would have claimed that ..."
        if (
            cue_at is not None
            and attribution is not None
            and attribution.speaker is not None
            and plural_noun_cue(text, attribution.speaker, cue_at[0], text[cue_at[0] : cue_at[1]])
        ):
            attribution = None  # "released two highly critical reports that ...": a noun
        if (
            attribution is not None
            and self.lex.code == "en"
            and ownerless_noun(self.lex, text, attribution)
        ):
            attribution = None  # "There is no Clintonian argument that ..."
        if attribution is None and not lead_words and words > 4:
            # A sentence that opens with a quote and goes on unquoted, after the same
            # speaker's quote: "..." they said. "... a tax increase" for the rich.
            previous, how = self.context_attribution(s_start, para)
            if previous is not None and how == "previous":
                clause = self.clause(qs, None, s_start, s_end)
                return self.make(qs, "mixed", previous, "previous", clause)
        if whole:
            quote = self.make(qs, "direct", attribution, "sentence" if attribution else "none")
            if attribution is not None:
                self.last_attribution = attribution
                self.last_para = self.paragraph_of(qs.end - 1)
            return quote
        if (
            attribution is None
            and lead_words
            and words > 4
            and (self.after_a_quote(s_start, para) or self.after_a_report(s_start, para, qs.start))
        ):
            # "...," says analyst Jo Roe. That has meant "years of cuts in local news.": the
            # next sentence of the paragraph goes on quoting the same speaker.
            previous, how = self.context_attribution(s_start, para)
            if previous is not None and how == "previous":
                clause = self.clause(qs, None, s_start, s_end)
                return self.make(qs, "mixed", previous, "previous", clause)
        if attribution is None:
            if words <= 4:
                return self.add_plain(qs, "scare", None, "a quoted term; no one is said to say it")
            if (
                self.lex.code == "en"
                and not says_something(text, qs)
                and sum(s_start <= a < s_end for a, _ in self.resolver.quoted) == 1
                and not self.lex.cue.finditer(text, s_start, s_end)
                and not self.lex.indirect_cue.finditer(text, max(s_start, qs.start - 30), qs.start)
            ):
                # "blindsided by \"the Mary Smith of it all\"": a phrase set off, alone in
                # its sentence, with no speaker, no word of saying and no verb of stance
                # right before it (several quoted pieces are someone's words)
                return self.add_plain(qs, "scare", None, "a quoted phrase; no one says it")
            same = fragment_before(self.lex, text, self.last_quote(), qs.start, s_start)
            if same is not None:
                # 'Vell called Hale a "petulant child" who is acting "as if he is a king"':
                # a later piece of the same sentence, no frame of its own, is Vell's too
                return self.make(
                    qs, "mixed", same, "sentence", self.clause(qs, None, s_start, s_end)
                )
            return self.make(qs, "mixed", None, "none", self.clause(qs, None, s_start, s_end))
        quote = self.make(
            qs, "mixed", attribution, "sentence", self.clause(qs, attribution, s_start, s_end)
        )
        if words > 4 and self.lex.code == "en":
            # a sentence of someone's words, not a phrase: a quote standing alone next
            # goes on with them ("X "is ...," Roe told the Herald. / "He has ...")
            self.last_attribution = attribution
            self.last_para = self.paragraph_of(qs.end - 1)
        return quote

    def found_in(self, attribution: Attribution) -> bool:
        """A document's finding ("The report found that \"...\""): its quoted words are
        the document's own."""
        if self.lex.code != "en" or attribution.speaker is None:
            return False
        a, b = attribution.speaker
        return document_phrase(self.lex, self.text[a:b])

    def opens_quote(self, start: int, end: int) -> bool:
        """A quotation mark opens a quote in ``text[start:end]`` (a nickname's is no quote)."""
        return any(
            not any(a <= m.start() < b for a, b in self.nicknames)
            for m in _OPENER_MARK.finditer(self.text, start, end)
        )

    def own_verb(self, before: str) -> bool:
        """The words before a colon end with a verb of saying ("Another reportedly said:"):
        the quote has its own frame, whose speaker went unnamed, and is no one else's."""
        words = re.findall(r"[\w\u2019'\-]+", before[-60:])
        return bool(words) and words[-1][:1].islower() and self.lex.cue.is_cue_word(words[-1])

    def opening_quote_end(self, s_start: int, qs: QuoteSpan) -> int:
        """Where the frame before ``qs`` may start: after the quoted piece that opens the
        sentence (``"A," said X in a statement, "b ..."``), else the sentence start."""
        for a, b in self.resolver.quoted:
            if a >= qs.start:
                break
            if b <= qs.start and not text_before_is_blank(self.text, s_start, a):
                continue
            if b <= qs.start:
                return b
        return s_start

    def after_a_quote(self, s_start: int, para: int) -> bool:
        """The sentence before, in the same paragraph, holds a quote with its speaker."""
        prev = [s for s in self.sentences if s[1] <= s_start]
        if not prev or prev[-1][2] != para:
            return False
        ps, pe, _ = prev[-1]
        return any(
            q.speaker is not None and q.kind == "direct" and ps <= q.start < pe
            for q in self.quotes[-3:]
        )

    def last_quote(self) -> Quote | None:
        return self.quotes[-1] if self.quotes else None

    def after_a_report(self, s_start: int, para: int, q_start: int) -> bool:
        """The sentence before, in the same paragraph and with no quote, reports what a
        person named said ("Jahangir said she was angered by ..."), and goes on into the
        quote's sentence (:func:`report_goes_on`)."""
        prev = [s for s in self.sentences if s[1] <= s_start]
        if not prev or prev[-1][2] != para or self.lex.code != "en":
            return False
        ps, pe, _ = prev[-1]
        if any(c in self.text[ps:pe] for c in QUOTE_CHARS):
            return False
        reported = self._reporting_clause(ps, pe)
        speaker = reported.speaker if reported is not None else None
        if speaker is None:
            return False
        return report_goes_on(self.resolver.model, self.text, speaker, s_start, q_start)

    def split_piece(self, qs: QuoteSpan, s_start: int) -> Attribution | None:
        """The frame of the direct quote just before ``qs`` in its sentence, when ``qs``
        is the second piece of a quoted sentence split by that frame."""
        prev = self.quotes[-1] if self.quotes else None
        if prev is None or prev.kind != "direct" or not prev.quoted or prev.start < s_start:
            return None
        if prev.speaker is None or prev.cue is None:
            return None
        said = Attribution((prev.speaker.start, prev.speaker.end), (prev.cue.start, prev.cue.end))
        return split_frame(self.lex, self.text, said, prev.end, qs.start) or added_piece(
            self.lex, self.text, said, prev.end, qs.start
        )  # '"A," Lee said, adding: "b"'

    def inside_quote(self, span: tuple[int, int]) -> bool:
        """``span`` lies within quotation marks: quoted words, never a speaker."""
        return any(a <= span[0] < b for a, b in self.resolver.quoted)

    def quoted_speaker(self, attribution: Attribution) -> bool:
        return attribution.speaker is not None and self.inside_quote(attribution.speaker)

    def participle_subject(self, s_start: int, cue: re.Match[str]) -> tuple[int, int] | None:
        """``"...," Lee said, adding "..."``: the participle's subject is the speaker of
        the quote before it in the same sentence."""
        last = self.quotes[-1] if self.quotes else None
        if (
            last is None
            or last.speaker is None
            or last.speaker.start < s_start
            or not cue.group(0).lower().endswith("ing")
            or not re.search(r",\s*$", self.text[last.speaker.end : cue.start()])
        ):
            return None
        return last.speaker.start, last.speaker.end

    def german_fragment(
        self,
        qs: QuoteSpan,
        attribution: Attribution | None,
        s_start: int,
        s_end: int,
        words: int,
    ) -> Quote:
        """A quoted fragment inside a German sentence: ``..., so X``, ``laut X``, ``X
        zufolge``, else the subject of the nearest cue verb outside quotation marks."""
        if german_title(self.lex, self.text, qs):
            return self.add_plain(qs, "scare", None, "a title or a name, not speech")
        if attribution is None:
            found = written_source(self.lex, self.text, s_start, s_end) or fragment_frame(
                self.lex, self.text, s_start, s_end, (qs.start, qs.end)
            )
            if found is not None:
                attribution = Attribution(*found)
        if attribution is None and words > 4:
            attribution = self.paragraph_label(qs.start)  # "Klaas Bollhoefer: ... „...“"
        reported = attribution is None and continues_reported_speech(
            self.lex, self.text, s_start, s_end
        )  # "Sie seien „gut geeignet“": goes on with the reported speech before it
        if attribution is None and words <= 4 and not reported:
            return self.add_plain(qs, "scare", None, "a quoted term; no one is said to say it")
        if not reported and german_name(
            self.lex, self.text, qs, s_start, words, attribution is not None
        ):
            return self.add_plain(qs, "scare", None, "a title or a name, not speech")
        clause = self.clause(qs, attribution, s_start, s_end)
        return self.make(qs, "mixed", attribution, "sentence" if attribution else "none", clause)

    def paragraph_label(self, pos: int) -> Attribution | None:
        """An interview's answer: the paragraph opens with its speaker's name and a colon
        ("Klaas Bollhoefer: Die Schnittstelle ..."), before ``pos``."""
        para = self.paragraph_of(pos)
        if para < 0:
            return None
        ps, pe = self.paragraphs[para]
        label = _LABEL.match(self.text, ps, pe)
        if label is None or label.end() > pos or label.group(1).split()[0].lower() in _NOT_LABELS:
            return None
        ent = self.resolver.model.entity_starting_at(ps)
        if ent is None or ent.kind not in ("person", "unknown") or len(ent.name.split()) < 2:
            return None
        return Attribution((ps, label.end(1)), (label.end(1), label.end(1) + 1))

    def carry_reported_speech(self) -> None:
        """German: a quote with no frame of its own in a sentence in Konjunktiv I (``Sie
        seien „…“``) goes on with the reported speech just before it, in its paragraph."""
        last: Quote | None = None
        for i, q in enumerate(self.quotes):
            if q.kind in ("scare", "nested", "headline"):
                continue
            if q.speaker is None and q.kind in ("mixed", "direct") and last is not None:
                s, e, para = self.sentence_at(q.start)
                _, e, _ = self.sentence_at(q.end - 1)
                same = self.paragraph_of(last.end - 1) == para
                if same and continues_reported_speech(self.lex, self.text, s, max(e, q.end)):
                    q = self.quotes[i] = attrs.evolve(
                        q, speaker=last.speaker, cue=last.cue, resolution=PENDING + "previous",
                        note=None,
                    )  # fmt: skip
            if q.speaker is not None:
                last = q

    def hearsay_of_a_report(self, frame: Attribution, s_start: int, q_start: int) -> bool:
        """``frame`` is "according to X" and a verb of saying stands before the quote:
        X reports that someone said it."""
        lex = self.lex
        if lex.code != "en" or frame.cue is None:
            return False
        if lex.preposed.fullmatch(self.text[frame.cue[0] : frame.cue[1]]) is None:
            return False
        return any(
            c.group(0).lower() in PLAIN_SAYING
            for c in lex.cue.finditer(self.text, s_start, q_start)
        )

    def hearsay_tail(self, start: int, end: int) -> int | None:
        """Where a report's source set off after the reported clause begins (its comma:
        "..., according to the Times"), or None."""
        for comma in _COMMA_THEN.finditer(self.text, start, end):
            if self.lex.preposed.match(self.text, comma.end(), end):
                return comma.start()
        return None

    def clause(
        self, qs: QuoteSpan, attribution: Attribution | None, s_start: int, s_end: int
    ) -> tuple[int, int]:
        """The reported clause around a quoted fragment: its sentence without the
        attribution frame (``X said (that)`` before it, ``, X said`` after it)."""
        text = self.text
        start, end = s_start, s_end
        frame = [x for x in (attribution.speaker, attribution.cue) if x] if attribution else []
        if frame:
            f0, f1 = min(a for a, _ in frame), max(b for _, b in frame)
            if f1 <= qs.start:
                cue_word = (
                    text[attribution.cue[0] : attribution.cue[1]].lower()
                    if attribution and attribution.cue
                    else ""
                )
                told = _TOLD_WHOM.match(text, f1, qs.start) if cue_word in _TOLD else None
                f1 = told.end() if told is not None else f1  # "told police he ...": no object
                obj = that_after(text, f1, qs.start)
                start = obj.end() if obj else after_time(text, f1, qs.start)
                if self.lex.code == "de":
                    particle = _DE_PARTICLE.match(text, start, qs.start)
                    start = particle.end() if particle is not None else start
                if _OPENS_SUBORDINATE.match(text, s_start, f0):
                    # "While Lee said it was \"...\" for now, he ...": the opening
                    # clause ends at its comma; the main clause is the writer's
                    comma = text.find(",", max(qs.start, qs.end - 2), end)
                    if comma >= 0:
                        end = max(comma, qs.end)
            elif f0 >= qs.end:
                end = f0
            if f1 <= qs.start and what_named(text, f0, f1, qs.start):
                end = qs.end  # "under what Lee called "...", the club ...": the term only
        if self.lex.code == "en" and attribution is not None and attribution.cue is not None:
            hearsay = self.hearsay_tail(qs.end, end)
            if hearsay is not None and attribution.cue[1] <= hearsay:
                end = hearsay  # "..., according to the Times": who reported it
        end = mixed_clause_end(text, qs, end)  # not the writer's clause after the fragment
        if self.lex.code == "en" and not _MARK_CHARS.search(text, qs.end, end):
            # "... "a mistake" to use it, but she denied that B": B is a report of its own
            second = second_report(self.lex, self.text, attribution, qs.end, end)
            end = second[0] if second is not None else end
        while start < qs.start and (text[start].isspace() or text[start] in ",;:\u2014\u2013-"):
            start += 1
        while end > qs.end and (text[end - 1].isspace() or text[end - 1] in ",;:.!?\u2014\u2013-"):
            end -= 1
        return min(start, qs.start), max(end, qs.end)

    def is_title(self, qs: QuoteSpan, s_start: int) -> bool:
        """A quoted title or name: right after a noun that names a work ("her memoir,
        \"...\"", "the song \"...\""), alone on a line of details, or a run of
        capitalised words."""
        text = self.text
        before = re.findall(r"[\w\u2019'\-]+", text[max(s_start, qs.start - 40) : qs.start])
        words = re.findall(r"[\w\u2019'\-]+", " ".join(text[a:b] for a, b in qs.pieces))
        if before and before[-1].lower() in self.lex.work_nouns:
            # a title is capitalised or short; "the campaign \"to continue ...\"" is none,
            # nor a predicate ("the program \"failed to meet its goals\"")
            return bool(words) and (
                words[0][:1].isupper() or (len(words) <= 6 and not says_something(text, qs))
            )
        para = self.paragraph_of(qs.start)
        if para >= 0 and own_line(text, self.paragraphs[para], qs):
            return True
        return long_title(self.lex, text, qs, s_start)

    def signature(self, qs: QuoteSpan) -> Attribution | None:
        """A quote that ends its paragraph, signed on the next line: ``"..."`` then
        ``- Jane D.`` (reviews, testimonials, epigraphs)."""
        para = self.paragraph_of(qs.end - 1)
        if para < 0 or para + 1 >= len(self.paragraphs):
            return None
        if self.text[qs.end : self.paragraphs[para][1]].strip(" .,;"):
            return None
        start, end = self.paragraphs[para + 1]
        line = _SIGNATURE.match(self.text, start, end)
        if line is None:
            return None
        name = (line.start(2), line.end(2))
        while name[1] > name[0] and self.text[name[1] - 1] in " ,.":
            name = (name[0], name[1] - 1)
        return Attribution(name, line.span(1))

    def context_attribution(self, s_start: int, para: int) -> tuple[Attribution | None, str]:
        """A quote that is a whole sentence: the sentence before may introduce it
        (``Caddell continued:``), else it goes on from the previous quote's speaker."""
        prev = [s for s in self.sentences if s[1] <= s_start]
        if prev:
            ps, pe, _ = prev[-1]
            stripped = self.text[ps:pe].rstrip()
            if stripped.endswith(":"):
                found = frame_before(self.lex, self.text, ps, pe)
                if found:
                    return found[0], "colon"
                colon = ps + len(stripped) - 1
                subject = colon_speaker(self.lex, self.text, ps, colon)
                if subject is not None:
                    return Attribution(subject, (colon, colon + 1)), "colon"
            opens_paragraph = para >= 0 and self.paragraphs[para][0] == s_start
            if prev[-1][2] == para or (
                prev[-1][2] == para - 1 and opens_paragraph and self.lex.code == "en"
            ):
                # The sentence before, in the same paragraph (or ending the one before this
                # quote's own), reports someone saying something: "...," Mr. Burman said of
                # the plan. "Next sentence." / Erekat said it was a move to ... [para] "..."
                reported = self._reporting_clause(ps, pe)
                if reported is not None and prev[-1][2] != para:
                    # across paragraphs, only a clause that opens with its speaker and
                    # its verb ("Erekat said it was ..."), with no quote of its own
                    # ("Lee said that the plan would fail. / "It cannot work."")
                    reported = self._reported_paragraph_end(ps, pe) or self._reported_person(ps, pe)
                if reported is not None:
                    return reported, "previous"
            subject = self._person_subject(ps, pe, para)
            if subject is None and self.lex.code == "en" and prev[-1][2] == para:
                subject = self._judging_subject(ps, pe)
            if subject is not None:
                return Attribution(subject, None), "subject"
        if (
            self.last_attribution is not None
            and para >= 0
            and self.last_para >= para - 1
            and (self.last_para == para or self.last_para not in self.pulled)
        ):
            return self.last_attribution, "previous"
        return None, "none"

    def _person_subject(self, ps: int, pe: int, para: int) -> tuple[int, int] | None:
        """A sentence with no quote and no cue, right before a quote that opens its own
        sentence and after the last quote, whose subject is a person named there
        ("Aderholt returned to the issue. "...""): that person, not the last speaker."""
        if self.lex.code != "en" or self.paragraph_of(ps) not in (para, para - 1):
            return None
        if self.quotes and self.quotes[-1].end > ps:
            return None
        chunk = self.text[ps:pe]
        if any(c in chunk for c in QUOTE_CHARS) or self.lex.cue.search(self.text, ps, pe):
            return None
        model = self.resolver.model
        lead = re.match(r"[\s(]*", chunk)
        start = ps + (lead.end() if lead else 0)
        ent = model.entity_starting_at(start)
        if ent is None or ent.kind != "person" or not model.subject_weight((start, start + 1)):
            return None
        end = next(e for s, e in ent.mentions if s == start)
        return start, end

    def _judging_subject(self, ps: int, pe: int) -> tuple[int, int] | None:
        """ "Lee called him a master at deals. "...": the subject of a verb of judging in
        the sentence before, with no quote of its own (a quoted title before the subject
        aside)."""
        if self.quotes and self.quotes[-1].end > ps and self.quotes[-1].kind != "scare":
            return None
        return judging_subject(self.lex, self.text, ps, pe)

    def _reported_paragraph_end(self, ps: int, pe: int) -> Attribution | None:
        """The sentence ``[ps, pe)`` that ends the paragraph before a quote's is a report
        that opens with its speaker ("Erekat said it was ..."), with no quote of its own:
        its attribution."""
        if self.quotes and self.quotes[-1].end > ps:
            return None
        found = indirect_in(self.lex, self.text, ps, pe)
        if found is None:
            return None
        said, c0, c1 = found
        who, cue = said.speaker, said.cue
        if who is None or cue is None or who[0] != self.trimmed(ps, pe)[0] or cue[1] > c0:
            return None
        if no_content(self.lex, self.text, said, ps, c0, c1) or not speech_cue(
            self.lex, self.text, said
        ):
            return None
        return said

    def _reporting_clause(self, start: int, end: int) -> Attribution | None:
        text = self.text
        for cue in reversed(self.lex.cue.finditer(text, start, end)):
            if any(q.start() <= cue.start() < q.end() for q in _QUOTED.finditer(text, start, end)):
                continue
            np = cue_source(self.lex, text, start, cue) or np_after(self.lex, text, cue.end(), end)
            if self.lex.code == "en":
                if np is not None and np[0] >= cue.end() and not clause_ends(text, np[1], end):
                    np = None  # "Lee described the flood in detail.": the object, no speaker
                np = np or person_before(
                    self.resolver.model, text, start, cue.start()
                )  # "Lee recalled how ..."
            if np is not None:
                return Attribution(np, (cue.start(), cue.end()))
        return None

    def _reported_person(self, ps: int, pe: int) -> Attribution | None:
        """The report of the sentence ``[ps, pe)``, with no quotation mark and after the
        last quote, when its speaker is a person named by the sentence's subject."""
        if self.quotes and self.quotes[-1].end > ps:
            return None
        return reported_person(self.lex, self.resolver.model, self.text, ps, pe)

    def headline(self, s: int, para: int) -> tuple[Attribution, int, int] | None:
        """A headline's own frames ("Name: ...", "..., Name Says"): the paragraph marked as
        the title, or a plain text's short first line."""
        ps, pe = self.paragraphs[para]
        if s != ps:
            return None
        titled = self.kinds[para] == "title"  # a section heading is often a label
        first_line = (
            para == 0
            and len(self.paragraphs) > 1
            and not any(k in ("heading", "title") for k in self.kinds)
            and looks_like_headline(self.text, ps, pe)
        )
        return headline_in(self.lex, self.text, ps, pe) if titled or first_line else None

    def before_quote(self, s: int, e: int, said: list[Attribution | None]) -> None:
        """A report in the clauses before a sentence's first quotation, whose frame is not
        the quote's own ("While he acknowledged X, Lee noted \"...\"")."""
        spans = self.resolver.quoted
        if any(a < s < b for a, b in spans):
            return  # the sentence starts inside a quotation
        first = min((a for a, _ in spans if s <= a < e), default=None)
        own = [a.cue for a in said if a is not None and a.cue is not None]
        if first is None:
            return
        frame = min([first] + [cue[0] for cue in own])
        if frame <= s or _MARK_CHARS.search(self.text, s, frame):
            return
        found = clause_before_quote(self.lex, self.text, s, frame)
        if found is None:
            return
        attribution, c0, c1 = found
        if attribution.cue in own:
            return  # the quote's own frame
        if attribution.cue is None or attribution.cue[0] > c0:
            return  # "Acts of protest, Lee said, are ...": the sentence goes on past the cut
        if first_person(self.lex, self.text, attribution) or impersonal(
            self.lex, self.text, attribution
        ):
            return
        if no_content(self.lex, self.text, attribution, s, c0, c1):
            return  # "We may need to add these back in - ...": no report
        c0, c1 = self.trimmed(c0, c1)
        while c1 > c0 and self.text[c1 - 1] in " .,;:!?":
            c1 -= 1
        if c1 - c0 >= 12:
            self.make(QuoteSpan(c0, c1, ((c0, c1),), ""), "indirect", attribution, "sentence")

    def report_after_quote(self, said: Attribution, after: int, e: int) -> None:
        """``Lee said it was "a mistake", but she denied that B.`` / ``... "robust steps"
        in response, and he urged B``: a second report of its own after the sentence's
        last quotation, past the content of the quotes before it."""
        text = self.text
        if said.speaker is None or _MARK_CHARS.search(text, after, e):
            return
        c1 = e
        while c1 > after and text[c1 - 1] in " .,;:!?":
            c1 -= 1
        second = second_report(self.lex, text, said, after, c1)
        if second is None:
            return
        cut, attribution, c0 = second
        taken = max((c.end for q in self.quotes for c in q.content if c.start < e), default=0)
        if taken > e or cut < taken or c1 - c0 < 12:
            return
        self.make(QuoteSpan(c0, c1, ((c0, c1),), ""), "indirect", attribution, "sentence")

    def participle_report(self, attribution: Attribution, after: int, e: int) -> None:
        """``"...," Lee said, adding that B.`` / ``A, Lee said, adding that B.``: the
        frame after the sentence's first report goes on with a participle of saying and
        a clause of its own, the same speaker's second report."""
        cue, speaker = attribution.cue, attribution.speaker
        if cue is None or speaker is None or cue[0] < after:
            return
        found = participle_after(self.text, max(cue[1], speaker[1]), e)
        if found is None or _MARK_CHARS.search(self.text, found[1], e):
            return
        c0, c1 = self.trimmed(found[1], e)
        while c1 > c0 and self.text[c1 - 1] in " .,;:!?":
            c1 -= 1
        if c1 - c0 >= 12:
            second = Attribution(speaker, found[0])
            self.make(QuoteSpan(c0, c1, ((c0, c1),), ""), "indirect", second, "sentence")

    def indirect(self, covered: list[tuple[int, int, Attribution | None]]) -> None:
        """Indirect speech sentence by sentence; a German sentence in Konjunktiv I right
        after reported speech (or a quote) goes on with it."""
        text = self.text
        last: tuple[Attribution, int] | None = None  # attribution, paragraph
        for s, e, para in self.sentences:
            quoted = [a for cs, ce, a in covered if cs <= s < ce or cs < e <= ce]
            if quoted:
                last = (quoted[-1], para) if quoted[-1] is not None else None
                self.before_quote(s, e, quoted)
                ends = [b for a, b in self.resolver.quoted if s <= a < e]
                goes_on = _QUOTE_NEXT.match(text, e) is not None  # joined with the next
                if quoted[-1] is not None and ends and max(ends) <= e and not goes_on:
                    self.participle_report(quoted[-1], max(ends), e)
                    self.report_after_quote(quoted[-1], max(ends), e)
                continue
            aside = parenthetical_in(self.lex, text, s, e)
            if aside is not None and not first_person(self.lex, self.text, aside[0]):
                pieces = tuple(self.trimmed(a, b) for a, b in aside[1])
                end = pieces[-1][1]
                while end > pieces[-1][0] and text[end - 1] in " .;:!?":
                    end -= 1
                pieces = (*pieces[:-1], (pieces[-1][0], end))
                self.make(
                    QuoteSpan(pieces[0][0], pieces[-1][1], pieces, ""),
                    "indirect",
                    aside[0],
                    "sentence",
                )
                last = (aside[0], para)
                continue
            found = self.headline(s, para) or indirect_in(self.lex, text, s, e)
            how = "sentence"
            if (
                found is None
                and last is not None
                and last[1] == para
                and continues_reported_speech(self.lex, text, s, e)
            ):
                found, how = (last[0], s, e), "previous"
            if found is None and self.lex.code == "de":
                said = hearsay_de(text, s, e)  # "Dort sollen drei Hallen abgebrannt sein"
                found, how = (Attribution(None, said), s, e) if said else None, "hearsay"
            if found is None:
                last = None
                continue
            attribution, c0, c1 = found
            if how == "sentence":
                attribution, c0 = later_verb(self.lex, text, attribution, c0, c1)
            if no_content(self.lex, text, attribution, s, c0, c1):
                last = None
                continue
            if first_person(self.lex, self.text, attribution) or impersonal(
                self.lex, self.text, attribution
            ):
                last = None
                continue  # "I found ...", "we tested ...": the writer's narration
            while c1 > c0 and text[c1 - 1] in " .,;:!?":
                c1 -= 1
            while c0 < c1 and text[c0] in " ,;:":
                c0 += 1
            if self.lex.code == "en" and not text[s:c0].strip():
                connective = _CONNECTIVE.match(text, c0, c1)  # "However, ...": the writer's
                c0 = connective.end() if connective else c0
            full = c1
            c1 = reported_end(text, s, c0, c1, attribution)  # not the writer's own clause
            if c1 - c0 < 12:
                continue
            second = (
                coordinated(self.lex, text, c0, c1, aside=_participle_aside(text, attribution))
                if how == "sentence"
                else None
            )
            if second is not None:  # "X criticized A and said B": two attributions
                cut, q0, q1, c2 = second
                self.make(QuoteSpan(c0, cut, ((c0, cut),), ""), "indirect", attribution, how)
                attribution = attrs.evolve(attribution, cue=(q0, q1))
                c0 = c2
            after = next_clause(text, c0, full) if how == "sentence" else None
            if after is not None and after[0] <= c1:  # "..., but he said B", "..., arguing that B"
                cut, cue, speaker, c2 = after
                self.make(QuoteSpan(c0, cut, ((c0, cut),), ""), "indirect", attribution, how)
                attribution = Attribution(speaker or attribution.speaker, cue)
                c0 = c2
                c1 = reported_end(text, s, c0, full, attribution)
            qs = QuoteSpan(c0, c1, ((c0, c1),), "")
            self.make(qs, "indirect", attribution, how)
            last = (attribution, para)
            if how == "sentence":
                self.participle_report(attribution, c1, e)


def _participle_aside(text: str, attribution: Attribution) -> bool:
    """The frame's verb is a participle set off by a comma right after its speaker
    ("Ada Quill, citing a study, said ...")."""
    if attribution.cue is None or attribution.speaker is None:
        return False
    verb = text[attribution.cue[0] : attribution.cue[1]]
    between = text[attribution.speaker[1] : attribution.cue[0]]
    return verb.endswith("ing") and between.strip() == ","


# A quotation that opens the next sentence of the paragraph (the quote goes on there).
_QUOTE_NEXT = re.compile(r"[ \t\xa0]*(?:[\"\u201c\u201e\u00ab]|'')")


# Quotation marks of any kind: a clause holding one is no plain reported clause.
_SINGLE_MARKS = frozenset(["'", "\u2018"])
# A writer's connective that opens a sentence of reported speech ("However, the plan ...,
# she said"): no part of what was said.
_CONNECTIVE = re.compile(
    r"(?:(?:However|Still|Meanwhile|Nevertheless|Nonetheless|Moreover|Furthermore|Instead"
    r"|Indeed|So|Also|Similarly|Likewise|Separately|Further|Additionally)\s*,"
    r"|(?:But|And|Yet)(?:\s*,)?)\s+(?=\S)"
)
# A participle set off after a frame's speaker (", repeating a charge ...").
_PARTICIPLE_ON = re.compile(r"[ \t\xa0]*,[ \t\xa0]+[a-z]+ing\b")
# A statement issued, then a comma right before the quote ('Hale issued a statement, "').
_STATEMENT_ISSUED = re.compile(
    r"\b(?:issued|released|put[ \t\xa0]+out|posted)[ \t\xa0]+(?:a|an|the)[ \t\xa0]+"
    r"(?:[a-z]+[ \t\xa0]+)?(?:statement|message|note|tweet)[ \t\xa0]*,$"
)


_MARK_CHARS = re.compile(r"[\"\u201c\u201d\u201e\u00ab\u00bb]|''|(?<!\w)[\u2018']\w")


def extract_quotes(article: Article) -> tuple[Quote, ...]:
    """Every quote of ``article``, in text order. Pure and deterministic."""
    return tuple(_Finder(article).run())


# A speaker phrase that names no one: kept while split quotes are joined (it still
# bounds its quote), then not offered.


def _offered(q: Quote) -> Quote:
    if q.resolution != NO_SPEAKER:
        return q
    return attrs.evolve(q, speaker=None, speaker_name=None, confidence=0.0, resolution="none")
