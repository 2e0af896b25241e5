"""Regenerate ``zh_traditional``/``zh_simplified`` (reading) and ``zh_out_simplified``/
``zh_out_traditional`` (answering in traditional script) in knowledge/vocabulary.yaml from OpenCC.

    python -m tests.tools.zh_variants path/to/TSCharacters.txt [path/to/STCharacters.txt]

STCharacters.txt is OpenCC's simplified -> traditional table; each character's first
candidate (OpenCC's preferred form) is kept.

TSCharacters.txt is OpenCC's traditional -> simplified character table (Apache-2.0; it ships
in the ``opencc-python-reimplemented`` wheel under ``opencc/dictionary/``). One-to-one
mappings of a BMP character to a different one are kept, as two aligned strings (they parse
far faster than a 3,700-entry mapping); the hand-made ``zh_variants`` entries win over them.
The bot reads the table as data: no OpenCC at run time.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

VOCAB = Path(__file__).resolve().parents[2] / "knowledge" / "vocabulary.yaml"
_LINES = re.compile(
    r"^zh_traditional: .*\nzh_simplified: .*\n(zh_out_simplified: .*\nzh_out_traditional: .*\n)?",
    re.M,
)


def table(opencc: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in opencc.read_text(encoding="utf-8").splitlines():
        trad, _, simp = line.partition("\t")
        first = simp.split(" ")[0]
        if len(trad) == 1 == len(first) and trad != first and max(ord(trad), ord(first)) < 0x10000:
            out[trad] = first
    return out


def out_table(opencc: Path) -> dict[str, str]:
    """Simplified -> traditional for answers: OpenCC's preferred form, in the variant Taiwan
    writes (TWVariants.txt beside it: 峯 is written 峰, 裏 is 裡)."""
    variants: dict[str, str] = {}
    tw = opencc.parent / "TWVariants.txt"
    for line in tw.read_text(encoding="utf-8").splitlines():
        std, _, local = line.partition("\t")
        variants[std] = local.split(" ")[0]
    out: dict[str, str] = {}
    for line in opencc.read_text(encoding="utf-8").splitlines():
        simp, _, trad = line.partition("\t")
        first = trad.split(" ")[0]
        first = variants.get(first, first)
        if len(simp) == 1 == len(first) and simp != first and max(ord(simp), ord(first)) < 0x10000:
            out[simp] = first
    return out


def main(argv: list[str]) -> int:
    pairs = sorted(table(Path(argv[0])).items())
    trad = "".join(k for k, _ in pairs)
    simp = "".join(v for _, v in pairs)
    block = (
        f"zh_traditional: {json.dumps(trad, ensure_ascii=False)}\n"
        f"zh_simplified: {json.dumps(simp, ensure_ascii=False)}\n"
    )
    if len(argv) > 1:
        out = sorted(out_table(Path(argv[1])).items())
        block += (
            f"zh_out_simplified: {json.dumps(''.join(k for k, _ in out), ensure_ascii=False)}\n"
            f"zh_out_traditional: {json.dumps(''.join(v for _, v in out), ensure_ascii=False)}\n"
        )
    text = VOCAB.read_text(encoding="utf-8")
    if _LINES.search(text):
        text = _LINES.sub(lambda _m: block, text, count=1)
    else:
        text = text.replace("zh_variants: {", block + "zh_variants: {", 1)
    VOCAB.write_text(text, encoding="utf-8")
    print(f"zh_traditional: {len(pairs)} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
