"""Shared pieces for the panel tests and screenshots: a realistic session and a controllable clock.

The session is the 146th IPU Assembly side panel on security in the Sahel (its concept
note): its 14 outcome questions, speakers from the Arab Parliament,
CIP G5 Sahel, PAM and UNODC, a few turns, contributions and recommendations.
Names of people are invented; organisations are the real participants.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sahel_panel.domain.model import Speaker
from sahel_panel.services import NewSession, SessionService
from sahel_panel.ui.core.document import SessionDocument

QUESTIONS_EN = [
    "What is the role of parliaments and parliamentarians in transforming the security situation in the Sahel?",
    "How can parliaments use their roles of budgeting, legislation and oversight to strengthen the security "
    "apparatus in their respective countries?",
    "How can parliamentary oversight of the armed forces be improved in order to prevent collateral damage "
    "against civilians which can lead to further radicalization?",
    "How can the international community do more to strengthen the states of the Sahel while avoiding "
    "previous mistakes?",
    "What pilot projects can be put in place to bring peace to the Sahel? Where should they be located? "
    "What should their focus be?",
    "How can security structures and systems be strengthened for more effectiveness on the ground?",
    "How can civilians and communities affected by violence be better integrated into security responses?",
    "How can we enhance coordination between security actors and others working on the causes of insecurity?",
    "What support do governments and communities need to tackle the rise in violence?",
    "How can states better manage forced displacement and refugees in this region?",
    "How can we assess the real impact of the different activities being implemented?",
    "What coordination mechanisms are in place between different stakeholders?",
    "What can be done to make Sahelian societies more resilient to threats of security and violence?",
    "What do governments need in order to effectively control their territories and guarantee security "
    "to their populations?",
]
QUESTIONS_AR = [
    "ما هو دور البرلمانات والبرلمانيين في تغيير الوضع الأمني في منطقة الساحل؟",
    "كيف يمكن للبرلمانات أن تستخدم أدوارها في الموازنات والتشريعات والرقابة لتقوية الأجهزة الأمنية في بلدانها؟",
    "كيف يمكن تحسين الرقابة البرلمانية على القوات المسلحة من أجل منع الأضرار الجانبية ضد المدنيين"
    " التي يمكن أن تؤدي إلى مزيد من التطرف؟",
    "كيف يمكن للمجتمع الدولي أن يقوم بالمزيد من الخطوات لتعزيز دول منطقة الساحل مع تجنب الأخطاء السابقة؟",
    "ما هي المشاريع التجريبية التي يمكن وضعها لإحلال السلم في منطقة الساحل؟",
    "كيف يمكن تعزيز الهياكل والأنظمة الأمنية لزيادة الفعالية على الأرض؟",
    "كيف يمكن دمج المدنيين والمجتمعات المتضررة من العنف بشكل أفضل في الاستجابات الأمنية؟",
    "كيف يمكننا تعزيز التنسيق بين الجهات الأمنية والآخرين الذين يعملون بشأن أسباب انعدام الأمن؟",
    "ما هو الدعم الذي تحتاجه الحكومات والمجتمعات لمواجهة تنامي العنف وتدهور الوضع الأمني؟",
    "كيف يمكن للدول أن تدير بشكل أفضل النزوح القسري واللاجئين في هذه المنطقة؟",
    "كيف يمكننا تقييم الأثر الحقيقي للأنشطة المختلفة الجاري تنفيذها؟",
    "ما هي آليات التنسيق القائمة بين مختلف الجهات المعنية؟",
    "ما الذي يمكن القيام به لجعل مجتمعات منطقة الساحل أكثر قدرة على الصمود أمام تهديدات الأمن والعنف؟",
    "ما الذي تحتاجه الحكومات من أجل السيطرة الفعالة على أراضيها وضمان الأمن لسكانها؟",
]
QUESTION_FR_1 = ("Quel est le rôle des parlements et des parlementaires dans la transformation de la situation "
                 "sécuritaire au Sahel ?")

SPEAKERS = [
    Speaker(id="", name="Leila Haddad", title="Ms.", organisation="Inter-Parliamentary Union",
            category="moderator", gender="woman"),
    Speaker(id="", name="خالد المنصوري", title="د.", organisation="البرلمان العربي", country="BH",
            category="regional_parliamentary_body", gender="man"),
    Speaker(id="", name="Fatimetou Mint Ahmed", title="Hon.", organisation="CIP G5 Sahel", country="MR",
            category="regional_parliamentary_body", gender="woman", age_group="under_45"),
    Speaker(id="", name="Gianluca Ferri", title="Sen.", organisation="Parliamentary Assembly of the Mediterranean",
            country="IT", category="regional_parliamentary_body", gender="man"),
    Speaker(id="", name="Awa Ndiaye", title="Ms.", organisation="UNODC", category="international_organisation",
            gender="woman"),
    Speaker(id="", name="Moussa Kaboré", title="Hon.", organisation="National Assembly of Niger", country="NE",
            category="parliamentarian", gender="man"),
    Speaker(id="", name="Mariam Ould Cheikh", organisation="Sahel Youth Network", country="ML",
            category="civil_society", gender="woman", age_group="under_45"),
    Speaker(id="", name="Ibrahim Maïga", title="Dr.", organisation="Institute for Security Studies",
            category="expert", gender="man"),
]


class FakeClock:
    """A clock the tests move by hand, so speaking times are exact."""

    def __init__(self, start: datetime | None = None) -> None:
        self.value = start or datetime(2023, 3, 11, 11, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.value

    def advance(self, seconds: float) -> None:
        self.value += timedelta(seconds=seconds)


@dataclass
class Sample:
    """The document and ids tests refer to."""

    document: SessionDocument
    clock: FakeClock
    question_ids: list[str]
    speaker_ids: dict[str, str]  # name -> id
    contribution_ids: list[str] = field(default_factory=list)
    recommendation_ids: list[str] = field(default_factory=list)

    @property
    def service(self) -> SessionService:
        return self.document.service


def make_session(path: Path, rich: bool = True) -> Sample:
    """Create the security panel session at ``path``; ``rich`` adds turns, contributions, recommendations."""
    clock = FakeClock()
    questions = [{"en": en, "ar": ar} for en, ar in zip(QUESTIONS_EN, QUESTIONS_AR, strict=True)]
    questions[0]["fr"] = QUESTION_FR_1
    spec = NewSession(
        title="Mitigating the impact of security threats by building resilience in the Sahel",
        series="The Call of the Sahel", area="security", event="146th IPU Assembly",
        venue="Exhibition World Bahrain, Manama", room="Grand Hall E", date="2023-03-11",
        start="14:30", end="17:30", questions=questions, speakers=list(SPEAKERS),
    )
    service = SessionService.create(path, spec, clock=clock)
    document = SessionDocument(service)
    qids = [q.id for q in service.questions.list()]
    sids = {s.name: s.id for s in service.speakers.list()}
    sample = Sample(document, clock, qids, sids)
    document.set_current_question(qids[0])
    document.set_live_question(qids[0])
    if rich:
        _fill(sample)
    return sample


def _fill(sample: Sample) -> None:
    s, q, sp = sample.service, sample.question_ids, sample.speaker_ids
    said = [
        ("Gianluca Ferri", q[0], "Parliaments must own the security agenda: budgets for the armed forces need "
                                 "line-by-line scrutiny, and oversight committees must visit the field.", "en"),
        ("خالد المنصوري", q[0], "يجب على البرلمانات العربية والأفريقية تبادل الخبرات في مجال الرقابة على "
                               "قطاع الأمن.", "ar"),
        ("Fatimetou Mint Ahmed", q[0], "Les jeunes du Sahel doivent être associés aux comités de défense "
                                       "et de sécurité.", "fr"),
        ("Awa Ndiaye", q[1], "UNODC can support legislative drafting on terrorism financing and mutual legal "
                             "assistance.", "en"),
        ("Moussa Kaboré", q[0], "Our assembly adopted a law on the protection of civilians; implementation "
                                "needs resources.", "en"),
    ]
    for name, qid, text, lang in said:
        s.turns.start(sp[name], qid)
        sample.clock.advance(180 if lang != "ar" else 300)
        sample.contribution_ids.append(s.contributions.record(text, sp[name], qid, language=lang).id)
    s.turns.stop()
    recs = [
        ("Create a joint parliamentary oversight mechanism for security spending in the Sahel.", "proposed",
         sample.contribution_ids[:2]),
        ("Involve youth representatives in national defence and security committees.", "draft",
         sample.contribution_ids[2:3]),
        ("إنشاء شبكة برلمانية عربية أفريقية لتبادل الخبرات في الرقابة على قطاع الأمن.", "agreed", []),
    ]
    for text, status, sources in recs:
        lang = "ar" if text[0] > "\u0600" else "en"
        r = s.recommendations.draft(text, q[0], language=lang, status=status, source_ids=sources)
        sample.recommendation_ids.append(r.id)
    r = s.recommendations.draft("Publish an annual public report on the protection of civilians.", q[0])
    s.recommendations.set_status(r.id, "withdrawn")
    sample.recommendation_ids.append(r.id)
    g = s.recommendations.draft("Present these recommendations at the Second Global Parliamentary Summit "
                                "on Countering Terrorism.", None, status="agreed")
    sample.recommendation_ids.append(g.id)
    sample.document.undo_stack.clear()


def close_sample(sample: Sample) -> None:
    sample.document.close()
