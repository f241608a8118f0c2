"""Extraction beyond one machine: documents read and extracted on Dask workers, mentions shuffled to
groups that can be grouped apart (`shuffle_key`), each grouped with the single-machine grouper
(`dask_extract`)."""
