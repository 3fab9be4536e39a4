"""factsheet: a news article in, a verified one-page fact sheet out."""

__version__ = "0.1.0"
