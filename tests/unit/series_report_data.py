"""A series report built by hand as its data model: five panels, three languages, fallbacks."""

from __future__ import annotations

from sahel_panel.domain.stats import Bucket
from sahel_panel.series.report.model import (
    Backing,
    Chapter,
    Cover,
    LooseRecommendation,
    OperativeParagraph,
    Participation,
    SeriesReportData,
    SessionEntry,
    SessionFigures,
)

SESSIONS = [
    SessionEntry("s-env", "Climate, water and land in the Sahel", "2023-03-11",
                 "Exhibition World Bahrain, Manama, Bahrain", "environment", "manama-environment.sahel"),
    SessionEntry("s-com", "Local communities at the heart of resilience", "2023-05-04",
                 "Palais des Nations, Algiers, Algeria", "community", "alger-communautes-2023-05-04-snapshot.sahel"),
    SessionEntry("s-sec", "Mitigating the impact of security threats by building resilience in the Sahel",
                 "2023-06-20", "Rome, Italy", "security", "rome-security.sahel"),
    SessionEntry("s-edu", "التعليم وتمكين الشباب في منطقة الساحل", "2023-09-14",
                 "الرباط، المغرب", "education", "rabat-education.sahel"),
    SessionEntry("s-dev", "Développement et emploi des jeunes", "2023-11-02",
                 "Niamey, Niger", "development", "niamey-developpement.sahel"),
]

PARAGRAPHS = {
    "water": {
        "en": "Calls upon parliaments to adopt national water-sharing laws that protect pastoral corridors and "
              "smallholder irrigation, and to review their implementation every year.",
        "fr": "Demande aux parlements d’adopter des lois nationales de partage de l’eau qui protègent les couloirs "
              "pastoraux et la petite irrigation, et d’en examiner l’application chaque année.",
        "ar": "يدعو البرلمانات إلى اعتماد قوانين وطنية لتقاسم المياه تحمي الممرات الرعوية والري الصغير، "
              "ومراجعة تنفيذها كل عام.",
    },
    "budget": {
        "en": "Urges parliaments to dedicate at least 10% of security budgets to community resilience programmes "
              "(schools, health centres, local jobs) under joint oversight.",
        "ar": "يحث البرلمانات على تخصيص 10% على الأقل من موازنات الأمن لبرامج صمود المجتمعات المحلية "
              "(المدارس والمراكز الصحية وفرص العمل المحلية) تحت رقابة مشتركة.",
    },
    "youth": {
        "ar": "يوصي بإنشاء شبكة برلمانية (عربية-أفريقية) للشباب تتابع تنفيذ هذه التوصيات وتقدم تقريراً سنوياً.",
    },
    "schools": {
        "fr": "Invite les gouvernements à garantir la continuité de l’enseignement dans les zones touchées par "
              "les conflits, y compris par la radio et les cours à distance.",
        "en": "Invites governments to keep schools open in conflict-affected areas, including by radio and "
              "distance learning.",
    },
}

LOOSE = [
    LooseRecommendation("s-env", "1.2", "Plant a green belt of native trees along the desert edge.", "en", "agreed"),
    LooseRecommendation("s-com", "2.1", "Associer les chefs traditionnels à la médiation des conflits fonciers.",
                        "fr", "proposed"),
    LooseRecommendation("s-edu", "3.1", "تعزيز برامج محو الأمية للنساء في المناطق الريفية.", "ar", "agreed"),
    LooseRecommendation("s-dev", "G.1", "Create a regional fund for <young> entrepreneurs & cooperatives.", "en",
                        "draft"),
]


def _bucket(turns: int, minutes: float, speakers: int) -> Bucket:
    return Bucket(turns=turns, seconds=minutes * 60, speakers=speakers)


def sample() -> SeriesReportData:
    backing = Backing({"parliamentarian": 3, "civil_society": 1, "expert": 1}, women=2, youth=1,
                      countries=("Mali", "Niger", "Tchad"))
    chapters = [
        Chapter({"en": "Environment", "fr": "Environnement", "ar": "البيئة"}, [
            OperativeParagraph("1", PARAGRAPHS["water"], ["s-env", "s-com"], backing),
        ]),
        Chapter({"en": "Security and resilience", "fr": "Sécurité et résilience", "ar": "الأمن والصمود"}, [
            OperativeParagraph("2", PARAGRAPHS["budget"], ["s-sec", "s-com", "s-dev"],
                               Backing({"regional_parliamentary_body": 2, "international_organisation": 1}, women=1)),
            OperativeParagraph("3", PARAGRAPHS["youth"], ["s-edu"], Backing()),
        ]),
        Chapter({"fr": "Éducation"}, [OperativeParagraph("4", PARAGRAPHS["schools"], ["s-edu", "s-dev"], backing)]),
        Chapter({"en": "Development"}, []),
    ]
    by_category = {"parliamentarian": _bucket(30, 95, 14), "international_organisation": _bucket(9, 31, 5),
                   "regional_parliamentary_body": _bucket(7, 22, 4), "government": _bucket(0, 0, 0),
                   "civil_society": _bucket(11, 27, 6), "expert": _bucket(6, 18, 3), "moderator": _bucket(12, 9, 5),
                   "other": _bucket(0, 0, 0)}
    participation = Participation(
        sessions=[SessionFigures("s-env", 8, 15, 40 * 60, 22, 6), SessionFigures("s-com", 7, 14, 38 * 60, 19, 5),
                  SessionFigures("s-sec", 10, 21, 61 * 60, 30, 8), SessionFigures("s-edu", 6, 12, 33 * 60, 15, 4),
                  SessionFigures("s-dev", 7, 13, 30 * 60, 17, 5)],
        speakers=35, turns=75, seconds=202 * 60, by_category=by_category,
        by_gender={"woman": _bucket(31, 86, 15), "man": _bucket(42, 110, 19), "other": _bucket(0, 0, 0),
                   "not_stated": _bucket(2, 6, 1)},
        by_age={"under_45": _bucket(20, 51, 10), "45_and_over": _bucket(50, 140, 22), "not_stated": _bucket(5, 11, 3)},
    )
    preamble = {
        "en": "The parliaments of the Sahel and their partners, meeting in five thematic panels of the Call of the "
              "Sahel in 2023,\n\nRecalling that security, development and the environment cannot be separated,\n\n"
              "Submit to the World Summit the following recommendations.",
        "ar": "إن برلمانات منطقة الساحل وشركاءها، المجتمعين في خمس حلقات نقاش مواضيعية لنداء الساحل في عام 2023،\n\n"
              "إذ تذكّر بأن الأمن والتنمية والبيئة أمور لا يمكن الفصل بينها،\n\nتقدم إلى القمة العالمية التوصيات التالية.",
    }
    return SeriesReportData(
        cover=Cover("Recommendations of the Call of the Sahel to the World Summit",
                    "The Call of the Sahel: A global response", ("en", "fr", "ar"), "2023-12-01T09:30:00+00:00"),
        preamble=preamble, sessions=list(SESSIONS), chapters=chapters, annex=list(LOOSE),
        participation=participation,
    )


AREAS = ("environment", "community", "security", "education", "development")
_WORDS = {
    "en": ("parliaments oversight budgets resilience communities youth schools water land security women "
           "cooperation funding monitoring annual review regional network local jobs").split(),
    "fr": ("parlements contrôle budgets résilience communautés jeunes écoles eau terres sécurité femmes "
           "coopération financement suivi examen annuel réseau régional emplois locaux").split(),
    "ar": ("البرلمانات الرقابة الموازنات الصمود المجتمعات الشباب المدارس المياه الأراضي الأمن النساء "
           "التعاون التمويل المتابعة المراجعة السنوية الشبكة الإقليمية فرص العمل").split(),
}


def _sentence(lang: str, seed: int, words: int = 28) -> str:
    pool = _WORDS[lang]
    text = " ".join(pool[(seed * 7 + i * 3) % len(pool)] for i in range(words))
    return text[0].upper() + text[1:] + "." if lang != "ar" else text + "."


def big(sessions: int = 50, per_session: int = 50, consolidated: float = 0.5) -> SeriesReportData:
    """A large series: ``sessions`` panels of ``per_session`` recommendations; a share of them is
    consolidated (two or three sources per operative paragraph, texts in one to three languages)
    and the rest goes to the annex."""
    entries = [SessionEntry(f"s{i}", f"Panel {i} of the Call of the Sahel", f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}",
                            "Palais des Nations, Algiers, Algeria", AREAS[i % 5], f"panel-{i:02d}.sahel")
               for i in range(1, sessions + 1)]
    sources = [(e.id, n) for e in entries for n in range(1, per_session + 1)]
    cut = int(len(sources) * consolidated)
    chapters = [Chapter({"en": a.title(), "fr": a.title(), "ar": "فصل"}) for a in AREAS]
    number, i = 0, 0
    while i < cut:
        group = sources[i:i + 2 + number % 2]
        i += len(group)
        number += 1
        langs = ("en", "fr", "ar")[: 1 + number % 3]
        texts = {lang: _sentence(lang, number) for lang in langs}
        backing = Backing({"parliamentarian": 1 + number % 4, "civil_society": number % 2}, women=number % 3,
                          youth=number % 2, countries=("Mali", "Niger"))
        chapters[number % 5].paragraphs.append(OperativeParagraph(str(number), texts, sorted({s for s, _ in group}),
                                                                  backing))
    annex = [LooseRecommendation(sid, f"{1 + n % 14}.{n}", _sentence(("en", "fr", "ar")[n % 3], n, 22),
                                 ("en", "fr", "ar")[n % 3], ("agreed", "proposed")[n % 2]) for sid, n in sources[cut:]]
    figures = [SessionFigures(e.id, 20, 60, 3 * 3600, 500, per_session) for e in entries]
    participation = Participation(figures, speakers=20 * sessions, turns=60 * sessions, seconds=3 * 3600 * sessions,
                                  by_category={"parliamentarian": Bucket(30, 3600.0 * sessions, 10)},
                                  by_gender={"woman": Bucket(30, 1800.0 * sessions, 10)},
                                  by_age={"under_45": Bucket(10, 900.0 * sessions, 4)})
    return SeriesReportData(Cover("Big series", "The Call of the Sahel"), {"en": _sentence("en", 1, 200)}, entries,
                            chapters, annex, participation)
