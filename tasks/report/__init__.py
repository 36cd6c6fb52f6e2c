"""Report: run summaries, dataset analysis, inspect views and evaluation against gold labels.

The top layer: may import every other part of tasks/.
"""
