"""Store: Parquet writing with two-phase commit and recovery, the run lock, compaction, syndication state.

Infrastructure beside the stages: may import tasks.read (filesystems) only.
"""
