"""The understanding corpus: thousands of generated questions, each with the parse it must get.

tests/corpus.py generates the questions and their expectations from a grammar (never from the
engine). This test measures the pass rate of every (operation, noise, language) bucket and
holds each to a bar: ``BAR`` by default, or the bucket's floor in ``FLOORS`` where the engine
is not there yet. A floor is the rate measured when it was recorded, so the test fails as soon
as a kind of question gets worse; raise a floor (or delete it) when the engine improves —
``pytest tests/test_corpus.py -s`` prints the table and the floors that can be raised.
"""

from __future__ import annotations

import pytest

from .corpus import NOISE_EN, NOISE_ZH, OPERATIONS, build, run, table

BAR = 0.98
MIN_CASES = 10  # every bucket must exist and be big enough for its rate to mean something

# Measured on the engine of main at 0cafc93 and again, unchanged, at ba8432b (passed/cases
# in the comments).
FLOORS: dict[str, float] = {
    "lookup/clean/en": 0.958,  # 115/120
    "lookup/typo-drop/en": 0.591,  # 71/120
    "lookup/typo-swap/en": 0.908,  # 109/120
    "lookup/typo-double/en": 0.9,  # 108/120
    "lookup/typo-vowels/en": 0.308,  # 37/120
    "lookup/chat/en": 0.933,  # 112/120
    "lookup/slang/en": 0.925,  # 111/120
    "lookup/emoji/en": 0.958,  # 115/120
    "lookup/mention/en": 0.933,  # 112/120
    "lookup/case/en": 0.883,  # 106/120
    "lookup/punct/en": 0.891,  # 107/120
    "lookup/mixed/en": 0.766,  # 92/120
    "multi/typo-drop/en": 0.7,  # 42/60
    "multi/typo-double/en": 0.933,  # 56/60
    "multi/typo-vowels/en": 0.483,  # 29/60
    "multi/mixed/en": 0.85,  # 51/60
    "verify/typo-drop/en": 0.8,  # 40/50
    "verify/typo-vowels/en": 0.4,  # 20/50
    "verify/slang/en": 0.84,  # 42/50
    "verify/emoji/en": 0.94,  # 47/50
    "verify/mixed/en": 0.76,  # 38/50
    "compare/clean/en": 0.74,  # 37/50
    "compare/typo-drop/en": 0.48,  # 24/50
    "compare/typo-swap/en": 0.84,  # 42/50
    "compare/typo-double/en": 0.7,  # 35/50
    "compare/typo-vowels/en": 0.26,  # 13/50
    "compare/chat/en": 0.72,  # 36/50
    "compare/slang/en": 0.7,  # 35/50
    "compare/emoji/en": 0.88,  # 44/50
    "compare/mention/en": 0.78,  # 39/50
    "compare/case/en": 0.8,  # 40/50
    "compare/punct/en": 0.72,  # 36/50
    "compare/mixed/en": 0.64,  # 32/50
    "difference/clean/en": 0.88,  # 44/50
    "difference/typo-drop/en": 0.78,  # 39/50
    "difference/typo-swap/en": 0.76,  # 38/50
    "difference/typo-double/en": 0.92,  # 46/50
    "difference/typo-vowels/en": 0.46,  # 23/50
    "difference/chat/en": 0.86,  # 43/50
    "difference/slang/en": 0.92,  # 46/50
    "difference/emoji/en": 0.92,  # 46/50
    "difference/mention/en": 0.82,  # 41/50
    "difference/case/en": 0.88,  # 44/50
    "difference/punct/en": 0.86,  # 43/50
    "difference/mixed/en": 0.82,  # 41/50
    "superlative/clean/en": 0.722,  # 13/18
    "superlative/typo-drop/en": 0.6,  # 30/50
    "superlative/typo-swap/en": 0.64,  # 32/50
    "superlative/typo-double/en": 0.8,  # 40/50
    "superlative/typo-vowels/en": 0.3,  # 15/50
    "superlative/chat/en": 0.5,  # 25/50
    "superlative/slang/en": 0.78,  # 39/50
    "superlative/emoji/en": 0.58,  # 29/50
    "superlative/mention/en": 0.62,  # 31/50
    "superlative/case/en": 0.72,  # 36/50
    "superlative/punct/en": 0.68,  # 34/50
    "superlative/mixed/en": 0.64,  # 32/50
    "filter/clean/en": 0.7,  # 35/50
    "filter/typo-drop/en": 0.68,  # 34/50
    "filter/typo-swap/en": 0.78,  # 39/50
    "filter/typo-double/en": 0.72,  # 36/50
    "filter/typo-vowels/en": 0.34,  # 17/50
    "filter/chat/en": 0.58,  # 29/50
    "filter/slang/en": 0.78,  # 39/50
    "filter/emoji/en": 0.72,  # 36/50
    "filter/mention/en": 0.8,  # 40/50
    "filter/case/en": 0.78,  # 39/50
    "filter/punct/en": 0.78,  # 39/50
    "filter/mixed/en": 0.76,  # 38/50
    "lookup/traditional/zh": 0.885,  # 62/70
    "lookup/slang/zh": 0.728,  # 51/70
    "lookup/mixed/zh": 0.871,  # 61/70
    "multi/clean/zh": 0.675,  # 27/40
    "multi/traditional/zh": 0.55,  # 22/40
    "multi/slang/zh": 0.475,  # 19/40
    "multi/emoji/zh": 0.625,  # 25/40
    "multi/mention/zh": 0.425,  # 17/40
    "multi/punct/zh": 0.6,  # 24/40
    "multi/mixed/zh": 0.45,  # 18/40
    "verify/clean/zh": 0.7,  # 28/40
    "verify/traditional/zh": 0.65,  # 26/40
    "verify/slang/zh": 0.7,  # 28/40
    "verify/emoji/zh": 0.8,  # 32/40
    "verify/mention/zh": 0.675,  # 27/40
    "verify/punct/zh": 0.775,  # 31/40
    "verify/mixed/zh": 0.725,  # 29/40
    "compare/clean/zh": 0.775,  # 31/40
    "compare/traditional/zh": 0.45,  # 18/40
    "compare/slang/zh": 0.65,  # 26/40
    "compare/emoji/zh": 0.7,  # 28/40
    "compare/mention/zh": 0.725,  # 29/40
    "compare/punct/zh": 0.65,  # 26/40
    "compare/mixed/zh": 0.675,  # 27/40
    "difference/clean/zh": 0.425,  # 17/40
    "difference/traditional/zh": 0.375,  # 15/40
    "difference/slang/zh": 0.375,  # 15/40
    "difference/emoji/zh": 0.275,  # 11/40
    "difference/mention/zh": 0.625,  # 25/40
    "difference/punct/zh": 0.425,  # 17/40
    "difference/mixed/zh": 0.35,  # 14/40
    "superlative/clean/zh": 0.916,  # 11/12
    "superlative/traditional/zh": 0.583,  # 7/12
    "superlative/slang/zh": 0.65,  # 26/40
    "superlative/emoji/zh": 0.925,  # 37/40
    "superlative/mention/zh": 0.925,  # 37/40
    "superlative/punct/zh": 0.85,  # 34/40
    "superlative/mixed/zh": 0.75,  # 30/40
    "filter/clean/zh": 0.525,  # 21/40
    "filter/traditional/zh": 0.5,  # 20/40
    "filter/slang/zh": 0.4,  # 16/40
    "filter/emoji/zh": 0.475,  # 19/40
    "filter/mention/zh": 0.55,  # 22/40
    "filter/punct/zh": 0.7,  # 28/40
    "filter/mixed/zh": 0.625,  # 25/40
}


def test_corpus_pass_rate_per_bucket(engine):
    cases = build()
    assert len(cases) >= 5000
    buckets = run(engine, cases)
    print(table(buckets))

    names = {"/".join(key): b for key, b in buckets.items()}
    expected = {
        f"{op}/{noise}/{lang}"
        for lang, kinds in (("en", NOISE_EN), ("zh", NOISE_ZH))
        for op in OPERATIONS
        for noise in kinds
    }
    assert set(names) == expected
    assert not set(FLOORS) - expected, "a floor names no bucket"
    small = {name: b.cases for name, b in names.items() if b.cases < MIN_CASES}
    assert not small, small

    raisable = [
        f"{name}: floor {FLOORS[name]:.3f}, now {b.rate:.3f}"
        for name, b in sorted(names.items())
        if name in FLOORS and b.rate > FLOORS[name] + 0.001
    ]
    if raisable:
        print("\nFloors that can be raised:\n" + "\n".join(raisable))

    below = []
    for name, b in sorted(names.items()):
        bar = FLOORS.get(name, BAR)
        if b.rate < bar - 1e-9:
            examples = "\n".join(f"    {q!r}: {'; '.join(w)}" for q, w in b.failures[:10])
            below.append(f"{name}: {b.rate:.1%} < {bar:.1%} ({b.passed}/{b.cases})\n{examples}")
    if below:
        pytest.fail("buckets below their bar:\n" + "\n".join(below), pytrace=False)
