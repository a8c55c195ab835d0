"""One English sentence that renders two neighbouring article sentences (a translator made one sentence of two),
for the cross-lingual evidence of ``summarizer verify`` (:class:`.crosslingual.CrossLingualIndex`).

"Huit agents supplémentaires seront recrutés pour assurer ces horaires. Le coût est estimé à 300 000 euros par
an." becomes "Eight extra staff will be hired to cover the new hours, at an estimated cost of €300,000 a year.":
against either sentence alone, the English one is too long and shares too little. It is supported by both when
the two joined support it and it parts at a comma, semicolon or "and" into a clause one of them supports alone
and one that shares word forms with the other; a sentence that mixes words of two neighbours with no such clause
("The engineers of the city council estimate that the closure of the old road will cost ...") stays unsupported.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from summarizer.stages.calibration import supported

# Where such a sentence parts, and the fewest words of each part.
CLAUSE_CUT = re.compile(r"\s*[,;]\s+|\s+and\s+")
MIN_CLAUSE_WORDS = 3
# The word forms a sentence must share with the neighbour it also renders (as ``crosslingual.MIN_NEW_FORMS``).
MIN_NEW_FORMS = 2
_WORD = re.compile(r"[^\W\d_]+")


def merged_evidence(
    index: Any, sentence: str, ranked: Sequence[tuple[int, float]]
) -> tuple[list[tuple[int, float]], bool] | None:
    """The evidence of an unsupported ``sentence`` (its candidates ``ranked``, best first, in a
    :class:`.crosslingual.CrossLingualIndex` ``index``) that renders its best
    article sentence and a neighbour of it in one: the neighbour shares ``MIN_NEW_FORMS`` word forms with it that
    the best one does not, the two sentences joined support it (:func:`.calibration.supported`, scored as one
    sentence) and :func:`clauses_render`; else None."""
    first = ranked[0][0]
    score = dict(ranked)
    mine = index.shared_forms(sentence, first)
    for other in sorted((first - 1, first + 1), key=lambda i: -score.get(i, -1.0)):
        if other not in score or len(index.shared_forms(sentence, other) - mine) < MIN_NEW_FORMS:
            continue
        a, b = index.features[min(first, other)], index.features[max(first, other)]
        joined = dataclasses.replace(
            a,
            grams=a.grams | b.grams,
            forms=a.forms | b.forms,
            function=a.function | b.function,
            numbers=a.numbers | b.numbers,
            length=a.length + b.length,
        )
        if supported(**index.decision(sentence, ranked, joined)) and clauses_render(index, sentence, first, other):
            return [(first, score[first]), (other, score[other])], True
    return None


def clauses_render(index: Any, sentence: str, i: int, j: int) -> bool:
    """Whether ``sentence`` parts at a comma, semicolon or "and" into two clauses, one supported by article
    sentence ``i`` or ``j`` alone, the other sharing ``MIN_NEW_FORMS`` word forms with the other one."""
    for cut in CLAUSE_CUT.finditer(sentence):
        left, right = sentence[: cut.start()], sentence[cut.end() :]
        if min(len(_WORD.findall(left)), len(_WORD.findall(right))) < MIN_CLAUSE_WORDS:
            continue
        for x, y in ((i, j), (j, i)):
            for said, rest in ((left, right), (right, left)):
                if len(index.shared_forms(rest, y)) >= MIN_NEW_FORMS and _supports(index, said, x):
                    return True
    return False


def _supports(index: Any, text: str, k: int) -> bool:
    """Whether article sentence ``k`` alone supports ``text`` (:func:`.calibration.supported`)."""
    return supported(**index.decision(text, [(k, index.scores(text)[k])]))
