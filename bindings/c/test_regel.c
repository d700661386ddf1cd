/*
 * Tests the C interface (include/regel.h) the way a C host uses it: loads rules/, evaluates
 * the example cases in rules/eksempler/ and checks the answers, checks that mistakes come
 * back as values, and evaluates from several threads with one shared rule set.
 * Built and run by scripts/c-grensesnitt.sh, once plainly and once with AddressSanitizer.
 */
#include "regel.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;

#define CHECK(condition, ...)                                        \
    do {                                                             \
        if (!(condition)) {                                          \
            fprintf(stderr, "FEIL %s:%d: ", __FILE__, __LINE__);     \
            fprintf(stderr, __VA_ARGS__);                            \
            fprintf(stderr, "\n");                                   \
            failures++;                                              \
        }                                                            \
    } while (0)

static int contains(const char *text, const char *part) { return text != NULL && strstr(text, part) != NULL; }

static char *read_file(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (file == NULL) return NULL;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    size_t got = fread(text, 1, (size_t)size, file);
    fclose(file);
    text[got] = '\0';
    *length = got;
    return text;
}

/* The answers each example gives, as `regel batch --mangler` writes them. */
static const char *const RULES[] = {"barnet_er_under_18", "rett_til_barnekoordinator", "samarbeidsplikt_individnivå"};
static const struct {
    const char *file;
    const char *expected[3];
} EXAMPLES[] = {
    {"rules/eksempler/barnekoordinator.json",
     {"{\"regel\":\"barnet_er_under_18\",\"verdi\":true,\"i_kraft\":true,\"mangler\":[]}",
      "{\"regel\":\"rett_til_barnekoordinator\",\"verdi\":null,\"i_kraft\":true,\"mangler\":[\"foreldrene.ønsker_barnekoordinator\"]}",
      "{\"regel\":\"samarbeidsplikt_individnivå\",\"verdi\":null,\"i_kraft\":true,\"mangler\":[\"tjenesten.lov\","}},
    {"rules/eksempler/samarbeid_voksen_nav.json",
     {"{\"regel\":\"barnet_er_under_18\",\"verdi\":false,\"i_kraft\":true,\"mangler\":[]}",
      "{\"regel\":\"rett_til_barnekoordinator\",\"verdi\":false,\"i_kraft\":true,\"mangler\":[]}",
      "{\"regel\":\"samarbeidsplikt_individnivå\",\"verdi\":null,\"i_kraft\":true,\"mangler\":[\"samarbeid.nødvendig\"]}"}},
    {"rules/eksempler/samordning_uenige_tjenester.json",
     {"{\"regel\":\"barnet_er_under_18\",\"verdi\":null,",
      "{\"regel\":\"rett_til_barnekoordinator\",\"verdi\":null,",
      "{\"regel\":\"samarbeidsplikt_individnivå\",\"verdi\":true,\"i_kraft\":true,\"mangler\":[]}"}},
};

static void test_examples(const regel_rules *rules) {
    for (size_t i = 0; i < sizeof EXAMPLES / sizeof EXAMPLES[0]; i++) {
        size_t length = 0;
        char *case_json = read_file(EXAMPLES[i].file, &length);
        CHECK(case_json != NULL, "kunne ikke lese %s", EXAMPLES[i].file);
        if (case_json == NULL) continue;
        size_t output_length = 0;
        char *error = NULL;
        char *record = regel_evaluate(rules, case_json, length, RULES, 3, REGEL_MISSING, &output_length, &error);
        CHECK(record != NULL && error == NULL, "%s: kallet feilet: %s", EXAMPLES[i].file, error ? error : "");
        CHECK(record != NULL && strlen(record) == output_length, "%s: lengden stemmer ikke", EXAMPLES[i].file);
        CHECK(record != NULL && record[output_length - 1] == '\n', "%s: posten slutter ikke med linjeskift", EXAMPLES[i].file);
        CHECK(contains(record, "{\"linje\":1,\"regelsett\":\""), "%s: %s", EXAMPLES[i].file, record);
        for (int rule = 0; rule < 3; rule++) {
            CHECK(contains(record, EXAMPLES[i].expected[rule]), "%s: mangler %s i %s", EXAMPLES[i].file, EXAMPLES[i].expected[rule], record);
        }
        regel_string_free(record);
        regel_string_free(error);
        free(case_json);
    }
}

static void test_explanation(const regel_rules *rules) {
    const char *case_json = "{\"vurderingsdato\": \"2024-03-01\", \"fakta\": {\"barn.fødselsdato\": \"2012-09-14\"}}";
    const char *rule[] = {"barnet_er_under_18"};
    char *record = regel_evaluate(rules, case_json, strlen(case_json), rule, 1, REGEL_EXPLAIN, NULL, NULL);
    CHECK(contains(record, "\"verdi\":true") && contains(record, "\"forklaring\":"), "forklaringen mangler: %s", record);
    regel_string_free(record);
}

static void test_mistakes_are_values(const regel_rules *rules) {
    char *error = NULL;
    const char *unknown[] = {"rett_til_barnekordinator"};
    char *record = regel_evaluate(rules, "{}", 2, unknown, 1, 0, NULL, &error);
    CHECK(record == NULL, "en ukjent regel ga et svar");
    CHECK(contains(error, "{\"feil\":[{\"melding\":\"ingen regel heter «rett_til_barnekordinator»; mente du «rett_til_barnekoordinator»?\"}]}"),
          "feilen for en ukjent regel: %s", error);
    regel_string_free(error);

    error = NULL;
    record = regel_evaluate(NULL, "{}", 2, NULL, 0, 0, NULL, &error);
    CHECK(record == NULL && contains(error, "«rules» mangler"), "NULL som regelsett: %s", error);
    regel_string_free(error);

    error = NULL;
    const char *latin1[] = {"r\xe5"};
    record = regel_evaluate(rules, "{}", 2, latin1, 1, 0, NULL, &error);
    CHECK(record == NULL && contains(error, "«rule_names[0]» er ikke gyldig UTF-8"), "latin-1 i et regelnavn: %s", error);
    regel_string_free(error);

    /* A case that cannot be read is a record with errors, not a failed call. */
    const char *bad = "{\"vurderingsdato\": \"2024-03-01\",\n \"fakta\": {\"barn.fødselsdato\": 12}}";
    record = regel_evaluate(rules, bad, strlen(bad), NULL, 0, 0, NULL, NULL);
    CHECK(contains(record, "\"feil\":[{\"kode\":\"R0603\""), "en sak med feil type: %s", record);
    regel_string_free(record);
    record = regel_evaluate(rules, "{\n\"fakta\": ", 11, NULL, 0, 0, NULL, NULL);
    CHECK(contains(record, "\"kode\":\"R0601\"") && contains(record, "linje 2"), "ugyldig JSON: %s", record);
    regel_string_free(record);

    char *diagnostics = NULL;
    const char *source = "regel a\n  hjemmel lov § 1\n  når ukjent_navn\n";
    regel_rules *broken = regel_load_source(source, strlen(source), "feil.regel", &diagnostics);
    CHECK(broken == NULL, "regler med feil ga et regelsett");
    CHECK(contains(diagnostics, "\"R0301\"") && contains(diagnostics, "\"feil.regel\""), "diagnostikken: %s", diagnostics);
    regel_string_free(diagnostics);

    diagnostics = NULL;
    CHECK(regel_load_folder("finnes/ikke", &diagnostics) == NULL, "en mappe som ikke finnes ga et regelsett");
    CHECK(contains(diagnostics, "\"R0002\"") && contains(diagnostics, "«finnes/ikke» finnes ikke"), "diagnostikken for en mappe som ikke finnes: %s", diagnostics);
    regel_string_free(diagnostics);

    diagnostics = NULL;
    CHECK(regel_load_folder(NULL, &diagnostics) == NULL && contains(diagnostics, "«path» mangler"), "NULL som mappe: %s", diagnostics);
    regel_string_free(diagnostics);
    regel_rules_free(NULL);
    regel_string_free(NULL);
}

static void test_batch(const regel_rules *rules) {
    const char *lines =
        "{\"id\": \"a\", \"vurderingsdato\": \"2024-03-01\", \"fakta\": {\"barn.fødselsdato\": \"2012-09-14\"}}\n"
        "\n"
        "{\"id\": 3, \"vurderingsdato\": \"2024-03-01\", \"fakta\": {\"barn.fødselsdato\": \"2001-01-01\"}}\r\n"
        "{\"id\": \"d\", \"fakta\": {\"barn.fødselsdato\": \"2012-09-14\"";
    const char *rule[] = {"barnet_er_under_18"};
    size_t length = 0;
    char *output = regel_batch(rules, lines, strlen(lines), rule, 1, 0, 2, &length, NULL);
    CHECK(output != NULL && strlen(output) == length, "batch ga ingen utdata");
    int records = 0;
    for (const char *c = output; c != NULL && *c; c++) records += *c == '\n';
    CHECK(records == 4, "batch ga %d poster, ikke 4: %s", records, output);
    CHECK(contains(output, "{\"linje\":1,\"id\":\"a\",") && contains(output, "{\"regel\":\"barnet_er_under_18\",\"verdi\":true,\"i_kraft\":true}"),
          "linje 1: %s", output);
    CHECK(contains(output, "{\"linje\":2,\"regelsett\":") && contains(output, "tom linje"), "linje 2: %s", output);
    CHECK(contains(output, "{\"linje\":3,\"id\":3,") && contains(output, "\"verdi\":null"), "linje 3: %s", output);
    CHECK(contains(output, "{\"linje\":4,\"regelsett\":") && contains(output, "objektet mangler avsluttende «}»"), "linje 4: %s", output);
    regel_string_free(output);

    output = regel_batch(rules, NULL, 0, NULL, 0, 0, 0, &length, NULL);
    CHECK(output != NULL && length == 0, "tom batch");
    regel_string_free(output);
}

/* Threads share one rule set: every answer must be the one a single thread gets. */
struct work { const regel_rules *rules; const char *expected; int mismatches; };

static void *evaluate_many(void *argument) {
    struct work *work = argument;
    const char *case_json = "{\"vurderingsdato\": \"2024-03-01\", \"fakta\": {\"barn.fødselsdato\": \"2012-09-14\"}}";
    const char *rule[] = {"rett_til_barnekoordinator"};
    for (int i = 0; i < 500; i++) {
        char *record = regel_evaluate(work->rules, case_json, strlen(case_json), rule, 1, REGEL_MISSING, NULL, NULL);
        if (record == NULL || strcmp(record, work->expected) != 0) work->mismatches++;
        regel_string_free(record);
    }
    return NULL;
}

static void test_threads(const regel_rules *rules) {
    const char *case_json = "{\"vurderingsdato\": \"2024-03-01\", \"fakta\": {\"barn.fødselsdato\": \"2012-09-14\"}}";
    const char *rule[] = {"rett_til_barnekoordinator"};
    char *expected = regel_evaluate(rules, case_json, strlen(case_json), rule, 1, REGEL_MISSING, NULL, NULL);
    pthread_t threads[4];
    struct work work[4];
    for (int i = 0; i < 4; i++) {
        work[i] = (struct work){rules, expected, 0};
        pthread_create(&threads[i], NULL, evaluate_many, &work[i]);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(threads[i], NULL);
        CHECK(work[i].mismatches == 0, "tråd %d fikk %d avvikende svar", i, work[i].mismatches);
    }
    regel_string_free(expected);
}

/* A rule with parameters has a value only for arguments: it is not among the names to evaluate. */
static void test_rule_with_parameters(void) {
    const char *source = "type T:\n  k: ja/nei\nfaktum ts: liste av T\nregel k(t: T)\n  hjemmel x § 1\n  når t.k\n"
                         "regel alle_k\n  hjemmel x § 1\n  når alle t i ts der k(t)\n";
    char *diagnostics = NULL;
    regel_rules *rules = regel_load_source(source, strlen(source), "parametre.regel", &diagnostics);
    CHECK(rules != NULL, "en regel med parametre lot seg ikke laste: %s", diagnostics);
    regel_string_free(diagnostics);
    if (rules == NULL) return;
    char *names = regel_rule_names(rules);
    CHECK(names != NULL && strcmp(names, "[\"alle_k\"]") == 0, "regelnavnene med en regel med parametre: %s", names);
    regel_string_free(names);
    regel_rules_free(rules);
}

int main(void) {
    CHECK(strncmp(regel_version(), "regel ", 6) == 0, "versjonen: %s", regel_version());
    char *diagnostics = NULL;
    regel_rules *rules = regel_load_folder("rules", &diagnostics);
    CHECK(rules != NULL, "rules/ lot seg ikke laste: %s", diagnostics);
    CHECK(contains(diagnostics, "\"versjon\" : 1") && !contains(diagnostics, "\"feil\""), "diagnostikken: %s", diagnostics);
    regel_string_free(diagnostics);
    if (rules == NULL) return 1;

    char *names = regel_rule_names(rules);
    CHECK(contains(names, "\"rett_til_barnekoordinator\"") && names[0] == '[', "regelnavnene: %s", names);
    regel_string_free(names);

    test_examples(rules);
    test_explanation(rules);
    test_mistakes_are_values(rules);
    test_batch(rules);
    test_threads(rules);
    test_rule_with_parameters();
    regel_rules_free(rules);

    if (failures > 0) {
        fprintf(stderr, "%d feil\n", failures);
        return 1;
    }
    printf("C-grensesnittet: alle kontrollene besto\n");
    return 0;
}
