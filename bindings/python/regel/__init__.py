"""Regel fra Python: reglene lastes og vurderes i samme prosess gjennom C-grensesnittet
(include/regel.h) med ctypes fra standardbiblioteket, uten noe kompilert tillegg.

    from regel import Regel

    regler = Regel("rules")
    svar = regler.vurder(sak, regel="rett_til_barnekoordinator", forklar=True)
    for post in regler.batch(saker, regel=["barnet_er_under_18"]):
        ...

Svarene er de samme postene som `regel batch` skriver (docs/batch.md), som Python-ordbøker.
"""

from __future__ import annotations

import ctypes
import json
import os
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence, Union

__all__ = ["Regel", "RegelFeil", "versjon"]

Sak = Union[dict, str, bytes]

_FORKLAR = 1
_MANGLER = 2


class RegelFeil(Exception):
    """Reglene har feil, eller kallet var feil (en ukjent regel, feil argument).

    `diagnostikk` er feilene som ordbøker: for regler i formatet til `regel sjekk --json`
    (med «kode», «melding», «fil», «linje», «kolonne» …), for kall med bare «melding».
    """

    def __init__(self, melding: str, diagnostikk: list[dict]):
        super().__init__(melding)
        self.diagnostikk = diagnostikk


def _finn_biblioteket() -> str:
    """libRegelC.so: fra REGEL_BIBLIOTEK, ellers fra byggemappen i denne kassen, ellers fra systemet."""
    oppgitt = os.environ.get("REGEL_BIBLIOTEK")
    if oppgitt:
        return oppgitt
    rot = Path(__file__).resolve().parents[3]
    for konfigurasjon in ("release", "debug"):
        kandidat = rot / ".build" / konfigurasjon / "libRegelC.so"
        if kandidat.exists():
            return str(kandidat)
    import ctypes.util

    funnet = ctypes.util.find_library("RegelC")
    if funnet is None:
        raise OSError(
            "fant ikke libRegelC.so; bygg den med «swift build -c release --product RegelC» "
            "eller oppgi stien i REGEL_BIBLIOTEK"
        )
    return funnet


def _last_biblioteket() -> ctypes.CDLL:
    bibliotek = ctypes.CDLL(_finn_biblioteket())
    tekst_ut = ctypes.POINTER(ctypes.c_void_p)
    navneliste = ctypes.POINTER(ctypes.c_char_p)
    signaturer = {
        "regel_version": (ctypes.c_char_p, []),
        "regel_load_folder": (ctypes.c_void_p, [ctypes.c_char_p, tekst_ut]),
        "regel_load_paths": (ctypes.c_void_p, [navneliste, ctypes.c_size_t, tekst_ut]),
        "regel_load_source": (ctypes.c_void_p, [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, tekst_ut]),
        "regel_rules_free": (None, [ctypes.c_void_p]),
        "regel_rule_names": (ctypes.c_void_p, [ctypes.c_void_p]),
        "regel_evaluate": (
            ctypes.c_void_p,
            [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, navneliste, ctypes.c_size_t, ctypes.c_uint,
             ctypes.POINTER(ctypes.c_size_t), tekst_ut],
        ),
        "regel_batch": (
            ctypes.c_void_p,
            [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, navneliste, ctypes.c_size_t, ctypes.c_uint, ctypes.c_uint,
             ctypes.POINTER(ctypes.c_size_t), tekst_ut],
        ),
        "regel_string_free": (None, [ctypes.c_void_p]),
    }
    for navn, (resultat, argumenter) in signaturer.items():
        funksjon = getattr(bibliotek, navn)
        funksjon.restype = resultat
        funksjon.argtypes = argumenter
    return bibliotek


_bibliotek: ctypes.CDLL | None = None


def _c() -> ctypes.CDLL:
    global _bibliotek
    if _bibliotek is None:
        _bibliotek = _last_biblioteket()
    return _bibliotek


def _ta(peker: int | None, lengde: int | None = None) -> str | None:
    """Teksten biblioteket ga, som Python-tekst; minnet gis tilbake med en gang."""
    if not peker:
        return None
    try:
        data = ctypes.string_at(peker, lengde) if lengde is not None else ctypes.string_at(peker)
        return data.decode("utf-8")
    finally:
        _c().regel_string_free(peker)


def versjon() -> str:
    """Bibliotekets og regelspråkets versjon: «regel 0.1.0 (regelspråk 1.0)»."""
    return _c().regel_version().decode("utf-8")


def _navneliste(regel: str | Sequence[str] | None) -> tuple[Any, int]:
    if regel is None:
        return None, 0
    navn = [regel] if isinstance(regel, str) else list(regel)
    liste = (ctypes.c_char_p * len(navn))(*(n.encode("utf-8") for n in navn))
    return liste, len(navn)


def _som_bytes(sak: Sak) -> bytes:
    if isinstance(sak, bytes):
        return sak
    if isinstance(sak, str):
        return sak.encode("utf-8")
    return json.dumps(sak, ensure_ascii=False).encode("utf-8")


def _valg(forklar: bool, mangler: bool) -> int:
    return (_FORKLAR if forklar else 0) | (_MANGLER if mangler else 0)


class Regel:
    """Et kompilert regelsett. Kan deles mellom tråder; hver vurdering slipper Pythons GIL mens den regner.

    `Regel("rules")` leser en mappe (med undermapper), `Regel("a.regel", "b.regel")` filer og
    mapper, og `Regel(kilde="regel …", navn="x.regel")` én kildetekst. Har reglene feil, kastes
    `RegelFeil` med diagnostikken; advarslene finnes i `diagnostikk` også når lastingen lykkes.
    """

    def __init__(self, *stier: Union[str, os.PathLike], kilde: str | None = None, navn: str = "kilde.regel"):
        c = _c()
        diagnostikk = ctypes.c_void_p()
        if kilde is not None:
            data = kilde.encode("utf-8")
            peker = c.regel_load_source(data, len(data), navn.encode("utf-8"), ctypes.byref(diagnostikk))
        elif len(stier) == 1 and Path(stier[0]).is_dir():
            peker = c.regel_load_folder(os.fsencode(stier[0]), ctypes.byref(diagnostikk))
        else:
            liste = (ctypes.c_char_p * len(stier))(*(os.fsencode(s) for s in stier))
            peker = c.regel_load_paths(liste, len(stier), ctypes.byref(diagnostikk))
        dokument = json.loads(_ta(diagnostikk.value) or "{}")
        self.diagnostikk: list[dict] = dokument.get("diagnostikk") or dokument.get("feil") or []
        if not peker:
            feil = [d for d in self.diagnostikk if d.get("alvorlighet", "feil") == "feil"]
            melding = "; ".join(d["melding"] for d in feil) or "reglene kunne ikke lastes"
            raise RegelFeil(f"reglene har feil: {melding}", self.diagnostikk)
        self._peker = ctypes.c_void_p(peker)

    def __enter__(self) -> "Regel":
        return self

    def __exit__(self, *_: object) -> None:
        self.lukk()

    def lukk(self) -> None:
        """Gir regelsettet tilbake; det kan ikke brukes etterpå."""
        if self._peker:
            _c().regel_rules_free(self._peker)
            self._peker = ctypes.c_void_p()

    def __del__(self) -> None:
        # At interpreter shutdown ctypes may already be gone; the process frees the memory then anyway.
        if getattr(self, "_peker", None):
            try:
                self.lukk()
            except Exception:
                pass

    def _åpent(self) -> ctypes.c_void_p:
        if not self._peker:
            raise RegelFeil("regelsettet er lukket", [])
        return self._peker

    @property
    def regler(self) -> list[str]:
        """Navnene på reglene, i den rekkefølgen de er deklarert."""
        return json.loads(_ta(_c().regel_rule_names(self._åpent())) or "[]")

    def vurder(self, sak: Sak, regel: str | Sequence[str] | None = None, *, forklar: bool = False,
               mangler: bool = False) -> dict:
        """Vurderer én sak (en ordbok, eller JSON som tekst eller bytes) for reglene som er nevnt,
        eller for alle. Svaret er en post som fra `regel batch`: «resultater» med «regel», «verdi»,
        «i_kraft» (og «mangler», «forklaring»), eller «feil» når saken ikke kunne leses."""
        data = _som_bytes(sak)
        navn, antall = _navneliste(regel)
        lengde = ctypes.c_size_t()
        feil = ctypes.c_void_p()
        peker = _c().regel_evaluate(self._åpent(), data, len(data), navn, antall, _valg(forklar, mangler),
                                    ctypes.byref(lengde), ctypes.byref(feil))
        return self._post(peker, lengde.value, feil.value)

    def batch(self, saker: Iterable[Sak], regel: str | Sequence[str] | None = None, *, forklar: bool = False,
              mangler: bool = False, jobber: int = 0, bit: int = 10_000) -> Iterator[dict]:
        """Vurderer mange saker som `regel batch`: én post per sak, i samme rekkefølge, med «linje»
        talt fra 1 over hele rekken. Sakene sendes `bit` om gangen, så minnet holder seg lite."""
        navn, antall = _navneliste(regel)
        valg = _valg(forklar, mangler)
        linjer: list[bytes] = []
        forskyvning = 0

        def kjør(linjer: list[bytes], forskyvning: int) -> list[dict]:
            data = b"\n".join(linjer)
            lengde = ctypes.c_size_t()
            feil = ctypes.c_void_p()
            peker = _c().regel_batch(self._åpent(), data, len(data), navn, antall, valg, jobber,
                                     ctypes.byref(lengde), ctypes.byref(feil))
            tekst = self._tekst(peker, lengde.value, feil.value)
            poster = [json.loads(linje) for linje in tekst.splitlines()]
            for post in poster:
                post["linje"] += forskyvning
            return poster

        for sak in saker:
            # A case written over several lines is one line to `regel batch`: a line break is blank
            # space in JSON, and inside a string it is an error either way.
            linjer.append(_som_bytes(sak).rstrip(b"\r\n").replace(b"\r", b" ").replace(b"\n", b" "))
            if len(linjer) == bit:
                yield from kjør(linjer, forskyvning)
                forskyvning += len(linjer)
                linjer = []
        if linjer:
            yield from kjør(linjer, forskyvning)

    @staticmethod
    def _tekst(peker: int | None, lengde: int, feil: int | None) -> str:
        if not peker:
            dokument = json.loads(_ta(feil) or '{"feil": [{"melding": "kallet feilet"}]}')
            raise RegelFeil("; ".join(f["melding"] for f in dokument["feil"]), dokument["feil"])
        return _ta(peker, lengde) or ""

    @classmethod
    def _post(cls, peker: int | None, lengde: int, feil: int | None) -> dict:
        return json.loads(cls._tekst(peker, lengde, feil))
