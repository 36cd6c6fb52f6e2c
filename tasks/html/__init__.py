"""HTML: DOM to blocks, the article container, page metadata; blocks are labelled with the text segmenter's rules.

May import tasks.read, tasks.lexicon and tasks.text.
"""
