"""Every ```bash and ```python block of README.md and docs/*.md, run as written from the repository root.

How a block runs (CONTRIBUTING.md, "Documentation", says the same for writers):

- A block whose first line is ``# no-run: <reason>`` is not run (it needs the model hub, the network,
  a GPU, a server left running...); the reason must be given.
- Bash blocks that are only ``summarizer`` command lines run in this process (``summarizer.cli.main``),
  the others with ``bash -e -o pipefail``, both in a scratch folder that mirrors the repository root
  (each top-level entry linked), so paths such as ``tests/data/...`` work and files a block writes
  (``summaries.jsonl``) stay out of the checkout. ``summarizer`` there is a thin wrapper that stands in
  the tiny test models for real ones: model ids of ``TINY`` are replaced by tiny model folders, and a
  command that names no model gets the tiny ones (with ``--backend torch``). A command that needs no
  model (``--strategy extractive --target-language fr``, ``summarizer models``) runs unchanged.
- Python blocks run in this process, in the same scratch folder, with ``summarizer.Summarizer``
  replaced by a subclass that applies the same substitution.
- A ```text block right after a bash or python block is that block's output: it must equal what the
  block prints on stdout.
- Blocks that run a model, a summary or a server are ``slow``; the others run in the quick tier.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# Real model ids -> tiny test model folders (under tests/.tiny_models/) used in their place.
TINY = {
    "moussaKam/barthez-orangesum-abstract": "barthez-fr",
    "Helsinki-NLP/opus-mt-fr-en": "marian-fr-en",
    "Helsinki-NLP/opus-mt-tc-big-fr-en": "marian-fr-en",
    "sshleifer/distilbart-cnn-12-6": "bart-en",
    "csebuetnlp/mT5_m2o_english_crossSum": "mt5-crosssum",
}
DEFAULT_SUMMARIZER, DEFAULT_TRANSLATOR = "barthez-fr", "marian-fr-en"
# Pages other engineers write in parallel; a link to one is checked once the page exists.
OTHER_PAGES = {
    "presets.md",
    "models.md",
    "guard-figures.md",
    "guard-names.md",
    "faithful.md",
    "result.md",
    "result.schema.json",
    "verify.md",
    "verify.schema.json",
    "serve.md",
    "security.md",
}
SLOW_WORDS = re.compile(
    r"summarizer\b[^|\n]*\b(summarize|translate|batch|evaluate|demo|serve|verify)\b"
    r"|Summarizer\(|entities\.check|make_tiny_models|scripts/|gradio|models check"
)
BLOCK = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Block:
    """One code block of a page, and the output shown right after it (a ```text block), if any."""

    page: Path
    line: int
    kind: str
    code: str
    shown: str | None

    @property
    def id(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"

    @property
    def no_run(self) -> str | None:
        first = self.code.strip().splitlines()[0] if self.code.strip() else ""
        match = re.match(r"#\s*no-run:\s*(.*)", first)
        return match.group(1).strip() if match else None

    @property
    def slow(self) -> bool:
        return bool(SLOW_WORDS.search(self.code))


def parse_blocks(page: Path, text: str | None = None) -> list[Block]:
    """The bash and python blocks of a page, with the text block that follows each (its output)."""
    text = page.read_text(encoding="utf-8") if text is None else text
    found = [(m.group(1), m.group(2), m.start(), m.end()) for m in BLOCK.finditer(text)]
    blocks = []
    for i, (kind, code, start, end) in enumerate(found):
        if kind not in ("bash", "python"):
            continue
        shown = None
        if i + 1 < len(found):
            next_kind, next_code, next_start, _ = found[i + 1]
            if next_kind == "text" and not text[end:next_start].strip():
                shown = next_code
        blocks.append(Block(page, text[:start].count("\n") + 1, kind, code, shown))
    return blocks


BLOCKS = [block for page in PAGES for block in parse_blocks(page)]
RUNNABLE = [b for b in BLOCKS if b.no_run is None]


# ---------------------------------------------------------------------- the substitution, the scratch root
def tiny_args(args: list[str], tiny_dir: str) -> list[str]:
    """``summarizer`` arguments with the tiny models in place of real ones: model ids of ``TINY``
    replaced by tiny folders; a command that names no model gets the tiny ones, and ``--backend torch``.
    A command that needs no model (extractive, summary in French) gets no model it would load."""
    args = [f"{tiny_dir}/{TINY[a]}" if a in TINY else a for a in args]
    command = [a for a in args if not a.startswith("-")][:1]
    if not command or command[0] not in ("summarize", "translate", "batch", "evaluate", "demo"):
        return args
    extractive = "extractive" in args or "faithful" in args
    french = "--target-language" in args and args[args.index("--target-language") + 1] == "fr"
    if "--summarization-model" not in args and not extractive:
        args += ["--summarization-model", f"{tiny_dir}/{DEFAULT_SUMMARIZER}"]
    if "--translation-model" not in args and not french:
        args += ["--translation-model", f"{tiny_dir}/{DEFAULT_TRANSLATOR}"]
    if "--backend" not in args:
        args += ["--backend", "torch"]
    return args


SHIM = """#!{python}
\"\"\"`summarizer` for the docs test: the tiny test models stand in for real ones (tests/test_docs.py).\"\"\"
import sys

sys.path.insert(0, {tests!r})
from test_docs import tiny_args

from summarizer.cli import main

sys.exit(main(tiny_args(sys.argv[1:], {tiny_dir!r})))
"""


@pytest.fixture(scope="session")
def docs_root(tmp_path_factory, tiny_models) -> Path:
    """A scratch folder mirroring the repository root, with ``bin/summarizer`` the wrapper above."""
    root = tmp_path_factory.mktemp("docs-root")
    for entry in ROOT.iterdir():
        if entry.name not in (".git", "bin", ".cache", ".venv"):
            (root / entry.name).symlink_to(entry)
    shim = root / "bin" / "summarizer"
    shim.parent.mkdir()
    shim.write_text(
        SHIM.format(python=sys.executable, tests=str(ROOT / "tests"), tiny_dir=str(tiny_models)), encoding="utf-8"
    )
    shim.chmod(0o755)
    return root


def run_bash(code: str, root: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run a bash block in ``root`` with the wrapper first on the PATH; fails on any failing command."""
    env = {
        **os.environ,
        "PATH": f"{root / 'bin'}{os.pathsep}{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(ROOT),
        "HF_HUB_OFFLINE": "1",
        "SUMMARIZER_CACHE": str(root / ".cache"),  # `summarizer cache clear` empties this one only
    }
    return subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", code],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


SHELL_SYNTAX = re.compile(r"[|<>;&$`*?]")


def plain_commands(code: str) -> list[list[str]] | None:
    """The block's ``summarizer`` command lines as argument lists, when the block is nothing else
    (no pipe, redirection, variable or other program); None when bash must run it."""
    commands = []
    for line in code.replace("\\\n", " ").splitlines():
        words = shlex.split(line, comments=True)
        if not words:
            continue
        if words[0] != "summarizer" or SHELL_SYNTAX.search(line.split(" #")[0]):
            return None
        commands.append(words[1:])
    return commands


def run_in_process(commands: list[list[str]], root: Path, tiny_models: Path, monkeypatch) -> str:
    """Run ``summarizer`` command lines in this process (imports and models are loaded once per test
    run, not once per command); returns their stdout. Fails on a non-zero exit status."""
    from summarizer.cli import main

    monkeypatch.chdir(root)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("SUMMARIZER_CACHE", str(root / ".cache"))
    out = io.StringIO()
    for argv in commands:
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            code = main(tiny_args(argv, str(tiny_models)), stdin=io.StringIO(""), stdout=out)
        assert code == 0, f"summarizer {' '.join(argv)}: exit {code}\n{err.getvalue()[-3000:]}"
    return out.getvalue()


def tiny_summarizer_class(tiny_models: Path) -> type:
    """``summarizer.Summarizer`` with the tiny models in place of real ones (explicit local folders win)."""
    import summarizer

    def tiny(model: str | None) -> str | None:
        return str(tiny_models / TINY[model]) if model in TINY else model

    class TinySummarizer(summarizer.Summarizer):
        def __init__(self, preset=None, **kwargs):
            config = kwargs.get("config")
            chosen = {
                "summarization_model": kwargs.get("summarization_model")
                or getattr(config, "summarization_model", None),
                "translation_model": kwargs.get("translation_model") or getattr(config, "translation_model", None),
            }
            kwargs["summarization_model"] = tiny(chosen["summarization_model"]) or str(tiny_models / DEFAULT_SUMMARIZER)
            kwargs["translation_model"] = tiny(chosen["translation_model"]) or str(tiny_models / DEFAULT_TRANSLATOR)
            kwargs["backend"] = "torch"
            super().__init__(preset, **kwargs)

    return TinySummarizer


def run_python(code: str, root: Path, tiny_models: Path, monkeypatch, name: str = "block") -> str:
    """Run a python block in this process (in ``root``, tiny models standing in); returns its stdout."""
    import summarizer

    monkeypatch.chdir(root)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(summarizer, "Summarizer", tiny_summarizer_class(tiny_models))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, name, "exec"), {"__name__": "__docs__"})
    return out.getvalue()


def check_block(block: Block, root: Path, tiny_models: Path, monkeypatch) -> None:
    """Run one block; fail with its page and line when it fails or prints other than it shows."""
    commands = plain_commands(block.code) if block.kind == "bash" else None
    if commands is not None:
        try:
            stdout = run_in_process(commands, root, tiny_models, monkeypatch)
        except AssertionError as exc:
            raise AssertionError(f"{block.id}: {exc}") from None
    elif block.kind == "bash":
        done = run_bash(block.code, root)
        assert done.returncode == 0, f"{block.id}: exit {done.returncode}\n{done.stderr[-3000:]}"
        stdout = done.stdout
    else:
        stdout = run_python(block.code, root, tiny_models, monkeypatch, block.id)
    if block.shown is not None:
        assert stdout.rstrip() == block.shown.rstrip(), f"{block.id}: the output shown is not what it prints"


def _params(blocks: list[Block]) -> list:
    return [pytest.param(b, id=b.id, marks=[pytest.mark.slow] if b.slow else []) for b in blocks]


@pytest.mark.parametrize("block", _params(RUNNABLE))
def test_documented_block_runs(block: Block, docs_root: Path, tiny_models: Path, monkeypatch) -> None:
    check_block(block, docs_root, tiny_models, monkeypatch)


# ---------------------------------------------------------------------- the pages themselves
def test_pages_have_blocks_and_every_skipped_block_says_why():
    assert len(BLOCKS) >= 30 and len(RUNNABLE) >= 20
    for block in BLOCKS:
        if block.code.lstrip().startswith("# no-run"):
            assert block.no_run, f"{block.id}: `# no-run:` needs a reason"


def test_readme_is_a_short_front_door():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.encode("utf-8")) <= 10_000
    head = "\n".join(readme.splitlines()[:60])
    assert "git clone" in head and 'pip install -e ".[demo,ray,test]"' in head
    assert "summarizer summarize tests/data/mistral_softbank_fr.txt" in head and "pytest" in head


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_pages_stay_inside_the_repository_and_read_as_user_docs(page: Path):
    text = page.read_text(encoding="utf-8")
    assert "../shared" not in text and "/work/" not in text
    for diary in ("this round", "last round", "previous round", "this session", "session notes"):
        assert diary not in text.lower(), f"{page.name}: {diary!r}"
    assert not re.search(r"\b(at|main at|commit) `[0-9a-f]{7}`", text), f"{page.name}: a commit id"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_resolve(page: Path):
    text = BLOCK.sub("", page.read_text(encoding="utf-8"))
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
        if re.match(r"[a-z]+:", target):
            continue
        path = (page.parent / target).resolve()
        assert path.exists() or path.name in OTHER_PAGES, f"{page.name}: broken link {target}"


# ---------------------------------------------------------------------- the runner fails when a block breaks
BROKEN_PAGE = textwrap.dedent(
    """\
    ```bash
    summarizer summarize tests/data/no-such-article.txt --strategy extractive --target-language fr
    ```

    ```python
    from summarizer import Summarizer

    Summarizer(strategy="no-such-strategy")
    ```

    ```bash
    summarizer models | head -1
    ```

    ```text
    not what it prints
    ```
    """
)


def test_the_runner_fails_when_a_block_breaks(docs_root: Path, tiny_models: Path, monkeypatch):
    """A missing file, a raising python block and output that differs from the page all fail."""
    blocks = parse_blocks(ROOT / "docs" / "broken.md", BROKEN_PAGE)
    assert [b.kind for b in blocks] == ["bash", "python", "bash"] and blocks[2].shown
    for block in blocks:
        with pytest.raises(Exception) as info:
            check_block(block, docs_root, tiny_models, monkeypatch)
        assert info.type is not pytest.skip.Exception
    with pytest.raises(AssertionError, match=r"no-such-article\.txt"):
        check_block(blocks[0], docs_root, tiny_models, monkeypatch)
    with pytest.raises(AssertionError, match="the output shown is not what it prints"):
        check_block(blocks[2], docs_root, tiny_models, monkeypatch)
