"""The event store: a folder of Parquet files and a SQLite manifest that a run adds to incrementally.

`layout` names the paths, `manifest` keeps what each document became, `tables` converts frames to
Arrow tables and back, `fingerprint` identifies what a run read, `writer` commits batches as they come,
`regroup` rebuilds the grouped events, `reader` is what readers (the CLI, a dashboard) use.
"""
