"""Where articles go: the catalogue (SQLite) and the writers (files, JSON Lines, Parquet, WARC)."""
