"""Does spaCy earn its keep beside the rules? Rules alone against rules + a spaCy pipeline.

    .venv/bin/python bench/press_spacy.py [--model en_core_web_sm] [--template]
    .venv/bin/python bench/press_spacy.py --language ja --model ja_ginza [--template]

spaCy is not a dependency of hogo; install it (and a pipeline) in a separate
environment and put it on the path for this comparison only. Where spaCy is
used, for text in the chosen language only:

- sentences: spaCy's parser splits the text instead of the punctuation rule;
- a parent's clause: the subtree of a relative clause whose subject is "whose
  mother/father", or of a possessed parent with an apposition ("his mother, a
  Japanese woman from …"), from the dependency parse instead of the pattern;
  (English only: Japanese keeps the rule);
- names: PERSON entities (GiNZA: Person) are added to the names the rules find.

Everything else (roles of places, ages, time, custody, scoring) is the same, so
any change in precision or recall comes from those three readings. Prints load
time, peak memory and per-article parse time, and precision / recall per set.
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import django

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hogo.settings")
os.environ.setdefault("HOGO_DEBUG", "1")
django.setup()

from bench import monitor_independent  # noqa: E402
from hogo.monitor import extract  # noqa: E402

LANGUAGE = "en"
PARENTS = {"mother", "father", "parents", "parent"}
POSSESSIVES = {"whose", "his", "her", "their"}


def _rates(counts: dict[str, Counter[str]], key: str) -> str:
    precision, recall = monitor_independent.rates(counts.get(key, Counter()))
    return f"{precision:.2f} / {recall:.2f}"


def use_spacy(nlp: Any) -> None:
    rule_split = extract.split_sentences
    rule_spans = extract._parent_spans
    rule_names = extract._names

    @functools.lru_cache(maxsize=4096)
    def parse(text: str) -> Any:
        return nlp(text)

    def english(text: str) -> bool:
        return extract.detect_language(text) == LANGUAGE

    def split(text: str) -> list[str]:
        if not english(text):
            return rule_split(text)
        return [s.text.strip() for s in parse(text).sents if s.text.strip()]

    def spans(sentence: str) -> list[tuple[int, int]]:
        if not english(sentence) or LANGUAGE != "en":
            return rule_spans(sentence)
        found = []
        for token in parse(sentence):
            if token.lower_ not in PARENTS:
                continue
            if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in token.children):
                continue
            head = token.head
            if token.dep_.startswith("nsubj") and head.dep_ == "relcl":
                start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
            elif any(c.dep_ == "appos" for c in token.children):
                start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
            else:
                continue
            found.append((start, end))
        return found

    def names(sentence: str) -> list[str]:
        found = rule_names(sentence)
        if english(sentence):
            for entity in parse(sentence).ents:
                words = entity.text.split()
                person = entity.label_ in ("PERSON", "Person")
                # Latin names are two or three words; a Japanese name is one run.
                fits = LANGUAGE == "ja" or 2 <= len(words) <= 3
                if person and fits and entity.text not in found:
                    found.append(entity.text)
        return found

    extract.split_sentences = split  # type: ignore[assignment]
    extract._parent_spans = spans  # type: ignore[assignment]
    extract._names = names  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="en_core_web_sm")
    parser.add_argument("--language", choices=["en", "ja"], default="en")
    parser.add_argument("--template", action="store_true", help="also the template set (slow)")
    options = parser.parse_args()
    global LANGUAGE
    LANGUAGE = options.language
    sets = sorted(monitor_independent.SETS)
    rules = {s: monitor_independent.evaluate(which=s) for s in sets}
    template_rules = None
    if options.template:
        from bench import monitor_precision

        plan = monitor_precision.generator.build_plan(
            seed=monitor_precision.generator.DEFAULT_SEED,
            count=monitor_precision.generator.DEFAULT_COUNT,
            today=monitor_precision.TODAY,
        )
        articles = monitor_precision.labelled_set(
            plan, seed=monitor_precision.generator.DEFAULT_SEED, sample=60
        )
        template_rules = monitor_precision.evaluate(plan, articles)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    import spacy

    nlp = spacy.load(options.model)
    loaded = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    english = [
        a.text for s in sets for a in monitor_independent.SETS[s].ARTICLES if a.language == LANGUAGE
    ]
    started = time.perf_counter()
    for text in english:
        nlp(text)
    per_article = (time.perf_counter() - started) / len(english)
    use_spacy(nlp)
    print(
        f"{options.model} {nlp.meta.get('version')}: load {loaded:.2f} s, "
        f"peak RSS {before / 1024:.0f} → {peak / 1024:.0f} MB, {per_article * 1000:.0f} ms "
        f"per article ({len(english)} articles in {LANGUAGE})\n"
    )
    lang = LANGUAGE
    print(f"| set | {lang}: rules (precision / recall) | {lang}: rules + spaCy |")
    print("|---|---|---|")
    for s in sets:
        with_spacy = monitor_independent.evaluate(which=s)
        print(f"| {s.upper()} | {_rates(rules[s], lang)} | {_rates(with_spacy, lang)} |")
    if options.template and template_rules is not None:
        with_spacy = monitor_precision.evaluate(plan, articles)
        print(f"| template | {_rates(template_rules, lang)} | {_rates(with_spacy, lang)} |")


if __name__ == "__main__":
    main()
