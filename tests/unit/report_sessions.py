"""Sessions for the report and export tests and the report benchmark, built through the services API.

``panel_session`` is the 146th IPU Assembly security panel (Manama, 11 March
2023) with its 14 outcome questions (English and Arabic from the concept
note, French translated), speakers of the kinds who took part (UNODC, Arab
Parliament, CIP G5 Sahel, PAM, parliamentarians) and contributions in the
three languages. Speaker names are invented; the organisations are real.
``big_session`` is synthetic, sized for the benchmark.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sahel_panel.services import NewSession, SessionService

T0 = datetime(2023, 3, 11, 11, 30, tzinfo=UTC)  # 14:30 in Manama


class StepClock:
    """A clock that moves only when told: turns get exact, reproducible durations."""

    def __init__(self, start: datetime = T0) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, seconds: float) -> None:
        self.moment += timedelta(seconds=seconds)


QUESTIONS: list[dict[str, str]] = [
    {"en": "What is the role of parliaments and parliamentarians in transforming the security situation in the Sahel?",
     "fr": "Quel est le rôle des parlements et des parlementaires dans la transformation de la situation sécuritaire au Sahel ?",
     "ar": "ما هو دور البرلمانات والبرلمانيين في تغيير الوضع الأمني في منطقة الساحل؟"},
    {"en": "How can parliaments use their roles of budgeting, legislation and oversight to strengthen the security apparatus in their respective countries?",
     "fr": "Comment les parlements peuvent-ils utiliser leurs fonctions budgétaire, législative et de contrôle pour renforcer l’appareil de sécurité de leur pays ?",
     "ar": "كيف يمكن للبرلمانات أن تستخدم أدوارها في الموازنات والتشريعات والرقابة لتقوية الأجهزة الأمنية في بلدانها؟"},
    {"en": "How can parliamentary oversight of the armed forces be improved in order to prevent collateral damage against civilians which can lead to further radicalization?",
     "fr": "Comment améliorer le contrôle parlementaire des forces armées afin de prévenir les dommages collatéraux contre les civils, qui peuvent nourrir la radicalisation ?",
     "ar": "كيف يمكن تحسين الرقابة البرلمانية على القوات المسلحة من أجل منع الأضرار الجانبية ضد المدنيين التي يمكن أن تؤدي إلى مزيد من التطرف؟"},
    {"en": "How can the international community do more to strengthen the states of the Sahel while avoiding previous mistakes?",
     "fr": "Comment la communauté internationale peut-elle faire davantage pour renforcer les États du Sahel tout en évitant les erreurs passées ?",
     "ar": "كيف يمكن للمجتمع الدولي أن يقوم بالمزيد من الخطوات لتعزيز دول منطقة الساحل مع تجنب الأخطاء السابقة؟"},
    {"en": "What pilot projects can be put in place to bring peace to the Sahel? Where should they be located? What should their focus be?",
     "fr": "Quels projets pilotes mettre en place pour ramener la paix au Sahel ? Où les situer ? Sur quoi doivent-ils porter ?",
     "ar": "ما هي المشاريع التجريبية التي يمكن وضعها لإحلال السلم في منطقة الساحل؟ أين ينبغي أن تكون واردة؟ ماذا ينبغي أن يكون محور تركيزها؟"},
    {"en": "How can security structures and systems be strengthened for more effectiveness on the ground? What needs to be addressed in their recruitment and training, motivation and incentives to enable more effective operations?",
     "fr": "Comment renforcer les structures et les systèmes de sécurité pour plus d’efficacité sur le terrain ? Que faut-il revoir dans le recrutement, la formation, la motivation et les incitations pour des opérations plus efficaces ?",
     "ar": "كيف يمكن تعزيز الهياكل والأنظمة الأمنية لزيادة الفعالية على الأرض؟ ما الذي ينبغي معالجته في التوظيف والتدريب والتحفيز والحوافز لتمكين عمليات أكثر فاعلية؟"},
    {"en": "How can civilians and communities affected by violence be better integrated into security responses to enhance their effectiveness and increase trust levels?",
     "fr": "Comment mieux associer les civils et les communautés touchés par la violence aux réponses sécuritaires, pour les rendre plus efficaces et renforcer la confiance ?",
     "ar": "كيف يمكن دمج المدنيين والمجتمعات المتضررة من العنف بشكل أفضل في الاستجابات الأمنية لتعزيز فعاليتها وزيادة مستويات الثقة؟"},
    {"en": "How can we enhance coordination between security actors and others working on the causes of insecurity?",
     "fr": "Comment renforcer la coordination entre les acteurs de la sécurité et ceux qui agissent sur les causes de l’insécurité ?",
     "ar": "كيف يمكننا تعزيز التنسيق بين الجهات الأمنية والآخرين الذين يعملون بشأن أسباب انعدام الأمن؟"},
    {"en": "What support do governments and communities need to tackle the rise in violence and the deteriorating security situation?",
     "fr": "De quel soutien les gouvernements et les communautés ont-ils besoin pour faire face à la montée de la violence et à la dégradation de la situation sécuritaire ?",
     "ar": "ما هو الدعم الذي تحتاجه الحكومات والمجتمعات لمواجهة تنامي العنف وتدهور الوضع الأمني؟"},
    {"en": "How can states better manage forced displacement and refugees in this region?",
     "fr": "Comment les États peuvent-ils mieux gérer les déplacements forcés et les réfugiés dans cette région ?",
     "ar": "كيف يمكن للدول أن تدير بشكل أفضل النزوح القسري واللاجئين في هذه المنطقة؟"},
    {"en": "How can we assess the real impact of the different activities being implemented?",
     "fr": "Comment évaluer l’impact réel des différentes activités mises en œuvre ?",
     "ar": "كيف يمكننا تقييم الأثر الحقيقي للأنشطة المختلفة الجاري تنفيذها؟"},
    {"en": "What coordination mechanisms are in place between different stakeholders?",
     "fr": "Quels mécanismes de coordination existent entre les différentes parties prenantes ?",
     "ar": "ما هي آليات التنسيق القائمة بين مختلف الجهات المعنية؟"},
    {"en": "What can be done to make Sahelian societies more resilient to threats of security and violence?",
     "fr": "Que faire pour rendre les sociétés sahéliennes plus résilientes face aux menaces sécuritaires et à la violence ?",
     "ar": "ما الذي يمكن القيام به لجعل مجتمعات منطقة الساحل أكثر قدرة على الصمود أمام تهديدات الأمن والعنف؟"},
    {"en": "What do governments need in order to effectively control their territories and guarantee security to their populations?",
     "fr": "De quoi les gouvernements ont-ils besoin pour contrôler effectivement leur territoire et garantir la sécurité de leur population ?",
     "ar": "ما الذي تحتاجه الحكومات من أجل السيطرة الفعالة على أراضيها وضمان الأمن لسكانها؟"},
]

SPEAKERS = [
    # key, name, title, organisation, country, category, gender, age group
    ("mod", "Amina Diallo", "Ms.", "Inter-Parliamentary Union", "", "moderator", "woman", "45_and_over"),
    ("unodc", "Marco Bellini", "Mr.", "UNODC Terrorism Prevention Branch", "", "international_organisation", "man", "45_and_over"),
    ("arabp", "سارة المنصوري", "د.", "البرلمان العربي", "البحرين", "regional_parliamentary_body", "woman", "45_and_over"),
    ("cip", "Issoufou Maïga", "Hon.", "CIP G5 Sahel", "Niger", "regional_parliamentary_body", "man", "45_and_over"),
    ("pam", "Elena Caruso", "Ms.", "Parliamentary Assembly of the Mediterranean (PAM)", "", "regional_parliamentary_body", "woman", "under_45"),
    ("mali", "Fatoumata Coulibaly", "Hon.", "National Transitional Council", "Mali", "parliamentarian", "woman", "under_45"),
    ("chad", "Mahamat Abakar", "Hon.", "National Assembly", "Chad", "parliamentarian", "man", "45_and_over"),
    ("bf", "Rasmané Ouédraogo", "Hon.", "Assemblée législative de transition", "Burkina Faso", "parliamentarian", "man", "under_45"),
    ("mr", "أحمد ولد محمد", "السيد", "الجمعية الوطنية", "موريتانيا", "parliamentarian", "man", "not_stated"),
    ("cso", "Hindou Adam", "Ms.", "", "Chad", "civil_society", "woman", "under_45"),
]

CONTRIBUTIONS = [
    # speaker key, question position (None: general), language, text
    ("mod", None, "en", "The moderator opened the panel, recalled the Call of the Sahel and the five meetings of the series, and invited speakers to focus on concrete recommendations for the Second Global Parliamentary Summit on Countering Terrorism."),
    ("unodc", 1, "en", "Parliaments are the link between citizens and the security sector. UNODC supports Sahel parliaments in reviewing counter-terrorism legislation so that it complies with international law and human rights (A/RES/75/291)."),
    ("arabp", 1, "ar", "إن البرلمانات هي خط الدفاع الأول عن سيادة القانون، ويقترح البرلمان العربي إنشاء شبكة برلمانية (عربية-أفريقية) لتبادل الخبرات في مجال مكافحة الإرهاب بحلول عام 2024."),
    ("cip", 2, "fr", "La CIP G5 Sahel rappelle que le contrôle budgétaire est l’outil le plus concret : sans lignes budgétaires lisibles pour la défense, il n’y a pas de contrôle parlementaire possible. Nous proposons des auditions trimestrielles des ministres de la Défense."),
    ("mali", 3, "fr", "Les bavures contre les civils nourrissent le recrutement des groupes armés. Il faut des commissions d’enquête parlementaires indépendantes et la publication de leurs conclusions."),
    ("pam", 4, "en", "PAM and the UN jointly prepared guidelines for parliamentarians implementing the UN Global Counter-Terrorism Strategy; the international community must listen to Sahelian voices and avoid one-size-fits-all programmes."),
    ("chad", 6, "en", "Our soldiers are underpaid and poorly equipped; recruitment must be transparent & training must include international humanitarian law."),
    ("mr", 7, "ar", "يجب إشراك المجتمعات المحلية والزعماء التقليديين في الاستجابات الأمنية، لأن الثقة بين المدنيين والعسكريين هي أساس أي نجاح على الأرض."),
    ("cso", 7, "en", "Women and young people in affected communities are the first to see early signs of radicalisation; they must have a seat in local security committees."),
    ("bf", 10, "fr", "Le Burkina Faso compte près de deux millions de personnes déplacées internes : les parlements doivent voter des budgets d’urgence pour les communes d’accueil."),
    ("unodc", 11, "en", "Impact must be measured with shared indicators: number of terrorism cases brought to trial, time to judgment, and victims assisted."),
    ("arabp", 13, "ar", "الصمود المجتمعي يبدأ بالتعليم وفرص العمل للشباب؛ ونوصي بتخصيص 10% من موازنات الأمن لبرامج الوقاية."),
    ("cip", 14, "fr", "Les États ont besoin de présence administrative sur tout le territoire : juges, enseignants et agents de santé, pas seulement des soldats."),
    ("mod", None, "en", "Closing the panel, the moderator thanked the speakers and announced that the rapporteur would circulate the draft recommendations."),
]

RECOMMENDATIONS = [
    # question position (None: general), language, status, text, supporting contribution indexes
    (1, "en", "agreed", "Establish an Arab–African parliamentary network to exchange experience on countering terrorism by 2024.", [1, 2]),
    (1, "ar", "proposed", "مراجعة التشريعات الوطنية لمكافحة الإرهاب بما يتوافق مع القانون الدولي وحقوق الإنسان.", [1]),
    (2, "fr", "agreed", "Instituer des auditions trimestrielles des ministres de la Défense par les commissions parlementaires compétentes.", [3]),
    (3, "en", "proposed", "Create independent parliamentary inquiry commissions into harm to civilians and publish their findings.", [4]),
    (6, "en", "draft", "Make recruitment into the armed forces transparent and include international humanitarian law in all training.", [6]),
    (7, "en", "agreed", "Give women and young people a seat in local security committees.", [7, 8]),
    (10, "fr", "withdrawn", "Voter des budgets d’urgence pour les communes qui accueillent des personnes déplacées.", [9]),
    (13, "ar", "proposed", "تخصيص 10% من موازنات الأمن لبرامج الوقاية والتعليم وتشغيل الشباب.", [11]),
    (None, "en", "agreed", "Present these recommendations at the Second Global Parliamentary Summit on Countering Terrorism.", [0, 13]),
]


TRANSLATIONS = {
    "fr": {"title": "Atténuer l’impact des menaces sécuritaires en renforçant la résilience au Sahel",
           "series": "L’Appel du Sahel", "event": "146e Assemblée de l’UIP", "venue": "Exhibition World Bahrain, Manama (Bahreïn)"},
    "ar": {"title": "التخفيف من تأثير التهديدات الأمنية من خلال بناء القدرة على الصمود في منطقة الساحل",
           "series": "الدعوة إلى إنقاذ منطقة الساحل", "event": "الجمعية العامة الـ146 للاتحاد البرلماني الدولي",
           "venue": "مركز البحرين العالمي للمعارض، المنامة، البحرين", "room": "القاعة الكبرى E"},
}
SUMMARY = ("Parliaments hold the budget, the law and oversight: the panel asked them to use all three.\n"
           "تدعو حلقة النقاش إلى شبكة برلمانية عربية أفريقية لتبادل الخبرات.")
ROLES = {"mod": "moderator", "unodc": "panellist", "arabp": "panellist", "cip": "panellist", "pam": "rapporteur"}


def new_spec(title: str = "Mitigating the impact of security threats by building resilience in the Sahel",
             questions: list[dict[str, str]] | None = None, **extra: object) -> NewSession:
    return NewSession(
        title=title, series="The Call of the Sahel", area="security", event="146th IPU Assembly",
        venue="Exhibition World Bahrain (EWB), Manama, Bahrain", room="Grand Hall E", date="2023-03-11",
        start="14:30", end="17:30", questions=QUESTIONS if questions is None else questions,
        time_zone="Asia/Bahrain", **extra,  # type: ignore[arg-type]
    )


def panel_session(path: Path) -> Path:
    """The realistic Manama panel; returns ``path``."""
    clock = StepClock()
    svc = SessionService.create(path, new_spec(translations=TRANSLATIONS, summary=SUMMARY), clock=clock)
    with svc:
        qs = {q.position: q.id for q in svc.questions.list()}
        ids = {}
        for key, name, title, org, country, cat, gender, age in SPEAKERS:
            ids[key] = svc.speakers.add(name, title=title, organisation=org, country=country, category=cat,
                                        gender=gender, age_group=age, role=ROLES.get(key, "")).id
        recorded = []
        for i, (key, qpos, lang, text) in enumerate(CONTRIBUTIONS):
            qid = qs.get(qpos) if qpos else None
            svc.turns.start(ids[key], qid)
            clock.advance(150 + 37 * (i % 5))
            recorded.append(svc.contributions.record(text, speaker_id=ids[key], question_id=qid, language=lang,
                                                     kind="question" if i == 8 else "statement").id)
            svc.turns.stop()
            clock.advance(20)
        for qpos, lang, status, text, sources in RECOMMENDATIONS:
            rec = svc.recommendations.draft(text, question_id=qs.get(qpos) if qpos else None, language=lang,
                                            source_ids=[recorded[i] for i in sources])
            if status != "draft":
                if status == "withdrawn":
                    svc.recommendations.set_status(rec.id, "proposed")
                svc.recommendations.set_status(rec.id, status)
    return path


WORDS_EN = ("parliament oversight budget security resilience community trust civilians armed forces coordination "
            "displacement refugees legislation training recruitment youth women justice prevention Sahel").split()
WORDS_FR = ("parlement contrôle budget sécurité résilience communauté confiance civils forces armées coordination "
            "déplacement réfugiés législation formation recrutement jeunes femmes justice prévention Sahel").split()
WORDS_AR = ("البرلمان الرقابة الموازنة الأمن الصمود المجتمع الثقة المدنيين القوات المسلحة التنسيق النزوح "
            "اللاجئين التشريع التدريب التوظيف الشباب النساء العدالة الوقاية الساحل").split()
CATS = ("parliamentarian", "international_organisation", "regional_parliamentary_body", "government",
        "civil_society", "expert")


def big_session(path: Path, questions: int = 14, speakers: int = 60, contributions: int = 1000,
                recommendations: int = 200, seed: int = 7) -> Path:
    """A synthetic session of the benchmark's size, about a third of the texts in French and Arabic."""
    rnd = random.Random(seed)
    clock = StepClock()
    qtexts = [QUESTIONS[i % len(QUESTIONS)] for i in range(questions)]
    svc = SessionService.create(path, new_spec(questions=qtexts), clock=clock)
    with svc:
        qids = [q.id for q in svc.questions.list()]
        from sahel_panel.domain.model import AGE_GROUPS, Speaker

        people = [Speaker(id=f"bench-speaker-{i}", name=f"Speaker {i:02d}" if i % 4 else f"متحدث {i:02d}", title="Hon.",
                          organisation=f"Organisation {i % 9}", country=("Mali", "Niger", "Chad", "مصر")[i % 4],
                          category=CATS[i % len(CATS)], gender=("woman", "man")[i % 2], age_group=AGE_GROUPS[i % 3])
                  for i in range(speakers)]
        sids = [s.id for s in svc.speakers.add_many(people)]
        cids = []
        with svc.store.atomic():
            for i in range(contributions):
                lang = ("en", "en", "fr", "ar")[i % 4]
                words = {"en": WORDS_EN, "fr": WORDS_FR, "ar": WORDS_AR}[lang]
                text = " ".join(rnd.choice(words) for _ in range(rnd.randint(25, 70))) + "."
                sid, qid = sids[i % speakers], qids[i % questions]
                if i % 5 == 0:
                    svc.turns.start(sid, qid)
                clock.advance(30)
                cids.append(svc.contributions.record(text, speaker_id=sid, question_id=qid, language=lang).id)
            svc.turns.stop()
            for i in range(recommendations):
                lang = ("en", "fr", "ar")[i % 3]
                words = {"en": WORDS_EN, "fr": WORDS_FR, "ar": WORDS_AR}[lang]
                text = " ".join(rnd.choice(words) for _ in range(rnd.randint(12, 30))) + "."
                qid = qids[i % questions] if i % 20 else None
                svc.recommendations.draft(text, question_id=qid, language=lang,
                                          status=("draft", "proposed", "agreed")[i % 3],
                                          source_ids=rnd.sample(cids, 3))
    return path


# -- reading outputs back ---------------------------------------------------
BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def norm(text: str) -> str:
    """Comparable text: presentation forms back to letters (NFKC), bidi marks and spacing dropped."""
    import unicodedata

    text = unicodedata.normalize("NFKC", text).translate(BIDI_MARKS)
    return " ".join(text.split())


def pdf_text(path: Path, layout: bool = False) -> str:
    """Text of a PDF through poppler's pdftotext. Missing poppler fails the test, never skips it."""
    import shutil
    import subprocess

    import pytest

    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is required by the report tests: apt-get install poppler-utils")
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=60).stdout


def pdf_pages(path: Path) -> int:
    import re
    import subprocess

    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))
