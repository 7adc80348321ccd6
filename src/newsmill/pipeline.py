"""sources -> fetch -> extract -> store, on one machine or on a Dask cluster."""

from __future__ import annotations


# --- harvest: live sites (issue 5) ---


# --- archives: WARC files on Dask (issue 6) ---
