"""Generated recommendations for bench/bench_similar.py: 50 panels of 50, in English, French and Arabic.

Each recommendation is composed from aligned phrase banks (an action, an object
on one of the five areas, a region and a purpose), so every one exists in the
three languages with the same meaning. A panel writes in its own main language
with some recommendations in the other two, and about one in six is carried
over from an earlier panel (the same meaning, often in another language, or
with its wording lightly edited): those are the duplicates to find.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

ACTIONS = [
    ("Strengthen", "Renforcer", "تعزيز"),
    ("Fund", "Financer", "تمويل"),
    ("Evaluate every year", "Évaluer chaque année", "التقييم السنوي لـ"),
    ("Extend", "Étendre", "توسيع"),
    ("Support", "Soutenir", "دعم"),
    ("Monitor closely", "Suivre de près", "المتابعة الدقيقة لـ"),
    ("Protect", "Protéger", "حماية"),
    ("Give legal force to", "Donner force de loi à", "إضفاء قوة القانون على"),
]

OBJECTS = [
    # security
    ("parliamentary oversight of defence budgets", "le contrôle parlementaire des budgets de la défense",
     "الرقابة البرلمانية على ميزانيات الدفاع"),
    ("cross-border police cooperation", "la coopération policière transfrontalière", "التعاون الشرطي عبر الحدود"),
    ("the reintegration of former fighters", "la réinsertion des anciens combattants", "إعادة إدماج المقاتلين السابقين"),
    ("the protection of civilians in conflict zones", "la protection des civils dans les zones de conflit",
     "حماية المدنيين في مناطق النزاع"),
    ("the fight against arms trafficking", "la lutte contre le trafic d'armes", "مكافحة تهريب الأسلحة"),
    ("community early warning networks", "les réseaux communautaires d'alerte précoce", "شبكات الإنذار المبكر المجتمعية"),
    ("the training of security forces in human rights", "la formation des forces de sécurité aux droits de l'homme",
     "تدريب قوات الأمن على حقوق الإنسان"),
    ("judicial cooperation against terrorism", "la coopération judiciaire contre le terrorisme",
     "التعاون القضائي في مكافحة الإرهاب"),
    # environment
    ("the restoration of degraded land", "la restauration des terres dégradées", "استصلاح الأراضي المتدهورة"),
    ("the Great Green Wall", "la Grande Muraille verte", "السور الأخضر العظيم"),
    ("the shared management of water points", "la gestion partagée des points d'eau", "الإدارة المشتركة لنقاط المياه"),
    ("drought insurance for herders", "l'assurance sécheresse pour les éleveurs", "التأمين ضد الجفاف لصالح الرعاة"),
    ("access to climate finance", "l'accès à la finance climatique", "الوصول إلى التمويل المناخي"),
    ("the protection of forests and wetlands", "la protection des forêts et des zones humides",
     "حماية الغابات والأراضي الرطبة"),
    ("seasonal weather forecasts for farmers", "les prévisions météorologiques saisonnières pour les agriculteurs",
     "التوقعات الجوية الموسمية للمزارعين"),
    ("solar irrigation for smallholders", "l'irrigation solaire pour les petits exploitants",
     "الري بالطاقة الشمسية لصغار المزارعين"),
    # local communities
    ("the mediation role of traditional leaders", "le rôle de médiation des chefs traditionnels",
     "دور الوساطة الذي يضطلع به الزعماء التقليديون"),
    ("the budgets of municipal councils", "les budgets des conseils municipaux", "ميزانيات المجالس البلدية"),
    ("women's participation in local peace committees", "la participation des femmes aux comités locaux de paix",
     "مشاركة النساء في لجان السلام المحلية"),
    ("the voluntary return of displaced people", "le retour volontaire des personnes déplacées", "العودة الطوعية للنازحين"),
    ("dialogue between farmers and herders", "le dialogue entre agriculteurs et éleveurs", "الحوار بين المزارعين والرعاة"),
    ("community radio stations", "les radios communautaires", "الإذاعات المجتمعية"),
    ("the civil registration of births", "l'enregistrement des naissances à l'état civil", "تسجيل المواليد في السجل المدني"),
    ("local land commissions", "les commissions foncières locales", "اللجان العقارية المحلية"),
    # education
    ("the reopening of schools closed by insecurity", "la réouverture des écoles fermées par l'insécurité",
     "إعادة فتح المدارس التي أغلقها انعدام الأمن"),
    ("grants that keep girls in secondary school", "les bourses qui maintiennent les filles au secondaire",
     "المنح التي تبقي الفتيات في التعليم الثانوي"),
    ("the training of rural teachers", "la formation des enseignants ruraux", "تدريب المعلمين في الأرياف"),
    ("vocational training centres", "les centres de formation professionnelle", "مراكز التدريب المهني"),
    ("school meals in nomadic areas", "les cantines scolaires dans les zones nomades", "الوجبات المدرسية في المناطق الرعوية"),
    ("distance learning by radio", "l'enseignement à distance par la radio", "التعليم عن بعد عبر الإذاعة"),
    ("literacy classes for adults", "les cours d'alphabétisation pour adultes", "دروس محو الأمية للكبار"),
    ("digital skills for young people", "les compétences numériques des jeunes", "المهارات الرقمية للشباب"),
    # development
    ("solar mini-grids in rural areas", "les mini-réseaux solaires en milieu rural", "الشبكات الشمسية الصغيرة في الأرياف"),
    ("mobile banking for women entrepreneurs", "les services bancaires mobiles pour les entrepreneures",
     "الخدمات المصرفية عبر الهاتف لرائدات الأعمال"),
    ("rural roads to regional markets", "les routes rurales vers les marchés régionaux", "الطرق الريفية المؤدية إلى الأسواق الإقليمية"),
    ("the coordination of development aid", "la coordination de l'aide au développement", "تنسيق المساعدات الإنمائية"),
    ("youth employment programmes", "les programmes d'emploi des jeunes", "برامج تشغيل الشباب"),
    ("primary health centres", "les centres de santé primaires", "مراكز الرعاية الصحية الأولية"),
    ("agricultural cooperatives", "les coopératives agricoles", "التعاونيات الزراعية"),
    ("public procurement transparency", "la transparence des marchés publics", "شفافية الصفقات العمومية"),
]

REGIONS = [
    ("in the Liptako-Gourma region", "dans la région du Liptako-Gourma", "في منطقة ليبتاكو-غورما"),
    ("in the Lake Chad basin", "dans le bassin du lac Tchad", "في حوض بحيرة تشاد"),
    ("in northern Mali", "dans le nord du Mali", "في شمال مالي"),
    ("in the border areas of Niger", "dans les zones frontalières du Niger", "في المناطق الحدودية للنيجر"),
    ("across the Sahel", "dans l'ensemble du Sahel", "في جميع أنحاء منطقة الساحل"),
    ("in Mauritania and Senegal", "en Mauritanie et au Sénégal", "في موريتانيا والسنغال"),
    ("in rural Burkina Faso", "dans les zones rurales du Burkina Faso", "في أرياف بوركينا فاسو"),
    ("in the Tillabéri region", "dans la région de Tillabéri", "في منطقة تيلابيري"),
]

PURPOSES = [
    ("so that young people are not recruited by armed groups",
     "afin que les jeunes ne soient pas recrutés par les groupes armés",
     "حتى لا يجند الشباب من قبل الجماعات المسلحة"),
    ("with a yearly report to parliament", "avec un rapport annuel au parlement", "مع تقديم تقرير سنوي إلى البرلمان"),
    ("with women and young people in the decisions", "en associant les femmes et les jeunes aux décisions",
     "بإشراك النساء والشباب في اتخاذ القرارات"),
    ("through a dedicated budget line", "au moyen d'une ligne budgétaire dédiée", "من خلال بند مخصص في الميزانية"),
    ("in consultation with local communities", "en concertation avec les communautés locales",
     "بالتشاور مع المجتمعات المحلية"),
    ("to reduce conflicts over resources", "pour réduire les conflits liés aux ressources",
     "للحد من النزاعات على الموارد"),
    ("with the support of regional parliaments", "avec l'appui des parlements régionaux", "بدعم من البرلمانات الإقليمية"),
    ("before the next electoral cycle", "avant le prochain cycle électoral", "قبل الدورة الانتخابية المقبلة"),
]

LANGS = ("en", "fr", "ar")
_LIGHT_EDITS = {
    "en": [("Strengthen", "Reinforce"), (" with ", " together with "), ("so that", "in order that")],
    "fr": [("Renforcer", "Consolider"), ("afin que", "pour que"), ("avec ", "avec l'aide de ")],
    "ar": [("تعزيز", "دعم وتعزيز"), ("الأمن", "الامن"), ("إلى", "الى")],
}


@dataclass(frozen=True)
class Rec:
    id: str
    session_id: str
    text: str
    language: str
    meaning: tuple[int, int, int, int, int]  # the first four say what it means; the fifth only how

    @property
    def sense(self) -> tuple[int, int, int, int]:
        return self.meaning[:4]


OPENINGS = [
    ("", "", ""),
    ("Parliaments should ", "Les parlements devraient ", "ينبغي للبرلمانات "),
    ("We call on governments to ", "Nous appelons les gouvernements à ", "ندعو الحكومات إلى "),
]


def compose(meaning: tuple[int, int, int, int, int], lang: str) -> str:
    """The recommendation ``meaning`` (action, object, region, purpose, opening) written in ``lang``.

    Region and purpose are optional (index -1), so lengths and shared clauses vary.
    """
    k = LANGS.index(lang)
    action, obj = ACTIONS[meaning[0]][k], OBJECTS[meaning[1]][k]
    region = f" {REGIONS[meaning[2]][k]}" if meaning[2] >= 0 else ""
    purpose = f" {PURPOSES[meaning[3]][k]}" if meaning[3] >= 0 else ""
    opening = OPENINGS[meaning[4]][k]
    if lang == "ar":  # after "should"/"call on", Arabic takes the verbal noun as it is
        if action.endswith("لـ"):  # the preposition joins the noun: لـ + الرقابة -> للرقابة
            stem = action[:-2]
            head = stem + ("لل" + obj[2:] if obj.startswith("ال") else "ل" + obj)
        else:
            head = f"{action} {obj}"
        return f"{opening}{head}{region}{purpose}."
    if opening:
        action = action[0].lower() + action[1:]
    head = f"{action} {obj}"
    if lang == "fr":  # à + les -> aux, à + le -> au
        head = head.replace(" à les ", " aux ").replace(" à le ", " au ")
    return f"{opening}{head}{region}{purpose}."


def corpus(sessions: int = 50, per_session: int = 50, seed: int = 2023) -> list[Rec]:
    """``sessions`` x ``per_session`` recommendations, about one in six carried over from an earlier panel."""
    rng = random.Random(seed)
    recs: list[Rec] = []
    used: set[tuple[int, int, int, int]] = set()
    for s in range(sessions):
        main = LANGS[s % 3]
        for r in range(per_session):
            lang = main if rng.random() < 0.7 else rng.choice(LANGS)
            if recs and rng.random() < 0.17:
                meaning = rng.choice(recs).meaning
                if rng.random() < 0.5:  # said with another opening: still the same recommendation
                    meaning = (*meaning[:4], rng.randrange(len(OPENINGS)))
                text = compose(meaning, lang)
                if rng.random() < 0.5:
                    for old, new in rng.sample(_LIGHT_EDITS[lang], 1):
                        text = text.replace(old, new, 1)
            else:
                while True:
                    meaning = (rng.randrange(len(ACTIONS)), rng.randrange(len(OBJECTS)),
                               rng.randrange(len(REGIONS)) if rng.random() < 0.6 else -1,
                               rng.randrange(len(PURPOSES)) if rng.random() < 0.6 else -1,
                               rng.randrange(len(OPENINGS)))
                    if meaning[:4] not in used:
                        break
                used.add(meaning[:4])
                text = compose(meaning, lang)
            recs.append(Rec(f"s{s:02d}-r{r:02d}", f"session-{s:02d}", text, lang, meaning))
    return recs
