"""verify: a name read as a place stands for a nationality the summary leaves out only when it can be a place.

"a Montenegro investor" for *un investisseur américain* is a swap; "invest in Mistral AI", a company the article
names in another sentence (read as a place after "in"), is the article's own name, not a place standing for the
*japonais* of its evidence sentence."""

from __future__ import annotations

from support import DATA

from summarizer import verify

ARTICLE = (DATA / "mistral_softbank_fr.txt").read_text(encoding="utf-8")


def test_a_company_the_article_names_elsewhere_is_no_place_for_a_nationality() -> None:
    result = verify(ARTICLE, "SoftBank may invest in Mistral AI, which would be valued at more than 2 billion dollars.")
    assert result.supported, [f.reason for f in result.flags]


def test_a_country_or_a_name_the_article_lacks_still_is() -> None:
    for summary, name in [
        ("SoftBank may invest in Montenegro AI, which would be valued at more than 2 billion dollars.", "Montenegro"),
        ("SoftBank may invest in Aleph Alpha, which would be valued at more than 2 billion dollars.", "Aleph"),
    ]:
        result = verify(ARTICLE, summary)
        assert not result.supported
        assert any(f.category == "entity" and name in f.text for f in result.flags), [f.reason for f in result.flags]


def test_a_made_up_figure_is_still_flagged_beside_the_company() -> None:
    result = verify(ARTICLE, "SoftBank may invest in Mistral AI, which would be valued at more than 3 billion dollars.")
    assert [f.text for f in result.flags if f.category == "figure"] == ["3 billion dollars"]
