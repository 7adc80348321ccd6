"""Whether a text names the outlet itself (its site name, publisher or host name)."""

from __future__ import annotations

from ..dom import compact
from .gathering import PageSignals


def _is_site_name(text: str, page: PageSignals, loose: bool = False) -> bool:
    """True when `text` names the outlet itself (og:site_name, JSON-LD publisher, host name), with or
    without a leading "The" ("Commercial Appeal" for "The Commercial Appeal").

    `loose` also accepts a part of the name or a name that contains `text` (for title segments)."""
    key = compact(text)
    if not key or len(key) < 2:
        return False
    for name in page.site_names:
        other = compact(name)
        if not other:
            continue
        if key in (other, other.removeprefix("the")) or key.removeprefix("the") == other or (loose and len(key) >= 4 and (key in other or other.split(".")[0] == key)):
            return True
        # "VnExpress" on vnexpress.net; a name of several words there ("Karl Voit" on karl-voit.at)
        # is the person whose site it is
        if " " not in text.strip() and len(key) >= 3 and key == _host_core(name):
            return True
        if loose and "." in name and key.startswith(other) and len(key) - len(other) <= 4:
            return True  # "TheFocus.AI Labs" on thefocus.ai
    return False


def _host_core(name: str) -> str:
    """The longest label of a host name ("vnexpress.net" -> "vnexpress"); "" for a name that is no host."""
    if "." not in name or " " in name.strip():
        return ""
    return max((compact(label) for label in name.split(".")), key=len)
