"""Read: discover inputs on any filesystem, read their bytes, decode them to text (encodings, repair).

Imports nothing of tasks/ outside this package.
"""
