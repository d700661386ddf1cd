#!/usr/bin/env python3
"""The two halves of scripts/spark-ende-til-ende.sh that are easier in Python.

    spark-ende-til-ende.py lag REGLER SAKER.jsonl ANTALL
        writes ANTALL generated cases for the rules in REGLER, with the bad lines of BAD_LINES
        spread among them, to SAKER.jsonl
    spark-ende-til-ende.py sammenlign SAKER.jsonl ENKEL.jsonl SPARK-MAPPE
        checks that Spark's records (the part files in order) equal single-process
        `regel batch`'s, line for line after sorting by id and as they stand, that each bad line
        gave the error record it should, and that the answers are a mix of ja, nei and ukjent

Only the standard library; the facts and their types are read from the `faktum` and `vurdering`
declarations, so new facts in rules/ are generated without changing this file.
"""

from __future__ import annotations

import collections
import datetime
import json
import pathlib
import random
import re
import sys
from typing import Any, Callable

# Lines that must give an error record, and the code it must have. Each is put in its own part
# of the input, so the bad lines land in different Spark partitions.
BAD_LINES: list[tuple[str, str]] = [
    ('{"id": "feil-json", "vurderingsdato": "2024-03-01", "fakta": {', "R0601"),
    ('{"id": "feil-ukjent-faktum", "vurderingsdato": "2024-03-01", "fakta": {"barn.finnes_ikke": true}}', "R0602"),
    ('{"id": "feil-type", "vurderingsdato": "2024-03-01", "fakta": {"barn.ventes": "ja"}}', "R0603"),
    ("", "R0601"),
    ('{"id": "feil-dato", "vurderingsdato": "2024-03-01", "fakta": {"barn.fødselsdato": "2023-02-30"}}', "R0604"),
    ("   ", "R0601"),
    ('{"id": 17, "vurderingsdato": "2024-03-01", "fakta": {"tjenesten.lov": "ukjent_lov"}}', "R0603"),
]

# Answers that are fine, but exercise other paths: an id with escapes (the full JSON reader),
# a Windows line ending, a large numeric id that must come back with exactly its digits.
ODD_LINES: list[str] = [
    '{"id": "sak-\\u00e6\\"sitat\\"", "vurderingsdato": "2024-03-01", "fakta": {"barn.ventes": true}}',
    '{"id": "sak-crlf", "vurderingsdato": "2024-03-01", "fakta": {"barn.ventes": false}}\r',
    '{"id": 123456789012345678901234567890, "vurderingsdato": "2023-01-01", "fakta": {}}',
]

DECLARATION = re.compile(r"^(?:faktum|vurdering) (\S+): (.+?)\s*$")
ENUMERATION = re.compile(r"^type (\S+): en av (.+?)\s*$")
RECORD = re.compile(r"^type (\S+):\s*$")
FIELD = re.compile(r"^  (\S+): (.+?)\s*$")
IN_FORCE_FROM = datetime.date(2022, 8, 1)
LAST_DATE = datetime.date(2026, 11, 30)


def declarations(rules: pathlib.Path) -> tuple[dict[str, str], dict[str, list[str]], dict[str, dict[str, str]]]:
    """The declared facts with their types, the enumerations and the record types (their fields
    and types), from every *.regel file."""
    facts: dict[str, str] = {}
    enumerations: dict[str, list[str]] = {}
    records: dict[str, dict[str, str]] = {}
    files = [rules] if rules.is_file() else sorted(rules.rglob("*.regel"))
    for path in files:
        record = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if record is not None and (match := FIELD.match(line)):
                records[record][match[1]] = match[2]
                continue
            if not line.startswith("    "):
                record = None
            if match := DECLARATION.match(line):
                facts[match[1]] = match[2]
            elif match := ENUMERATION.match(line):
                enumerations[match[1]] = [value.strip() for value in match[2].split(",")]
            elif match := RECORD.match(line):
                record = match[1]
                records[record] = {}
    return facts, enumerations, records


def day_between(rng: random.Random, first: datetime.date, last: datetime.date) -> datetime.date:
    return first + datetime.timedelta(days=rng.randrange((last - first).days + 1))


def value_maker(name: str, kind: str, enumerations: dict[str, list[str]],
                records: dict[str, dict[str, str]]) -> Callable[..., Any]:
    """A function (rng, date, yes) giving a value of the fact's type."""
    if kind == "tekst":
        return lambda rng, date, yes: f"{name} {rng.randrange(1000)}"
    if kind in records:
        # A record with each field given or left out (ukjent), like the facts of a case.
        fields = {field: value_maker(field, type_, enumerations, records) for field, type_ in records[kind].items()}
        return lambda rng, date, yes: {field: make(rng, date, yes) for field, make in fields.items() if rng.random() < 0.9}
    if kind.startswith("liste av ") and kind[9:] in records:
        element = value_maker(name, kind[9:], enumerations, records)
        return lambda rng, date, yes: [element(rng, date, yes) for _ in range(rng.randrange(1, 5))]
    if kind == "ja/nei":
        return lambda rng, date, yes: rng.random() < yes
    if kind == "dato" and name.endswith("fødselsdato"):
        # Ages from newborn to 30, so under 18, 16–17 and adults all come up.
        return lambda rng, date, yes: (date - datetime.timedelta(days=rng.randrange(30 * 365))).isoformat()
    if kind == "dato":
        return lambda rng, date, yes: (date + datetime.timedelta(days=rng.randrange(-700, 700))).isoformat()
    if kind in enumerations:
        values = enumerations[kind]
        return lambda rng, date, yes: rng.choice(values)
    if kind.startswith("liste av ") and kind[9:] in enumerations:
        values = enumerations[kind[9:]]
        return lambda rng, date, yes: [value for value in values if rng.random() < 0.85]
    raise SystemExit(f"spark-ende-til-ende.py: vet ikke hvordan «{name}: {kind}» lages; utvid value_maker")


def make_cases(rules: pathlib.Path, target: pathlib.Path, count: int) -> None:
    """Writes `count` generated cases, with BAD_LINES and ODD_LINES spread among them."""
    facts, enumerations, records = declarations(rules)
    makers = {name: value_maker(name, kind, enumerations, records) for name, kind in facts.items()}
    rng = random.Random(20261130)
    extra = {round((index + 1) * count / (len(BAD_LINES) + len(ODD_LINES) + 1)): line
             for index, line in enumerate([line for line, _ in BAD_LINES] + ODD_LINES)}
    with target.open("w", encoding="utf-8", newline="\n") as out:
        for number in range(1, count + 1):
            if number in extra:
                out.write(extra[number] + "\n")
            # One case in twenty is dated before the amendments came into force.
            early = rng.random() < 0.05
            date = day_between(rng, datetime.date(2021, 1, 1), IN_FORCE_FROM - datetime.timedelta(days=1)) \
                if early else day_between(rng, IN_FORCE_FROM, LAST_DATE)
            # Each case leans its own way, so rules with many conditions still come out ja.
            present, yes = rng.uniform(0.6, 1.0), rng.uniform(0.4, 0.95)
            case = {name: make(rng, date, yes) for name, make in makers.items() if rng.random() < present}
            document = {"id": f"sak-{number:07d}", "vurderingsdato": date.isoformat(), "fakta": case}
            out.write(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n")


def read_records(paths: list[pathlib.Path]) -> list[bytes]:
    return [line for path in paths for line in path.read_bytes().splitlines()]


def sort_key(record: bytes) -> tuple[str, str, int]:
    parsed = json.loads(record)
    identifier = parsed.get("id")
    return (type(identifier).__name__, str(identifier), parsed["linje"])


def compare(cases: pathlib.Path, single: pathlib.Path, spark: pathlib.Path) -> list[str]:
    """Every difference between the two runs, as messages (empty when they agree)."""
    problems: list[str] = []
    inputs = cases.read_bytes().count(b"\n")
    parts = sorted(spark.glob("part-*"))
    if not (spark / "_SUCCESS").exists():
        problems.append(f"{spark} har ingen _SUCCESS")
    expected, actual = read_records([single]), read_records(parts)
    print(f"  {inputs} linjer inn; {len(expected)} svar fra regel batch, {len(actual)} fra Spark i {len(parts)} filer")
    if not len(expected) == len(actual) == inputs:
        problems.append(f"antallet stemmer ikke: {inputs} linjer inn, {len(expected)} og {len(actual)} svar ut")
    for number, (left, right) in enumerate(zip(sorted(expected, key=sort_key), sorted(actual, key=sort_key)), 1):
        if left != right:
            problems.append(f"etter sortering på id er linje {number} ulik:\n    regel batch: {left[:300]!r}"
                            f"\n    Spark:       {right[:300]!r}")
            break
    if not problems and expected != actual:
        problems.append("svarene er like etter sortering, men ikke i samme rekkefølge")
    return problems + check_errors(cases, expected) + check_mix(expected)


def check_errors(cases: pathlib.Path, records: list[bytes]) -> list[str]:
    """Each bad line gave an error record with its code, and no other line gave one."""
    codes = dict(BAD_LINES)
    wanted = {number: codes[line.rstrip("\r")]
              for number, line in enumerate(cases.read_text(encoding="utf-8").removesuffix("\n").split("\n"), 1)
              if line.rstrip("\r") in codes}
    found = {}
    for record in records:
        parsed = json.loads(record)
        if "feil" in parsed:
            found[parsed["linje"]] = ",".join(error["kode"] for error in parsed["feil"])
    print(f"  feilposter: {len(found)} ({', '.join(f'linje {n}: {c}' for n, c in sorted(found.items()))})")
    if found == wanted:
        return []
    return [f"feilpostene er {found}, ventet {wanted}"]


def check_mix(records: list[bytes]) -> list[str]:
    """The generated answers are a mix of ja, nei and ukjent, and mostly in force."""
    answers: collections.Counter[str] = collections.Counter()
    for record in records:
        for result in json.loads(record).get("resultater", []):
            value = result["verdi"]
            kind = "ikke i kraft" if not result["i_kraft"] else "ukjent" if value is None \
                else "ja" if value is True else "nei" if value is False else "tekst"
            answers[kind] += 1
    total = sum(answers.values()) or 1
    print("  svar: " + ", ".join(f"{kind} {count} ({100 * count / total:.0f} %)"
                                 for kind, count in answers.most_common()))
    problems = [f"for få «{kind}»-svar: {answers[kind]} av {total}"
                for kind in ("ja", "nei", "ukjent") if answers[kind] < total * 0.05]
    if answers["ikke i kraft"] > total * 0.2:
        problems.append(f"for mange «ikke i kraft»: {answers['ikke i kraft']} av {total}")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) == 4 and argv[0] == "lag":
        make_cases(pathlib.Path(argv[1]), pathlib.Path(argv[2]), int(argv[3]))
        return 0
    if len(argv) == 4 and argv[0] == "sammenlign":
        problems = compare(pathlib.Path(argv[1]), pathlib.Path(argv[2]), pathlib.Path(argv[3]))
        for problem in problems:
            print(f"spark-ende-til-ende: {problem}", file=sys.stderr)
        return 1 if problems else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
