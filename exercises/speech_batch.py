"""Speak many texts in one process with espeak-ng's library (libespeak-ng), one WAV each.

Run as a script by ``exercises.speech`` (standard library only, so it needs no import path):
a JSON object on stdin, ``{"voice": "ar", "speed": 140, "jobs": [[text, path], ...]}``; each
text is written to its path as a 16-bit mono WAV, and the path is printed once written. Exit
status 3 when the library cannot be loaded (the caller then runs the espeak-ng program once per
text). Starting espeak-ng costs ten times more than speaking a word, so one process for a
whole deck is what makes a cold deck fast; running it as a child process keeps the caller's
timeout and keeps a crash of the library out of the web server.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import sys
import wave

_SYNCHRONOUS = 2  # AUDIO_OUTPUT_SYNCHRONOUS: espeak_Synth returns when the text is spoken
_CHARS_UTF8 = 1
_RATE = 1  # espeakRATE
_NO_LIBRARY = 3
_CALLBACK = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)


def _library() -> ctypes.CDLL | None:
    for name in ("libespeak-ng.so.1", ctypes.util.find_library("espeak-ng")):
        if name:
            try:
                return ctypes.CDLL(name)
            except OSError:
                continue
    return None


def main() -> int:
    request = json.load(sys.stdin)
    library = _library()
    if library is None:
        return _NO_LIBRARY
    rate = library.espeak_Initialize(_SYNCHRONOUS, 0, None, 0)
    if rate <= 0 or library.espeak_SetVoiceByName(request["voice"].encode()) != 0:
        return _NO_LIBRARY
    library.espeak_SetParameter(_RATE, int(request["speed"]), 0)
    chunks: list[bytes] = []

    def collect(samples, count, events) -> int:
        if count > 0:
            chunks.append(ctypes.string_at(samples, count * 2))
        return 0

    callback = _CALLBACK(collect)  # kept referenced while the library may call it
    library.espeak_SetSynthCallback(callback)
    library.espeak_Synth.argtypes = [
        ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint,
        ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p,
    ]  # fmt: skip
    for text, path in request["jobs"]:
        chunks.clear()
        data = text.encode() + b"\0"
        if library.espeak_Synth(data, len(data), 0, 1, 0, _CHARS_UTF8, None, None) != 0:
            continue
        with wave.open(path, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(rate)
            out.writeframes(b"".join(chunks))
        print(path, flush=True)
    library.espeak_Terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
