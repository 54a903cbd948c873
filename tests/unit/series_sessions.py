"""The five panels of the Call of the Sahel, built through the services API, for the series tests and benches.

``area_session(folder, area)`` creates one panel (environment, community,
security, education, development) with outcome questions, speakers,
turns, contributions and recommendations in English, French and Arabic;
``snapshot_of(session, folder)`` takes its verified snapshot. Some people
speak at two panels, spelled slightly differently ("Aïssata Diallo" /
"AISSATA DIALLO", "عادل العسومي" / "عادل العسومى"), so the series counts them once.
Speaker names are invented; organisations are real. ``bench_session`` is
synthetic, sized for the benchmark (500 contributions, 50 recommendations).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sahel_panel.domain.model import Speaker
from sahel_panel.exchange import snapshot
from sahel_panel.services import NewSession, SessionService


class StepClock:
    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, seconds: float) -> None:
        self.moment += timedelta(seconds=seconds)


# area -> (title, venue, date, questions, recommendations[(question index|None, lang, status, text, sources)])
PANELS: dict[str, dict] = {
    "environment": {
        "title": "Climate change, natural resources and conflict in the Sahel",
        "venue": "Palais des Congrès, Niamey", "date": "2023-01-20",
        "questions": [
            {"en": "How can parliaments make climate adaptation reach Sahelian farmers and herders?",
             "fr": "Comment les parlements peuvent-ils faire parvenir l’adaptation climatique aux agriculteurs et éleveurs ?",
             "ar": "كيف يمكن للبرلمانات إيصال التكيف المناخي إلى المزارعين والرعاة في الساحل؟"},
            {"en": "How can disputes over water and land be prevented?",
             "fr": "Comment prévenir les conflits autour de l’eau et de la terre ?"},
        ],
        "recommendations": [
            (0, "en", "agreed", "Earmark a share of climate finance for community-led adaptation in the Sahel.", [0, 1]),
            (0, "fr", "agreed", "Réserver une part de la finance climatique à l’adaptation menée par les communautés.", [1]),
            (1, "ar", "proposed", "إنشاء لجان محلية للوساطة في النزاعات حول المياه والمراعي.", [2]),
            (1, "en", "draft", "Map transhumance corridors and protect them in law.", [3]),
        ],
    },
    "community": {
        "title": "Local communities and traditional leaders as partners for peace",
        "venue": "CICB, Ouagadougou", "date": "2023-02-09",
        "questions": [
            {"en": "What role for traditional and religious leaders in preventing violence?",
             "fr": "Quel rôle pour les autorités traditionnelles et religieuses dans la prévention de la violence ?",
             "ar": "ما دور القيادات التقليدية والدينية في منع العنف؟"},
        ],
        "recommendations": [
            (0, "fr", "agreed", "Associer les chefs traditionnels aux comités locaux de sécurité.", [0, 2]),
            (0, "en", "agreed", "Give women and young people a seat in local security committees.", [1]),
            (None, "ar", "proposed", "دعم إذاعات المجتمع المحلي بلغات الساحل لمكافحة خطاب الكراهية.", [3]),
        ],
    },
    "security": {
        "title": "Mitigating the impact of security threats by building resilience in the Sahel",
        "venue": "Exhibition World Bahrain, Manama", "date": "2023-03-11",
        "questions": [
            {"en": "What is the role of parliaments in transforming the security situation in the Sahel?",
             "fr": "Quel est le rôle des parlements dans la transformation de la situation sécuritaire au Sahel ?",
             "ar": "ما هو دور البرلمانات في تغيير الوضع الأمني في منطقة الساحل؟"},
            {"en": "How can oversight of the armed forces prevent harm to civilians?",
             "ar": "كيف يمكن للرقابة على القوات المسلحة أن تمنع الأضرار بالمدنيين؟"},
        ],
        "recommendations": [
            (0, "en", "agreed", "Establish joint parliamentary oversight of defence and security budgets.", [0]),
            (0, "ar", "agreed", "إنشاء شبكة برلمانية عربية أفريقية لتبادل الخبرات في مكافحة الإرهاب.", [1]),
            (1, "fr", "proposed", "Créer des commissions d’enquête parlementaires indépendantes sur les dommages aux civils.", [2]),
            (1, "en", "agreed", "Give women and youth a seat in local security committees.", [3]),
        ],
    },
    "education": {
        "title": "Education in crisis: keeping Sahel schools open",
        "venue": "Centre International de Conférences, Nouakchott", "date": "2023-04-26",
        "questions": [
            {"en": "How can schools closed by insecurity reopen safely?",
             "fr": "Comment rouvrir en sécurité les écoles fermées par l’insécurité ?",
             "ar": "كيف يمكن إعادة فتح المدارس المغلقة بسبب انعدام الأمن بأمان؟"},
        ],
        "recommendations": [
            (0, "en", "agreed", "Protect schools by law and fund distance learning where they are closed.", [0]),
            (0, "ar", "agreed", "تخصيص عشرة في المائة من موازنات الأمن لبرامج التعليم وتشغيل الشباب.", [1, 2]),
            (0, "fr", "draft", "Recruter et former des enseignantes dans les zones rurales.", [3]),
        ],
    },
    "development": {
        "title": "Development, jobs and the state's presence across the territory",
        "venue": "Palais des Congrès, Algiers", "date": "2023-06-14",
        "questions": [
            {"en": "What do governments need to be present across their whole territory?",
             "fr": "De quoi les gouvernements ont-ils besoin pour être présents sur tout leur territoire ?",
             "ar": "ما الذي تحتاجه الحكومات لتكون حاضرة في كامل أراضيها؟"},
            {"fr": "Comment créer des emplois pour les jeunes ?", "ar": "كيف نخلق فرص عمل للشباب؟"},
        ],
        "recommendations": [
            (0, "fr", "agreed", "Déployer juges, enseignants et agents de santé sur tout le territoire.", [0]),
            (1, "ar", "agreed", "تخصيص نسبة من موازنات الأمن لبرامج الوقاية وتشغيل الشباب.", [1, 3]),
            (1, "en", "proposed", "Create public works programmes employing young people in rural areas.", [2]),
        ],
    },
}

# name, title, organisation, country, category, gender, under 45 — per area, four speakers
SPEAKERS: dict[str, list[tuple]] = {
    "environment": [
        ("Aïssata Diallo", "Hon.", "CIP G5 Sahel", "Niger", "regional_parliamentary_body", "woman", True),
        ("Jean-Marc Ouédraogo", "Mr.", "UNEP", "", "international_organisation", "man", False),
        ("عادل العسومي", "H.E.", "البرلمان العربي", "البحرين", "regional_parliamentary_body", "man", False),
        ("Hindou Adam", "Ms.", "Association des femmes peules", "Chad", "civil_society", "woman", True),
    ],
    "community": [
        ("Moussa Traoré", "Hon.", "Assemblée nationale", "Mali", "parliamentarian", "man", False),
        ("Fatima Zahra Benali", "Dr.", "", "Morocco", "expert", "woman", False),
        ("Oumar Sy", "", "Conseil des chefs traditionnels", "Senegal", "civil_society", "man", False),
        ("مريم الشامسي", "Ms.", "منظمة الشباب", "", "civil_society", "woman", True),
    ],
    "security": [
        ("AISSATA DIALLO", "Hon.", "CIP G5 Sahel", "Niger", "regional_parliamentary_body", "woman", True),
        ("عادل العسومى", "H.E.", "البرلمان العربى", "البحرين", "regional_parliamentary_body", "man", False),
        ("John Brandolino", "Mr.", "UNODC", "", "international_organisation", "man", False),
        ("Elena Caruso", "Ms.", "Parliamentary Assembly of the Mediterranean", "", "regional_parliamentary_body",
         "woman", True),
    ],
    "education": [
        ("Mariam Cissé", "Hon.", "Assemblée nationale", "Mauritania", "parliamentarian", "woman", True),
        ("Pedro Alves", "Mr.", "UNESCO", "", "international_organisation", "man", False),
        ("Aïssata Diallo", "Hon.", "CIP G5 Sahel", "Niger", "regional_parliamentary_body", "woman", True),
        ("سعيد بن علي", "", "وزارة التربية", "الجزائر", "government", "man", False),
    ],
    "development": [
        ("Ibrahim Maïga", "Hon.", "Assemblée nationale", "Niger", "parliamentarian", "man", False),
        ("Chloé Martin", "Ms.", "UNDP", "", "international_organisation", "woman", True),
        ("Mariam Cissé", "Hon.", "Assemblée nationale", "Mauritania", "parliamentarian", "woman", True),
        ("يوسف الحسن", "Mr.", "", "Chad", "expert", "man", False),
    ],
}

SAYINGS = {
    "en": "We must act together on this question, with budgets and laws that reach the people of the Sahel.",
    "fr": "Nous devons agir ensemble sur cette question, avec des budgets et des lois qui atteignent les populations.",
    "ar": "يجب أن نعمل معاً في هذه المسألة، بموازنات وقوانين تصل إلى سكان الساحل.",
}

AREAS = tuple(PANELS)


def area_session(folder: Path, area: str, name: str | None = None, extra_recommendation: str | None = None) -> Path:
    """Create the ``area`` panel in ``folder``; returns the session file's path."""
    panel = PANELS[area]
    path = folder / (name or f"{area}.sahel")
    day = datetime.fromisoformat(panel["date"]).replace(hour=9, tzinfo=UTC)
    clock = StepClock(day)
    spec = NewSession(title=panel["title"], series="The Call of the Sahel", area=area, venue=panel["venue"],
                      date=panel["date"], start="10:00", end="13:00", questions=panel["questions"])
    with SessionService.create(path, spec, clock=clock) as s:
        qids = [q.id for q in s.questions.list()]
        people = [s.speakers.add(n, title=t, organisation=o, country=c, category=cat, gender=g,
                                  age_group="under_45" if y else "45_and_over")
                  for n, t, o, c, cat, g, y in SPEAKERS[area]]
        contributions = []
        for i, person in enumerate(people):
            qid = qids[i % len(qids)]
            s.turns.start(person.id, qid)
            clock.advance(120 + 30 * i)
            lang = ("en", "fr", "ar", "en")[i]
            contributions.append(s.contributions.record(f"{SAYINGS[lang]} ({area} {i + 1})", person.id, qid,
                                                        language=lang).id)
            s.turns.stop()
            clock.advance(15)
        for qi, lang, status, text, sources in panel["recommendations"]:
            rec = s.recommendations.draft(text, qids[qi] if qi is not None else None, language=lang,
                                          source_ids=[contributions[j] for j in sources])
            clock.advance(5)
            if status != "draft":
                s.recommendations.set_status(rec.id, status)
        if extra_recommendation:
            s.recommendations.draft(extra_recommendation, qids[0], language="en", source_ids=contributions[:1])
    return path


def snapshot_of(session: Path, folder: Path, name: str | None = None) -> Path:
    out = folder / (name or f"{session.stem}-snapshot.sahel")
    snapshot.take(session, out)
    return out


def series_files(folder: Path) -> list[Path]:
    """Snapshots of the five panels, in ``folder`` (sessions in ``folder/live``)."""
    live = folder / "live"
    live.mkdir(exist_ok=True)
    return [snapshot_of(area_session(live, area), folder) for area in AREAS]


WORDS = {
    "en": "parliament oversight budget security resilience community trust youth women justice Sahel".split(),
    "fr": "parlement contrôle budget sécurité résilience communauté confiance jeunes femmes justice Sahel".split(),
    "ar": "البرلمان الرقابة الموازنة الأمن الصمود المجتمع الثقة الشباب النساء العدالة الساحل".split(),
}


def bench_session(path: Path, seed: int, contributions: int = 500, recommendations: int = 50,
                  speakers: int = 30, questions: int = 8) -> Path:
    """A synthetic panel of the benchmark's size (a third of the texts French, a third Arabic)."""
    rnd = random.Random(seed)
    area = AREAS[seed % len(AREAS)]
    clock = StepClock(datetime(2023, 1, 1, 9, tzinfo=UTC) + timedelta(days=seed))
    qtexts = [{"en": f"Question {i + 1} of panel {seed}", "fr": f"Question {i + 1} du panel {seed}"}
              for i in range(questions)]
    spec = NewSession(title=f"Panel {seed} ({area})", series="Bench", area=area, date="2023-01-01",
                      questions=qtexts)
    with SessionService.create(path, spec, clock=clock) as s:
        qids = [q.id for q in s.questions.list()]
        people = [Speaker(id=f"bench-{seed}-speaker-{i}", name=f"Speaker {i:02d}", organisation=f"Org {i % 7}",
                          country=("Mali", "Niger", "Chad")[i % 3], category=("parliamentarian", "expert",
                                                                             "civil_society")[i % 3],
                          gender=("woman", "man")[i % 2],
                          age_group=("under_45", "45_and_over", "not_stated")[i % 3]) for i in range(speakers)]
        sids = [p.id for p in s.speakers.add_many(people)]
        cids = []
        with s.store.atomic():
            for i in range(contributions):
                lang = ("en", "fr", "ar")[i % 3]
                text = " ".join(rnd.choice(WORDS[lang]) for _ in range(rnd.randint(20, 50))) + "."
                sid, qid = sids[i % speakers], qids[i % questions]
                if i % 5 == 0:
                    s.turns.start(sid, qid)
                clock.advance(20)
                cids.append(s.contributions.record(text, speaker_id=sid, question_id=qid, language=lang).id)
            s.turns.stop()
            for i in range(recommendations):
                lang = ("en", "fr", "ar")[i % 3]
                text = " ".join(rnd.choice(WORDS[lang]) for _ in range(rnd.randint(10, 25))) + "."
                s.recommendations.draft(text, qids[i % questions], language=lang,
                                        status=("draft", "proposed", "agreed")[i % 3], source_ids=rnd.sample(cids, 3))
    return path
