"""Regenerate ``zh_variants`` in knowledge/vocabulary.yaml from OpenCC's character table.

    python -m tests.tools.zh_variants path/to/TSCharacters.txt

TSCharacters.txt is OpenCC's traditional -> simplified character table (Apache-2.0; it ships
in the ``opencc-python-reimplemented`` wheel under ``opencc/dictionary/``). Only one-to-one
mappings of a BMP character to a different one are kept; entries already in the file (the
hand-made ones, like 週 -> 周) win. The bot reads this table as data: no OpenCC at run time.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

VOCAB = Path(__file__).resolve().parents[2] / "knowledge" / "vocabulary.yaml"
_BLOCK = re.compile(r"^zh_variants: \{.*?\}\n", re.S | re.M)
_PAIR = re.compile(r"(\S): (\S)")


def table(opencc: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in opencc.read_text(encoding="utf-8").splitlines():
        trad, _, simp = line.partition("\t")
        first = simp.split(" ")[0]
        if len(trad) == 1 == len(first) and trad != first and ord(trad) < 0x10000:
            out[trad] = first
    return out


def main(argv: list[str]) -> int:
    text = VOCAB.read_text(encoding="utf-8")
    block = _BLOCK.search(text)
    if block is None:
        print("no zh_variants block found", file=sys.stderr)
        return 1
    merged = table(Path(argv[0]))
    merged.update(dict(_PAIR.findall(block[0][len("zh_variants: ") :])))
    pairs = [f"{k}: {v}" for k, v in sorted(merged.items())]
    lines, line = [], "zh_variants: {"
    for pair in pairs:
        if len(line) + len(pair) + 2 > 98:
            lines.append(line.rstrip())
            line = "  "
        line += pair + ", "
    lines.append(line.rstrip(", ") + "}")
    VOCAB.write_text(text[: block.start()] + "\n".join(lines) + "\n" + text[block.end() :])
    print(f"zh_variants: {len(merged)} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
