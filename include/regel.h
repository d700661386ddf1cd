/*
 * regel.h — the C interface of Regel, for hosts that are not written in Swift.
 *
 * Link with libRegelC (`swift build -c release --product RegelC` builds
 * .build/release/libRegelC.so). Everything passes through JSON in UTF-8, in the same
 * formats as the `regel` program: diagnostics as `regel sjekk --json`, one evaluated case
 * as one record of `regel batch`, a batch as the JSON Lines of `regel batch`
 * (docs/innebygging.md and docs/batch.md describe them).
 *
 * Ownership: every `char *` a function returns, and every string it stores through a
 * `char **` parameter, is the caller's, and is freed with regel_string_free. A rule set
 * from a regel_load_* function is freed with regel_rules_free. Nothing else is the
 * caller's to free: the text of regel_version is static.
 *
 * Threads: a `regel_rules *` is immutable once loaded. Any number of threads may evaluate
 * with one rule set at the same time, without locks; free it only when no call that uses
 * it is running.
 *
 * Errors are values: no call aborts the process. A NULL argument where one is required,
 * text that is not UTF-8, or an unknown rule name makes the call return NULL and, when
 * `error` is not NULL, store a JSON document {"feil":[{"melding":"…"}]} there (messages
 * are in Norwegian). A case that cannot be read is not an error of the call: its record
 * holds the errors, as in `regel batch`.
 */
#ifndef REGEL_H
#define REGEL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A compiled rule set. */
typedef struct regel_rules regel_rules;

/* Options for regel_evaluate and regel_batch; combine with |. */
enum {
    /* Add each rule's explanation (the `regel-forklaring` tree) to its result. */
    REGEL_EXPLAIN = 1u,
    /* Add the facts that could still change an unknown answer. */
    REGEL_MISSING = 2u
};

/* The library's version and the rule language's: "regel 0.1.0 (regelspråk 1.0)". Static. */
const char *regel_version(void);

/*
 * Loads and checks rules: every .regel file in a folder and its subfolders; a list of
 * files and folders; or one source text (which can import nothing). Returns NULL when the
 * rules have errors or cannot be read. When `diagnostics` is not NULL it receives the
 * errors and warnings as `regel sjekk --json` writes them — also when loading succeeds,
 * for the warnings.
 */
regel_rules *regel_load_folder(const char *path, char **diagnostics);
regel_rules *regel_load_paths(const char *const *paths, size_t count, char **diagnostics);
regel_rules *regel_load_source(const char *source, size_t length, const char *name, char **diagnostics);

/* Frees a rule set. NULL is allowed and does nothing. */
void regel_rules_free(regel_rules *rules);

/*
 * The names of the rules that can be evaluated, in declaration order, as a JSON array of strings;
 * NULL for a NULL rule set. A rule with parameters is left out: it has a value only for arguments.
 */
char *regel_rule_names(const regel_rules *rules);

/*
 * Evaluates one case, given as a JSON document of `length` bytes (it may span lines), for
 * the rules named in `rule_names` (`rule_count` of them; 0 means every rule). Returns one
 * record of `regel batch` as a line of JSON with its newline; its length without the NUL
 * is stored through `output_length` when that is not NULL.
 */
char *regel_evaluate(const regel_rules *rules, const char *case_json, size_t length,
                     const char *const *rule_names, size_t rule_count, unsigned options,
                     size_t *output_length, char **error);

/*
 * Evaluates `length` bytes of JSON Lines, one case per line, as `regel batch` does: one
 * record per line in input order, bad lines as error records. `jobs` threads evaluate
 * (0: one per processor core). Returns the records as JSON Lines.
 */
char *regel_batch(const regel_rules *rules, const char *lines, size_t length,
                  const char *const *rule_names, size_t rule_count, unsigned options, unsigned jobs,
                  size_t *output_length, char **error);

/* Frees a string this library returned. NULL is allowed and does nothing. */
void regel_string_free(char *text);

#ifdef __cplusplus
}
#endif

#endif /* REGEL_H */
