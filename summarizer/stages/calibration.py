"""When does a summary sentence's best article sentence support it across languages?

The cross-lingual score (:meth:`.crosslingual.CrossLingualIndex.scores`) is the weighted share of the
summary sentence's words, names and figures found in an article sentence. A sentence from another
text still finds some of its words in the best of the article's sentences by chance, and the more
words it has, the more of them it finds there, while a short, free rendering shares few words with
its source. So the score a sentence needs grows with its number of word forms: ``SUPPORTED_FROM``
for a sentence of ``REFERENCE_FORMS`` forms, ``SIZE_SLOPE`` more (or less) for each factor e of
forms more (or fewer), and never under ``MIN_SUPPORTED``; a score under ``MARGIN_BELOW`` must
also beat the second best article sentence by ``MARGIN`` (two sentences found alike by a few
shared words are chance). On WMT newstest2012 (its first half chosen on, the second half and
FLORES-200 checked with ``scripts/eval_verify.py``) this supports more correct sentences, and fewer
sentences from other articles, than one fixed threshold did.
"""

from __future__ import annotations

import math

# The score a summary sentence of REFERENCE_FORMS word forms needs to be supported...
SUPPORTED_FROM = 0.19
REFERENCE_FORMS = 10
# ... plus this for each factor e of forms more (less for fewer), and never less than MIN_SUPPORTED.
SIZE_SLOPE = 0.12
MIN_SUPPORTED = 0.03
# A best score under MARGIN_BELOW must beat the second best by MARGIN.
MARGIN_BELOW = 0.17
MARGIN = 0.03


def needed_score(forms: int) -> float:
    """The best score a summary sentence with ``forms`` word forms needs to be supported."""
    return max(MIN_SUPPORTED, SUPPORTED_FROM + SIZE_SLOPE * math.log(max(forms, 1) / REFERENCE_FORMS))


def supported(best: float, second: float, forms: int) -> bool:
    """Whether a summary sentence with ``forms`` word forms is supported when its best article sentence
    scores ``best`` and the next one ``second`` (:func:`needed_score`, ``MARGIN``)."""
    return best >= needed_score(forms) and (best >= MARGIN_BELOW or best - second >= MARGIN)
