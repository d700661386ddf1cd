"""The JSON Schemas checked with jsonschema, a validator we did not write.

The schemas in docs/skjema/ and the case schema `regel skjema` generates must be valid draft
2020-12 schemas; every example, golden file and output of the built `regel` (REGEL) must match
its schema; and the case schema must reject exactly the cases the reader rejects, which is found
by feeding the same candidates to `regel batch` and to the validator.
"""
import ctypes
import glob
import json
import os
import re
import subprocess
import tempfile
import unicodedata
import unittest

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
REGEL = os.environ.get("REGEL", os.path.join(ROOT, ".build", "debug", "regel"))
DATE = "2024-03-01"


def run(*args, stdin=None):
    return subprocess.run([REGEL, *args], cwd=ROOT, input=stdin, capture_output=True, text=True)


def load_static():
    schemas = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "docs", "skjema", "*.schema.json"))):
        with open(path, encoding="utf-8") as file:
            schemas[os.path.basename(path).removesuffix(".schema.json")] = json.load(file)
    return schemas


STATIC = load_static()
REGISTRY = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in STATIC.values())


def validator(schema):
    return Draft202012Validator(schema, registry=REGISTRY, format_checker=FormatChecker())


def generated(*args):
    result = run("skjema", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


CASE = generated("rules")
BATCH_LINE = generated("rules", "--batch")


def errors(schema_validator, document):
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in schema_validator.iter_errors(document)]


def fenced_json(path):
    with open(path, encoding="utf-8") as file:
        return re.findall(r"```json\n(.*?)```", file.read(), re.S)


def examples():
    return sorted(glob.glob(os.path.join(ROOT, "rules", "eksempler", "*.json")))


class SchemasAreSchemas(unittest.TestCase):
    def test_static_and_generated_schemas_are_valid_2020_12(self):
        self.assertEqual(sorted(STATIC), ["batch-post", "c-feil", "diagnostikk", "diff", "forklaring"])
        for name, schema in [*STATIC.items(), ("sak", CASE), ("batchlinje", BATCH_LINE)]:
            with self.subTest(name):
                self.assertEqual(schema["$schema"], "https://json-schema.org/draft/2020-12/schema")
                Draft202012Validator.check_schema(schema)

    def test_generated_schema_is_the_same_every_time_and_in_a_file(self):
        with tempfile.TemporaryDirectory() as scratch:
            target = os.path.join(scratch, "sak.schema.json")
            self.assertEqual(run("skjema", "rules", "--ut", target).returncode, 0)
            with open(target, encoding="utf-8") as file:
                self.assertEqual(file.read(), run("skjema", "rules").stdout)


class CasesMatch(unittest.TestCase):
    def test_example_cases(self):
        for path in examples():
            with self.subTest(path), open(path, encoding="utf-8") as file:
                self.assertEqual(errors(validator(CASE), json.load(file)), [])

    def test_case_blocks_in_docs(self):
        # The guides' cases name facts of small rules shown beside them, not of rules/: the shape
        # is checked with the facts left open, and those that use only rules/'s facts fully.
        open_facts = json.loads(json.dumps(BATCH_LINE))
        open_facts["properties"]["fakta"]["additionalProperties"] = True
        declared = set(CASE["properties"]["fakta"]["properties"])
        checked = 0
        for path in sorted(glob.glob(os.path.join(ROOT, "docs", "*.md"))):
            if path.endswith("feilkoder.md"):
                continue  # its cases are wrong on purpose; see test_error_code_examples_are_rejected
            for block in fenced_json(path):
                for text in block.strip().splitlines() if "\n{" in block.strip() else [block]:
                    document = json.loads(text)
                    if "fakta" not in document:
                        continue
                    schema = BATCH_LINE if set(document["fakta"]) <= declared else open_facts
                    with self.subTest(f"{os.path.basename(path)}: {text[:60]}"):
                        self.assertEqual(errors(validator(schema), document), [])
                        checked += 1
        self.assertGreaterEqual(checked, 3)

    def test_error_code_examples_are_rejected(self):
        blocks = fenced_json(os.path.join(ROOT, "docs", "feilkoder.md"))
        self.assertEqual(len(blocks), 4)
        with self.assertRaises(json.JSONDecodeError):
            json.loads(blocks[0])  # R0601: not JSON at all
        for block, code in zip(blocks[1:], ["R0602", "R0603", "R0604"]):
            with self.subTest(code):
                self.assertNotEqual(errors(validator(CASE), json.loads(block)), [])
                verdict = vurder(json.loads(block))
                self.assertEqual(verdict.returncode, 1)
                self.assertIn(code, verdict.stderr)


def vurder(case, *extra):
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as file:
        json.dump(case, file, ensure_ascii=False)
    try:
        return run("vurder", "rules", "--sak", file.name, *extra)
    finally:
        os.unlink(file.name)


class OutputsMatch(unittest.TestCase):
    def test_vurder_and_forklar_json(self):
        for path in examples():
            for command in ["vurder", "forklar"]:
                with self.subTest(f"{command} {os.path.basename(path)}"):
                    result = run(command, "rules", "--sak", path, "--json")
                    self.assertEqual(result.returncode, 0, result.stderr)
                    self.assertEqual(errors(validator(STATIC["forklaring"]), json.loads(result.stdout)), [])

    def test_explanation_of_rules_with_parameters(self):
        """Elements named in steps (element, element_sti) and missing fields of elements fit the schema."""
        case = {"vurderingsdato": "2024-03-01",
                "fakta": {"instanser": [{"navn": "Helsestasjonen", "lov": "helse_og_omsorgstjenesteloven"},
                                        {"navn": "NAV-kontoret", "på_vegne_av_det_offentlige": True}]}}
        with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as file:
            json.dump(case, file, ensure_ascii=False)
        try:
            result = run("forklar", "grammar/examples", "--sak", file.name, "--regel", "alle_skal_samarbeide", "--json")
        finally:
            os.unlink(file.name)
        self.assertEqual(result.returncode, 0, result.stderr)
        document = json.loads(result.stdout)
        self.assertEqual(errors(validator(STATIC["forklaring"]), document), [])
        self.assertIn('"element_sti" : "instanser[1]"', result.stdout)
        missing = document["resultater"][0]["mangler"]
        self.assertEqual([item["navn"] for item in missing], ["instanser[0].på_vegne_av_det_offentlige", "instanser[1].lov"])
        self.assertEqual(missing[1]["element"], "instans 2 (NAV-kontoret)")

    def test_goldens_and_doc_blocks_of_explanations(self):
        documents = []
        for path in glob.glob(os.path.join(ROOT, "Tests", "RegelTests", "Evaluation", "Goldens", "*.json")):
            with open(path, encoding="utf-8") as file:
                documents.append((path, json.load(file)))
        for block in fenced_json(os.path.join(ROOT, "docs", "innebygging.md")):
            document = json.loads(block)
            if document.get("skjema") == "regel-forklaring":
                documents.append(("innebygging.md", document))
        self.assertGreaterEqual(len(documents), 2)
        for name, document in documents:
            with self.subTest(name):
                self.assertEqual(errors(validator(STATIC["forklaring"]), document), [])

    def test_batch_records_in_docs(self):
        count = 0
        for path in sorted(glob.glob(os.path.join(ROOT, "docs", "*.md"))):
            for block in fenced_json(path):
                for line in block.strip().splitlines():
                    if line.startswith('{"linje"'):
                        # docs/c-og-python.md shortens the fingerprint to «…»; any real one will do here.
                        line = line.replace('"regelsett":"…"', '"regelsett":"0123456789abcdef"')
                        with self.subTest(f"{os.path.basename(path)}: {line[:50]}"):
                            self.assertEqual(errors(validator(STATIC["batch-post"]), json.loads(line)), [])
                            count += 1
        self.assertGreaterEqual(count, 5)

    def test_batch_output_with_every_option(self):
        lines = []
        for number, path in enumerate(examples()):
            with open(path, encoding="utf-8") as file:
                case = json.load(file)
            lines.append(json.dumps({"id": f"sak-{number}" if number % 2 else number, **case}, ensure_ascii=False))
        lines += ["", "{ikke json", '{"fakta": {"finnes.ikke": true}}', '{"fakta": {"barn.ventes": "nei"}}',
                  '{"vurderingsdato": "2023-02-29"}', '{"id": null, "fakta": {}}', '[1]']
        for options in [[], ["--mangler"], ["--forklar"], ["--mangler", "--forklar"]]:
            with self.subTest(" ".join(options) or "uten valg"):
                result = run("batch", "rules", *options, stdin="\n".join(lines) + "\n")
                self.assertEqual(result.returncode, 1, result.stderr)  # the bad lines
                records = [json.loads(line) for line in result.stdout.splitlines()]
                self.assertEqual(len(records), len(lines))
                for record in records:
                    self.assertEqual(errors(validator(STATIC["batch-post"]), record), [], record)
                self.assertEqual(sum("feil" in record for record in records), 7)

    def test_sjekk_json_on_every_error_code_example_and_the_corpus(self):
        with tempfile.TemporaryDirectory() as scratch:
            with open(os.path.join(ROOT, "docs", "feilkoder.md"), encoding="utf-8") as file:
                blocks = re.findall(r"```regel[^\n]*\n(.*?)```", file.read(), re.S)
            for number, block in enumerate(blocks):
                with open(os.path.join(scratch, f"eksempel{number}.regel"), "w", encoding="utf-8") as file:
                    file.write(block)
            targets = [scratch, "Tests/RegelTests/Corpus", "rules"]
            severities, codes = set(), set()
            for target in targets:
                result = run("sjekk", target, "--json")
                document = json.loads(result.stdout)
                with self.subTest(target):
                    self.assertEqual(errors(validator(STATIC["diagnostikk"]), document), [])
                for item in document["diagnostikk"]:
                    severities.add(item["alvorlighet"])
                    codes.add(item["kode"])
            self.assertEqual(severities, {"feil", "advarsel"})
            self.assertGreater(len(codes), 30)


# Values to try for every fact: each is read by `regel batch` and judged by the schema, and the two must agree.
CANDIDATES = [
    None, True, False, 0, -3, 12.5, 1e5, "12", "12,5", "-0.25", "2.5E+3", "1/3", "-1/3", "1/0", "1/00", "/3", "12,",
    ",5", "1.2.3", "x", "", "2024-02-29", "2023-02-29", "2024-13-01", "0000-01-01", "2024-3-1", "01.03.2024",
    "18 år", "18år", "18  år", "1,5 år", "-2 uker", "6 måneder", "1 måned", "2 uker", "1 uke", "14 dager", "1 dag",
    "1 år og 6 måneder", "1 år, 2 måneder og 3 dager", "1 år og", "18 år ", " 18 år", "1 år,  2 dager", "18 timer",
    [], ["x"], [None], [True], ["18 år"], [{}], {}, {"x": 1},
]


ALL_TYPES = "scripts/skjema/alle-typer.regel"


class DiffMatches(unittest.TestCase):
    def test_diff_json_of_rules_against_an_edited_copy_with_cases(self):
        # One condition edited in a copy of rules/, and cases that the edit changes and does not.
        with tempfile.TemporaryDirectory() as scratch:
            copy = os.path.join(scratch, "regler")
            subprocess.run(["cp", "-r", os.path.join(ROOT, "rules"), copy], check=True)
            path = os.path.join(copy, "barnekoordinator.regel")
            with open(path, encoding="utf-8") as file:
                text = file.read()
            with open(path, "w", encoding="utf-8") as file:
                file.write(text.replace("alder(barn.fødselsdato) < 18 år", "alder(barn.fødselsdato) < 16 år", 1))
            cases = os.path.join(scratch, "saker.jsonl")
            with open(cases, "w", encoding="utf-8") as file:
                for year in range(2004, 2013):
                    file.write(json.dumps({"id": f"født-{year}", "vurderingsdato": "2024-06-01", "fakta": {
                        "barn.ventes": False, "barn.fødselsdato": f"{year}-03-01", "barn.alvorlig_sykdom": True}}) + "\n")
                file.write('{"id": "feil", "fakta": {"finnes.ikke": 1}}\n')
            result = run("diff", "rules", copy, "--saker", cases, "--json")
            self.assertEqual(result.returncode, 2, result.stderr)  # the last case can be read under neither
            document = json.loads(result.stdout)
            self.assertEqual(errors(validator(STATIC["diff"]), document), [])
            self.assertEqual([c["navn"] for c in document["endringer"]], ["barnet_er_under_18"])
            self.assertGreater(document["avgjørelser"]["endret"], 0)
            self.assertEqual(errors(validator(STATIC["diff"]), json.loads(run("diff", "rules", copy, "--json").stdout)), [])


class TheSchemaRejectsWhatTheReaderRejects(unittest.TestCase):
    """rules/ has no tall, tekst, varighet or post; scripts/skjema/alle-typer.regel has them all."""

    @staticmethod
    def candidates(schema):
        facts = schema["properties"]["fakta"]["properties"]
        cases = [{"vurderingsdato": value} for value in CANDIDATES]
        cases += [{"vurderingsdato": DATE, "fakta": {name: value}} for name in sorted(facts) for value in CANDIDATES]
        cases += [{"vurderingsdato": DATE, "fakta": {"finnes.ikke": True}}, {"vurderingsdato": DATE, "annet": 1},
                  {"fakta": None}, {"fakta": []}, {}, {"id": 1}]
        # Records: every field with every candidate, and a field that does not exist, in a fact of the record's type.
        for name, definition in sorted(schema["$defs"].items()):
            if definition.get("type") != "object":
                continue
            reference = f'"#/$defs/{name}"'
            holder = next(fact for fact, s in sorted(facts.items()) if reference in json.dumps(s, ensure_ascii=False))
            is_list = '"array"' in json.dumps(facts[holder])
            for field in [*definition["properties"], "finnes_ikke"]:
                for value in CANDIDATES:
                    record = {field: value}
                    cases.append({"vurderingsdato": DATE, "fakta": {holder: [record] if is_list else record}})
        return cases

    def disagreements(self, rules, schema):
        """Every candidate as a line of `regel batch`, judged by the schema for such a line."""
        cases = self.candidates(schema)
        stdin = "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases)
        result = run("batch", rules, "--jobber", "2", stdin=stdin)
        records = [json.loads(line) for line in result.stdout.splitlines()]
        self.assertEqual(len(records), len(cases), result.stderr)
        self.assertGreater(sum("feil" in record for record in records), 100)
        self.assertGreater(sum("feil" not in record for record in records), 100)
        found, checker = [], validator(schema)
        for case, record in zip(cases, records):
            reader_accepts, schema_accepts = "feil" not in record, checker.is_valid(case)
            if reader_accepts != schema_accepts:
                why = "" if reader_accepts else f" ({record['feil'][0]['melding']})"
                found.append(f"{json.dumps(case, ensure_ascii=False)}: leseren {reader_accepts}, skjemaet {schema_accepts}{why}")
        return len(cases), found

    def test_batch_and_schema_agree_on_every_candidate_for_rules(self):
        count, found = self.disagreements("rules", BATCH_LINE)
        self.assertEqual(found, [], "\n".join(found[:20]))
        self.assertGreater(count, 2000)

    def test_batch_and_schema_agree_on_every_candidate_for_every_type(self):
        count, found = self.disagreements(ALL_TYPES, generated(ALL_TYPES, "--batch"))
        self.assertEqual(found, [], "\n".join(found[:20]))
        self.assertGreater(count, 1000)

    def test_what_the_schema_cannot_say(self):
        """The limits docs/innebygging.md names: here the reader and the schema differ, on purpose."""
        schema = validator(generated(ALL_TYPES, "--batch"))
        nfd = unicodedata.normalize("NFD", "nivå")
        reader_only_rejects = ['{"fakta":{"svar":true,"svar":false}}', '{"fakta":{"beløp":1e2000}}',
                               '{"fakta":{"beløp":"1e2000"}}', '{"fakta":{"frist":"1,1 år"}}',
                               '{"fakta":{"frist":"99999999999999999999 år"}}']
        schema_only_rejects = [json.dumps({"fakta": {nfd: "lav"}}, ensure_ascii=False),
                               json.dumps({"fakta": {"frist": unicodedata.normalize("NFD", "18 år")}}, ensure_ascii=False)]
        lines = reader_only_rejects + schema_only_rejects
        records = [json.loads(line) for line in run("batch", ALL_TYPES, stdin="\n".join(lines) + "\n").stdout.splitlines()]
        for line, record in zip(lines, records):
            with self.subTest(line):
                rejected_by_reader = line in reader_only_rejects
                self.assertEqual("feil" in record, rejected_by_reader)
                self.assertEqual(schema.is_valid(json.loads(line)), rejected_by_reader)

    def test_vurder_agrees_on_a_few(self):
        fact = next(name for name, s in CASE["properties"]["fakta"]["properties"].items() if s.get("type") == ["boolean", "null"])
        for value, accepted in [(True, True), (None, True), ("nei", False), (1, False), ("id", False)]:
            # A case document has no id; a batch line may (test_batch_and_schema_agree_…).
            case = {"vurderingsdato": DATE, "id": 1} if value == "id" else {"vurderingsdato": DATE, "fakta": {fact: value}}
            with self.subTest(value):
                self.assertEqual(validator(CASE).is_valid(case), accepted)
                self.assertEqual(vurder(case).returncode == 0, accepted)


class TheCInterface(unittest.TestCase):
    """The call-error document and the records of the C interface, when the library is built."""

    def test_c_documents(self):
        path = os.environ.get("REGEL_BIBLIOTEK", os.path.join(ROOT, ".build", "debug", "libRegelC.so"))
        if not os.path.exists(path):
            self.skipTest(f"{path} finnes ikke")
        library = ctypes.CDLL(path)
        library.regel_load_folder.restype = ctypes.c_void_p
        library.regel_load_folder.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p)]
        library.regel_evaluate.restype = ctypes.c_void_p
        library.regel_evaluate.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_char_p),
                                           ctypes.c_size_t, ctypes.c_uint, ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p)]
        library.regel_string_free.argtypes = [ctypes.c_void_p]
        library.regel_rules_free.argtypes = [ctypes.c_void_p]

        def take(pointer):
            text = ctypes.string_at(pointer).decode("utf-8")
            library.regel_string_free(pointer)
            return json.loads(text)

        diagnostics = ctypes.c_void_p()
        rules = library.regel_load_folder(os.path.join(ROOT, "rules").encode(), ctypes.byref(diagnostics))
        self.assertTrue(rules)
        try:
            self.assertEqual(errors(validator(STATIC["diagnostikk"]), take(diagnostics)), [])
            case = json.dumps({"vurderingsdato": DATE, "fakta": {}}).encode()
            error = ctypes.c_void_p()
            names = (ctypes.c_char_p * 1)(b"finnes_ikke")
            self.assertIsNone(library.regel_evaluate(rules, case, len(case), names, 1, 0, None, ctypes.byref(error)))
            self.assertEqual(errors(validator(STATIC["c-feil"]), take(error)), [])
            record = library.regel_evaluate(rules, case, len(case), None, 0, 3, None, None)
            self.assertEqual(errors(validator(STATIC["batch-post"]), take(record)), [])
        finally:
            library.regel_rules_free(rules)


if __name__ == "__main__":
    unittest.main()
