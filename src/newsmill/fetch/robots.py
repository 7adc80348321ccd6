"""robots.txt per origin, parsed with protego: may we fetch a URL, how long to wait between requests."""

from __future__ import annotations

from dataclasses import dataclass, field

from protego import Protego


@dataclass(slots=True)
class RobotsPolicy:
    """The rules of one origin (``scheme://host[:port]``).

    `rules` is None when every path is allowed (robots.txt missing: HTTP 4xx). `deny_all` is set
    when robots.txt could not be read (5xx, network error): nothing may be fetched from the origin
    during this run, the cautious reading of RFC 9309 section 2.3.1.4.
    """

    origin: str
    rules: Protego | None = None
    deny_all: bool = False
    reason: str = ""
    text: str = field(default="", repr=False)

    @classmethod
    def from_text(cls, origin: str, text: str) -> "RobotsPolicy":
        """The policy of a robots.txt body (any text; unparsable lines are ignored by protego)."""
        return cls(origin, Protego.parse(text), text=text)

    def allows(self, url: str, user_agent: str) -> bool:
        """True when `user_agent` may fetch `url` (the robots.txt file itself is always allowed)."""
        if url.startswith(self.origin) and url[len(self.origin):] in ("/robots.txt",):
            return True
        if self.deny_all:
            return False
        return self.rules is None or self.rules.can_fetch(url, user_agent)

    def crawl_delay(self, user_agent: str) -> float:
        """The seconds to wait between two requests to the origin: `Crawl-delay`, else the
        `Request-rate` interval, else 0."""
        if self.rules is None:
            return 0.0
        delay = self.rules.crawl_delay(user_agent)
        if delay:
            return float(delay)
        rate = self.rules.request_rate(user_agent)
        if rate and rate.requests:
            return float(rate.seconds) / rate.requests
        return 0.0

    def sitemaps(self) -> list[str]:
        """The `Sitemap:` URLs of the file, in order."""
        return list(self.rules.sitemaps) if self.rules is not None else []
