"""Word lists per language (see :mod:`provenance.quotes.lexicon`)."""
