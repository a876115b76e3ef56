"""The console's language: chosen on the command line, in the settings or by the system;
Arabic mirrors the layouts but keeps the countdown's digits left to right; refusals and
names reach the chair in their language and direction."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.pseudo_locale import OPEN, PseudoTranslator

from moderator.cli.main import parse_arguments
from moderator.domain.commands import AdjustTime, CommandRejected
from moderator.domain.timing.clock import ClockStatus, Phase
from moderator.services.common.wording import (
    FIRST_STRONG_ISOLATE,
    POP_DIRECTIONAL_ISOLATE,
    isolated,
    refusal_text,
)
from moderator.ui.chair.countdown_widget import CountdownReading, CountdownWidget
from moderator.ui.chair.main_window import MainWindow
from moderator.ui.common.language import (
    CONSOLE_KEY,
    chosen_language,
    install,
    install_display_language,
    save_language,
    system_language,
)
from moderator.ui.common.theme import PHASE_STYLES
from moderator.ui.display.display_messages import PLEASE_CONCLUDE
from moderator.ui.display.speaker_display import DisplayReading


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def arabic(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install("ar")
    yield
    install("en")


def test_the_language_comes_from_the_command_line_then_the_settings_then_the_system(
    settings: QSettings,
) -> None:
    assert parse_arguments(["--lang", "ar"]).lang == "ar"
    assert parse_arguments([]).lang is None
    assert chosen_language(None, settings) == system_language()
    save_language("zh", CONSOLE_KEY, settings)
    assert chosen_language(None, settings) == "zh"
    assert chosen_language("fr", settings) == "fr"
    save_language("", CONSOLE_KEY, settings)  # back to following the system
    assert chosen_language(None, settings) == system_language()


def test_a_language_the_console_lacks_is_refused_by_name(
    settings: QSettings, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_arguments(["--lang", "de"])
    assert exit_info.value.code == 2
    assert "'de'" in capsys.readouterr().err
    with pytest.raises(ValueError, match="unknown language 'de': one of en, ar, zh"):
        save_language("de", CONSOLE_KEY, settings)
    assert chosen_language(None, settings) == system_language()  # nothing was written


def test_in_arabic_the_main_window_is_mirrored(qtbot: QtBot, demo_session, arabic) -> None:
    window = MainWindow(demo_session.service, database_label=str(demo_session.path))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.isRightToLeft()

    def left_edge(widget) -> int:  # type: ignore[no-untyped-def]
        return widget.mapTo(window, QPoint(0, 0)).x()

    # Left to right the countdown is on the left and the list on the right; mirrored here.
    assert left_edge(window.current_panel) > left_edge(window.speaker_view)
    # The menus start at the right edge, the first one (Session) rightmost.
    bar = window.menuBar()
    first, last = bar.actions()[0], bar.actions()[-1]
    assert bar.actionGeometry(first).x() > bar.actionGeometry(last).x()


def digits_image(widget: CountdownWidget) -> QImage:
    image = widget.grab().toImage()
    return image.copy(0, 0, image.width(), int(image.height() * 0.7))


def test_in_arabic_the_countdown_digits_stay_left_to_right(qtbot: QtBot, arabic) -> None:
    overtime = PHASE_STYLES[Phase.OVERTIME]
    reading = CountdownReading(
        "+0:12", Phase.OVERTIME, ClockStatus.RUNNING, overtime, "", overtime.shape
    )
    mirrored = CountdownWidget()
    qtbot.addWidget(mirrored)
    assert mirrored.isRightToLeft()
    straight = CountdownWidget()
    straight.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.addWidget(straight)
    for widget in (mirrored, straight):
        widget.resize(480, 240)
        widget.show_reading(reading)
    assert digits_image(mirrored) == digits_image(straight)
    # Had the digits followed the layout, the "+" would sit at the right ("0:12+").
    wrong = CountdownWidget()
    qtbot.addWidget(wrong)
    wrong.resize(480, 240)
    wrong.show_reading(
        CountdownReading("0:12+", Phase.OVERTIME, ClockStatus.RUNNING, overtime, "", overtime.shape)
    )
    assert digits_image(wrong) != digits_image(straight)


def test_a_refusal_reaches_the_chair_through_translation(qtbot: QtBot, demo_session) -> None:
    service = demo_session.service
    assert service.state.current_entry_id is None
    translator = PseudoTranslator()
    QApplication.instance().installTranslator(translator)
    try:
        with qtbot.waitSignal(service.sig_rejected) as refused:
            assert not service.toggle_clock()
    finally:
        QApplication.instance().removeTranslator(translator)
    assert refused.args[0].startswith(OPEN + "Nobody has the floor")


def test_a_name_in_another_direction_is_isolated_in_the_sentence(arabic) -> None:
    name = "نادية حداد"
    assert isolated(name) == f"{FIRST_STRONG_ISOLATE}{name}{POP_DIRECTIONAL_ISOLATE}"
    assert isolated("") == ""


def test_a_latin_name_in_a_left_to_right_console_is_left_as_it_is(qapp) -> None:  # type: ignore[no-untyped-def]
    assert isolated("Nadia Haddad") == "Nadia Haddad"
    name = "نادية حداد"
    assert isolated(name) == f"{FIRST_STRONG_ISOLATE}{name}{POP_DIRECTIONAL_ISOLATE}"


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install("fr")
    yield
    install("en")
    install_display_language("")


def test_in_french_the_domain_refusal_and_the_countdown_speak_french(
    qtbot: QtBot, demo_session, french
) -> None:
    service = demo_session.service
    with qtbot.waitSignal(service.sig_rejected) as refused:
        service.perform(AdjustTime(service.state.session.id, 30_000), "Add 30 s")
    assert refused.args == ["Personne n'a la parole : il n'y a pas de temps à ajuster"]
    reading = CountdownReading.of(service.state, service.now_ms())
    assert reading.cue_text == "PERSONNE N'A LA PAROLE · APPUYEZ SUR N"


def test_the_speaker_display_speaks_its_own_language(demo_session, qapp) -> None:  # type: ignore[no-untyped-def]
    state = demo_session.service.state
    install("en")
    install_display_language("fr")
    try:
        assert DisplayReading.of(state, 0, False).cue_text == "PAS D'ORATEUR"
        assert PLEASE_CONCLUDE.podium_label == "Veuillez conclure"
        # The chair's console stays in English.
        assert CountdownReading.of(state, 0).cue_text == "NOBODY HAS THE FLOOR · PRESS N"
        assert PLEASE_CONCLUDE.label == "Please conclude"
    finally:
        install_display_language("")
    assert DisplayReading.of(state, 0, False).cue_text == "NO SPEAKER"


def test_in_french_the_undo_step_is_named_in_french(qtbot: QtBot, demo_session, french) -> None:
    window = MainWindow(demo_session.service, database_label=str(demo_session.path))
    qtbot.addWidget(window)
    window.actions["next_speaker"].trigger()
    first = demo_session.service.state.current_entry
    name = demo_session.service.state.participant_of(first).name
    assert window.actions["undo"].toolTip() == f"Annuler : Parole à {name}"


def test_in_french_the_replies_limit_is_said_in_french(french) -> None:  # type: ignore[no-untyped-def]
    template, arguments = (
        "{who} has used its {limit} rights of reply on this agenda item",
        {"who": "Norway", "limit": 2},
    )
    said = refusal_text(CommandRejected(template, **arguments))
    assert said == "Norway a utilisé ses 2 droits de réponse sur ce point de l'ordre du jour"
    assert str(CommandRejected(template, **arguments)).startswith("Norway has used its 2")
