"""Candidate article URLs: canonical form, site membership, article-likeness, URL-list files.

`canonicalize` gives the one spelling a URL is catalogued under, so that the same article reached
with tracking parameters, a fragment, an upper-case host or an explicit default port is fetched once.
`is_article_url` keeps the URLs of a source's site that look like article pages (no per-site code:
the signals below are generic path vocabularies).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}

# Query parameters that only track campaigns or clicks and never select content. Source: the
# parameter names documented by Google Analytics (utm_*), Google/Microsoft/Facebook/Mailchimp ad
# click ids, and common newsletter/social share tags.
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "itm_", "_hs")
TRACKING_PARAMS = frozenset({
    "gclid", "dclid", "gbraid", "wbraid", "fbclid", "msclkid", "yclid", "twclid", "igshid",
    "mc_cid", "mc_eid", "_ga", "_gl", "ocid", "cmpid", "cmp", "ito", "ref_src", "sr_share",
    "share", "smid", "taid", "at_medium", "at_campaign", "xtor",
})

# Path segments of pages that list, index or serve something else than one article.
# Source: the URL layouts of common CMSs (WordPress, Drupal, Arc, Brightspot) for archives and tools.
NON_ARTICLE_SEGMENTS = frozenset({
    "tag", "tags", "topic", "topics", "category", "categories", "author", "authors", "search",
    "login", "logout", "register", "subscribe", "subscription", "account", "newsletter",
    "newsletters", "about", "contact", "impressum", "privacy", "terms", "cookies", "page",
    "feed", "feeds", "rss", "wp-admin", "wp-login.php", "cart", "shop", "jobs", "advertise",
})

# File extensions of assets and machine-readable files, never article pages.
NON_ARTICLE_EXTENSIONS = frozenset({
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".css", ".js", ".json", ".xml",
    ".rss", ".atom", ".pdf", ".zip", ".gz", ".mp3", ".mp4", ".m4a", ".avi", ".mov", ".txt",
    ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".woff", ".woff2", ".ttf",
})

ARTICLE_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){2,}|\d{4,}", re.IGNORECASE)
"""A path segment that names an article: a slug of at least three words, or a numeric id/date."""


class UnsupportedURL(ValueError):
    """A URL that is not absolute http(s) and cannot be catalogued."""


def canonicalize(url: str) -> str:
    """The canonical spelling of an absolute http(s) URL.

    Lower-cases scheme and host, drops a default port, userinfo, the fragment and tracking query
    parameters (`TRACKING_PREFIXES`, `TRACKING_PARAMS`), sorts the remaining parameters, and gives
    an empty path as "/". Raises UnsupportedURL for other schemes or a URL without a host.

    >>> canonicalize("HTTPS://Example.COM:443/a/b?utm_source=x&b=2&a=1#top")
    'https://example.com/a/b?a=1&b=2'
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise UnsupportedURL(f"not an http(s) URL: {url!r}")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise UnsupportedURL(f"URL without a host: {url!r}")
    try:
        port = parts.port
    except ValueError as error:
        raise UnsupportedURL(f"bad port in {url!r}") from error
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k)]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(sorted(query)), ""))


def is_tracking(param: str) -> bool:
    """True for a query parameter name that only tracks (see `TRACKING_PARAMS`)."""
    name = param.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def host_of(url: str) -> str:
    """The lower-case host (with a non-default port) of a URL: the unit of politeness."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is not None and port != DEFAULT_PORTS.get(parts.scheme.lower()):
        return f"{host}:{port}"
    return host


def site_key(host: str) -> str:
    """A host without port and without a leading "www.", to compare sites."""
    host = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    return host[4:] if host.startswith("www.") else host


def same_site(url: str, site_hosts: Iterable[str]) -> bool:
    """True when `url`'s host is one of `site_hosts` or a subdomain of one (ignoring "www.")."""
    key = site_key(urlsplit(url).hostname or "")
    for site in site_hosts:
        other = site_key(site)
        if key == other or key.endswith("." + other):
            return True
    return False


def looks_like_article_path(path: str) -> bool:
    """True when a URL path looks like one article's page.

    It must not be the root, not end in an asset extension (`NON_ARTICLE_EXTENSIONS`), have no
    listing/tool segment (`NON_ARTICLE_SEGMENTS`), and have a segment that names an article
    (`ARTICLE_SLUG`: a slug of three or more words, or a numeric id or date part).
    """
    segments = [s for s in path.lower().split("/") if s]
    if not segments:
        return False
    last = segments[-1]
    dot = last.rfind(".")
    if dot > 0 and last[dot:] in NON_ARTICLE_EXTENSIONS:
        return False
    if any(s in NON_ARTICLE_SEGMENTS for s in segments):
        return False
    return any(ARTICLE_SLUG.search(s) for s in segments)


def is_article_url(url: str, site_hosts: Iterable[str]) -> bool:
    """True for an http(s) URL of one of `site_hosts` (see `same_site`) that looks like an article."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in DEFAULT_PORTS:
        return False
    return same_site(url, site_hosts) and looks_like_article_path(parts.path)


def read_url_list(path: str | Path) -> Iterator[str]:
    """The URLs of a list file: one a line, blank lines and lines starting with "#" skipped.

    Raises FileNotFoundError when the file does not exist.
    """
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


SourceKind = str
"""One of "page" (a home or section page), "xml" (a feed or sitemap, told apart by content) or
"article" (an article URL given directly)."""

XML_SEGMENTS = frozenset({"feed", "feeds", "rss", "atom", "rdf", "sitemap", "sitemaps"})
"""Path segments that name a feed or a sitemap endpoint (WordPress /feed/, Drupal /rss, ...)."""


def guess_source_kind(url: str) -> SourceKind:
    """Guess what a SOURCE URL is from its spelling alone: "xml", "article" or "page".

    Feeds and sitemaps are told apart later by their content; an article-like URL is fetched as an
    article; anything else (a home or section page) is read for feed links and article links.
    """
    path = urlsplit(url).path.lower()
    segments = [s for s in path.split("/") if s]
    last = segments[-1] if segments else ""
    if last.endswith((".xml", ".xml.gz", ".rss", ".atom", ".rdf")) or last.startswith("sitemap") \
            or any(s in XML_SEGMENTS for s in segments):
        return "xml"
    if looks_like_article_path(path):
        return "article"
    return "page"
