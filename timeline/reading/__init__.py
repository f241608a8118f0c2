"""From files to documents: collecting, decoding, HTML, header/dateline/URL dates, page debris,
sources.csv, an analyst's corrections, uploads, and the one adapter around dateparser."""
