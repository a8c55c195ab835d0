"""The stage functions on a fake backend: translation reassembly, map-reduce rounds, error isolation."""

from __future__ import annotations

from support import FakeBackend

from summarizer.backends import ModelSpec
from summarizer.errors import GenerationError, SummarizerError
from summarizer.stages import run_isolated
from summarizer.stages.summarize import MAX_REDUCE_ROUNDS, extractive_summary, map_reduce
from summarizer.stages.translate import translate_documents, translate_texts
from summarizer.text.sentences import split_paragraph_sentences

SENTENCES = [f"Phrase numéro {i} du texte avec quelques mots de plus." for i in range(30)]


def _backend(role: str, window: int = 60, fail_on: str | None = None) -> FakeBackend:
    return FakeBackend(ModelSpec(model=f"fake-{role}", role=role), window, fail_on)


def test_translation_pools_unique_sentences_and_copies_figures():
    backend = _backend("translation")
    out = translate_texts(backend, ["Bonjour.", "12,5 %", "Bonjour.", "Au revoir."])
    assert out == ["BONJOUR.", "12,5 %", "BONJOUR.", "AU REVOIR."]
    assert backend.calls == [["Bonjour.", "Au revoir."]]  # one call, each unique sentence once


def test_over_long_sentence_is_split_to_fit_the_window_and_rejoined():
    backend = _backend("translation", window=8)
    sentence = " ".join(f"mot{i}" for i in range(20))
    assert translate_texts(backend, [sentence]) == [sentence.upper()]
    assert all(len(piece.split()) + 1 <= 8 for piece in backend.calls[0])


def test_documents_get_their_own_paragraphs_back():
    docs = [["Un. Deux.", "Trois."], ["Quatre.", "Cinq. Six."]]
    sentences = [split_paragraph_sentences(paragraphs, "fr") for paragraphs in docs]
    out = translate_documents(_backend("translation"), sentences)
    assert out == [["UN. DEUX.", "TROIS."], ["QUATRE.", "CINQ. SIX."]]


def test_short_documents_are_summarized_in_one_call():
    backend = _backend("summarization", window=200)
    summaries = map_reduce(backend, [SENTENCES[:3], SENTENCES[3:5]], ["fr", "fr"], length="short")
    assert [s.chunks for s in summaries] == [1, 1] and all(not s.warnings for s in summaries)
    assert len(backend.calls) == 1 and len(backend.calls[0]) == 2
    assert summaries[0].text == " ".join(" ".join(SENTENCES[:3]).split()[:64])


def test_long_document_goes_through_map_reduce_rounds_within_the_window():
    backend = _backend("summarization", window=40)
    [summary] = map_reduce(backend, [SENTENCES], ["fr"], length="medium", model="my-model")
    assert summary.chunks > 1
    assert summary.notes[-1].endswith(
        f"input of my-model: summarized in {summary.chunks} chunks and combined (map-reduce)"
    )
    assert 2 <= len(backend.calls) <= MAX_REDUCE_ROUNDS + 2
    assert all(len(text.split()) + 1 <= 40 for text in backend.calls[0])


def test_extractive_summary_keeps_whole_sentences():
    summary, picked, scorer = extractive_summary(SENTENCES, "short", "fr")
    assert scorer == "ranker" and summary.text == " ".join(SENTENCES[i] for i in picked)
    assert summary.text and all(part.strip() + "." in SENTENCES for part in summary.text.split(".") if part.strip())


def test_run_isolated_retries_one_by_one_and_wraps_model_errors():
    failures: dict[str, str] = {}
    done: list[str] = []

    def work(items: list[str]) -> None:
        if "bad" in items:
            raise RuntimeError("boom\nmore")
        done.extend(items)

    errors: list[SummarizerError] = []

    def fail(item: str, exc: SummarizerError) -> None:
        failures[item] = str(exc)
        errors.append(exc)

    run_isolated(["a", "bad", "c"], work, fail)
    assert done == ["a", "c"] and failures == {"bad": "the model failed while generating (RuntimeError: boom)"}
    assert isinstance(errors[0], GenerationError)


def test_run_isolated_passes_summarizer_errors_through():
    seen: list[SummarizerError] = []
    error = SummarizerError("no route")

    def work(items: list[int]) -> None:
        raise error

    run_isolated([1], work, lambda item, exc: seen.append(exc))
    assert seen == [error]
