"""The guard: checks an output (summary, translation) against its source article.

Two parts, one verdict: figures (:mod:`.figures` extraction with the word tables of
:mod:`.lexicon` and the parsers of :mod:`.numbers`, judged in :mod:`.check`) and names
(:mod:`.entities`, with the exonym and acronym data of :mod:`.names`). Both return
:class:`~summarizer.guard.flags.Flag` objects; :func:`~summarizer.guard.run.check_result` runs both
on a pipeline result. The public faces are :mod:`summarizer.facts` and :mod:`summarizer.entities`.
"""
