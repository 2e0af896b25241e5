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

# Measured on the engine of main after the understanding work (issue 9) (passed/cases
# in the comments).
FLOORS: dict[str, float] = {
    "lookup/typo-drop/en": 0.883,  # 106/120
    "lookup/typo-swap/en": 0.958,  # 115/120
    "lookup/typo-vowels/en": 0.941,  # 113/120
    "multi/typo-drop/en": 0.933,  # 56/60
    "verify/typo-drop/en": 0.960,  # 48/50
    "verify/mixed/en": 0.960,  # 48/50
    "compare/typo-drop/en": 0.800,  # 40/50
    "compare/typo-vowels/en": 0.960,  # 48/50
    "compare/mixed/en": 0.960,  # 48/50
    "difference/typo-vowels/en": 0.960,  # 48/50
    "difference/mention/en": 0.940,  # 47/50
    "superlative/typo-drop/en": 0.940,  # 47/50
    "filter/typo-drop/en": 0.940,  # 47/50
    "filter/typo-double/en": 0.940,  # 47/50
    "filter/mixed/en": 0.960,  # 48/50
    "verify/clean/zh": 0.950,  # 38/40
    "verify/traditional/zh": 0.925,  # 37/40
    "verify/emoji/zh": 0.950,  # 38/40
    "verify/mention/zh": 0.975,  # 39/40
    "verify/punct/zh": 0.975,  # 39/40
    "compare/slang/zh": 0.950,  # 38/40
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
