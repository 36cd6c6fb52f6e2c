"""Credits: who the text comes from (attributions, bylines) and when (publication dates), from labelled lines.

May import the stages before it: read, lexicon, text, html.
"""
