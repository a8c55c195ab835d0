"""Evaluation: how good the summaries and translations are, measured the same way every time.

- :mod:`~summarizer.evaluation.words`: the word tokenizer shared with the sentence ranker.
- :mod:`~summarizer.evaluation.data`: reading JSON Lines records and line-aligned files.
- :mod:`~summarizer.evaluation.summarization`: ROUGE, Lead-k baselines, ``evaluate summarization``.
- :mod:`~summarizer.evaluation.compare`: other reference systems and paired-bootstrap intervals.
- :mod:`~summarizer.evaluation.translation`: BLEU and chrF, ``evaluate translation``.

Nothing is imported here, so the ranker can use the tokenizer without loading the suites.
"""
