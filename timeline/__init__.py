"""timeline: a folder of English news documents -> a trustworthy, filterable timeline of dated events.

Entry points: `timeline.pipeline.extract(paths, config)` (the API), `python -m timeline` (`cli.py`), and
`dashboard.py`.  The stages live in subpackages, each importing only from those below it (see the
README's Architecture section): core < text < temporal < reading < understanding < grouping < view.
"""
