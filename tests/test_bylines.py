"""Byline parsing: prefixes in many languages, splitting, roles, agencies, glued dates."""

import pytest

from newsmill.extract.bylines import agency_name, parse_byline

CASES = [
    # (byline, authors, agencies)
    # English
    ("By Jane Doe and John Roe, Staff Writers | Updated May 3, 2024", ["Jane Doe", "John Roe"], []),
    ("By AFP", [], ["AFP"]),
    ("(Reuters)", [], ["Reuters"]),
    ("AP Photo/Evan Vucci", [], ["AP"]),
    ("By Bobby Byrne", ["Bobby Byrne"], []),
    ("Danielle DeSiato, Donna Enzmann, and Natalie Nguyen", ["Danielle DeSiato", "Donna Enzmann", "Natalie Nguyen"], []),
    ("Maria & Katerina Papadopoulou", ["Maria", "Katerina Papadopoulou"], []),
    ("Dylan Bailey, MS, RD, FAND", ["Dylan Bailey"], []),
    ("Written by Sam Lee sam.lee@example.com @samlee", ["Sam Lee"], []),
    ("Jane Doe, Senior Correspondent", ["Jane Doe"], []),
    ("Jane Doe in Kyiv", ["Jane Doe"], []),
    ("Jane Doe 3 hours ago", ["Jane Doe"], []),
    ("The Associated Press", [], ["The Associated Press"]),
    ("Adam Vidler with AP", ["Adam Vidler"], ["AP"]),
    ("Reuters staff", [], ["Reuters"]),
    ("Gear Team", ["Gear Team"], []),
    ("Share this article", [], []),
    ("Dec. 19, 2025 · Niko Matsakis on behalf of the team", ["Niko Matsakis"], []),
    ("Contributors: Ann Fisher-Long, Bo Lind", ["Ann Fisher-Long", "Bo Lind"], []),
    ("Contributed by Ann Fisher-Long", ["Ann Fisher-Long"], []),
    # the dot operator and the bullet operator set a byline's parts apart like a middle dot
    ("By Ann Fisher-Long ⋅ Review Editor", ["Ann Fisher-Long"], []),
    ("Ann Fisher-Long ∙ 4 min read", ["Ann Fisher-Long"], []),
    ("Reviewed by Justin C. Meserole, Trial Attorney at Morgan & Morgan", ["Justin C. Meserole"], []),
    ("Keith Barry Senior Autos Editor", ["Keith Barry"], []),
    ("By TOI Lifestyle Desk", ["TOI Lifestyle Desk"], []),
    ("by The Kettlewright", ["The Kettlewright"], []),  # a pen name keeps its article
    ("By the Brewhaus Team", ["the Brewhaus Team"], []),
    ("By Jane Doe, The Kettlewright", ["Jane Doe"], []),  # beside a person, an outlet's name goes
    ("Great Day Editorial Team", ["Great Day Editorial Team"], []),
    ("by Marketing Team", ["Marketing Team"], []),
    ("Jane Doe, Editorial Team", ["Jane Doe"], []),
    ("Dr. Vahid Osman", ["Dr. Vahid Osman"], []),
    ("Md Aynal Haque", ["Md Aynal Haque"], []),
    ("Doris Munoz-Mantilla MD", ["Doris Munoz-Mantilla"], []),
    ("Paul Frew, Digital Security Expert", ["Paul Frew"], []),
    ("Will Judd, Former Deputy Tech Editor", ["Will Judd"], []),
    ("Sat Mar 02, 2024 7:01 pm", [], []),
    ("fewer GPUs", [], []),
    ("Dr. Hollis", ["Dr. Hollis"], []),  # an honorific before a lone surname stays
    ("Authors: Ada Brook and Cole Marsh, Extension educators", ["Ada Brook", "Cole Marsh"], []),
    ("Guide by Nora Quill Former Deputy Tech Editor", ["Nora Quill"], []),  # a label before "by"
    ("Article by: Tess Marlow RN, BSN, Certified Sleep Consultant", ["Tess Marlow"], []),
    ("This post was written by Dana Pell, Head of Marketing and Community Development", ["Dana Pell"], []),
    ("By Carl Pope , KLX Columnist August 19, 2025 | 33 Comments", ["Carl Pope"], []),  # job after a name
    ("By TNX, in News, Lisbon, Property · 31 Jan 2025", ["TNX"], []),  # the sections it is filed under
    # German
    ("Von Max Muster, dpa", ["Max Muster"], ["dpa"]),
    ("SID Nachrichtenagentur", [], ["SID"]),
    ("capital von Jemima Kelly", [], []),
    ("BR24 Redaktion", ["BR24 Redaktion"], []),
    ("von dpa", [], ["dpa"]),
    ("Ursula von der Leyen", ["Ursula von der Leyen"], []),
    ("Von Anna Schmidt und Peter Müller, Redakteurin", ["Anna Schmidt", "Peter Müller"], []),
    ("Konstantin Furrer, Deutsche Presse-Agentur", ["Konstantin Furrer"], ["Deutsche Presse-Agentur"]),
    ("Von Lena Berg · 03.05.2024, 15:47 Uhr", ["Lena Berg"], []),
    ("Beitrag von Eva Kirchner-Rätsch", ["Eva Kirchner-Rätsch"], []),
    ("Kommentar von Jonas Feldmann", ["Jonas Feldmann"], []),
    # French
    ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"], []),
    ("Par Claire Martin (AFP)", ["Claire Martin"], ["AFP"]),
    ("Par Luc Favre, dans Politique, Europe", ["Luc Favre"], []),
    ("Auteurs : Luc Favre et Anne Roy", ["Luc Favre", "Anne Roy"], []),
    # Italian
    ("di Mario Rossi", ["Mario Rossi"], []),
    ("Di Maio Luigi", ["Di Maio Luigi"], []),
    ("di Giulia Bianchi e Luca Verdi, ANSA", ["Giulia Bianchi", "Luca Verdi"], ["ANSA"]),
    # Spanish, Catalan, Portuguese
    ("Por Carlos García y Ana López", ["Carlos García", "Ana López"], []),
    ("Madrid, EFE", [], ["EFE"]),
    ("per Jordi Puig i Marta Soler", ["Jordi Puig", "Marta Soler"], []),
    ("Por João Silva, Lusa", ["João Silva"], ["Lusa"]),
    ("Autores: Ana Ruiz y Juan Gil", ["Ana Ruiz", "Juan Gil"], []),
    # Dutch, Scandinavian, Polish
    ("Door Jan de Vries en Piet Jansen", ["Jan de Vries", "Piet Jansen"], []),
    ("av Ingrid Treborg og Marlene Lundberg Holm", ["Ingrid Treborg", "Marlene Lundberg Holm"], []),
    ("przez Anna Kowalska, PAP", ["Anna Kowalska"], ["PAP"]),
    # Russian
    ("Автор: Иван Петров", ["Иван Петров"], []),
    ("Мария Иванова, ТАСС", ["Мария Иванова"], ["ТАСС"]),
    # Korean, Chinese, Japanese
    ("신현주 기자", ["신현주"], []),
    ("Xinhua", [], ["Xinhua"]),
    ("(责编：赵明、钱丽)", ["赵明", "钱丽"], []),  # the responsible editors, in brackets
    ("作者：孙浩", ["孙浩"], []),
    ("记者：周文、李娜", ["周文", "李娜"], []),
    ("文：山田花子", ["山田花子"], []),
    ("我们今天下午去公园散步", [], []),  # a clause of prose, not a name
    # an honorific opens a co-author's name, not the job title of the name before
    ("Written by Dr Ada Brook, Dr Cole Marsh, Eli Stone", ["Dr Ada Brook", "Dr Cole Marsh", "Eli Stone"], []),
    ("By Jane Doe, Prof. Jan van Dijk", ["Jane Doe", "Prof. Jan van Dijk"], []),
    ("[By Jane Doe]", ["Jane Doe"], []),
    # Photo credits in bylines
    ("Ilya Pitalev/POOL/TASS", ["Ilya Pitalev"], ["TASS"]),
]


@pytest.mark.parametrize(("text", "authors", "agencies"), CASES)
def test_parse_byline(text, authors, agencies):
    byline = parse_byline(text)
    assert byline.authors == authors
    assert byline.agencies == agencies


def test_agency_names_are_canonical():
    assert agency_name("Agence France-Presse") == "AFP"
    assert agency_name("The Associated Press") == "AP"
    assert agency_name("dpa") == "dpa"
    assert agency_name("ap") is None  # short forms only in their own case
    assert agency_name("Jane Doe") is None


def test_declared_names_may_be_lowercase():
    assert parse_byline("kirstin boatto").authors == []
    assert parse_byline("kirstin boatto", declared=True).authors == ["kirstin boatto"]


def test_phrases_are_not_names():
    assert parse_byline("Reyan Perumal is a technology writer").authors == []


def test_template_variables_are_not_declared_names():
    assert parse_byline("page.head.extra.author", declared=True).authors == []
    assert parse_byline("{{ author.name }}", declared=True).authors == []
    assert parse_byline("h.szeyee", declared=True).authors == ["h.szeyee"]
