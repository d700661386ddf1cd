"""Tester Python-bindingen mot regelbiblioteket i rules/ og eksemplene i rules/eksempler/."""

import json
import threading
import unittest
from pathlib import Path

from regel import Regel, RegelFeil, versjon

ROT = Path(__file__).resolve().parents[3]
REGLER = ROT / "rules"
EKSEMPLER = REGLER / "eksempler"


def resultat(post: dict, regel: str) -> dict:
    return next(r for r in post["resultater"] if r["regel"] == regel)


class RegelTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.regler = Regel(REGLER)

    def test_versjon(self) -> None:
        self.assertRegex(versjon(), r"^regel \d+\.\d+\.\d+ \(regelspråk \d+\.\d+\)$")

    def test_reglene_og_ingen_feil(self) -> None:
        self.assertIn("rett_til_barnekoordinator", self.regler.regler)
        self.assertEqual([d for d in self.regler.diagnostikk if d["alvorlighet"] == "feil"], [])

    def test_eksemplene_gir_svarene_sine(self) -> None:
        forventet = {
            "barnekoordinator.json": {"barnet_er_under_18": True, "rett_til_barnekoordinator": None},
            "samarbeid_voksen_nav.json": {"barnet_er_under_18": False, "rett_til_barnekoordinator": False},
            "samordning_uenige_tjenester.json": {"samarbeidsplikt_individnivå": True},
        }
        for fil, svar in forventet.items():
            sak = json.loads((EKSEMPLER / fil).read_text(encoding="utf-8"))
            post = self.regler.vurder(sak, regel=list(svar), mangler=True)
            self.assertEqual(post["linje"], 1)
            self.assertEqual({r["regel"]: r["verdi"] for r in post["resultater"]}, svar, fil)
        post = self.regler.vurder((EKSEMPLER / "barnekoordinator.json").read_text(encoding="utf-8"),
                                  regel="rett_til_barnekoordinator", mangler=True)
        self.assertEqual(resultat(post, "rett_til_barnekoordinator")["mangler"], ["foreldrene.ønsker_barnekoordinator"])

    def test_forklaring(self) -> None:
        sak = {"vurderingsdato": "2024-03-01", "fakta": {"barn.fødselsdato": "2012-09-14"}}
        post = self.regler.vurder(sak, regel="barnet_er_under_18", forklar=True)
        svar = resultat(post, "barnet_er_under_18")
        self.assertIs(svar["verdi"], True)
        self.assertIn("forklaring", svar)

    def test_en_sak_med_feil_er_en_post_med_feil(self) -> None:
        post = self.regler.vurder({"vurderingsdato": "2024-03-01", "fakta": {"barn.fødselsdato": 12}})
        self.assertEqual(post["feil"][0]["kode"], "R0603")
        self.assertEqual(post["feil"][0]["sti"], '$.fakta["barn.fødselsdato"]')
        post = self.regler.vurder("{\n\"fakta\": ")
        self.assertEqual(post["feil"][0]["kode"], "R0601")
        self.assertIn("linje 2", post["feil"][0]["melding"])

    def test_en_ukjent_regel_er_regelfeil(self) -> None:
        with self.assertRaises(RegelFeil) as feil:
            self.regler.vurder({}, regel="rett_til_barnekordinator")
        self.assertEqual(str(feil.exception),
                         "ingen regel heter «rett_til_barnekordinator»; mente du «rett_til_barnekoordinator»?")

    def test_regler_med_feil_gir_diagnostikken(self) -> None:
        with self.assertRaises(RegelFeil) as feil:
            Regel(kilde="regel a\n  hjemmel lov § 1\n  når ukjent_navn\n", navn="feil.regel")
        diagnostikk = feil.exception.diagnostikk
        self.assertEqual([(d["kode"], d["fil"], d["linje"], d["kolonne"]) for d in diagnostikk], [("R0301", "feil.regel", 3, 7)])
        self.assertIn("ukjent navn «ukjent_navn»", str(feil.exception))
        with self.assertRaises(RegelFeil):
            Regel(ROT / "finnes-ikke")

    def test_batch_gir_en_post_per_sak_i_rekkefolge(self) -> None:
        def saker():
            for i in range(25):
                if i == 7:
                    yield ""
                elif i == 11:
                    yield '{"fakta": {"barn.fødselsdato": "2012-09-14"'
                else:
                    yield {"id": i, "vurderingsdato": "2024-03-01",
                           "fakta": {"barn.fødselsdato": "2012-09-14" if i % 2 else "2001-01-01"}}

        poster = list(self.regler.batch(saker(), regel="barnet_er_under_18", bit=10, jobber=2))
        self.assertEqual([p["linje"] for p in poster], list(range(1, 26)))
        self.assertEqual(poster[7]["feil"][0]["melding"], "tom linje; hver linje skal være én sak")
        self.assertEqual(poster[11]["feil"][0]["kode"], "R0601")
        for i, post in enumerate(poster):
            if i in (7, 11):
                continue
            self.assertEqual(post["id"], i)
            self.assertEqual(resultat(post, "barnet_er_under_18")["verdi"], True if i % 2 else None)

    def test_en_sak_over_flere_linjer_er_en_linje_i_batch(self) -> None:
        sak = (EKSEMPLER / "barnekoordinator.json").read_text(encoding="utf-8")
        poster = list(self.regler.batch([sak, sak], regel="barnet_er_under_18"))
        self.assertEqual([resultat(p, "barnet_er_under_18")["verdi"] for p in poster], [True, True])

    def test_tråder_deler_regelsettet(self) -> None:
        sak = {"vurderingsdato": "2024-03-01", "fakta": {"barn.fødselsdato": "2012-09-14"}}
        fasit = self.regler.vurder(sak)
        avvik: list[dict] = []

        def arbeid() -> None:
            for _ in range(300):
                svar = self.regler.vurder(sak)
                if svar != fasit:
                    avvik.append(svar)

        tråder = [threading.Thread(target=arbeid) for _ in range(4)]
        for tråd in tråder:
            tråd.start()
        for tråd in tråder:
            tråd.join()
        self.assertEqual(avvik, [])

    def test_lukket_regelsett(self) -> None:
        with Regel(kilde="faktum x: ja/nei\nregel a\n  hjemmel lov § 1\n  når x\n") as regler:
            self.assertEqual(resultat(regler.vurder({"fakta": {"x": True}}), "a")["verdi"], True)
        with self.assertRaises(RegelFeil):
            regler.vurder({})


if __name__ == "__main__":
    unittest.main()
