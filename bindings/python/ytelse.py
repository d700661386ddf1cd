"""Hva en Python-vert betaler per sak: ett kall per sak (`vurder`) og mange saker per kall (`batch`),
på de samme reglene og den samme slags saker som `regel-benchmark` måler i Swift. Svarene
kontrolleres: begge måtene må gi de samme verdiene for hver sak.

    python3 bindings/python/ytelse.py --regler regler.regel --saker 100000 [--bibliotek libRegelC.so]

`regel-benchmark` kjører dette selv når libRegelC.so er bygd i release, og skriver tallene ved
siden av sine egne.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path


def saker(antall: int) -> list[str]:
    """Saker vurdert mellom 2022-08-01 og 2026-12-31, barn født 2000–2026, en tidel av faktaene ukjent."""
    tilfeldig = random.Random(2026)
    start = time.mktime((2022, 8, 1, 12, 0, 0, 0, 0, -1))
    født = time.mktime((2000, 1, 1, 12, 0, 0, 0, 0, -1))

    def dag(fra: float, dager: int) -> str:
        return time.strftime("%Y-%m-%d", time.localtime(fra + tilfeldig.randrange(dager) * 86400))

    def sannhet() -> bool | None:
        kast = tilfeldig.randrange(10)
        return None if kast == 0 else kast > 2

    resultat = []
    for nummer in range(antall):
        fakta: dict[str, object] = {}
        for navn in ("barn.ventes", "barn.alvorlig_sykdom", "barn.skade", "barn.nedsatt_funksjonsevne",
                     "foreldrene.ønsker_barnekoordinator", "behov.langvarige_og_sammensatte"):
            verdi = sannhet()
            if verdi is not None:
                fakta[navn] = verdi
        if tilfeldig.randrange(10):
            fakta["barn.fødselsdato"] = dag(født, 9800)
        resultat.append(json.dumps({"id": nummer, "vurderingsdato": dag(start, 1614), "fakta": fakta}, ensure_ascii=False))
    return resultat


def main() -> int:
    valg = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    valg.add_argument("--regler", required=True, help="regelfilen")
    valg.add_argument("--regel", default="rett_til_barnekoordinator")
    valg.add_argument("--saker", type=int, default=100_000)
    valg.add_argument("--bibliotek", help="libRegelC.so (ellers som regel-pakken finner det)")
    argumenter = valg.parse_args()
    if argumenter.bibliotek:
        os.environ["REGEL_BIBLIOTEK"] = argumenter.bibliotek
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from regel import Regel

    regler = Regel(argumenter.regler)
    linjer = saker(argumenter.saker)

    start = time.perf_counter()
    én_om_gangen = [regler.vurder(linje, regel=argumenter.regel)["resultater"][0]["verdi"] for linje in linjer]
    per_kall = (time.perf_counter() - start) / len(linjer) * 1e9

    start = time.perf_counter()
    i_bunter = [post["resultater"][0]["verdi"] for post in regler.batch(linjer, regel=argumenter.regel, jobber=1)]
    per_bunt = (time.perf_counter() - start) / len(linjer) * 1e9

    if én_om_gangen != i_bunter:
        print("ytelse.py: vurder og batch ga forskjellige svar", file=sys.stderr)
        return 1
    fordeling = Counter({True: "ja", False: "nei", None: "ukjent"}[v] for v in i_bunter)
    andeler = ", ".join(f"{navn} {100 * fordeling[navn] / len(linjer):.1f} %" for navn in ("ja", "nei", "ukjent"))
    print(f"  Python, one call per case (vurder)          {per_kall:9.1f} ns/case   ({andeler})")
    print(f"  Python, 10,000 cases per call (batch)       {per_bunt:9.1f} ns/case   (1 job)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
