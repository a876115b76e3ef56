"""Who is who and which session is which, in any script: names and titles are compared after
Unicode-aware folding (NFKC, case, accents), never by dropping what is not a–z."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderator.importers import parse
from moderator.importers.values import normalise


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Søren Ødegård", "soren odegard"),
        ("Début", "DEBUT "),
        ("in-room", "In room"),
        ("ＭＡＲＩＡ", "maria"),  # full-width letters (NFKC)
        ("Straße", "STRASSE"),
        ("Фёдор Иванов", "федор иванов"),
        ("مُحَمَّد", "محمد"),  # Arabic harakat are optional marks
        ("Ελένη", "ΕΛΕΝΗ"),
        ("Łukasz Żak", "Lukasz Zak"),
    ],
)
def test_spellings_of_the_same_name_compare_equal(one, other):
    assert normalise(one) == normalise(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("伟 黄", "李 明"),
        ("Иван Петров", "Пётр Иванов"),
        ("محمد علي", "أحمد حسن"),
        ("がっこう", "かっこう"),  # the dakuten makes another word
        ("Йод", "Иод"),  # й is a letter of its own
        ("Søren Ødegård", "S ren degard"),
    ],
)
def test_different_names_in_any_script_never_compare_equal(one, other):
    assert normalise(one) and normalise(other)
    assert normalise(one) != normalise(other)


def test_two_chinese_and_two_cyrillic_speakers_of_one_session_are_four_people():
    data = (
        "Session,Date,Start,Room,Speaker,Organisation\n"
        "开幕式,2026-03-02,09:00,Room A,伟 黄,外交部\n"
        "开幕式,2026-03-02,09:00,Room A,李 明,联合国\n"
        "开幕式,2026-03-02,09:00,Room A,Иван Петров,МИД\n"
        "开幕式,2026-03-02,09:00,Room A,Ольга Смирнова,ООН\n"
    ).encode()
    plan = parse("agenda.csv", data)
    (meeting,) = plan.meetings
    assert sorted(p.name for p in meeting.participants) == sorted(
        ["伟 黄", "李 明", "Иван Петров", "Ольга Смирнова"]
    )
    (session,) = meeting.sessions
    assert len(session.items[0].entries) == 4


def test_two_parallel_sessions_with_japanese_titles_are_two_sessions():
    data = (
        "Session,Date,Start,Room,Speaker\n"
        "基調講演,2026-03-02,09:00,ホールA,佐藤 花子\n"
        "パネル討論,2026-03-02,09:00,ホールB,鈴木 一郎\n"
    ).encode()
    plan = parse("agenda.csv", data)
    assert sorted(s.title for s in plan.meetings[0].sessions) == ["パネル討論", "基調講演"]


def test_a_name_with_letters_outside_a_to_z_is_not_another_persons_name():
    """The old folding made "Søren Ødegård" into "s ren degard": the same person as
    "S ren degard", and the sheet was refused as disagreeing with itself."""
    data = (
        "Session,Date,Start,Speaker\n"
        "Opening,2026-03-02,09:00,Søren Ødegård\n"
        "Opening,2026-03-02,09:00,S ren degard\n"
        "Closing,2026-03-02,17:00,Søren Ødegård\n"
    ).encode()
    plan = parse("agenda.csv", data)
    assert sorted(p.name for p in plan.meetings[0].participants) == [
        "S ren degard",
        "Søren Ødegård",
    ]


def _calendar(*attendees: str) -> bytes:
    lines = "".join(f"ATTENDEE;{a}\r\n" for a in attendees)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n"
        "X-WR-CALNAME:UN side event\r\nBEGIN:VEVENT\r\nUID:panel@un.example\r\n"
        "SUMMARY:Panel\r\nDTSTART:20260302T090000Z\r\nDTEND:20260302T100000Z\r\n"
        f"{lines}END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def test_attendees_without_an_address_are_never_merged():
    """Outlook writes "invalid:nomail" for a person without an address; the old importer
    merged every such attendee with a non-Latin name into one."""
    plan = parse(
        "panel.ics",
        _calendar(
            "CN=伟 黄;ROLE=REQ-PARTICIPANT:invalid:nomail",
            "CN=李 明;ROLE=REQ-PARTICIPANT:invalid:nomail",
            "CN=أحمد حسن;ROLE=REQ-PARTICIPANT:invalid:nomail",
            "CN=Ольга Смирнова;ROLE=REQ-PARTICIPANT:invalid:nomail",
            "CN=Ann Lee:urn:uuid:5f0a8a5e-0000-4000-8000-000000000001",
            "CN=Ann Lee:urn:uuid:5f0a8a5e-0000-4000-8000-000000000002",
        ),
    )
    (meeting,) = plan.meetings
    names = sorted(p.name for p in meeting.participants)
    assert names == sorted(["伟 黄", "李 明", "أحمد حسن", "Ольга Смирнова", "Ann Lee", "Ann Lee"])
    (session,) = meeting.sessions
    assert len(session.items[0].entries) == 6
    assert [e.allotted_ms for e in session.items[0].entries] == [600_000] * 6


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=40))
def test_folding_is_stable_and_keeps_every_letter_and_digit(text):
    folded = normalise(text)
    assert normalise(folded) == folded
    if any(unicodedata.category(c)[0] in "LN" and c != "\u0640" for c in text):  # not tatweel
        assert folded, "a name with a letter or a digit never folds to nothing"
