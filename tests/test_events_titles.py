"""Event and target titles: one line of text, and an event's title is its name, never a piece of the
sentence around it (NULL when the sentence names none); the evidence stays as the page has it."""

from __future__ import annotations

from datetime import date

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput


def events_of(text: str, language: str, organization: str | None = "Kartal Belediyesi"):
    return extract_document([PageInput(1, text, language)], organization=organization, published_on=date(2024, 3, 1)).events


@pytest.mark.parametrize(
    "text, language, title",
    [
        # a line break inside the name
        (
            "Belediyemizde 12 Mart 2023 tarihinde Yönetim Sistemleri\nEntegre İç Tetkik Eğitimi verildi.",
            "tr",
            "Yönetim Sistemleri Entegre İç Tetkik Eğitimi",
        ),
        # the name ends at its head: the words after it are not part of it
        (
            "Belediyemiz 5 Mayıs 2022 tarihinde Marka Ödül Törenine Ankara Büyükşehir Belediye Başkanı ile katıldı.",
            "tr",
            "Marka Ödül Törenine",
        ),
        # a capitalised name whose head is written in lower case
        (
            "8 Mart 2023 Çarşamba günü Kalite Yürütme Kurulu toplantısı düzenlenerek\nbilgilendirme yapılmıştır.",
            "tr",
            "Kalite Yürütme Kurulu toplantısı",
        ),
        ("The council held a Leadership Training on 14 March 2023 for its directors.", "en", "Leadership Training"),
        # the plan a decision approves names the event, not the decision
        (
            "Kartal Belediyesi 2020-2024 Stratejik Planı hazırlanmış, 21 Ekim 2019 tarihli ve 2019/127 sayılı Belediye\n"
            "Meclisi Kararı ile onaylanmıştır.",
            "tr",
            "2020-2024 Stratejik Planı",
        ),
        # a council's decision is named by its row, so two decisions of one day stay two events
        (
            "Ardahan İli Damal Belediyesi Kartal Belediyesi Meclis Kararı tarihi:\n01.03.2010",
            "tr",
            "Ardahan İli Damal Belediyesi Kartal Belediyesi Meclis Kararı",
        ),
    ],
)
def test_an_event_title_is_the_name_on_one_line(text, language, title):
    events = events_of(text, language)
    assert [event.title for event in events] == [title]


@pytest.mark.parametrize(
    "text, language",
    [
        # the brief's example: only a sentence fragment follows the date
        ("Belediyemiz 14 Kasım 2023 tarihinde KalDer tarafından düzenlenen törenle belgesini aldı.", "tr"),
        ("The council received its certificate on 12 February 2023 at a ceremony held in the capital.", "en"),
    ],
)
def test_an_event_without_a_name_has_no_title_and_keeps_its_evidence(text, language):
    events = events_of(text, language)
    assert len(events) == 1
    assert events[0].title is None
    assert events[0].evidence.quote and events[0].evidence.quote in text  # verbatim


def test_a_persian_event_title_is_the_phrase_its_head_opens():
    text = "همایش ملی تعالی سازمانی شهرداری‌ها روز ۱۲ اسفند ۱۴۰۱ در تهران برگزار شد."
    [event] = events_of(text, "fa", organization="شهرداری تهران")
    assert event.title == "همایش ملی تعالی سازمانی شهرداری‌ها"


def test_target_titles_are_one_line_and_evidence_stays_verbatim():
    text = "Hedef 1: Birliğin kurumsallaşması\n1. Birliğin kurumsallaşması için gerekli olan yönergeleri\nve çalışma yönetmeliğini tamamlamak."
    targets = extract_document([PageInput(1, text, "tr")], organization="Marmara Belediyeler Birliği").targets
    item = next(t for t in targets if t.target_code == "H1.1")
    assert item.title == "Birliğin kurumsallaşması için gerekli olan yönergeleri ve çalışma yönetmeliğini tamamlamak."
    assert "\n" in item.evidence.quote  # the page's own line break stays in the quote
