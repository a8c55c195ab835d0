"""Configuration objects, the one cache root, and the batch cache fingerprint derived from them."""

from __future__ import annotations

import dataclasses

import pytest

from summarizer.batch.cache import config_fingerprint, default_cache_dir
from summarizer.config import PipelineOptions, SummarizerConfig, cache_dir, cache_root, split_settings


def test_configuration_objects_are_frozen_values():
    config = SummarizerConfig(preset="quality")
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.preset = "fast"  # type: ignore[misc]
    assert SummarizerConfig(preset="quality") == config
    assert split_settings({"device": "cpu", "length": "short"}) == ({"device": "cpu"}, {"length": "short"})


def test_one_cache_root_with_subfolders(monkeypatch, tmp_path):
    monkeypatch.delenv("SUMMARIZER_CACHE_DIR", raising=False)
    monkeypatch.setenv("SUMMARIZER_CACHE", str(tmp_path / "cache"))
    assert cache_root() == tmp_path / "cache"
    assert cache_dir("ct2") == tmp_path / "cache" / "ct2"
    assert default_cache_dir() == tmp_path / "cache" / "batch"
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "old-batch"))  # the older variable still works
    assert default_cache_dir() == tmp_path / "old-batch"
    monkeypatch.delenv("SUMMARIZER_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir("ct2") == tmp_path / "xdg" / "summarizer" / "ct2"


def test_fingerprint_follows_what_decides_a_result_not_speed():
    base = config_fingerprint(SummarizerConfig(), PipelineOptions())
    assert config_fingerprint(SummarizerConfig(device="cpu", threads=4), PipelineOptions()) == base
    assert config_fingerprint(SummarizerConfig(), PipelineOptions(length="short")) != base
    assert config_fingerprint(SummarizerConfig(), PipelineOptions(full_translation=True)) != base
    assert config_fingerprint(SummarizerConfig(preset="quality"), PipelineOptions()) != base
    # the default preset named or implied is the same configuration
    assert config_fingerprint(SummarizerConfig(preset="fast"), PipelineOptions()) == base


def test_local_model_folders_are_fingerprinted_by_content(tmp_path):
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "config.json").write_text("{}")
    config = SummarizerConfig(summarization_model=str(folder), strategy="extractive")
    before = config_fingerprint(config, PipelineOptions())
    (folder / "config.json").write_text('{"d_model": 8}')
    assert config_fingerprint(config, PipelineOptions()) != before
