"""When does a summary sentence's best article sentence support it across languages?

The cross-lingual score (:meth:`.crosslingual.CrossLingualIndex.scores`) is the weighted share of the
summary sentence's words, names and figures found in an article sentence. A sentence from another
text still finds some of its words in the best of the article's sentences by chance: mostly one
shared word form, function words ("the", "but") and a length that happens to agree, while even a
free rendering of a sentence shares several word forms and some spelling with its source. So the
decision weighs, besides the best score, what it rests on:

* the number of word forms of the summary sentence (the more it has, the more it finds by chance:
  a longer sentence needs more),
* how many of them the best article sentence shares (cognates, lexicon renderings, small numbers),
* the share of its character 4-grams found there (idf-weighted, as in the score),
* how far the two lengths disagree (``|log(length ratio)|``: "The least." is no rendering of a
  sentence twelve times longer that happens to say "moins").

They are combined by a logistic function whose weights (``WEIGHTS``, ``BIAS``) were fitted with
``scripts/fit_support.py`` on WMT newstest2012 French-English, the first half of its 20-line
windows only, drawn as ``scripts/eval_verify.py`` draws them: 30 summaries of 1-3 of each window's
English lines (4,652 sentences, supported) against 1,500 English lines from 200 lines away or more,
alone or after one of those summaries (not supported). The cut on the logit (``CUT``) is the middle
of the range where, on that half, as many summaries are supported and as many foreign sentences
turned away as with the previous rule (a threshold growing with the number of word forms). Checked
on the second half and on FLORES-200 devtest: more foreign sentences are turned away, as many
correct summaries supported. A best score under ``MIN_BEST`` never supports.
"""

from __future__ import annotations

import math

# Logistic weights of the features (see the module docstring), fitted on newstest2012's first half.
WEIGHTS = {"best": 8.34, "log_forms": -3.12, "log_shared": 2.63, "length_gap": -2.04, "chars": 8.13}
# The fitted intercept, and the cut on the logit chosen on the same half.
BIAS = 2.81
CUT = -0.4
# A best score under this never supports: the lengths disagree more than the sentences agree (the fit
# has few sentences of one or two word forms, for which its logit alone would accept almost anything).
MIN_BEST = 0.0


def support_logit(best: float, forms: int, shared: int, length_gap: float, chars: float) -> float:
    """How strongly (log-odds, before the cut) the best article sentence supports a summary sentence.

    Args:
        best: its score as the source of the summary sentence.
        forms: the summary sentence's number of word forms.
        shared: how many of those forms the article sentence has.
        length_gap: ``|log|`` of the ratio of their lengths in characters.
        chars: the idf-weighted share of the summary sentence's character 4-grams it has.
    """
    w = WEIGHTS
    return (
        BIAS
        + w["best"] * best
        + w["log_forms"] * math.log(max(forms, 1))
        + w["log_shared"] * math.log1p(shared)
        + w["length_gap"] * length_gap
        + w["chars"] * chars
    )


def supported(best: float, forms: int, shared: int, length_gap: float, chars: float) -> bool:
    """Whether the best article sentence supports the summary sentence: :func:`support_logit` at least
    ``CUT``, and a best score at least ``MIN_BEST``."""
    return best >= MIN_BEST and support_logit(best, forms, shared, length_gap, chars) >= CUT
