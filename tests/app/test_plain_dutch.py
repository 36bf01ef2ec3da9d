"""Plain Dutch (B1) over the source texts and the rendered pages of the journey.

1. Every msgid of locales/messages.pot, split into sentences: none longer than 20 words, on
   average at most 12 words.
2. Jargon is explained where it first appears on a page. On every page of the journey, the
   first sentence that uses a jargon word (in reading order: header, main, footer) must be
   "explained", which here means one of:
   - that sentence or the next one defines the word: "<word> is/zijn/betekent …" (not followed
     straight by an amount or number), or "… heet/heten (ze) <word>", "Dat heet <word>", "is een
     <word>"; or the next sentence starts "Dat/Die/Dit is …" (again not an amount);
   - or the word sits in an element with class "term" whose aria-describedby points at an
     element on the page holding such a definition (for table headers and short labels).
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
MAX_WORDS, MAX_AVERAGE = 20, 12
PLACEHOLDER = re.compile(r"%\(\w+\)s")
SENTENCE_END = re.compile(r"(?<=[.?!:])\s+(?=[A-Z0-9€\"'])")

# word -> the forms it takes (a regular expression, matched case-insensitively on whole words).
JARGON = {
    "vrijlating": r"vrijlating",
    "verrekenen": r"verreken(en|t|ing)",
    "toetsingsinkomen": r"toetsingsinkomen",
    "kostendeler": r"kostendeler(s|snorm)?",
    "norm": r"norm(en)?",
    "toeslagen": r"(?<!Dienst )toeslagen",
    "vakantietoeslag": r"vakantietoeslag",
    "loonheffingskorting": r"loonheffingskorting",
    "bufferbudget": r"bufferbudget",
    "bruto": r"bruto(loon)?",
    "netto": r"netto(loon)?",
    "voorschot": r"voorschot",
    "minimaregeling": r"minimaregeling(en)?",
    "kale huur": r"kale huur",
}
COPULA = r"(is|zijn|betekent|betekenen|heet|heten)"


def sentences(text: str) -> list[str]:
    text = PLACEHOLDER.sub("X", " ".join(text.split()))
    return [part for part in SENTENCE_END.split(text) if re.search(r"\w", part)]


def words(sentence: str) -> list[str]:
    return re.findall(r"[\w€%'’-]+", sentence)


def source_texts() -> list[str]:
    with (ROOT / "locales" / "messages.pot").open("rb") as handle:
        return [text for message in read_po(handle) if message.id
                for text in (message.id if isinstance(message.id, tuple) else (message.id,))]


def test_source_sentences_are_short():
    found = [sentence for text in source_texts() for sentence in sentences(text)]
    too_long = [sentence for sentence in found if len(words(sentence)) > MAX_WORDS]
    assert not too_long, too_long[:5]
    average = sum(len(words(sentence)) for sentence in found) / len(found)
    assert average <= MAX_AVERAGE, average
    # The same over real sentences only (ending in . ? or !), so short labels do not hide long prose.
    prose = [sentence for sentence in found if sentence.rstrip().endswith((".", "?", "!")) and len(words(sentence)) > 2]
    assert sum(len(words(sentence)) for sentence in prose) / len(prose) <= MAX_AVERAGE


# --- rendered pages -------------------------------------------------------------------------------

BLOCKS = {"p", "li", "th", "td", "dt", "dd", "h1", "h2", "h3", "label", "legend", "summary", "div", "option",
          "button", "title", "caption", "figcaption"}
SKIP = {"script", "style", "select", "svg", "head", "nav"}


class Reader(HTMLParser):
    """The page as a list of (text block, element attributes, ids of its explanation) in reading order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[list] = []
        self.stack: list[tuple[str, dict]] = []
        self.by_id: dict[str, str] = {}
        self.open_ids: list[tuple[str, list]] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("input", "br", "meta", "link", "img"):
            return
        if tag in SKIP or attrs.get("lang", "nl") != "nl":
            self.skip += 1
            self.stack.append((tag, {"skip": True}))
            return
        self.stack.append((tag, attrs))
        if tag in BLOCKS and not self.skip:
            self.blocks.append(["", attrs])
        if attrs.get("id"):
            self.open_ids.append((attrs["id"], []))

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, attrs = self.stack.pop()
            if attrs.get("skip"):
                self.skip -= 1
            elif attrs.get("id") and self.open_ids and self.open_ids[-1][0] == attrs["id"]:
                ident, parts = self.open_ids.pop()
                self.by_id[ident] = " ".join("".join(parts).split())
            if tag in BLOCKS and not attrs.get("skip") and not self.skip:
                self.blocks.append(["", {}])  # text after a closed block is a block of its own
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.skip:
            return
        for _, parts in self.open_ids:
            parts.append(data)
        if not self.blocks:
            self.blocks.append(["", {}])
        self.blocks[-1][0] += data


def defines_previous(sentence: str) -> bool:
    """'Dat is een korting op de belasting.' right after the sentence with the word."""
    return bool(re.match(rf"(Dat|Die|Dit)\s+{COPULA}\b(?!\s*[:]?\s*[€\dX])", sentence))


def defines(sentence: str, form: str) -> bool:
    return bool(
        re.search(rf"\b{form}\b\s+{COPULA}\b(?!\s*[:]?\s*[€\dX])", sentence, re.I)
        or re.search(rf"\b{COPULA}\s+(ze|het|dat|die|dit)?\s*\b{form}\b", sentence, re.I)
        or re.search(rf"\b{form}\b\s+{COPULA}:", sentence, re.I))


def unexplained(page_html: str) -> list[str]:
    """The jargon words whose first use on the page is not explained (see the module text)."""
    reader = Reader()
    reader.feed(page_html)
    units = []  # (sentence, attrs of its block)
    for text, attrs in reader.blocks:
        for sentence in sentences(html.unescape(text)):
            units.append((sentence, attrs))
    problems = []
    for word, form in JARGON.items():
        first = next((index for index, (sentence, _) in enumerate(units)
                      if re.search(rf"\b{form}\b", sentence, re.I)), None)
        if first is None:
            continue
        sentence, attrs = units[first]
        following = units[first + 1][0] if first + 1 < len(units) else ""
        if defines(sentence, form) or defines(following, form) or defines_previous(following):
            continue
        described = [reader.by_id.get(ident, "") for ident in attrs.get("aria-describedby", "").split()]
        if "term" in attrs.get("class", "").split() and any(
                defines(part, form) for text in described for part in sentences(text)):
            continue
        problems.append(f"{word}: {sentence!r}")
    return problems


def test_the_checker_can_fail():
    assert unexplained("<p>Je vrijlating is op.</p>") == []  # "is op" reads as a definition: weak spot
    assert unexplained("<p>Je krijgt vrijlating. Daarna niet meer.</p>")
    assert not unexplained("<p>Je krijgt vrijlating. Vrijlating is een deel van je loon.</p>")
    assert unexplained("<p>Je norm is € 1.000.</p>")
    assert not unexplained("<p>Je krijgt een voorschot. Dat is geld vooraf.</p>")
    assert unexplained("<p>Je krijgt een voorschot. Dat is € 20.</p>")
    assert not unexplained('<th class="term" aria-describedby="d">Bufferbudget</th>'
                           '<p id="d">Bufferbudget is geld van de gemeente.</p>')
    assert unexplained('<th class="term">Bufferbudget</th><p>Bufferbudget staat hier.</p>')


def pages(client, answers):
    from tests.app.conftest import ANSWERS

    couple = {**ANSWERS, "situation": "couple", "partner_age": "40", "children": "", "housemates": "1",
              "wage_kind": "periode", "gross_per_period": "1.400", "pay_period": "month", "hours": "",
              "hourly_wage": "", "vrijlating_used": "5", "loonheffingskorting": "ja", "holiday_pay": "monthly"}
    young = {**ANSWERS, "situation": "single", "age": "24", "children": "", "rent": "", "hours": "32"}
    found = {
        "start": client.get("/"),
        "consulent": client.get("/consulent"),
        "error": client.post("/vragen", data={"step": "huishouden", "action": "next"}),
        "check": client.post("/vragen", data={**answers, "step": "loon", "action": "next"}),
    }
    for step in ("huishouden", "wonen", "werk", "loon"):
        found[step] = client.post("/vragen", data={**answers, "step": step, "action": "lang"})
    found["loon per keer"] = client.post("/vragen", data={**couple, "step": "loon", "action": "lang"})
    for name, data in (("result", answers), ("result couple", couple), ("result young", young)):
        found[name] = client.post("/uitkomst", data={**data, "action": "print"})
    for name, response in found.items():
        assert response.status_code in (200, 422), name
    return found


def test_jargon_is_explained_where_it_first_appears(client, answers):
    problems = {name: found for name, response in pages(client, answers).items()
                if (found := unexplained(response.text))}
    assert not problems, problems


def test_rendered_sentences_are_short(client, answers):
    for name, response in pages(client, answers).items():
        reader = Reader()
        reader.feed(response.text)
        found = [sentence for text, _ in reader.blocks for sentence in sentences(html.unescape(text))]
        prose = [sentence for sentence in found if sentence.rstrip().endswith((".", "?", "!"))]
        long = [sentence for sentence in prose if len(words(sentence)) > MAX_WORDS]
        assert not long, (name, long[:3])
        if prose:
            assert sum(len(words(sentence)) for sentence in prose) / len(prose) <= MAX_AVERAGE, name


@pytest.mark.parametrize("word", sorted(JARGON))
def test_every_jargon_word_is_defined_somewhere_in_the_texts(word):
    """A word used in the texts is defined by some text, so a translator sees the definition."""
    form = JARGON[word]
    texts = source_texts()
    if not any(re.search(rf"\b{form}\b", text, re.I) for text in texts):
        pytest.skip(f"{word} is not used in any text")
    assert any(defines(sentence, form) for text in texts for sentence in sentences(text)), word
