"""Polite asynchronous fetching: robots.txt, crawl-delay, per-host and global limits, retries."""

from .fetcher import FetchConfig, Fetcher, FetchResult
from .safety import BlockedAddress

__all__ = ["FetchConfig", "Fetcher", "FetchResult", "BlockedAddress"]
