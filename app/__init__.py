"""The Gradio web demo, built on the public ``summarizer`` API only.

Start it with ``summarizer demo`` or ``python -m app`` (same model options as
``summarizer summarize``). ``app.ui.build_app(...)`` returns the ``gr.Blocks`` for programs and
tests; ``app.service`` holds the Gradio-free parts (model cache, input checks, examples, uploads)
and ``app.render`` the HTML of the outputs. Importing this package imports nothing heavy.
"""
