"""Curated word lists that the metadata readers use: data only, no logic.

Sources: the agencies are the national and international news agencies listed by the
European Alliance of News Agencies and the wire services most credited on news pages in the
benchmark languages (checked by hand against bylines seen in the wild); byline prefixes, role
words and month names are ordinary vocabulary of each language, written down by the maintainers.
"""

from __future__ import annotations

# Wire services: canonical short name -> names and spellings as they appear in bylines.
# A byline token equal (case-insensitively, after stripping "The") to one of these is an agency,
# not a person. Short all-caps forms are matched case-sensitively (see CASE_SENSITIVE_AGENCY).
AGENCIES: dict[str, tuple[str, ...]] = {
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "AFP Deutschland", "afp"),
    "Reuters": ("Reuters", "Thomson Reuters", "REUTERS"),
    "AP": ("AP", "Associated Press", "The Associated Press", "AP News"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur", "dpa-AFX", "dpa-infocom", "dpa/tmn", "tmn"),
    "ANSA": ("ANSA", "Agenzia ANSA"),
    "EFE": ("EFE", "Agencia EFE"),
    "Europa Press": ("Europa Press", "EP"),
    "TASS": ("TASS", "ТАСС", "ITAR-TASS"),
    "Interfax": ("Interfax", "Интерфакс", "Interfax-Ukraine"),
    "RIA Novosti": ("RIA Novosti", "РИА Новости", "RIA"),
    "Xinhua": ("Xinhua", "Xinhua News Agency", "新华社"),
    "PA": ("PA", "PA Media", "Press Association", "PA Wire"),
    "SDA": ("SDA", "Keystone-SDA", "sda", "ATS", "Keystone-ATS"),
    "APA": ("APA", "Austria Presse Agentur", "APA-OTS"),
    "KNA": ("KNA", "Katholische Nachrichten-Agentur"),
    "epd": ("epd", "Evangelischer Pressedienst"),
    "AAP": ("AAP", "Australian Associated Press"),
    "CP": ("The Canadian Press", "Canadian Press"),
    "UPI": ("UPI", "United Press International"),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "ANP": ("ANP",),
    "Belga": ("Belga", "Agence Belga"),
    "NTB": ("NTB",),
    "TT": ("TT", "Tidningarnas Telegrambyrå"),
    "Ritzau": ("Ritzau",),
    "STT": ("STT",),
    "PAP": ("PAP", "Polska Agencja Prasowa"),
    "ČTK": ("ČTK", "CTK"),
    "MTI": ("MTI",),
    "Lusa": ("Lusa", "Agência Lusa"),
    "Anadolu": ("Anadolu", "Anadolu Agency", "Anadolu Ajansı", "AA"),
    "Yonhap": ("Yonhap", "연합뉴스"),
    "Kyodo": ("Kyodo", "Kyodo News", "共同通信"),
    "Jiji": ("Jiji", "Jiji Press", "時事通信"),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "ANI": ("ANI",),
    "Ukrinform": ("Ukrinform", "Укрінформ"),
    "UNIAN": ("UNIAN", "УНІАН"),
    "SID": ("SID",),
    "AdnKronos": ("Adnkronos", "AdnKronos"),
    "Agência Brasil": ("Agência Brasil",),
    "Notimex": ("Notimex",),
    "Bernama": ("Bernama",),
    "Antara": ("Antara",),
    "BTA": ("BTA",),
    "Agerpres": ("Agerpres",),
    "HINA": ("HINA",),
    "Tanjug": ("Tanjug",),
    "STA": ("STA",),
    "TASR": ("TASR",),
}

# Agency spellings short enough to be ordinary words or initials in another case.
CASE_SENSITIVE_AGENCY = frozenset({"AP", "PA", "EP", "AA", "TT", "ANI", "SID", "STA", "CP", "RIA", "ATS", "tmn"})

# Chinese and Japanese credit lines, written with no space before the name (a full-width colon is
# read as ":"): author, reporter, the responsible editor that Chinese news pages credit ("(责编：张三、
# 李四)"), the Japanese writer.
CJK_BYLINE_PREFIXES = ("作者:", "记者:", "記者:", "责任编辑:", "責任編輯:", "责编:", "文:", "筆者:", "執筆:")

# Words that introduce a byline, per language (lowercase; matched at the start, followed by a
# space or a colon). Longer phrases first so that "written by" wins over "by".
BYLINE_PREFIXES: tuple[str, ...] = (
    # English
    "medically reviewed by", "reviewed by", "fact checked by", "written by", "reporting by", "reported by", "words by", "story by", "posted by",
    "published by", "text by", "contributed by", "contributors:", "contributor:", "authors:", "author:", "by",
    # German
    "ein beitrag von", "ein kommentar von", "eine analyse von", "ein gastbeitrag von", "beitrag von",
    "kommentar von", "gastbeitrag von", "recherche von",
    "von", "text:", "autor:", "autorin:", "autoren:",
    # French
    "rédigé par", "publié par", "écrit par", "auteurs :", "auteurs:", "auteur :", "auteur:", "par",
    # Italian
    "a cura di", "scritto da", "autori:", "di", "da",
    # Spanish, Portuguese, Catalan
    "escrito por", "redacción:", "autores:", "por", "per",
    # Dutch, Scandinavian, Polish, Czech, Russian, Ukrainian, Turkish
    "geschreven door", "door", "av", "af", "przez", "autor", "автор:", "автор", "текст:", "автори:",
    "yazan:", "yazar:", "kirjoittanut",
    # Arabic ("by the pen of", "wrote"), Hebrew ("by"), Persian ("writer:")
    "بقلم:", "بقلم", "كتب:", "كتبت:", "מאת", "نویسنده:",
    # Chinese, Japanese
    *CJK_BYLINE_PREFIXES,
)

# Job titles and credentials glued to names ("Jane Doe, Staff Writer"). A byline part made only of
# these words is dropped; a trailing run of them is cut from a name. Lowercase.
ROLE_WORDS = frozenset({
    "staff", "writer", "writers", "senior", "chief", "junior", "reporter", "reporters", "editor",
    "editors", "editorial", "correspondent", "correspondents", "contributor", "contributing",
    "columnist", "journalist", "journalists", "political", "business", "sports", "foreign",
    "deputy", "managing", "associate", "assistant", "news", "desk", "team", "freelance",
    "content", "marketing", "coordinator", "manager", "director", "specialist", "strategist",
    "consultant", "reviewer", "certified", "head", "lead", "officer", "president", "vp", "engineer",
    "developer", "designer", "scientist", "researcher", "professor", "doctor", "nurse", "coach",
    "trainer", "therapist", "nutritionist", "dietitian", "intern", "fellow", "advisor", "adviser",
    "special", "guest", "author", "former", "nachrichtenagentur", "presseagentur", "agency", "attorney", "lawyer", "trial", "expert", "founder", "ceo", "photographer", "producer", "analyst", "host", "critic",
    "redakteur", "redakteurin", "redaktion", "korrespondent", "korrespondentin", "autor", "autorin",
    "journalistin", "reporterin", "volontär", "volontärin", "mitarbeiter", "chefredakteur",
    "chefredakteurin", "rédacteur", "rédactrice", "envoyé", "envoyée", "spécial", "spéciale",
    "correspondant", "correspondante", "journaliste", "corrispondente", "giornalista", "inviato",
    "inviata", "redactor", "redactora", "corresponsal", "periodista", "redacción", "correspondente",
    "jornalista", "redacteur", "correspondent", "verslaggever", "redaktør", "journalist", "reporter",
    "dziennikarz", "redaktor", "корреспондент", "журналист", "редактор", "обозреватель",
    "md", "phd", "ph.d.", "ph.d", "ms", "ma", "mba", "rd", "rdn", "cpt", "ldn", "fand", "msc",
    "bsc", "ba", "jd", "dr", "mph", "rn", "lmft", "cfp", "cfa", "cpa", "e-ryt", "ryt",
    "bsn", "msn", "dnp", "aprn", "lcsw", "psyd", "dds", "dmd", "dvm", "vmd", "lpc", "facp",
    "dipl.", "mag.", "prof.", "dr.",
    "in", "at", "for", "and", "the", "of",
    # Korean, Japanese, Chinese: reporter, correspondent, editor
    "기자", "특파원", "記者", "特派員", "编辑", "责任编辑", "記者/", "通讯员", "记者",
})

# What follows a name in "By Jane Doe, in News, Business": the sections a post is filed under, not
# more names (English, German, French, Spanish/Portuguese/Catalan). Lowercase, matched at the start
# of a comma-separated byline part.
CATEGORY_LEADS: tuple[str, ...] = (
    "in ", "under ", "filed under", "posted in", "categories", "category:", "tags:", "tagged",
    "abgelegt unter", "kategorie", "rubrik", "dans ", "publié dans", "classé dans", "en ", "em ",
)

# Honorifics that bylines print before a name and that stay with it ("Dr. Max Kolter"), and the
# abbreviation of Muhammad that begins many Bangladeshi names ("Md Aynal Haque"). Lowercase.
NAME_HONORIFICS = frozenset({"dr", "dr.", "prof", "prof.", "md", "md."})

# Last words of a collective credit that stays whole ("TOI Lifestyle Desk", "Great Day Editorial Team").
COLLECTIVE_WORDS = frozenset({"team", "desk", "newsroom", "editors", "redaktion"})

# Path words of a writer's page on a site ("/authors/jane-doe", "/autor/jane-doe/", "/auteur/jane-doe"):
# the folder right before the writer's slug. Lowercase.
AUTHOR_PAGE_WORDS = frozenset({"author", "authors", "autor", "autoren", "autorin", "auteur", "auteurs", "autore",
                               "autori", "writer", "writers", "contributor", "contributors", "columnist", "columnists"})

# Words of a news outlet's name ("Lesotho Times", "Daily Herald", "Freie Presse"): a Person declared
# under the outlet's own name is the outlet when its name holds one of these. Lowercase.
OUTLET_WORDS = frozenset({
    "times", "news", "post", "daily", "herald", "tribune", "gazette", "journal", "press", "media",
    "magazine", "mail", "express", "observer", "chronicle", "courier", "telegraph", "standard", "today",
    "online", "radio", "tv", "channel", "review", "weekly", "zeitung", "nachrichten", "presse", "kurier",
    "rundschau", "anzeiger", "blatt", "tageblatt", "noticias", "diario", "periódico", "nouvelles",
    "giornale", "notizie", "gazeta", "dagblad", "krant", "avis", "tidende", "posten", "novosti", "haber",
})

# An author's biography opens with the name and one of these verbs ("Jane Roe is a senior writer",
# "Max Muster ist Redakteur", "Marie Dupont est journaliste"), and speaks of a person: one of the
# pronouns (not "they": a company's blurb says it) or of the professions. Lowercase.
BIO_VERBS = frozenset({
    "is", "was", "has", "covers", "writes", "leads", "lives", "joined", "serves", "specializes", "holds",
    "ist", "war", "hat", "schreibt", "arbeitet", "lebt", "leitet", "est", "était", "écrit", "es", "fue",
    "escribe", "è", "era", "scrive", "lavora", "er", "var", "skriver", "är", "jest", "pisze",
    # what a biography says its subject does or did ("Jane Roe manages our laptop coverage", "covered cars")
    "manages", "managed", "covered", "worked", "works", "reports", "reported", "teaches", "taught", "studied",
    "founded", "co-founded", "specialises", "focuses", "edits", "edited", "oversees", "runs", "hosts",
    "berichtet", "berichtete", "studierte", "travaille", "couvre", "trabaja", "cubre", "lavorava",
})
PERSON_PRONOUNS = frozenset({
    "he", "she", "his", "her", "him", "er", "sie", "ihr", "ihre", "sein", "seine", "il", "elle", "él",
    "ella", "lui", "lei", "han", "hun", "hon", "hans", "hennes",
})
BIO_PROFESSIONS = frozenset({
    "writer", "editor", "journalist", "reporter", "correspondent", "columnist", "author", "contributor",
    "founder", "co-founder", "cofounder", "ceo", "director", "analyst", "specialist", "professor",
    "photographer", "researcher", "redakteur", "redakteurin", "redaktor", "reporterin", "korrespondent",
    "korrespondentin", "autor", "autorin", "journalistin", "journaliste", "rédacteur", "rédactrice",
    "periodista", "redactor", "redactora", "giornalista", "jornalista",
    # the experts who write and review guides ("a physician based in Memphis", "a registered dietitian")
    "physician", "doctor", "surgeon", "nurse", "dietitian", "nutritionist", "therapist", "psychologist",
    "veterinarian", "pharmacist", "dentist", "attorney", "lawyer", "consultant", "engineer", "scientist",
    "economist", "historian", "lecturer", "teacher", "instructor", "faculty", "graduate", "blogger", "podcaster",
    "designer", "developer", "adviser", "advisor", "planner", "coach", "trainer", "strategist", "marketer",
    "entrepreneur", "critic", "reviewer", "illustrator", "novelist", "poet", "host", "producer",
    "arzt", "ärztin", "anwalt", "anwältin", "berater", "beraterin", "médecin", "avocat", "avocate", "médico",
    "médica", "abogado", "abogada", "medico", "avvocato",
})

# Words of an organisation's name ("Silverback Strategies", "Freewrite Store", "West Bell Dental Care"):
# a name credited under the site's own name that holds one of these is the business, not a blogger. Lowercase.
ORGANISATION_WORDS = frozenset({
    "inc", "inc.", "llc", "ltd", "ltd.", "gmbh", "ag", "co", "co.", "corp", "corporation", "company", "group",
    "holdings", "partners", "associates", "agency", "agencies", "studio", "studios", "lab", "labs", "store",
    "shop", "shops", "market", "network", "networks", "services", "service", "solutions", "systems",
    "strategies", "consulting", "marketing", "media", "digital", "software", "technologies", "tech",
    "security", "insurance", "finance", "financial", "bank", "capital", "realty", "construction",
    "dental", "clinic", "health", "healthcare", "care", "medical", "hospital", "pharmacy", "fitness",
    "hotel", "hotels", "travel", "tours", "foundation", "institute", "university", "college", "academy",
    "school", "association", "society", "club", "council", "center", "centre", "church", "blog",
})

# Weekday names and abbreviations: a lone one is a dateline fragment ("Sat"), not a name. Lowercase.
WEEKDAYS = frozenset({
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "mo", "di", "mi", "do", "fr", "sa", "so", "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
})

# Words that never belong in a person's name: UI labels, section names, date words. Lowercase.
NOT_A_NAME = frozenset({
    "home", "share", "updated", "published", "comments", "comment", "follow", "subscribe", "read",
    "more", "contact", "email", "e-mail", "twitter", "facebook", "linkedin", "instagram", "admin",
    "administrator", "anonymous", "unknown", "guest", "menu", "search", "login", "sign", "print",
    "minutes", "minute", "min", "ago", "hours", "hour", "today", "yesterday", "view", "profile",
    "all", "posts", "articles", "stories", "newsletter", "aktualisiert", "veröffentlicht", "uhr",
    "mehr", "lesen", "teilen", "artikel", "leer", "compartir", "partager", "condividi", "mis", "à",
    "jour", "posted", "last", "sponsored", "user", "post", "topic", "owner", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "by", "written", "privacy", "policy",
    "cookie", "cookies", "terms", "folgen", "abonnieren", "stand", "nachrichten", "redaktion:",
    "pool", "handout", "getty", "images", "shutterstock", "istock", "le", "am", "um", "photo",
    "photos", "foto", "video", "image", "agencies", "agenturen", "reviewed", "member",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
})

# Lowercase words that belong inside personal names ("Ursula von der Leyen", "Luiz Inácio Lula da Silva").
NAME_PARTICLES = frozenset({
    "von", "van", "der", "den", "de", "des", "del", "della", "di", "da", "das", "dos", "do", "du",
    "la", "le", "zu", "zum", "ten", "ter", "te", "bin", "ibn", "al", "el", "y", "e", "af", "av",
    "op", "het", "vom", "dit", "ben", "bint", "abu", "st.",
})

# Month names -> month number, per language, lowercase, including genitive and abbreviated forms.
MONTHS: dict[str, int] = {}
_MONTH_TABLE = {
    # English
    1: "january jan", 2: "february feb", 3: "march mar", 4: "april apr", 5: "may",
    6: "june jun", 7: "july jul", 8: "august aug", 9: "september sep sept", 10: "october oct",
    11: "november nov", 12: "december dec",
}
_MONTH_LANGS = (
    # German
    "januar februar märz april mai juni juli august september oktober november dezember",
    # French
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    # Spanish
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    # Catalan
    "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    # Italian
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    # Portuguese
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    # Dutch
    "januari februari maart april mei juni juli augustus september oktober november december",
    # Swedish / Norwegian / Danish
    "januari februari mars april maj juni juli augusti september oktober november december",
    "januar februar mars april mai juni juli august september oktober november desember",
    # Polish (genitive)
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    # Polish (nominative)
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
    # Czech (genitive)
    "ledna února března dubna května června července srpna září října listopadu prosince",
    # Russian (genitive, as in dates)
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    # Russian (nominative)
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    # Ukrainian (genitive)
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    # Turkish
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    # Hungarian
    "január február március április május június július augusztus szeptember október november december",
    # Romanian
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    # Finnish (partitive, as in dates)
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    # Greek (genitive)
    "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου",
)
# Abbreviations that differ from the English ones (German, French, Spanish, Italian, Dutch, Russian, ...).
_MONTH_ABBREVIATIONS = {
    1: "jänner jän janv ene gen ene. janv. янв", 2: "feber febr févr fév févr. фев", 3: "mär mrz märz mars мар",
    4: "avr avr. abr апр", 5: "mei mag", 6: "juin июн", 7: "juil juil. июл lug", 8: "aoû ago авг",
    9: "set sept. сен", 10: "okt ott out окт", 11: "noi ноя", 12: "dez déc déc. dic dez. des dic. дек",
}
for _number, _names in _MONTH_TABLE.items():
    for _name in _names.split():
        MONTHS[_name] = _number
for _line in _MONTH_LANGS:
    for _number, _name in enumerate(_line.split(), start=1):
        MONTHS.setdefault(_name, _number)
for _number, _names in _MONTH_ABBREVIATIONS.items():
    for _name in _names.split():
        MONTHS.setdefault(_name.rstrip("."), _number)

# Words that label a visible date as the last update, not the publication ("Updated on May 27, 2025",
# "Aktualisiert am", "Mis à jour le"). Lowercase, matched at a word start.
UPDATE_LABELS: tuple[str, ...] = (
    "updated", "last updated", "last modified", "modified", "aktualisiert", "zuletzt aktualisiert",
    "mis à jour", "mise à jour", "actualizado", "actualitzat", "atualizado", "aggiornato",
    "bijgewerkt", "oppdatert", "uppdaterad", "opdateret", "zaktualizowano", "aktualizováno",
    "обновлено", "оновлено", "güncellendi", "güncelleme",
)

# Labels of dates that are a person's or an account's, not the page's ("Joined: Dec 11, 2021" in a
# forum poster's profile beside the thread title). Lowercase, without the colon.
PROFILE_DATE_LABELS = frozenset({
    "joined", "founded", "registered", "member since", "born", "birthday", "last seen", "last visit",
    "beigetreten", "registriert", "registriert seit", "mitglied seit", "dabei seit", "inscrit", "inscrit le",
    "inscription", "membre depuis", "registrado", "miembro desde", "iscritto", "iscritto il", "lid sinds",
    "зарегистрирован", "регистрация",
})

# Articles that may begin a headline: a heading that is one of them and a declared title is the
# title itself ("The Best Cameras of 2026"), not a kicker and a title. Lowercase.
ARTICLE_WORDS = frozenset({
    "the", "a", "an", "der", "die", "das", "ein", "eine", "le", "la", "les", "l", "un", "une", "el", "los",
    "las", "il", "lo", "gli", "i", "o", "os", "as", "de", "het", "een",
})

# Separators between an article headline and the site name in <title> and og:title.
# "ㅣ" (the Hangul letter i, U+3163) is the bar of Korean titles ("헤드라인ㅣ한국일보"); a word never
# holds it alone, so it separates with or without spaces.
TITLE_SEPARATORS: tuple[str, ...] = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " / ", " : ", " ~ ", " • ", "ㅣ")

# Words of the heading of a cookie-consent banner ("Your choice regarding cookies on this site", "Wir
# verwenden Cookies", "Paramètres de confidentialité"): such a heading is no title of the page. Lowercase.
CONSENT_HEADING_WORDS: tuple[str, ...] = (
    "cookie", "manage consent", "consent preferences", "privacy settings", "privacy preferences",
    "privacy choices", "datenschutzeinstellungen", "datenschutz-einstellungen", "paramètres de confidentialité",
    "configuración de privacidad", "preferencias de privacidad", "impostazioni privacy",
)

# Words that name a site's home page after the site's name ("Example Homepage", "Example Startseite"):
# an <h1> so written is a label of the page, no title. Lowercase.
HOME_PAGE_WORDS: tuple[str, ...] = ("homepage", "home page", "startseite", "page d'accueil", "página de inicio",
                                    "página inicial", "pagina iniziale", "forside", "startsida")

# Words that make a number before them a quantity, not a book's section number ("3.5 million people fled",
# "1.5 Grad Erwärmung"). Lowercase.
QUANTITY_WORDS: frozenset[str] = frozenset({
    "thousand", "million", "millions", "billion", "billions", "trillion", "percent", "per", "degrees", "points",
    "tausend", "mio", "mio.", "millionen", "milliarde", "milliarden", "mrd", "mrd.", "prozent", "grad",
    "mille", "milliers", "milliard", "milliards", "pour", "degrés", "mil", "millón", "millones", "por",
    "grados", "milione", "milioni", "miliardo", "miliardi", "miljoen", "miljard", "procent", "miljon", "miljoner",
})

# Labels of the page's kind that forum and catalogue software put before the title of a thread or a
# record ("View topic - Season opener", "Browse subject: Hardware"). Lowercase.
TITLE_PAGE_LABELS: tuple[str, ...] = (
    "view topic", "view thread", "browse subject", "thema anzeigen",
)

# Distribution notices that agencies append to photo captions; cut from the caption.
CAPTION_NOTICES: tuple[str, ...] = (
    "editorial use only", "for editorial use only", "not for sale for marketing",
    "restricted to editorial use", "mandatory credit", "no archives", "no sales",
    "hand out", "handout", "editors note:", "editor's note:", "this image was provided by a third party",
)
