"""HTML-rapporten og nettstedet i Chromium uten skjerm, over DevTools-protokollen (CDP).

Kalles av scripts/nettleser-test.sh med mappen der rapporten (vurdering.html) og nettstedet
(nettsted/) ligger. Hver kontroll som feiler, skrives ut; utgangskoden er 1 hvis noen feilet.
"""
import argparse
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket

TIDSGRENSE = 30  # sekunder for hvert steg


class Nettleser:
    """Én Chromium-prosess og én fane, med CDP-kommandoer og hendelsene de gir."""

    def __init__(self, program):
        self.profil = tempfile.mkdtemp(prefix="regel-nettleser-")
        self.prosess = subprocess.Popen(
            [program, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
             "--remote-debugging-port=0", "--user-data-dir=" + self.profil, "--window-size=1200,900", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        port = self._port()
        sider = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=TIDSGRENSE))
        fane = next(side for side in sider if side["type"] == "page")
        self.ws = websocket.create_connection(fane["webSocketDebuggerUrl"], timeout=TIDSGRENSE, suppress_origin=True)
        self.neste = 0
        self.hendelser = []
        for domene in ("Page", "Runtime", "Log"):
            self.send(domene + ".enable")

    def _port(self):
        """Porten Chromium skriver på standard feil: «DevTools listening on ws://127.0.0.1:PORT/…»."""
        slutt = time.time() + TIDSGRENSE
        while time.time() < slutt:
            linje = self.prosess.stderr.readline()
            treff = re.search(r"DevTools listening on ws://[^:]+:(\d+)/", linje)
            if treff:
                return int(treff.group(1))
            if not linje and self.prosess.poll() is not None:
                break
        raise RuntimeError("Chromium sa aldri hvilken port DevTools lytter på")

    def send(self, metode, **parametre):
        self.neste += 1
        nummer = self.neste
        self.ws.send(json.dumps({"id": nummer, "method": metode, "params": parametre}))
        while True:
            melding = json.loads(self.ws.recv())
            if melding.get("id") == nummer:
                if "error" in melding:
                    raise RuntimeError(f"{metode}: {melding['error']}")
                return melding.get("result", {})
            self.hendelser.append(melding)

    def vent_på(self, metode):
        slutt = time.time() + TIDSGRENSE
        while time.time() < slutt:
            for indeks, hendelse in enumerate(self.hendelser):
                if hendelse.get("method") == metode:
                    del self.hendelser[indeks]
                    return hendelse
            self.hendelser.append(json.loads(self.ws.recv()))
        raise RuntimeError(f"ventet forgjeves på {metode}")

    def åpne(self, sti):
        self.hendelser.clear()
        self.send("Page.navigate", url="file://" + os.path.abspath(sti))
        self.vent_på("Page.loadEventFired")

    def verdi(self, uttrykk):
        svar = self.send("Runtime.evaluate", expression=uttrykk, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in svar:
            raise RuntimeError(f"{uttrykk}: {svar['exceptionDetails']}")
        return svar["result"].get("value")

    def konsollfeil(self):
        """Feil siden har gitt: unntak i skript, console.error og feil i loggen (som en fil som ikke fantes)."""
        feil = []
        for hendelse in self.hendelser:
            metode, p = hendelse.get("method"), hendelse.get("params", {})
            if metode == "Runtime.exceptionThrown":
                feil.append(p["exceptionDetails"].get("text", "unntak"))
            elif metode == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                feil.append(" ".join(str(a.get("value", "")) for a in p.get("args", [])))
            elif metode == "Log.entryAdded" and p["entry"].get("level") == "error":
                feil.append(p["entry"].get("text", ""))
        return feil

    def klikk(self, css):
        """Et ekte museklikk midt på elementet, slik en person klikker."""
        boks = self.verdi(f"(() => {{ const e = document.querySelector({json.dumps(css)}); e.scrollIntoView();"
                          " const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()")
        for type_ in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=type_, x=boks[0], y=boks[1], button="left", clickCount=1)

    def skjermbilde(self, fil, høyde=2400):
        """Siden fra toppen, opptil `høyde` punkter ned, også under det synlige vinduet."""
        self.verdi("window.scrollTo(0, 0)")
        hele = self.verdi("Math.min(document.documentElement.scrollHeight, %d)" % høyde)
        data = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                         clip={"x": 0, "y": 0, "width": 1200, "height": hele, "scale": 1})["data"]
        with open(fil, "wb") as ut:
            ut.write(base64.b64decode(data))

    def lukk(self):
        self.ws.close()
        self.prosess.terminate()
        try:
            self.prosess.wait(timeout=TIDSGRENSE)
        except subprocess.TimeoutExpired:
            self.prosess.kill()
        shutil.rmtree(self.profil, ignore_errors=True)


class Kontroller:
    def __init__(self):
        self.feil = []
        self.antall = 0

    def at(self, holder, hva):
        self.antall += 1
        if not holder:
            self.feil.append(hva)
            print(f"nettleser-test: FEIL: {hva}")


def rapporten(nettleser, mappe, k):
    nettleser.åpne(os.path.join(mappe, "vurdering.html"))
    k.at(nettleser.konsollfeil() == [], f"rapporten ga feil i konsollen: {nettleser.konsollfeil()}")
    k.at(nettleser.verdi("document.documentElement.lang") == "nb", "rapporten har ikke lang=nb")
    k.at(nettleser.verdi("document.querySelector('.svar').textContent") == "ukjent", "rapporten viser ikke svaret «ukjent»")
    hjemler = nettleser.verdi("Array.from(document.querySelectorAll('.hjemmel')).map(e => e.textContent).join(' | ')")
    for hjemmel in ("pbrl § 2-5 c", "hol § 7-2 a første ledd"):
        k.at(hjemmel in hjemler, f"rapporten viser ikke hjemmelen «{hjemmel}»")
    alternativ = nettleser.verdi("Array.from(document.querySelectorAll('ol.alternativer > li')).map(e => e.textContent).join(' | ')")
    k.at("foreldrene.ønsker_barnekoordinator" in alternativ and "hvis det ble oppgitt at verdien er ja" in alternativ,
         f"rapporten viser ikke «hva skal til»: {alternativ!r}")
    k.at(nettleser.verdi("document.querySelector('.knapper').hidden") is False, "skriptet viste ikke knappene for å folde")
    steg = "ul.tre details > summary"
    k.at(nettleser.verdi(f"document.querySelector('{steg}').parentElement.open") is True, "steget er ikke åpent fra starten")
    nettleser.klikk(steg)
    k.at(nettleser.verdi(f"document.querySelector('{steg}').parentElement.open") is False, "et klikk på steget foldet det ikke inn")
    nettleser.klikk(steg)
    k.at(nettleser.verdi(f"document.querySelector('{steg}').parentElement.open") is True, "et klikk til foldet det ikke ut igjen")
    nettleser.klikk("button[data-fold=lukk]")
    k.at(nettleser.verdi("Array.from(document.querySelectorAll('details')).every(d => !d.open)"), "«Skjul alle steg» foldet ikke inn alt")
    pdf = base64.b64decode(nettleser.send("Page.printToPDF", preferCSSPageSize=True, printBackground=True)["data"])
    with open(os.path.join(mappe, "vurdering.pdf"), "wb") as ut:
        ut.write(pdf)
    sider = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
    k.at(pdf.startswith(b"%PDF") and sider >= 1, f"utskriften til PDF ga {sider} sider")
    boks = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    k.at(boks is not None and abs(float(boks.group(1)) - 595.3) < 2 and abs(float(boks.group(2)) - 841.9) < 2,
         f"utskriften er ikke A4: {boks.group(0) if boks else 'ingen MediaBox'}")
    k.at(nettleser.verdi("Array.from(document.querySelectorAll('details')).every(d => d.open)"),
         "utskriften foldet ikke ut alle steg (beforeprint)")
    nettleser.skjermbilde(os.path.join(mappe, "vurdering.png"))
    nettleser.send("Emulation.setScriptExecutionDisabled", value=True)
    nettleser.åpne(os.path.join(mappe, "vurdering.html"))
    k.at(nettleser.verdi("document.querySelector('.svar').textContent") == "ukjent", "uten JavaScript vises ikke svaret")
    nettleser.send("Emulation.setScriptExecutionDisabled", value=False)
    return sider


def nettstedet(nettleser, mappe, k):
    sted = os.path.join(mappe, "nettsted")
    nettleser.åpne(os.path.join(sted, "index.html"))
    k.at(nettleser.konsollfeil() == [], f"forsiden ga feil i konsollen: {nettleser.konsollfeil()}")
    k.at(nettleser.verdi("document.getElementById('sok').hidden") is False, "skriptet viste ikke søket")
    nettleser.verdi("document.getElementById('sokefelt').focus()")
    nettleser.send("Input.insertText", text="rett_til_barnekoordinator")
    treff = nettleser.verdi("Array.from(document.querySelectorAll('#soketreff a')).map(a => a.getAttribute('href'))")
    k.at("barnekoordinator.html#regel-rett_til_barnekoordinator" in (treff or []), f"søket fant ikke regelen: {treff}")
    nettleser.skjermbilde(os.path.join(mappe, "nettsted.png"))
    nettleser.klikk("#soketreff a")
    nettleser.vent_på("Page.frameNavigated")
    time.sleep(0.3)
    k.at(nettleser.verdi("location.pathname.endsWith('/barnekoordinator.html') && location.hash"),
         "et klikk på treffet åpnet ikke siden for barnekoordinator.regel")
    nettleser.åpne(os.path.join(sted, "barnekoordinator.html"))
    k.at(nettleser.konsollfeil() == [], f"siden for barnekoordinator.regel ga feil i konsollen: {nettleser.konsollfeil()}")
    regel = nettleser.verdi("document.getElementById('regel-rett_til_barnekoordinator').textContent")
    k.at(regel is not None and "pbrl § 2-5 c" in regel and "Familier som har eller venter barn" in regel,
         "regelen står ikke med hjemmel og lovtekst")
    nettleser.åpne(os.path.join(sted, "hjemler.html"))
    k.at(nettleser.konsollfeil() == [], f"hjemmelsiden ga feil i konsollen: {nettleser.konsollfeil()}")
    k.at("loven_har_samarbeidsplikt" in (nettleser.verdi("document.getElementById('hjemmel-hol-3-4').textContent") or ""),
         "hjemmelsiden viser ikke reglene for hol § 3-4")


def main():
    valg = argparse.ArgumentParser()
    valg.add_argument("--nettleser", required=True)
    valg.add_argument("--mappe", required=True)
    argumenter = valg.parse_args()
    k = Kontroller()
    nettleser = Nettleser(argumenter.nettleser)
    try:
        sider = rapporten(nettleser, argumenter.mappe, k)
        nettstedet(nettleser, argumenter.mappe, k)
        versjon = nettleser.send("Browser.getVersion").get("product", "Chromium")
    finally:
        nettleser.lukk()
    if k.feil:
        print(f"nettleser-test: {len(k.feil)} av {k.antall} kontroller feilet")
        return 1
    print(f"nettleser-test: {k.antall} kontroller besto i {versjon}; PDF-en har {sider} sider; "
          f"skjermbilder i {os.path.join(argumenter.mappe, 'vurdering.png')} og nettsted.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
