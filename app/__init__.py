"""The Gradio web demo, built on the public ``summarizer`` API only."""
