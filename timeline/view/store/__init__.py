"""The dashboard over an event store: DuckDB queries on the store's Parquet files.

`layout` says where the store keeps what, `session` opens it (one connection, lean tables in memory),
`where` turns the page's filters into parameterised SQL, `queries` asks the questions the page asks
(counts, the rows in view, density, a page of the table, one event's passages, one document's text).
"""
