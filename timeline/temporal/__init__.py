"""Date expressions: finding them (`patterns`), resolving each to a period (`resolve`) against the
publication date or the date just mentioned, tense (`tense`), the tagger loop (`tagger`), the rules read
from `data/en/*.yaml` (`rules`), and the bounded estimate of an undated document's date (`estimate`)."""
