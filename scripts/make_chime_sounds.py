#!/usr/bin/env python3
"""Generate the threshold chime's sounds: ``warning.wav``, ``final.wav``, ``time_up.wav``.

Why generated rather than downloaded: the sounds are ours (no licence to track), tiny, and
reproducible; changing a pitch or a decay is an edit here and a re-run, not a sound editor.

Each sound is a few bell-like notes: a sine with a little of its octave and twelfth (so it
rings rather than whistles), a short raised-cosine attack and an exponential decay (no click at
the start), and a short fade to exact silence at the end (no click at the end). The phases grow
more insistent: one soft low note for the warning, two rising notes for the final stretch,
three quick higher and louder notes for time up.

Output: 16-bit PCM, mono, 44.1 kHz, each under a second and under 100 KB. Deterministic: the
samples depend only on the numbers below and ``wave`` writes no timestamp, so a re-run gives
the same bytes (``tests/ui/chime/test_chime_sound.py`` checks the committed files against it).

Usage: ``python scripts/make_chime_sounds.py [OUTPUT_FOLDER]`` (default: the package's
``moderator/resources/sounds``, where the app finds them through ``importlib.resources``).
"""

from __future__ import annotations

import argparse
import math
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

RATE = 44_100
DEFAULT_FOLDER = Path(__file__).resolve().parents[1] / "moderator" / "resources" / "sounds"

ATTACK_S = 0.008  # long enough not to click, short enough to sound struck
END_FADE_S = 0.030  # the tail is brought to exact zero
#: Partials relative to the fundamental (frequency ratio, amplitude): octave and twelfth.
PARTIALS = ((1.0, 1.0), (2.0, 0.22), (3.0, 0.06))


@dataclass(frozen=True)
class Note:
    start_s: float
    frequency_hz: float
    amplitude: float  # peak, as a fraction of full scale
    decay_s: float  # time constant of the exponential decay


@dataclass(frozen=True)
class Sound:
    name: str
    length_s: float
    notes: tuple[Note, ...]


# E5, A5 and B5: consonant with each other; the later phases are higher, louder and quicker.
SOUNDS = (
    Sound("warning", 0.70, (Note(0.0, 659.26, 0.45, 0.16),)),
    Sound("final", 0.80, (Note(0.0, 659.26, 0.55, 0.12), Note(0.22, 880.00, 0.55, 0.16))),
    Sound(
        "time_up",
        0.85,
        (
            Note(0.00, 987.77, 0.70, 0.07),
            Note(0.15, 987.77, 0.70, 0.07),
            Note(0.30, 987.77, 0.80, 0.16),
        ),
    ),
)


def render(sound: Sound) -> list[int]:
    """The sound's samples as 16-bit integers."""
    count = round(sound.length_s * RATE)
    mix = [0.0] * count
    norm = sum(amplitude for _ratio, amplitude in PARTIALS)
    for note in sound.notes:
        first = round(note.start_s * RATE)
        for i in range(first, count):
            t = (i - first) / RATE
            attack = 0.5 - 0.5 * math.cos(math.pi * t / ATTACK_S) if t < ATTACK_S else 1.0
            envelope = note.amplitude * attack * math.exp(-t / note.decay_s)
            tone = sum(
                amplitude * math.sin(2.0 * math.pi * note.frequency_hz * ratio * t)
                for ratio, amplitude in PARTIALS
            )
            mix[i] += envelope * tone / norm
    fade = round(END_FADE_S * RATE)
    for k in range(fade):
        mix[count - 1 - k] *= k / fade  # the last sample is exactly 0
    return [max(-32767, min(32767, round(value * 32767))) for value in mix]


def write(sound: Sound, folder: Path) -> Path:
    path = folder / f"{sound.name}.wav"
    samples = render(sound)
    frames = b"".join(value.to_bytes(2, "little", signed=True) for value in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folder", nargs="?", type=Path, default=DEFAULT_FOLDER, help="where to write the files"
    )
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    for sound in SOUNDS:
        path = write(sound, args.folder)
        print(f"{path}: {path.stat().st_size} bytes, {sound.length_s:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
