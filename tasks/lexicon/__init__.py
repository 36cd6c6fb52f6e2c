"""Lexicon: vocabularies as data (cue words, agencies, stopwords) and their matchers, language identification.

May import tasks.read only.
"""
