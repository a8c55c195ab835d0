"""The command line's exit statuses (documented in the README and ``summarizer --help``)."""

EXIT_OK = 0  # success
EXIT_ERROR = 1  # bad input, missing model, unsupported language, a bug
EXIT_USAGE = 2  # bad options (an unknown preset included)
EXIT_PARTIAL = 3  # some batch items failed (each has an error record)
EXIT_FLAGGED = 4  # `summarizer verify`: something in the summary is flagged (figure, name, unsupported sentence)
EXIT_INTERRUPTED = 130  # Ctrl-C or SIGTERM (batch results so far are kept)
