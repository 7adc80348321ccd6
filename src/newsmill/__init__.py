"""newsmill: news web pages -> clean, attributed, dated article documents."""

from .article import Article, Block, Image, Link
from .extract import extract

__all__ = ["Article", "Block", "Image", "Link", "extract"]
__version__ = "0.1.0"
