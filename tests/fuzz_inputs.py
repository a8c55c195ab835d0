"""Seeded mutations of the shipped articles, for the fuzz tests (tests/test_fuzz.py).

Each mutation mimics something scrapers and users really hand over: flipped bytes, cut-off text,
sentences glued together, one huge sentence, control characters, mixed scripts, encodings.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

_SCRIPTS = ["Москва объявила", "北京宣布", "القاهرة أعلنت", "Αθήνα ανακοίνωσε", "東京で発表", "🙂🚀", "ℌ𝔢𝔩𝔩𝔬"]
_CONTROLS = ["\x01", "\x07", "\x0b", "\x1b[31m", "\u200b", "\u202e", "\ufeff", "\r", "\x7f", "\u2028"]


def articles() -> list[str]:
    """The shipped French articles (OrangeSum sample and the reference article)."""
    lines = (DATA / "orangesum_sample.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["article"] for line in lines]
    return [*texts, (DATA / "mistral_softbank_fr.txt").read_text(encoding="utf-8")]


def _byte_flips(rng: random.Random, text: str) -> bytes:
    data = bytearray(text.encode("utf-8"))
    for _ in range(rng.randint(1, 12)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def _truncate(rng: random.Random, text: str) -> str:
    return text[: rng.randint(0, len(text))]


def _glue(rng: random.Random, text: str) -> str:
    return text.replace(". ", ".").replace("\n\n", " ") if rng.random() < 0.5 else text.replace(" ", "")


def _huge_sentence(rng: random.Random, text: str) -> str:
    words = text.replace(".", ",").split()
    size = rng.choice([300, 600, 1200])
    return " ".join(rng.choice(words) for _ in range(size)) + "."


def _controls(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 30)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(_CONTROLS))
    return "".join(chars)


def _mixed_scripts(rng: random.Random, text: str) -> str:
    parts = text.split(". ")
    for _ in range(rng.randint(1, 6)):
        parts.insert(rng.randrange(len(parts) + 1), rng.choice(_SCRIPTS))
    return ". ".join(parts)


def _encoding(rng: random.Random, text: str) -> bytes:
    return text.encode(rng.choice(["utf-16", "utf-32", "cp1252", "latin-1", "utf-8-sig"]), errors="replace")


def _nothing_left(rng: random.Random, text: str) -> str:
    return rng.choice(["", "   \n\t ", "12 345 678", "....", "\x00\x00abc", "<html><body></body></html>", "a"])


def _repeat(rng: random.Random, text: str) -> str:
    sentence = rng.choice(text.split(". ")) + ". "
    return sentence * rng.randint(20, 80)


MUTATIONS = {
    "byte_flips": _byte_flips,
    "truncate": _truncate,
    "glue": _glue,
    "huge_sentence": _huge_sentence,
    "controls": _controls,
    "mixed_scripts": _mixed_scripts,
    "encoding": _encoding,
    "nothing_left": _nothing_left,
    "repeat": _repeat,
}


def mutated_inputs(n: int, seed: int = 20261130) -> list[tuple[str, str | bytes]]:
    """``n`` (mutation name, input) pairs; bytes for the mutations that produce raw bytes."""
    rng = random.Random(seed)
    sources = articles()
    names = sorted(MUTATIONS)
    out = []
    for _ in range(n):
        name = rng.choice(names)
        text = rng.choice(sources)
        # Combine two mutations now and then.
        value = MUTATIONS[name](rng, text)
        if isinstance(value, str) and rng.random() < 0.2:
            second = rng.choice(["controls", "mixed_scripts", "truncate", "glue"])
            value = MUTATIONS[second](rng, value) if value else value
            name = f"{name}+{second}"
        out.append((name, value))
    return out
