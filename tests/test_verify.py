"""``summarizer verify`` with no model: the Python API, the CLI (report, JSON, exit status), the
``--pairs`` batch (resume, per-pair errors, CSV/Parquet) and bad inputs, on real French
sentences with their English translations (FLORES-200 sample in tests/data)."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest
from support import DATA

from summarizer import verify
from summarizer.cli.main import main

FRENCH = (DATA / "flores200_sample.fra").read_text(encoding="utf-8").splitlines()
ENGLISH = (DATA / "flores200_sample.eng").read_text(encoding="utf-8").splitlines()
ARTICLE = "\n\n".join(FRENCH[:12])
GOOD = f"{ENGLISH[5]} {ENGLISH[10]}"  # Rome funeral; 1,000 stamps for Sweden and 28 other countries
FIGURE_CHANGED = GOOD.replace("28 other", "82 other")
NAME_SWAPPED = GOOD.replace("Sweden", "Norway")


def _cli(*args: str, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(args), stdin=io.StringIO(stdin), stdout=out)
    return code, out.getvalue()


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_api_links_each_english_sentence_to_the_french_one_it_translates() -> None:
    result = verify(ARTICLE, GOOD)
    assert result.supported
    assert (result.source_language, result.summary_language, result.method) == ("fr", "en", "crosslingual")
    assert [s.text for s in result.sentences] == [ENGLISH[5], ENGLISH[10]]
    firsts = [result.article_sentences[s.evidence[0].index] for s in result.sentences]
    assert firsts == [FRENCH[5], FRENCH[10]]
    assert result.flags == [] and all(s.supported for s in result.sentences)


def test_a_changed_figure_is_flagged_with_what_the_article_says() -> None:
    result = verify(ARTICLE, FIGURE_CHANGED)
    assert not result.supported
    (flag,) = result.flags
    assert (flag.category, flag.text, flag.sentence) == ("figure", "82", 1)
    assert FIGURE_CHANGED[flag.start : flag.end] == "82"
    assert flag.reason == "82: the article says 28"  # the figure of the sentence it comes from
    assert result.sentences[0].supported and not result.sentences[1].supported


def test_a_figure_of_another_part_of_the_article_is_flagged() -> None:
    """The article has €15 million, but not where the sentence comes from."""
    article = "\n\n".join(
        [
            "Mistral AI a levé 385 millions d'euros en décembre auprès de fonds américains, lors d'un deuxième "
            "tour de financement.",
            "Les Américains Nvidia et Salesforce faisaient partie des investisseurs.",
            "La start-up a été fondée en 2023 par trois chercheurs.",
            "Elle développe des modèles de langage ouverts.",
            "Le gendarme européen de la concurrence, qui examine les accords conclus entre les grands acteurs du "
            "marché numérique, a infligé 15 millions d'euros d'amendes.",
        ]
    )
    summary = "In December, Mistral AI raised {} from American funds in a second funding round."
    assert verify(article, summary.format("€385 million")).supported
    (flag,) = verify(article, summary.format("€15 million")).flags
    assert (flag.category, flag.text, flag.code) == ("figure", "€15 million", "elsewhere")
    assert flag.reason == "€15 million: the article sentence it comes from says 385 millions d'euros"


def test_a_swapped_name_is_flagged() -> None:
    result = verify(ARTICLE, NAME_SWAPPED)
    assert [(f.category, f.text, f.sentence) for f in result.flags] == [("entity", "Norway", 1)]
    assert result.flags[0].reason == "Norway: not in the article"


def test_a_sentence_from_elsewhere_is_unsupported() -> None:
    result = verify(ARTICLE, f"{ENGLISH[5]} {ENGLISH[30]}")
    assert "unsupported" in [f.category for f in result.flags]
    assert 0 not in {f.sentence for f in result.flags}
    assert any(
        f.category == "unsupported" and f.reason.startswith("no sentence of the article says this")
        for f in result.flags
    )
    assert result.sentences[0].supported and not result.supported


def test_same_language_check_of_a_french_summary() -> None:
    article = (DATA / "mistral_softbank_fr.txt").read_text(encoding="utf-8")
    good = "SoftBank envisage d'investir dans Mistral AI, selon Bloomberg. Mistral avait levé 385 millions d'euros en décembre."
    result = verify(article, good)
    assert (result.summary_language, result.method, result.supported) == ("fr", "same-language", True)
    assert "Bloomberg" in result.article_sentences[result.sentences[0].evidence[0].index]
    bad = verify(article, good.replace("385", "358"))
    assert [(f.category, f.text) for f in bad.flags] == [("figure", "358 millions d'euros")]
    assert "385 millions d'euros" in bad.flags[0].reason


def test_to_dict_holds_the_contract_fields() -> None:
    data = verify(ARTICLE, FIGURE_CHANGED).to_dict()
    assert data["supported"] is False and data["schema_version"] == "1.0"
    assert data["article_sentences"] and isinstance(data["article_sentences"][0], str)
    sentence = data["sentences"][1]
    assert {"text", "supported", "evidence"} <= set(sentence)
    assert set(sentence["evidence"][0]) == {"index", "text", "score"}
    flag = data["flags"][0]
    assert {"category", "text", "sentence", "reason"} <= set(flag) and flag["category"] == "figure"
    assert data["counts"]["figure_flags"] == 1 and data["counts"]["sentences"] == 2
    json.dumps(data)


SCHEMA_FILE = Path(__file__).resolve().parent.parent / "docs" / "verify.schema.json"


def _validator():
    import jsonschema

    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_published_schema_is_the_one_generated_from_the_types() -> None:
    """docs/verify.schema.json is regenerated by `python -m summarizer.verify > docs/verify.schema.json`."""
    from summarizer.verify import verification_schema

    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == verification_schema()


def test_the_schema_rejects_what_a_verification_never_is() -> None:
    import jsonschema

    data = verify(ARTICLE, FIGURE_CHANGED).to_dict()
    _validator().validate(data)
    for broken in (
        {**data, "supported": "no"},
        {**data, "flags": [{**data["flags"][0], "category": "typo"}]},
        {k: v for k, v in data.items() if k != "sentences"},
        {**data, "extra": 1},
    ):
        with pytest.raises(jsonschema.ValidationError):
            _validator().validate(broken)


def test_cli_json_equals_the_api_and_exit_status_follows_supported(article_file: Path) -> None:
    for summary, status in ((GOOD, 0), (FIGURE_CHANGED, 4)):
        code, out = _cli("verify", str(article_file), "--summary-text", summary, "--format", "json")
        assert code == status
        data = json.loads(out)
        assert data == verify(ARTICLE, summary).to_dict()
        _validator().validate(data)
        assert data["supported"] is (status == 0)


def test_cli_report_shows_evidence_and_reasons(article_file: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.txt"
    summary.write_text(FIGURE_CHANGED, encoding="utf-8")
    code, out = _cli("verify", str(article_file), str(summary))
    assert code == 4
    assert out.startswith("FLAGGED: 1 of 2 summary sentence(s) supported")
    assert "<- article sentence 6 (score" in out and FRENCH[5] in out
    assert "!! figure: 82: the article says" in out
    code, out = _cli("verify", str(article_file), "-", stdin=GOOD)  # the summary on stdin
    assert code == 0 and out.startswith("SUPPORTED: 2 of 2")


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("--summary-text", "   "), "", "summary is empty"),
        (("--summary-text", "Rome.", "--source-language", "xx"), "", "unknown source language 'xx'"),
        (("--summary-text", "Rome.", "--summary-language", "klingon"), "", "unknown summary language"),
        (("-",), "\n", "summary (standard input) is empty"),
        # another script than the article's, with no model: every sentence would read as unsupported
        (("--summary-text", "Полиция задержала двух подозреваемых в Марселе во вторник вечером."), "", "Cyrillic"),
        (("--summary-text", "警察は火曜日の夜、マルセイユで容疑者二人を逮捕した。"), "", "needs a translation model"),
    ],
)
def test_bad_inputs_get_one_line_and_exit_1(article_file: Path, capsys, args, stdin, message) -> None:
    code, out = _cli("verify", str(article_file), *args, stdin=stdin)
    err = capsys.readouterr().err.strip()
    assert code == 1 and out == "" and len(err.splitlines()) == 1 and message in err


def test_a_score_written_as_a_fraction_by_zero_does_not_crash() -> None:
    result = verify(ARTICLE, f"{ENGLISH[5]} The match ended 1/0.")
    assert not result.supported and result.sentences[0].supported


def test_binary_and_oversized_articles_are_refused(tmp_path: Path, capsys) -> None:
    binary = tmp_path / "a.bin"
    binary.write_bytes(b"\x00\x01\x02PK" * 100)
    huge = tmp_path / "huge.txt"
    huge.write_text("Le chat dort. " * 4_000_000, encoding="utf-8")  # 56 MB
    for path, message in ((binary, "is binary"), (huge, "too large")):
        code, _ = _cli("verify", str(path), "--summary-text", "The cat sleeps.")
        err = capsys.readouterr().err.strip()
        assert code == 1 and len(err.splitlines()) == 1 and message in err


def test_usage_errors_exit_2(article_file: Path, capsys) -> None:
    assert _cli("verify", str(article_file))[0] == 2
    assert _cli("verify", str(article_file), "x.txt", "--summary-text", "y")[0] == 2
    assert _cli("verify", "--pairs", "p.jsonl")[0] == 2
    assert "--pairs needs -o" in capsys.readouterr().err
    assert _cli("verify", "--pairs", "p.jsonl", "-o", "o.jsonl", "--summary-language", "xx")[0] == 2
    assert "unknown summary language 'xx'" in capsys.readouterr().err


def _pairs(path: Path) -> Path:
    rows = [
        {"id": "good", "article": ARTICLE, "summary": GOOD},
        {"id": "figure", "article": ARTICLE, "summary": FIGURE_CHANGED},
        {"id": "empty", "article": ARTICLE, "summary": ""},
        {"id": "name", "article": ARTICLE, "summary": NAME_SWAPPED},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows) + "{broken\n", encoding="utf-8")
    return path


def _read_jsonl(path: Path) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def test_pairs_batch_writes_one_record_per_pair_and_resumes(tmp_path: Path, capsys) -> None:
    pairs, out = _pairs(tmp_path / "pairs.jsonl"), tmp_path / "out.jsonl"
    assert _cli("verify", "--pairs", str(pairs), "-o", str(out), "-q")[0] == 3
    records = _read_jsonl(out)
    assert list(records) == ["good", "figure", "empty", "name", f"{pairs}:5"]
    for name, summary in (("good", GOOD), ("figure", FIGURE_CHANGED), ("name", NAME_SWAPPED)):
        record = records[name]
        assert record["error"] is None
        expected = verify(ARTICLE, summary).to_dict()
        assert {k: record[k] for k in expected} == expected
        _validator().validate({k: v for k, v in record.items() if k not in ("id", "error", "checksum")})
    assert records["good"]["supported"] and not records["figure"]["supported"]
    assert "is empty" in records["empty"]["error"] and records["empty"]["sentences"] is None
    assert "malformed JSON" in records[f"{pairs}:5"]["error"]
    # a re-run redoes only the failed pairs: fixed ones succeed, the rest stays as it was
    pairs.write_text(pairs.read_text(encoding="utf-8").replace('"summary": ""', f'"summary": "{ENGLISH[5]}"'))
    before = out.read_text(encoding="utf-8").splitlines()[0]
    assert _cli("verify", "--pairs", str(pairs), "-o", str(out), "-q")[0] == 3
    again = _read_jsonl(out)
    assert again["empty"]["error"] is None and again["empty"]["supported"] is True
    assert out.read_text(encoding="utf-8").splitlines()[0] == before and len(again) == 5


def test_pairs_batch_survives_a_crash_mid_write(tmp_path: Path) -> None:
    """A record cut off by a crash is dropped on resume and done again; every id once."""
    pairs, out = _pairs(tmp_path / "pairs.jsonl"), tmp_path / "out.jsonl"
    _cli("verify", "--pairs", str(pairs), "-o", str(out), "-q")
    data = out.read_bytes()
    lines = data.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:2]) + lines[2][:40])  # the third record half written
    assert _cli("verify", "--pairs", str(pairs), "-o", str(out), "-q")[0] == 3
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == sorted(["good", "figure", "empty", "name", f"{pairs}:5"])
    assert {r["id"]: r for r in records}["name"]["flags"][0]["text"] == "Norway"


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_pairs_batch_to_csv_and_parquet_with_named_columns(tmp_path: Path, suffix: str) -> None:
    pairs = tmp_path / "pairs.jsonl"
    rows = [{"key": "a", "fr": ARTICLE, "en": GOOD}, {"key": "b", "fr": ARTICLE, "en": FIGURE_CHANGED}]
    pairs.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / f"out{suffix}"
    args = ("--article-column", "fr", "--summary-column", "en", "--id-column", "key", "-q")
    assert _cli("verify", "--pairs", str(pairs), "-o", str(out), *args)[0] == 0
    if suffix == ".csv":
        import csv

        table = list(csv.DictReader(out.open(encoding="utf-8")))
        assert [(r["id"], r["supported"]) for r in table] == [("a", "True"), ("b", "False")]
        flags = json.loads(table[1]["flags"])
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(out).to_pylist()
        assert [(r["id"], r["supported"]) for r in table] == [("a", True), ("b", False)]
        flags = json.loads(table[1]["flags"])
    assert [f["text"] for f in flags] == ["82"]
    assert not (tmp_path / f"out{suffix}.partial.jsonl").exists()
    # resuming from the finished table: its records check out (checksums survive the round trip),
    # so only the new pair is verified and the old rows stay as they were
    with pairs.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"key": "c", "fr": ARTICLE, "en": NAME_SWAPPED}) + "\n")
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert _cli("verify", "--pairs", str(pairs), "-o", str(out), *args[:-1])[0] == 0
    assert "verify finished in" in err.getvalue()
    assert ": 3 pairs, 1 checked (1 flagged), 2 skipped (done before), 0 failed" in err.getvalue()
    if suffix == ".csv":
        again = list(csv.DictReader(out.open(encoding="utf-8")))
    else:
        again = pq.read_table(out).to_pylist()
    assert again[:2] == table and [r["id"] for r in again] == ["a", "b", "c"]


@pytest.mark.slow
def test_translation_model_translates_the_article_first(article_file: Path, tiny_models: Path) -> None:
    model = str(tiny_models / "marian-fr-en")
    args = ("--translation-model", model, "--backend", "torch", "--device", "cpu", "--threads", "1")
    code, out = _cli("verify", str(article_file), "--summary-text", GOOD, "--format", "json", *args)
    data = json.loads(out)
    assert data["method"] == "translation" and data["article_sentences"][5] == FRENCH[5]
    assert code == (0 if data["supported"] else 4)
    # a French summary of the French article needs no translation: the model is never used
    code, out = _cli("verify", str(article_file), "--summary-text", FRENCH[5], "--format", "json", *args)
    assert json.loads(out)["method"] == "same-language" and code == 0


def test_no_names_checks_figures_only_in_both_modes(article_file: Path, tmp_path: Path) -> None:
    code, out = _cli("verify", str(article_file), "--summary-text", NAME_SWAPPED, "--format", "json", "--no-names")
    assert code == 0 and json.loads(out)["flags"] == []
    pairs, result = tmp_path / "pairs.jsonl", tmp_path / "out.jsonl"
    pairs.write_text(json.dumps({"id": "n", "article": ARTICLE, "summary": NAME_SWAPPED}) + "\n", encoding="utf-8")
    assert _cli("verify", "--pairs", str(pairs), "-o", str(result), "-q", "--no-names")[0] == 0
    assert _read_jsonl(result)["n"]["supported"] is True


@pytest.mark.slow
def test_from_summarizer_import_verify_works_whatever_was_imported_first() -> None:
    """``summarizer.verify`` names the module and the function: both orders give a working verify."""
    import subprocess
    import sys

    check = (
        "v = verify(\"Mistral AI a levé 385 millions d'euros.\", 'Mistral AI raised €358 million.'); "
        "print(v.supported, v.flags[0].text)"
    )
    for first in ("import summarizer", "import summarizer.verify", "from summarizer.batch import pairs"):
        code = f"{first}\nfrom summarizer import verify\n{check}"
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "False €358 million"


# An unattested capitalised name: my own sentences (a correct rendering passes, a changed one is flagged).
FLINS = (
    "Le maire de Flins a annoncé mardi la fermeture de l'usine Renault.\n\n"
    "Selon lui, 800 salariés travaillent encore sur le site, au nord de Paris."
)
FLINS_EN = "The mayor of Flins announced on Tuesday the closure of the Renault plant."


def test_a_faithful_rendering_with_its_names_is_supported() -> None:
    result = verify(FLINS, FLINS_EN + " According to him, 800 employees still work at the site, north of Paris.")
    assert result.supported, [f.reason for f in result.flags]


@pytest.mark.parametrize(
    ("summary", "name"),
    [
        # names made of English words, which the guard's name finder takes for ordinary words
        ("According to the Sanitation Department, 800 employees still work at the site, north of Paris.", "Sanitation"),
        (
            "The Federal Railway Office announced on Tuesday the closure of the plant where 800 employees still work.",
            "Federal Railway Office",
        ),
    ],
)
def test_a_name_no_word_of_the_article_attests_is_flagged(summary: str, name: str) -> None:
    result = verify(FLINS, summary, source_language="fr", summary_language="en")
    assert not result.supported
    assert any(f.category == "entity" and name in f.text for f in result.flags), [f.reason for f in result.flags]


def test_translated_place_names_and_titles_are_not_taken_for_new_names() -> None:
    article = "Les Tchèques ont battu l'Allemagne mercredi à Prague, a déclaré le ministre."
    summary = 'The Czechs beat Germany in Prague on Wednesday, the minister said, in "A Quiet Evening".'
    result = verify(article, summary, source_language="fr", summary_language="en")
    assert not [f for f in result.flags if f.category == "entity"], [f.reason for f in result.flags]


def test_a_name_spelt_otherwise_or_defined_by_an_acronym_of_the_article_is_not_flagged() -> None:
    article = (
        "Le dictateur Mouammar Kadhafi a été tué en 2011.\n\n"
        "La FDIC poursuit plusieurs grandes banques pour les prêts immobiliers vendus avant la crise."
    )
    summary = (
        "The dictator Moammar Gaddafi was killed in 2011. "
        "The Federal Deposit Insurance Corporation (FDIC) is suing several big banks over the home loans "
        "they sold before the crisis."
    )
    result = verify(article, summary, source_language="fr", summary_language="en")
    assert not [f for f in result.flags if f.category == "entity"], [f.reason for f in result.flags]
    swapped = summary.replace("Moammar Gaddafi", "Hosni Mubarak").replace("(FDIC)", "(SEC)")
    flagged = {f.text for f in verify(article, swapped, source_language="fr", summary_language="en").flags}
    assert any("Mubarak" in t for t in flagged) and "Federal Deposit Insurance Corporation" in flagged


def test_names_of_an_article_in_another_script_are_left_to_the_guard() -> None:
    from summarizer.stages.crosslingual import ArticleVocabulary, unattested_names

    sentence = "According to the Sanitation Department, the plant north of Paris will close."
    latin = ArticleVocabulary("L'usine au nord de Paris va fermer.", "fr", "en")
    cyrillic = ArticleVocabulary("Завод к северу от Парижа закроется.", "ru", "en")
    assert [sentence[a:b] for a, b in unattested_names(sentence, latin)] == ["Sanitation Department"]
    assert unattested_names(sentence, cyrillic) == []
