"""Text: the text-dump segmenter (lines, features, rules, main-text region, title, site template memory).

May import tasks.read and tasks.lexicon.
"""
