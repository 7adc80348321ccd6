"""Signals of main content and boilerplate, as data.

The vocabularies come from reading the markup of news and blog templates (WordPress, Drupal, Arc,
Ghost, news CMS themes) and from the failure cases of the benchmark pages: the class and id words that
mark page chrome, and the words that mark an article body. Class and id values are split into
lower-case alphanumeric tokens ("article__share-bar" -> article, share, bar) before matching.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable

from .memo import remember

# Structural elements of page chrome: marked as boilerplate (a marker that, like class words, is not
# trusted when the element holds most of the page's prose: some templates put the story in an <aside>).
CHROME_TAGS = frozenset({"nav", "footer", "aside", "menu"})
# Set by cleaning on elements it found to be chrome (signup boxes, see `dom.mark_signup_boxes`).
CHROME_ATTRIBUTE = "data-newsmill-chrome"
# Figures and their captions are never body text (the caption goes to the lead image), except a
# figure that wraps text instead of media (see `TEXT_FIGURE_TAGS`).
SKIPPED_TAGS = frozenset({"figure", "figcaption", "picture"})
# A <figure> with no media but a table or code in it: HTML's way to give a table a caption. Its text
# is read (its figcaption still is not). Quotations and cards in figures are left out: they are
# mostly embedded posts and teasers.
MEDIA_TAGS = ("img", "picture", "video", "iframe", "svg", "canvas", "audio", "object", "embed")
TEXT_FIGURE_TAGS = ("table", "pre")

# Block-level elements: each starts a new text block.
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3",
    "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead",
    "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "address", "hr", "body",
    "form", "fieldset", "details", "summary", "center", "menu", "hgroup", "html",
})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

# Whole class/id tokens that mark boilerplate containers. Among them fact boxes (background beside the
# story), a photo viewer's copy of a caption ("lightbox"), transient notices ("toast", "bookmark"),
# affiliate disclosures, login walls ("blocker"), French share bars ("partage"), the links to the
# previous and next posts ("prev-next"), disclaimers, authors' biographies, copyright and legal notices,
# and a forum poster's profile and rank under a post ("postprofile", "usertitle").
BOILERPLATE_TOKENS = frozenset("""
    share shares sharing sharebar social socials sociallinks
    related relatedposts relatedarticles recommended recommendations recirculation
    newsletter newsletters subscribe subscription signup optin
    sidebar
    breadcrumb breadcrumbs crumbs pagination pager
    footer navbar nav navigation menu masthead topbar toolbar
    ad ads advert adverts advertisement advertising adslot adunit dfp sponsor sponsored promo promotion promoted
    outbrain taboola teaser teasers
    popular mostread trending
    tags taglist tagcloud
    byline authorbox authorbio avatar
    caption credit credits figcaption
    dateline timestamp
    sronly visuallyhidden screenreader offscreen
    player playlist
    webpush prompt notification notifications alert paywall
    modal popup overlay
    donate donation donations
    login signin register
    signature signatures
    factbox factsbox faktabox faktaboks faktaruta
    lightbox toast bookmark bookmarks affiliate blocker partage
    prev
    disclaimer disclaimers bio biography copyright
    legal postprofile usertitle
""".split())

# The navigation words among them.
NAVIGATION_TOKENS = frozenset("nav navbar navigation menu".split())

# Class/id words of the boxes set beside a story (background, key figures): chrome inside the container of
# a page that declares one article (see `blocks.mark_chrome_inside_article`), but the content itself of
# many product and service pages.
ARTICLE_BOX_TOKENS = frozenset({"infobox"})

# Class names of the post lists that content management systems insert into pages (WordPress's query
# loop and latest-posts blocks): teaser rivers, never the article.
POST_LIST_CLASSES = frozenset({"wp-block-query", "wp-block-latest-posts", "wp-block-rss"})

# Class/id words of consent banners: chrome whatever they hold (their policy text can be long and
# sit in a "main-content" of their own), so no layout exception applies to them.
CONSENT_TOKENS = frozenset(
    "cookie cookies consent gdpr cookiebanner cookiebar cookienotice "
    # consent-management platforms, whose names prefix their banners' classes
    "cmplz onetrust didomi usercentrics cookiebot".split())

# Class/id words of the boxes whose <h1> is the page's furniture, not its title (see
# `metadata.titles._in_furniture`): modal and consent boxes and a "follow the author" card inside the
# content; the site's banner, navigation and menu bar (with their tags) around a name outside it.
FURNITURE_BOX_TOKENS = CONSENT_TOKENS | frozenset("modal popup follow".split())
FURNITURE_HEADER_TOKENS = frozenset("masthead navbar topbar toolbar menubar navigation".split())
FURNITURE_HEADER_TAGS = frozenset({"nav"})

# Class/id words of comment threads: boilerplate on an article, the content itself on a page that
# declares a discussion (schema.org DiscussionForumPosting, QAPage), where the posts are what is read.
DISCUSSION_TOKENS = frozenset("comment comments commentaire commentaires disqus discussion replies reply".split())
# A social network's embed is a <blockquote> of this class ("instagram-media", "twitter-tweet",
# "tiktok-embed"): a script replaces it with the post; left alone it shows the post's fallback text
# ("A post shared by ...") as a quotation.
SOCIAL_EMBED_CLASS = re.compile(r"instagram|tiktok|twitter|tweet", re.I)

# Word pairs of class names that hold readers' reviews of a product ("product-reviews", "user_reviews"):
# user posts like a comment thread. A single "product-review" is no such mark: editors review too.
DISCUSSION_PAIRS = frozenset({("product", "reviews"), ("customer", "reviews"), ("user", "reviews")})
DISCUSSION_TYPES = frozenset({"discussionforumposting", "qapage", "question"})

# Words that mark boilerplate only as the head (last word) of a class name or id: "entry-meta",
# "post__date", "sr-hidden" are chrome, but CMS taxonomy classes such as "author-jane-doe" or
# "date-2024" label the article itself. "autor" is the author in German, Spanish, Polish, Portuguese.
BOILERPLATE_HEAD_TOKENS = frozenset("meta date published updated author authors autor autoren hidden hide".split())

# Class/id tokens that mark the article body.
CONTENT_TOKENS = frozenset("""
    articlebody article-body storybody story-body entrycontent postcontent post-content
    articlecontent article-content articletext bodytext richtext prose content-body postbody
    maincontent main-content story-content storycontent article__body article__content
""".replace("-", "").split())

# Compound class names mark the body too: "article-body", "entry_content", "post__content".
CONTENT_PATTERN = re.compile(
    r"(?:article|story|entry|post|news|blog)[-_]*(?:body|content|text|main)|articlebody|"
    r"(?:body|main)[-_]*(?:text|content|copy)|rich[-_]?text|\bprose\b", re.I)
# Every match of CONTENT_PATTERN holds one of these words (keep them in step with it): a lower-cased
# ASCII value holding none has no match, which `in` tells many times faster than the pattern's search.
CONTENT_PATTERN_WORDS = ("body", "content", "text", "main", "copy", "prose")

# ARIA roles of page chrome and controls.
BOILERPLATE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu",
                               "menubar", "toolbar", "button", "tooltip", "alert"})
# ARIA roles of modal dialogs (as is aria-modal="true"): chrome over the page whatever they hold,
# a privacy policy or a signup flow.
MODAL_ROLES = frozenset({"dialog", "alertdialog"})

# Token pairs: only a pair marks boilerplate ("most read", "read more").
BOILERPLATE_PAIRS = (("most", "read"), ("read", "more"), ("also", "read"), ("more", "stories"),
                     ("you", "may"), ("further", "reading"), ("fact", "box"), ("facts", "box"))
# The box about an article's author ("author-box", "author-card__description", "tdb-author-info"): "author"
# alone may be a taxonomy class on the article itself ("author-jane-doe"), these words after it are not.
AUTHOR_BOX_WORDS = ("box", "card", "info", "block", "description", "descr", "desc", "details", "summary",
                    "tagline", "profile", "notes", "intro", "bio")
BOILERPLATE_PAIRS += tuple((author, word) for author in ("author", "authors") for word in AUTHOR_BOX_WORDS)

# A "read more" name with one of these words is the expander that holds the text a "read more" link
# reveals ("read-more-content", "content-toggle--truncated" with the id "details-read-more"): content.
EXPANDER_TOKENS = frozenset({"truncated", "toggle", "content"})

# Lines that introduce a related-article teaser inside the body (many languages). Lower case.
RELATED_PREFIXES = (
    "related article", "related:", "related stories", "related story", "related coverage", "related content",
    "read more:", "read more ", "read also", "also read", "see also", "more on this", "recommended:",
    "read next", "you may also like", "you might also like",
    "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lesen sie auch", "lesen sie mehr",
    "mehr zum thema", "auch interessant", "das könnte sie auch interessieren", "leia também", "leia mais",
    "veja também", "lee también", "leer más", "lea también", "te puede interesar", "leggi anche",
    "leggi di più", "czytaj też", "czytaj także", "czytaj więcej", "zobacz też", "zobacz także",
    "lees ook", "lees meer", "les også", "läs också", "læs også", "читайте также", "по теме",
    "читайте по теме", "читать также", "также читайте", "dowiedz się więcej",
    "funda olunye udaba",  # Zulu: "read another story"
)

# Short lines that are page furniture wherever they stand. Lower case, compared whole.
FURNITURE_LINES = frozenset({
    "advertisement", "advertisements", "anzeige", "publicité", "publicidad", "pubblicità", "reklama",
    "werbung", "реклама", "share", "share this", "share this article", "share on facebook", "tweet",
    "share on twitter", "email", "print", "copy link", "link copied", "comments", "comment",
    "subscribe", "sign up", "read more", "continue reading", "show more", "load more", "back to top",
    "skip to content", "skip to main content", "close", "menu", "search", "log in", "login", "sign in",
    "story continues below advertisement", "article continues below", "scroll to continue with content",
    "follow us", "newsletter", "more", "next", "previous", "top", "related", "related articles",
    "recommended", "most read", "trending", "artikel teilen", "teilen", "partager", "compartir",
    "condividi", "udostępnij", "поделиться", "partager cet article", "diesen artikel teilen",
    "compartir este artículo", "condividi questo articolo", "loading", "wird geladen", "chargement", "cargando",
    "caricamento", "carregando", "laden", "ładowanie", "загрузка",
    # labels left without what they announced (a table of contents, a blog's like and rating widgets)
    "table of contents", "contents", "follow us on social media", "like this", "like loading", "like loading…",
    "how useful was this post?", "click on a star to rate it",
    # placeholders of embedded players and posts, shown until the reader consents or the script loads
    "embed", "player wird geladen", "empfohlener redaktioneller inhalt", "externer inhalt",
    "ein klick für den datenschutz", "youtube-inhalte erlauben", "x-inhalte erlauben", "instagram-inhalte erlauben",
    "we apologize, but this video has failed to load", "this video is not available", "story saved",
    # a shop's buttons and widget labels around a product's description
    "add to cart", "add to bag", "add to basket", "buy now", "add to wishlist", "add to wish list", "wishlist",
    "notify me", "write a review", "compare", "toggle", "sponsored", "free shipping", "secure checkout",
    "recently viewed", "related products", "frequently bought together", "loading recommendations",
    "in den warenkorb", "ajouter au panier", "añadir al carrito", "aggiungi al carrello", "adicionar ao carrinho",
    "in winkelwagen", "dodaj do koszyka", "в корзину",
    # labels of a blog's or a guide's widgets: an author box's caption, page tools, ratings, calls to action
    "written by", "geschrieben von", "écrit par", "escrito por", "scritto da", "fact checked by",
    "print this page", "print this article", "seite drucken", "artikel drucken", "imprimer", "imprimir", "stampa",
    "share it", "shares", "copy to clipboard", "show caption", "view all", "see all", "jump to", "quick links",
    "filed under", "bookmark", "was this helpful?", "was this article helpful?", "rate this article",
    "war dieser artikel hilfreich?", "contact us", "feedback", "sponsored content", "paid content", "download now",
    "request a demo",
    # "advertisement" and page tools (font size, share, report an error) in more of the fundus languages
    "reklam", "reklame", "advertentie", "mainos", "hirdetés", "reclamă", "διαφήμιση", "إعلان", "広告", "광고", "广告",
    "font size", "text size", "schriftgröße", "taille du texte", "tamaño de letra", "dimensione del testo",
    "yazı boyutu", "글자크기 설정", "글자크기", "字号", "文字サイズ", "размер шрифта", "şurada paylaş", "paylaş",
    "fehler gefunden? jetzt melden", "fehler gefunden?jetzt melden", "fehler melden", "signaler une erreur",
    "report an error", "report a correction",
})

# Words that open a dateline or a publication stamp ("Published 3 May 2024, 10:02"). Lower case.
DATELINE_PREFIXES = (
    "published", "updated", "last updated", "posted", "first published", "modified", "publié", "mis à jour",
    "modifié", "actualizado", "publicado", "actualizada", "veröffentlicht", "aktualisiert", "stand:",
    "zuletzt aktualisiert", "pubblicato", "aggiornato", "opublikowano", "aktualizacja", "zaktualizowano",
    "gepubliceerd", "bijgewerkt", "publicerad", "uppdaterad", "publisert", "oppdatert", "udgivet",
    "opdateret", "опубликовано", "обновлено", "atualizado", "atualizada", "yayınlanma", "güncelleme",
    # the date of a guide's last review ("Last reviewed January 2023", "Medically reviewed on 3 May 2024")
    "last reviewed", "reviewed on", "medically reviewed on", "last revised", "revised", "last modified",
)
# A stamp may name what it dates first: "This post was last updated July 2021", "The article was revised on ...".
STAMP_SUBJECT = re.compile(r"^(?:this|the)\s+(?:post|article|page|guide|story|review)\s+(?:was|has\s+been|is)\s+")

# Relative time stamps of teaser rivers and comment lists ("9 hours ago", "vor 3 Stunden"), many languages.
RELATIVE_TIME = re.compile(r"""(?:
    (?:\d+|an?|one)\s+(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago
  | vor\s+\d+\s+(?:sekunden?|minuten?|stunden?|tagen?|wochen?|monaten?|jahren?)
  | il\s+y\s+a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)
  | hace\s+\d+\s+(?:segundos?|minutos?|horas?|días?|semanas?|meses|mes|años?)
  | há\s+\d+\s+(?:segundos?|minutos?|horas?|dias?|semanas?|meses|mês|anos?)
  | \d+\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni|minuto|ora|giorno)\s+fa
  | \d+\s+(?:sekund|minut|godzin|godz\.|dni|tygodni|miesięcy|lat)\s+temu
  | \d+\s+(?:minuten|uur|dagen|weken|maanden|jaar)\s+geleden
)""", re.I | re.X)

# Reading-time notes ("Lesezeit: 3 Min.", "5 min read"), many languages.
READING_TIME = re.compile(r"""(?:
    (?:reading\s+time|read\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|tiempo\s+de\s+lectura|tempo\s+di\s+lettura
      |tempo\s+de\s+leitura|leestijd|czas\s+czytania|lästid|lesetid|время\s+чтения)\s*:?\s*(?:ca\.?\s*)?\d+\s*\w*\.?
  | \d+\s*(?:min|mins|minute|minutes|minuten|minutos|minuti|minut)\.?\s+
      (?:read|reading|lesezeit|lesen|de\s+lecture|de\s+lectura|di\s+lettura|de\s+leitura|leestijd|czytania|чтения)
)""", re.I | re.X)
COPYRIGHT_PREFIXES = ("©", "(c) ", "copyright")
# A live blog entry's stamp: the time of day alone or with the writer's name or a label ("13:37 Uhr",
# "19:20Sophie Bateman", "20:42 KEY EVENT"); capitalised words only, so no sentence and no time range,
# and a point only before "Uhr" or "h", so no numbered heading ("2.10 Results").
_CAPITALISED = r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’.-]*)"
TIME_STAMP = re.compile(rf"\d{{1,2}}(?::\d{{2}}(?:\s*(?:uhr|h))?|\.\d{{2}}\s*(?:uhr|h))\s*"
                        rf"(?:{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}})?", re.I)
# Gallery and page counters ("4 of 12 |", "3/10", "Image 2 of 5", "Page 1 of 3").
GALLERY_COUNTER = re.compile(r"(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine|фото|"
                             r"page|seite|página|pagina|strona|страница|sida|side)\s*:?\s*)?"
                             r"\d{1,3}\s*(?:of|/|von|de|di|sur|z|из|av|van)\s*\d{1,3}\s*\|?")
# The pointer of an article cut into pages to its next page ("Continued on page 2", "Fortsetzung auf
# Seite 2", "Suite page suivante"), in English, German, French, Spanish, Italian, Portuguese.
PAGE_CONTINUATION = re.compile(
    r"(?:continued on (?:page \d+|(?:the )?next page)|(?:fortsetzung|weiter|lesen sie weiter) auf (?:seite \d+|der "
    r"nächsten seite)|suite (?:(?:en |à la )?page(?: \d+| suivante))|continúa en la (?:página \d+|siguiente página)|"
    r"continua (?:a|na) pagina (?:\d+|seguinte|successiva))\W*")
# Engagement counters of a post or a teaser ("2 Likes", "22 Comments", "3304 views 13 mins 0 comments").
_COUNTED = r"(?:views?|comments?|shares?|likes?|replies|aufrufe|kommentare|vues|commentaires|visitas|comentarios" \
           r"|visualizzazioni|commenti)"
# The first look-ahead (a number first, as the counters require) spares the second its scan of every line.
ENGAGEMENT_COUNTER = re.compile(rf"(?=[\d.,])(?=.*\b{_COUNTED}\b)(?:[\d.,]+[km]?\s*(?:{_COUNTED}|mins?)\b[\s·|•]*)+",
                                re.I)
# A template's placeholder left alone on its line, where an ad or a widget goes: "$$ARTICLEAD$$",
# "{{ related }}", "%%AD_SLOT%%", "[[teaser]]".
TEMPLATE_PLACEHOLDER = re.compile(r"(?:\$\$|\{\{|%%|\[\[)\s*[\w.:-]+\s*(?:\$\$|\}\}|%%|\]\])")
# A template's dummy text, left where the editors never wrote theirs: "Lorem ipsum dolor sit amet, ...",
# also as a heading or a card's label ("Lorem Ipsum", "Lorem ipsum 2").
DUMMY_TEXT = re.compile(r"\s*lorem ipsum\b", re.I)

# A photo caption's closing credit: "... in Johnstown, Pa. (AP Photo/Jane Roe)", "(Foto: dpa)".
PHOTO_CREDIT_END = re.compile(r"\([^()]*\b(?:photo|foto|photograph|image|picture|bild)s?\b\s*[/:][^()]*\)\W*$", re.I)
# A caption's closing credit set after its last sentence without brackets: "... in Schmalkalden.
# Bildrechte: MDR/Jane Roe", "... in the state Capitol. Photo: Jane Roe/AP" (the WCXB ground truth
# keeps no such line).
CAPTION_CREDIT_END = re.compile(
    r"""[.!?…"“”»)]\s*(?:bild|bildrechte|bildquelle|foto|photo|image|picture|credit|crédit|crédito)s?"""
    r"""\s*:\s*(?P<names>[^.!?:]{2,80})$""", re.I)
# A caption's closing credit without a label, a photographer and an agency after a slash, after the end
# of a sentence: "... on Monday morning. Jane Roe/Reuters", "... in Kyiv. Jane Roe/AFP via Getty Images".
SLASH_CREDIT_END = re.compile(r"""(?<=[a-zà-ÿ])[.!?…]["”»]?\s+[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,3}"""
                              r"""/[A-Z][\w&.-]*(?:\s[\w&.-]+){0,3}$""")
# Names, agencies and their joining words ("Jane Roe for Example News via Getty Images"): a run of
# this many lower-case words in what follows the label is a sentence ("Image: select High Efficiency
# to save space"), not a credit.
CREDIT_MAX_LOWER_RUN = 3

# A wire story's closing credit line: "Reporting by ...; Editing by ...", "... contributed to this
# report" (`CONTRIBUTION_LINE`), "Mit Material von dpa", "With reports from ...", "First published in ..."; and a short
# source line under a story or a chart ("Quelle: dpa", "Source: Statista", "mit dpa"), or a photo's
# ("Image: Jane Roe/Getty Images").
CREDIT_LINE = re.compile(r"""^\W*(?:
    (?:(?:additional\s+)?reporting | editing | writing)\s+(?:by|from)\s+(?-i:[A-ZÀ-ÖØ-Þ])  # then a name
  | (?:with\s+(?:additional\s+)?reports?\s+from | first\s+published\s+(?:in|by))\s+(?-i:[A-ZÀ-ÖØ-Þ])
    (?:(?!,\s*(?-i:[a-zà-öø-ÿ]))[^.]){0,80}\.?$  # no clause after a comma ("First published in French, the ...")
  | mit\s+material\s+(?:von|der|des) | mitarbeit\s*: | mit\s+agenturmaterial
  | mit\s+(?:dpa|afp|ap|apa|sda|epd|kna|sid|reuters)(?:\W+(?:dpa|afp|ap|apa|sda|epd|kna|sid|reuters))*\W*$
  | (?:source|sources|quelle|quellen|kilde|fuente|fonte|źródło|källa|bron)\s*:\s*\S+(?:\s+\S+){0,2}\W*$
  | (?:image|photo|foto|bild|picture|photograph|credit|crédit|crédito)s?\s*:\s*\S+(?:\s+\S+){0,7}\W*$
)""", re.I | re.X)
# "... contributed to this report", a credit line too: apart from `CREDIT_LINE`, since its search over
# the line's first 150 characters is worth running only on a line that says "contributed"
# (`says_contributed`).
CONTRIBUTION_LINE = re.compile(r"^\W*.{0,150}\bcontributed\s+(?:to\s+)?(?:this\s+)?"
                               r"(?:report|reporting|story|article)\W*$", re.I)
# A reviewer's credit ("Medically reviewed by Jane Roe, MD", "Fact checked by: John Doe"); a credit line only
# when it does not read on as a sentence ("Reviewed by Parliament in March, the law was ...").
REVIEWER_CREDIT = re.compile(r"""^\W*(?:
    (?:(?:medically|clinically|expert|editorially)\s+)?reviewed\s+by\s*:?\s+(?-i:[A-ZÀ-ÖØ-Þ])
  | fact[\s-]?checked\s+by\s*:?\s+(?-i:[A-ZÀ-ÖØ-Þ])
  | (?:medizinisch|fachlich)\s+geprüft\s+von\s+(?-i:[A-ZÀ-ÖØ-Þ])
)""", re.I | re.X)
CREDIT_LINE_MAX_CHARS = 400

# The consent line under a sign-up or comment form: "By subscribing, you agree to our Privacy Policy",
# "By clicking “Post Your Answer”, you agree to ...", "By providing my email, I am consenting to ...".
# The reader is addressed ("you", "I") and a policy or mailing named, which a sentence on a treaty's
# signing does not do.
FORM_CONSENT_LINE = re.compile(
    r"^(?=.*\b(?:terms|privacy|policy|conditions|e-?mails?|newsletters?|marketing|offers|updates)\b)"
    r"by\s+[^\W\d_]+ing\b.{0,150}?\b(?:you|i)(?:\s+(?:are|am|have\s+read\s+and))?\s+"
    r"(?:agree|agreeing|consent|consenting|accept|acknowledge)", re.I)
FORM_CONSENT_MAX_CHARS = 300

# The legal notice of a site's footer, wherever the page puts it: rights reserved ("Copyright 2025 Example
# Inc. All rights reserved.", many languages), or the company's registration ("a registered charity",
# "Registered in England and Wales"). Lower case; found as substrings (faster than a regular expression).
LEGAL_NOTICE_PHRASES = (
    "all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
    "tutti i diritti riservati", "wszelkie prawa zastrzeżone", "все права защищены",
    "todos os direitos reservados",
    "alle rettigheder forbeholdes", "alle rettigheter reservert", "alla rättigheter förbehållna",
    "tüm hakları saklıdır", "무단 전재", "無断転載", "registered charity", "company limited by guarantee",
    "registered in england")
LEGAL_NOTICE_MAX_CHARS = 300

# An appeal to follow the outlet or the author on a social network, opening its line: "Follow Example News on
# Twitter and Facebook for the latest updates", "Folgen Sie uns auf Instagram", "Síguenos en X". The WCXB
# ground truth keeps none (a story's sentence rarely opens so).
FOLLOW_APPEAL = re.compile(
    r"^\W*(?:follow|folge|folgt|folgen\s+sie|suivez|síguenos|siga|seguici|segui|volg|følg|följ|obserwuj)\s"
    r"(?:[^.!?]|\.(?=\w)){0,80}?"  # a dot only inside a name ("Example.co.uk")
    r"\b(?:on|auf|sur|en|su|op|på|na|w)\s+(?:twitter|x|facebook|instagram|google\s+news|whatsapp|telegram"
    r"|linkedin|tiktok|youtube|threads|bluesky|mastodon|pinterest|snapchat|flipboard)\b", re.I)
FOLLOW_APPEAL_MAX_CHARS = 300
# A clause after the network's name makes the line a sentence: "Follow the money on Facebook, the
# investigators said, ..." (a list of networks goes on with a capital: "on Twitter, Facebook and ...").
CLAUSE_AFTER_COMMA = re.compile(r",\s+(?-i:[a-zà-öø-ÿ])", re.I)

# A broadcaster's note of when the story was on air (German public broadcasters): "Sendung: hr-INFO,
# 25.04.2024, 10.45 Uhr", "Über dieses Thema berichtete DLF am 24. März 2023 um 05:20 Uhr.", "Dieses Thema
# im Programm: MDR THÜRINGEN | Nachrichten | 28. April 2023 | 10:00 Uhr". With a number (its date) in it.
AIR_TIME_NOTE = re.compile(r"^\W*(?:sendung\s*:|über\s+dieses\s+thema\s+berichtete?|dieses\s+thema\s+im\s+programm)"
                           r"(?=.*\b\d{1,2}\.\s*(?:\d{1,2}\.|[^\W\d_]+\s)\s*\d{2,4}\b)", re.I)  # a day's date
AIR_TIME_NOTE_MAX_CHARS = 200

# A newsroom's call for readers' stories, tips or feedback, with the address to write to: "Got a story?
# Email webnews@example.com", "Senden Sie uns Ihr Feedback an: briefe@example.de".
TIP_LINE = re.compile(r"\b(?:story|stories|tips?|feedback|news\s?team|newsroom|get\s+in\s+touch|hinweise?|meinung"
                      r"|leserbriefe?)\b.{0,120}[\w.+-]+@[\w-]+\.[a-z]{2,}", re.I)
TIP_LINE_MAX_CHARS = 300
# The newsroom speaks to the reader or of itself ("Got a story?", "your stories", "email us", "Senden Sie uns"),
# which a story's line on where the police or a company take tips ("Hinweise nimmt die Polizei unter
# ... entgegen", "Anyone with tips is asked to email tips@...") does not.
TIP_LINE_ADDRESSED = re.compile(
    r"\?|\b(?:you|your|us|our|uns|unsere?[mnrs]?|(?-i:Ihr|Ihre[mnrs]?)|euch|nous|vous|votre|vos|notre)\b", re.I)

# A site's standing disclaimer under its posts: the views are the authors' own (`DISCLAIMER`), or the
# text is for information only, no substitute for a professional's advice (`ADVICE_DISCLAIMER`, said of
# the text itself: `SELF_REFERENCE`); many languages. Looked for only among the body's first and last
# blocks (`content.drop_edge_disclaimers`): a story may quote such a sentence.
DISCLAIMER = re.compile(r"""\b(?:  # at a word's start: most positions fail at once
    (?:views|opinions)\s+(?:expressed|stated)\b.{0,120}?
      \b(?:not\s+necessarily|do\s+not|does\s+not|are\s+(?:solely|those|their\s+own))
  | (?:gibt|geben)\s+nicht\s+(?:unbedingt|zwingend|notwendigerweise)\s+die\s+meinung
  | (?:muss|müssen|entspricht|entsprechen)\s+nicht\s+(?:unbedingt\s+|zwingend\s+)?der\s+meinung\s+der\s+redaktion
  | n['’]engagent\s+que\s+leurs?\s+auteurs?
  | no\s+reflejan?\s+necesariamente
)""", re.I | re.X)
ADVICE_DISCLAIMER = re.compile(r"""\b(?:  # at a word's start: most positions fail at once
    not\s+(?:intended|meant)\s+(?:to|as)\s+(?:be\s+)?(?:a\s+)?(?:substitute|replace|constitute)
  | for\s+(?:general\s+)?(?:informational?|educational)
      (?:\s+(?:and|or)\s+(?:informational?|educational))?\s+purposes\s+only
  | not\s+a\s+substitute\s+for\s+(?:professional|medical|legal|financial)
  | (?:does|do)\s+not\s+constitute\s+(?:legal|financial|investment|medical|tax)\s+advice
  | (?:dient|dienen)\s+(?:nur|lediglich|ausschließlich)\s+(?:zur|der)\s+(?:allgemeinen\s+)?information
  | ersetzt\s+(?:keine|nicht\s+die)\s+(?:ärztliche|medizinische|rechtliche|professionelle|fachliche)\s+beratung
  | à\s+titre\s+(?:purement\s+)?(?:informatif|indicatif)\s+(?:uniquement|seulement)
  | ne\s+remplacen?t?\s+pas\s+(?:l['’]avis|un\s+avis|une\s+consultation)
  | con\s+fines\s+(?:únicamente\s+|exclusivamente\s+)?informativos
  | no\s+sustituye\s+(?:el\s+consejo|la\s+consulta|el\s+asesoramiento)
  | a\s+(?:solo\s+)?scopo\s+(?:puramente\s+)?informativo
  | non\s+sostituisce\s+il\s+parere
  | (?:para|com)\s+fins\s+(?:meramente\s+)?informativos
  | não\s+substitui\s+(?:a\s+consulta|o\s+aconselhamento|o\s+parecer)
)""", re.I | re.X)
# Words by which a disclaimer speaks of the text it stands under ("This post is for informational
# purposes only", "The information here ...", "Die Inhalte dieses Beitrags ..."), or names itself.
SELF_REFERENCE = re.compile(r"""\b(?:
    disclaimer|here|above|article|post|blog|website|site|page|material|information|content|guide|video|podcast
  | haftungsausschluss|hinweis|hier|artikel\w*|beitr[aä]g\w*|inhalt\w*|information(?:en)?|seite
  | avertissement|ici|contenu|informations|publication
  | aviso|aquí|artículo|contenido|información|sitio
  | avvertenza|qui|articolo|contenuto|informazioni|sito
  | aqui|artigo|conteúdo|informações
)\b""", re.I | re.X)
DISCLAIMER_MAX_CHARS = 1000


def caseless_search(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """`bool(pattern.search(text))` for a case-insensitive `pattern` written in lower case, faster on ASCII
    text: that is lower-cased and searched without IGNORECASE (the same matches at a third of the cost,
    since case-insensitive matching slows every position of a search). Other text, and a pattern that is
    not all lower case or holds a non-ASCII letter that folds to an ASCII one ("ſ" matches "s"), are
    searched as they are."""
    source = pattern.pattern
    if (not pattern.flags & re.IGNORECASE or source != source.lower()
            or any(_folds_to_ascii(char) for char in set(source) if not char.isascii())):
        return lambda text: pattern.search(text) is not None
    lowered = re.compile(source, pattern.flags & ~re.IGNORECASE)

    def search(text: str) -> bool:
        if text.isascii():
            return lowered.search(text.lower()) is not None
        return pattern.search(text) is not None

    return search


def _folds_to_ascii(char: str) -> bool:
    """Whether `char`, in a case-insensitive pattern, matches an ASCII letter ("ſ" matches "s")."""
    return re.search(re.escape(char), string.ascii_letters, re.IGNORECASE) is not None


# `DISCLAIMER.search`, as a bool (run on the paragraphs at both edges of every body).
states_disclaimer = caseless_search(DISCLAIMER)
states_advice_disclaimer = caseless_search(ADVICE_DISCLAIMER)
# Whether a line says "contributed" (case aside), before `CONTRIBUTION_LINE` is tried on it.
says_contributed = caseless_search(re.compile("contributed", re.I))

# Reported speech: a story's paragraph that tells what someone said, warned or wrote ("The app, which
# says it is not a substitute for medical care, ..., doctors warned"), not a site's own disclaimer or
# an author box. Speech verbs and "according to" in the languages of `DISCLAIMER`, and quotation marks.
REPORTED_SPEECH = re.compile(r"""(?:
    \b(?:said|says|told|warned|warns|argued|argues|insisted|insists|explained
       |added|wrote|according\s+to
       |sagte|sagt|sagten|erklärte|erklärt|betonte|warnte|laut
       |a\s+déclaré|a\s+dit|a\s+affirmé|a\s+expliqué|selon|affirme
       |dijo|afirmó|explicó|señaló|advirtió|según
       |ha\s+detto|ha\s+dichiarato|ha\s+spiegato|secondo
       |disse|afirmou|explicou|segundo)\b
  | [“”„«»]
)""", re.I | re.X)

# Words that quote a person ("..., she says"): a paragraph about someone the story quotes, not a biography
# of its writer.
QUOTES_PERSON = re.compile(r"\b(?:says|said|told|sagt|sagte|erzählt|erzählte|dit|raconte|dice|dijo|cuenta|racconta)\b",
                           re.I)

# Headings after which an article has ended: what follows is an author box, teasers or comments. Lower case.
END_OF_ARTICLE_HEADINGS = frozenset({
    "about the author", "about the authors", "more from", "more stories", "related", "related articles",
    "related stories", "related content", "read more", "read next", "recommended", "recommended for you",
    "comments", "you may also like", "you might also like", "more on this story", "latest news", "most popular",
    "latest stories", "contact the author", "contact the authors", "more in this section", "top stories",
    "related posts", "related reading", "recent posts", "popular posts", "more posts", "more articles",
    "über den autor", "über die autorin", "mehr zum thema", "weitere artikel", "das könnte sie auch interessieren",
    "kommentare", "à propos de l'auteur", "sur le même sujet", "à lire aussi", "lire aussi", "commentaires",
    "sobre el autor", "noticias relacionadas", "te puede interesar", "comentarios", "sull'autore",
    "articoli correlati", "leggi anche", "commenti", "o autorze", "czytaj także", "komentarze", "zobacz także",
    "over de auteur", "gerelateerde artikelen", "об авторе", "читайте также", "комментарии", "по теме",
    "sobre o autor", "leia também", "notícias relacionadas", "comentários",
    "disclaimer", "haftungsausschluss", "avertissement", "aviso legal", "about us", "categories", "archives",
    "tags", "share this post", "share this story",
    "related topics", "related reads", "popular articles", "more on", "end of article", "zum selben thema",
    "passend zum artikel", "weitere themen", "more about", "explore more on these topics", "más información",
    "à découvrir également", "ähnliche", "schlagwörter zu diesem artikel", "häufig gelesen", "nos vidéos",
    "archivado en", "etiketler", "also in the news", "in other news",
    # a blog's or a company's closing boxes: its other posts, the reviewer's note, its contact and offices
    "recent articles", "recent blogs", "recent blog posts", "read this next", "read these next", "keep reading",
    "other posts", "you might like", "you may also enjoy", "about the reviewer", "about the reviewers",
    "work with us", "connect with us", "our offices",
    "dieses thema im programm", "themen",  # a broadcaster's air times; a German tag list
})

# The closing headings that announce other stories or the writer's box, never more of this story nor
# the site's notices about it (a disclaimer, its tags, its comments): after one of them an article has
# ended even when what follows is long (see `content.cut_after_article_end`).
TEASER_HEADINGS = frozenset({
    "about the author", "about the authors", "about the reviewer", "about the reviewers", "more stories",
    "related articles", "related stories", "related posts", "related reading", "related reads", "read next",
    "read this next", "read these next", "keep reading", "recommended for you", "you may also like",
    "you might also like", "you might like", "you may also enjoy", "latest news", "latest stories", "top stories",
    "most popular", "popular posts", "popular articles", "recent posts", "recent articles", "recent blogs",
    "recent blog posts", "more posts", "more articles", "other posts", "also in the news", "in other news",
    "über den autor", "über die autorin", "weitere artikel", "das könnte sie auch interessieren", "häufig gelesen",
    "à propos de l'auteur", "sur le même sujet", "à lire aussi", "lire aussi", "à découvrir également",
    "sobre el autor", "noticias relacionadas", "te puede interesar", "sull'autore", "articoli correlati",
    "leggi anche", "o autorze", "czytaj także", "zobacz także", "over de auteur", "gerelateerde artikelen",
    "об авторе", "читайте также", "sobre o autor", "leia também", "notícias relacionadas",
})
assert TEASER_HEADINGS <= END_OF_ARTICLE_HEADINGS

# A short heading that announces more of a section, a topic or an outlet ("More in News", "More from
# The Example Times", "Mehr zu Iran"): the start of the teasers under an article. At most
# CLOSING_PREFIX_MAX_WORDS words.
CLOSING_PREFIX = re.compile(
    r"^(?:more (?:from|in|on|about)|mehr (?:zu|zum|zur|aus|von)|plus (?:de|d'|du)|más (?:de|sobre)|"
    r"altro (?:su|da)|meer (?:over|van)|więcej (?:o|z)|ещё (?:о|по)|еще (?:о|по)|mais (?:sobre|de))\b", re.I)
CLOSING_PREFIX_MAX_WORDS = 6
# "más de", "plus de" and "mais de" also say "more than": before a number or a determiner ("Más de 40
# detenidos", "Plus de la moitié des votes") the heading is a subheading of the story, not a closing one.
QUANTITY_AFTER_PREFIX = re.compile(
    r"^(?:más|plus|mais) (?:de|d')\s*(?:\d|(?:la|las|el|los|lo|les|le|l'|un|une|una|uno|um|uma|o|os|a|as|"
    r"cent|cien|ciento|cem|mil|mille|deux|trois|dos|tres|dois|três|mitad|moitié|metade)\b)", re.I)

# The most frequent function words of the benchmark languages: prose is full of them, chrome is not.
STOP_WORDS = frozenset("""
    the a an and or of to in on for with that this is was are were be been it its as at by from but not have has
    der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als wie wird
    le la les et est un une des du en que qui dans pour pas sur au par ce il elle sont avec
    el los las y es un una de del que en por con para se lo como su al más
    il lo gli e è un una di che non per con del della si da sono
    o os as e é um uma de que não para com do da em se por mais
    de het een en is van dat op te niet zijn met voor er aan
    i w z na nie się do to że jest o jak co ale po
    и в не на что с по как это из он к но за то от так
    och att det som en är på av för med den har inte
    og at det som en er på av for med den har ikke
""".split())

_TOKEN = re.compile(r"[a-z0-9]+")


# A token after one of these words names a modifier, not what the element is ("has-sidebar").
MODIFIER_WORDS = frozenset({"has", "no", "with", "without", "show", "is"})
# What follows one of these words is a CSS value ("overflow-x-hidden" clips, it does not hide).
LAYOUT_PROPERTY_WORDS = frozenset({"overflow"})

# Word pairs that state something about a part or the publishing state of the element, not what the
# element is: "field--label-hidden" is a field whose label is hidden (CMS body fields carry it), and
# "node--promoted" a content node promoted to the front page, "paragraph-published" a CMS paragraph in
# its published state. Widgets hide their parts in one state only: a closed accordion or tab panel
# ("accordion__panel--hidden", "ui-tabs-hide") and the product description that a shop theme leaves
# out of its quick-add dialog ("quick-add-hidden") are read on the page. The second word is dropped.
STATE_PAIRS = frozenset({("label", "hidden"), ("title", "hidden"), ("heading", "hidden"), ("icon", "hidden"),
                         ("label", "hide"), ("title", "hide"), ("node", "promoted"), ("node", "sticky"),
                         ("node", "published"), ("paragraph", "published"),
                         ("add", "hidden"), ("panel", "hidden"), ("panel", "hide"), ("tabs", "hide")})


# Every word that makes `class_tokens` drop tokens: without one of them a name keeps all its tokens.
_FILTERED_WORDS = MODIFIER_WORDS | LAYOUT_PROPERTY_WORDS | {second for _, second in STATE_PAIRS}


# Class/id words of a caption or a photo credit: chrome when an inline element that carries one holds
# a whole block's text (see `blocks.is_inline_caption`).
CAPTION_TOKENS = frozenset({"caption", "figcaption", "credit", "credits"})
# The hump of a camel-case name ("FeaturedImageCaption", "imageEmbedCredit"): a word boundary.
_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def split_camel_case(value: str) -> str:
    """A class/id value with a hyphen at each camel-case hump: "RelatedContent imageCredit" ->
    "Related-Content image-Credit"."""
    return _CAMEL_HUMP.sub("-", value)


def is_caption_name(value: str) -> bool:
    """Whether a class/id value names a caption or a credit (`CAPTION_TOKENS`), camel-case humps read as
    word boundaries: "caption small", "FeaturedImageCaption", "InlineImage-imageEmbedCredit"; memoised."""
    known = _caption_name_cache.get(value)
    if known is None:
        known = remember(_caption_name_cache, value,
                         not CAPTION_TOKENS.isdisjoint(word_runs(split_camel_case(value))))
    return known


_caption_name_cache: dict[str, bool] = {}


def word_runs(text: str) -> list[str]:
    """The lower-case alphanumeric runs of a class name, an id or a whole class/id value: the tokens
    of `class_tokens` before it drops modifier words ("Article__shareBar" -> ["article", "sharebar"])."""
    return _TOKEN.findall(text.lower())


def joined_pairs(tokens: list[str]) -> set[str]:
    """Each two tokens next to each other written as one (["info", "box"] -> {"infobox"}): a compound
    that class names write as one word or two."""
    return {first + second for first, second in zip(tokens, tokens[1:])}


def class_tokens(name: str) -> list[str]:
    """Lower-case alphanumeric tokens of one class name or id, without modifier words and the word
    after them, and without what follows a layout property: "Article__shareBar" -> ["article",
    "sharebar"]; "has-sidebar" -> []; "overflow-x-hidden" -> []; "field--label-hidden" -> ["field",
    "label"] (see `STATE_PAIRS`)."""
    tokens = word_runs(name)
    if _FILTERED_WORDS.isdisjoint(tokens):  # the common case: no word to drop
        return tokens
    kept: list[str] = []
    previous = ""
    for token in tokens:
        if token in LAYOUT_PROPERTY_WORDS:
            break
        if token not in MODIFIER_WORDS and previous not in MODIFIER_WORDS and (previous, token) not in STATE_PAIRS:
            kept.append(token)
        previous = token
    return kept


_name_tokens_cache: dict[str, tuple[str, ...]] = {}


def name_tokens(name: str) -> tuple[str, ...]:
    """`class_tokens(name)` as a tuple, memoised: class names recur on a page and across pages."""
    tokens = _name_tokens_cache.get(name)
    if tokens is None:
        tokens = remember(_name_tokens_cache, name, tuple(class_tokens(name)))
    return tokens
