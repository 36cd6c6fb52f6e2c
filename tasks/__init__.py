"""The core, free of Prefect: one document through read → segment → attribute → validate, batches, storage.

Top level holds the spine (document, pipeline, pipeline_html, validate, batch); stages live in subpackages.
"""
