"""``verify`` on swaps that look harmless (sentences written for these tests): a name made of ordinary
English words, one ordinary word where the article sentence has a name, a name the article has elsewhere
where the article sentence says a nationality, another nationality, an ordinal or a score the article has
elsewhere. Each faithful rendering passes; the same with the swap is flagged on the swapped span."""

from __future__ import annotations

import pytest

from summarizer.verify import verify

ARTICLE = "\n\n".join(
    [
        "Le Congrès était assez contrarié pour critiquer la gestion de la mission par Obama.",
        "Ils ont discuté du budget pendant trois heures sans parvenir à un accord.",
        "Le gardien Petr Novak a sauvé un tir de Karel Dvorak juste avant la pause.",
        "Selon le quotidien turc Hurriyet, les négociations reprendront la semaine prochaine.",
        "Le gros investisseur américain Warren Buffett a vendu ses actions de la banque.",
        "Conduit par Cristiano Ronaldo (8e, 53e), le Portugal a battu la Bosnie 6:2 (2:1).",
        "Les Tchèques ont gagné le match retour 1:0 (0:0) après une victoire 2:0 à l'aller.",
        "Le stade de cinq mille places était plein.",
        "La sélection du Monténégro rentre chez elle après une saison difficile.",
        "Les supporters grecs ont fêté la victoire toute la nuit.",
        "Les moines ont agrandi l'abbaye du XIe au XIIIe siècle.",
    ]
)

CASES = [
    # a name of ordinary English words none of which the article sentence has
    (
        "Congress was upset enough to criticise Obama's handling of the mission.",
        "Congress",
        "Senate Library",
    ),
    # one ordinary word where the article sentence names someone
    (
        "Goalkeeper Petr Novak saved a shot by Karel Dvorak just before half-time.",
        "Karel Dvorak",
        "Pentagon",
    ),
    # a country the article names further down, where the article sentence says a nationality
    (
        "The major American investor Warren Buffett sold his shares in the bank.",
        "American",
        "Montenegro",
    ),
    # another nationality than the article sentence's
    (
        "According to the Turkish daily Hurriyet, the negotiations will resume next week.",
        "Turkish",
        "Greek",
    ),
    # an ordinal the article sentence does not rank (its 1 is in a score)
    (
        "Led by Cristiano Ronaldo, who scored in the 8th and 53rd minutes, Portugal beat Bosnia 6:2 (2:1).",
        "8th",
        "1st",
    ),
    # an ordinal inside a range the article sentence gives ("du XIe au XIIIe")
    (
        "The monks enlarged the abbey in the 11th, 12th and 13th centuries.",
        "12th",
        "15th",
    ),
    # a score the article sentence does not give (its 5 is in the next sentence)
    (
        "The Czechs won the return leg 1:0 (0:0) after a 2:0 win in the first leg.",
        "2:0",
        "5:0",
    ),
]


def _verify(summary: str):
    return verify(ARTICLE, summary, source_language="fr", summary_language="en")


@pytest.mark.parametrize(("summary", "original", "swapped"), CASES)
def test_faithful_rendering_passes(summary: str, original: str, swapped: str) -> None:
    result = _verify(summary)
    assert result.supported, [f.reason for f in result.flags]


@pytest.mark.parametrize(("summary", "original", "swapped"), CASES)
def test_swap_is_flagged_on_its_span(summary: str, original: str, swapped: str) -> None:
    changed = summary.replace(original, swapped, 1)
    start = changed.index(swapped)
    result = _verify(changed)
    assert not result.supported
    hits = [f for f in result.flags if f.category != "unsupported" and f.start < start + len(swapped) and start < f.end]
    assert hits, [f.reason for f in result.flags]
