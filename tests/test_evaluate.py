"""`summarizer evaluate summarization|translation` as a user runs them, and the scoring helpers."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sacrebleu

from summarizer.cli import main
from summarizer.evaluate import WordTokenizer, lead, rouge
from summarizer.text.clean import clean_article
from summarizer.text.sentences import split_paragraph_sentences

DATA = Path(__file__).resolve().parent / "data"
SAMPLE = DATA / "orangesum_sample.jsonl"
EXTRACTIVE_FR = ["--strategy", "extractive", "--target-language", "fr"]


def run_cli(args: list) -> tuple[int, str]:
    """Run the CLI in-process; returns (status, stdout)."""
    out = io.StringIO()
    status = main([str(a) for a in args], stdin=io.StringIO(""), stdout=out)
    return status, out.getvalue()


def sample_ids() -> list[str]:
    return [json.loads(line)["id"] for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]


# ---------------------------------------------------------------------- summarization
@pytest.fixture(scope="module")
def text_report() -> tuple[int, str]:
    return run_cli(["evaluate", "summarization", "--data", SAMPLE, *EXTRACTIVE_FR])


def test_summarization_prints_rouge_and_published_figures(text_report):
    status, out = text_report
    assert status == 0
    assert "ROUGE on 10 record(s)" in out
    assert "strategy extractive" in out and "summaries in 'fr'" in out
    assert "lower-cased Unicode \\w+ tokens, no stemming" in out
    assert "R-1" in out and "R-2" in out and "R-L" in out
    assert "this run (extractive)" in out
    assert "Lead-1 (same records" in out and "Lead-2 (same records" in out
    assert "this run vs Lead-2:" in out
    # Published figures come from models/presets.toml; no figure "measured earlier" is printed.
    assert "published figures (models/presets.toml" in out
    assert "moussaKam/barthez-orangesum-abstract: OrangeSum abstract test ROUGE-1 31.44" in out
    assert "measured earlier" not in out and "27.93" not in out
    assert "failed: 0 record(s)" in out


def test_summarization_json_fields_and_predictions_file(tmp_path):
    predictions = tmp_path / "predictions.jsonl"
    status, out = run_cli(
        [
            "evaluate",
            "summarization",
            "--data",
            SAMPLE,
            *EXTRACTIVE_FR,
            "--format",
            "json",
            "--predictions",
            predictions,
        ]
    )
    assert status == 0
    report = json.loads(out)
    assert report["task"] == "summarization"
    assert report["records"] == 10 and report["failed"] == []
    assert report["metric"]["tokenizer"] == "lower-cased Unicode \\w+ tokens, no stemming"
    assert report["metric"]["stemming"] is False
    for scores in (report["scores"], report["baselines"]["Lead-1"], report["baselines"]["Lead-2"]):
        assert set(scores) == {"rouge1", "rouge2", "rougeL"}
        assert all(0 < v < 100 for v in scores.values())
    # Reference figures come from the presets file only; nothing "measured earlier" is printed.
    barthez = [p for p in report["published"] if p["model"] == "moussaKam/barthez-orangesum-abstract"]
    assert barthez and "31.44" in barthez[0]["published"]
    assert "measured_here" not in report
    assert report["settings"]["strategy"] == "extractive" and report["settings"]["target_language"] == "fr"
    assert report["settings"]["models"] == {"summarization": "extractive", "ranker": "ranker"}
    lines = predictions.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 10
    rows = [json.loads(line) for line in lines]
    assert [r["id"] for r in rows] == sample_ids()
    articles = [json.loads(line)["article"] for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    for row, article in zip(rows, articles, strict=True):
        assert set(row) == {"id", "summary"}
        sentences = [s.text for s in split_paragraph_sentences(clean_article(article).paragraphs, "fr")]
        assert row["summary"] and all(s.text in sentences for s in split_paragraph_sentences([row["summary"]], "fr")), (
            "extractive summaries are made of whole article sentences"
        )


def test_text_and_json_reports_agree(text_report, tmp_path):
    _, out = run_cli(["evaluate", "summarization", "--data", SAMPLE, *EXTRACTIVE_FR, "--format", "json"])
    scores = json.loads(out)["scores"]
    row = next(line for line in text_report[1].splitlines() if line.startswith("this run"))
    assert row.split()[-3:] == [f"{scores[k]:.2f}" for k in ("rouge1", "rouge2", "rougeL")]


def test_limit_scores_the_first_records(tmp_path):
    predictions = tmp_path / "p.jsonl"
    status, out = run_cli(
        ["evaluate", "summarization", "--data", SAMPLE, *EXTRACTIVE_FR, "--limit", "3", "--predictions", predictions]
    )
    assert status == 0 and "ROUGE on 3 record(s)" in out
    assert [json.loads(x)["id"] for x in predictions.read_text(encoding="utf-8").splitlines()] == sample_ids()[:3]


def test_missing_field_is_a_clear_error(tmp_path, capsys):
    records = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()[:3]]
    del records[1]["abstract"]
    data = tmp_path / "broken.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    status, out = run_cli(["evaluate", "summarization", "--data", data, *EXTRACTIVE_FR])
    err = capsys.readouterr().err
    assert status in (1, 2) and out == ""
    assert "line 2" in err and "missing field 'abstract'" in err and str(data) in err


def test_invalid_json_and_missing_file_are_clear_errors(tmp_path, capsys):
    data = tmp_path / "bad.jsonl"
    data.write_text('{"article": "a", "abstract": "b"}\n{not json\n', encoding="utf-8")
    status, _ = run_cli(["evaluate", "summarization", "--data", data, *EXTRACTIVE_FR])
    assert status == 1 and "line 2: not valid JSON" in capsys.readouterr().err
    status, _ = run_cli(["evaluate", "summarization", "--data", tmp_path / "nope.jsonl", *EXTRACTIVE_FR])
    assert status == 1 and "cannot read" in capsys.readouterr().err


def test_failed_items_count_as_empty_and_are_reported(tmp_path):
    records = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()[:2]]
    records.insert(1, {"id": "bad", "article": "12 34 56", "abstract": "Un résumé."})
    data = tmp_path / "with_bad.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    predictions = tmp_path / "p.jsonl"
    status, out = run_cli(["evaluate", "summarization", "--data", data, *EXTRACTIVE_FR, "--predictions", predictions])
    assert status == 0
    assert "failed: 1 record(s)" in out and "record 2 (id bad)" in out
    rows = [json.loads(x) for x in predictions.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [records[0]["id"], "bad", records[2]["id"]]
    assert rows[1]["summary"] == "" and rows[1]["error"]


def test_bad_counts_are_usage_errors():
    assert run_cli(["evaluate", "summarization", "--data", SAMPLE, "--limit", "0"])[0] == 2
    assert run_cli(["evaluate", "summarization"])[0] == 2  # --data is required
    assert run_cli(["evaluate"])[0] == 2  # a suite is required


def test_rouge_tokenizer_keeps_french_words():
    assert WordTokenizer().tokenize("L'été à Montréal, Côte-d'Ivoire: 2,5 %") == [
        "l",
        "été",
        "à",
        "montréal",
        "côte",
        "d",
        "ivoire",
        "2",
        "5",
    ]
    means, items = rouge(["L'été sera chaud."], ["l'ÉTÉ sera chaud"])
    assert means == {"rouge1": 100.0, "rouge2": 100.0, "rougeL": 100.0} and len(items) == 1
    means, _ = rouge(["été"], ["hiver"])
    assert means["rouge1"] == 0.0


def test_lead_matches_the_pipeline_sentences(orangesum_sample, example_article):
    for article in [r["article"] for r in orangesum_sample] + [example_article]:
        sentences = [s.text for s in split_paragraph_sentences(clean_article(article).paragraphs, "fr")]
        for k in (1, 2, 3):
            assert lead(article, k) == " ".join(sentences[:k])


@pytest.mark.slow
def test_summarization_with_tiny_models_runs_end_to_end(tiny_models):
    status, out = run_cli(
        [
            "evaluate",
            "summarization",
            "--data",
            SAMPLE,
            "--limit",
            "2",
            "--threads",
            "1",
            "--num-beams",
            "1",
            "--summarization-model",
            tiny_models / "barthez-fr",
            "--target-language",
            "fr",
            "--backend",
            "torch",
            "--device",
            "cpu",
            "--format",
            "json",
        ]
    )
    assert status == 0
    report = json.loads(out)
    assert report["records"] == 2 and report["settings"]["models"]["summarization"].endswith("barthez-fr")


# ---------------------------------------------------------------------- translation
REFERENCES = DATA / "flores200_train.eng"
SOURCES = DATA / "flores200_train.fra"


def _hypotheses(tmp_path: Path, lines: int = 60) -> tuple[Path, Path]:
    """A reference file and a made-up system output (dropped and swapped words, stray spaces)."""
    refs = REFERENCES.read_text(encoding="utf-8").splitlines()[:lines]
    hyps = []
    for i, ref in enumerate(refs):
        words = ref.split()
        if i % 3 == 0:
            words = words[:-2]
        elif i % 3 == 1 and len(words) > 3:
            words[1], words[2] = words[2], words[1]
        hyps.append(" ".join(words) + ("  " if i % 5 == 0 else ""))
    ref_file, hyp_file = tmp_path / "ref.eng", tmp_path / "hyp.eng"
    ref_file.write_text("\n".join(refs) + "\n", encoding="utf-8")
    hyp_file.write_text("\n".join(hyps) + "\n", encoding="utf-8")
    return ref_file, hyp_file


def test_hypotheses_reproduce_sacrebleu_exactly(tmp_path):
    ref_file, hyp_file = _hypotheses(tmp_path)
    status, out = run_cli(
        ["evaluate", "translation", "--reference", ref_file, "--hypotheses", hyp_file, "--format", "json"]
    )
    assert status == 0
    report = json.loads(out)
    refs = ref_file.read_text(encoding="utf-8").splitlines()
    hyps = [line.rstrip() for line in hyp_file.read_text(encoding="utf-8").splitlines()]
    assert report["scores"]["bleu"] == sacrebleu.corpus_bleu(hyps, [refs]).score
    assert report["scores"]["chrf"] == sacrebleu.corpus_chrf(hyps, [refs]).score
    assert report["lines"] == 60 and report["model"] is None and report["hypotheses_file"] == str(hyp_file)
    assert report["signatures"]["bleu"].startswith("nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:")
    assert report["signatures"]["chrf"].startswith("nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:")


def test_hypotheses_match_the_sacrebleu_command(tmp_path):
    ref_file, hyp_file = _hypotheses(tmp_path)
    command = shutil.which("sacrebleu") or str(Path(sys.executable).with_name("sacrebleu"))
    done = subprocess.run(
        [command, str(ref_file), "-i", str(hyp_file), "-m", "bleu", "chrf", "-w", "4", "-f", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    theirs = {item["name"]: item["score"] for item in json.loads(done.stdout)}
    _, out = run_cli(["evaluate", "translation", "--reference", ref_file, "--hypotheses", hyp_file, "--format", "json"])
    ours = json.loads(out)["scores"]
    assert round(ours["bleu"], 4) == theirs["BLEU"]
    assert round(ours["chrf"], 4) == theirs["chrF2"]


def test_translation_text_report_shows_signatures_and_published_figures(tmp_path):
    ref_file, hyp_file = _hypotheses(tmp_path)
    status, out = run_cli(
        [
            "evaluate",
            "translation",
            "--reference",
            ref_file,
            "--hypotheses",
            hyp_file,
            "--translation-model",
            "Helsinki-NLP/opus-mt-tc-big-fr-en",
        ]
    )
    assert status == 0
    assert "BLEU" in out and "chrF" in out and "tok:13a" in out and "nc:6" in out
    assert "published for Helsinki-NLP/opus-mt-tc-big-fr-en" in out and "BLEU 46.0" in out
    assert "60 line(s)" in out


def test_hypotheses_limit_and_line_count_mismatch(tmp_path, capsys):
    ref_file, hyp_file = _hypotheses(tmp_path)
    status, out = run_cli(
        [
            "evaluate",
            "translation",
            "--reference",
            ref_file,
            "--hypotheses",
            hyp_file,
            "--limit",
            "7",
            "--format",
            "json",
        ]
    )
    assert status == 0 and json.loads(out)["lines"] == 7
    short = tmp_path / "short.eng"
    short.write_text("one line\n", encoding="utf-8")
    status, out = run_cli(["evaluate", "translation", "--reference", ref_file, "--hypotheses", short])
    assert status == 1 and out == ""
    assert "has 1 lines but" in capsys.readouterr().err


def test_translation_needs_source_or_hypotheses(tmp_path, capsys):
    ref_file, _ = _hypotheses(tmp_path)
    assert run_cli(["evaluate", "translation", "--reference", ref_file])[0] == 2
    assert "--source" in capsys.readouterr().err


@pytest.mark.slow
def test_translation_with_tiny_marian_runs_end_to_end(tiny_models, tmp_path):
    saved = tmp_path / "hyp.txt"
    status, out = run_cli(
        [
            "evaluate",
            "translation",
            "--source",
            SOURCES,
            "--reference",
            REFERENCES,
            "--limit",
            "3",
            "--threads",
            "1",
            "--num-beams",
            "1",
            "--translation-model",
            tiny_models / "marian-fr-en",
            "--backend",
            "torch",
            "--device",
            "cpu",
            "--save-hypotheses",
            saved,
            "--format",
            "json",
        ]
    )
    assert status == 0
    report = json.loads(out)
    assert report["lines"] == 3 and report["source_language"] == "fr"
    assert report["model"].endswith("marian-fr-en") and report["published"] is None
    assert report["failed"] == []
    hyps = saved.read_text(encoding="utf-8").splitlines()
    assert len(hyps) == 3
    refs = REFERENCES.read_text(encoding="utf-8").splitlines()[:3]
    assert report["scores"]["bleu"] == sacrebleu.corpus_bleu(hyps, [refs]).score


def test_translation_batch_size_help_describes_what_it_does(capsys):
    status, _ = run_cli(["evaluate", "translation", "--help"])
    out = capsys.readouterr().out  # argparse prints help to sys.stdout
    assert status == 0
    assert "pooled into length-sorted batches" in " ".join(out.split())
    assert "once the pipeline offers" not in out
