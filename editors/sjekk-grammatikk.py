"""Farger med grammar/regel.tmLanguage.json i babi, som bruker Oniguruma slik VS Code gjør, og
sjekker det samme som TextMateGrammarTests (som kjører regexene i ICU): hvert reservert ord i
Sources/RegelSyntax/Lexing/Keyword.swift får farge alene på en linje, kontekstordene får farge
på sin plass, og hvert reservert ord i rules/ og grammar/examples/ utenfor kommentarer og tekster
får farge. Kjøres av editors/sjekk.sh med babi installert; skriver feilene og gir 1 ved feil."""
import glob
import os
import re
import shutil
import sys
import tempfile

from babi.highlight import Grammars, highlight_line

source = open('Sources/RegelSyntax/Lexing/Keyword.swift', encoding='utf-8').read()
keywords = [w.strip(' `') for line in re.findall(r'^\s*case (.+)$', source, re.M) for w in line.split(',')]
type_names = re.findall(r'"(\w+)"', re.search(r'typeNames.*', source).group())
ordinals = re.findall(r'"(\w+)":', source)
units = ['år', 'måned', 'måneder', 'uke', 'uker', 'dag', 'dager']

folder = tempfile.mkdtemp()
shutil.copy('grammar/regel.tmLanguage.json', os.path.join(folder, 'source.regel.json'))
compiler = Grammars(folder).compiler_for_scope('source.regel')
shutil.rmtree(folder)


def scopes(text):
    """For each line, the scopes of each character."""
    state, result = compiler.root_state, []
    for number, line in enumerate(text.split('\n')):
        state, regions = highlight_line(compiler, state, line + '\n', number == 0)
        chars = [()] * len(line)
        for region in regions:
            for index in range(region.start, min(region.end, len(line))):
                chars[index] = region.scope
        result.append(chars)
    return result


def expected(word):
    return 'constant.language' if word in ('ja', 'nei', 'ukjent') else 'keyword'


failures = []


def check(text, word, prefix):
    last = text.split('\n')[-1]
    found = re.search(r'(?<![\w.])' + re.escape(word) + r'(?!\w)', last)
    chars = scopes(text)[-1][found.start():found.end()] if found else []
    if not chars or not all(any(s.startswith(prefix) for s in c) for c in chars):
        failures.append(f'«{word}» i «{text}»: {set(chars)}, ventet {prefix}')


for word in keywords:
    for text in (word, f'regel r\n  {word}', f'test "t"\n  forvent\n    {word}'):
        check(text, word, expected(word))
for name in type_names:
    check(f'faktum a: {name}', name, 'support.type')
    check(f'faktum a: liste av {name}', name, 'support.type')
for word in ordinals + ['ledd', 'bokstav', 'nr', 'punktum']:
    check(f'regel r\n  hjemmel ftrl § 3-1 {word} ledd bokstav b nr. 2 første punktum', word, 'keyword')
check('test "t"\n  forvent\n    r = ikke i kraft', 'kraft', 'keyword')
for unit in units:
    check(f'regel r\n  når alder ≥ 1,5 {unit}', unit, 'constant.numeric')

for path in sorted(glob.glob('rules/**/*.regel', recursive=True) + glob.glob('grammar/examples/*.regel')):
    text = open(path, encoding='utf-8').read()
    for number, (line, chars) in enumerate(zip(text.split('\n'), scopes(text)), 1):
        for found in re.finditer(r'(?<![\w.])(\w+)(?!\w)', line):
            word, inside = found.group(), chars[found.start():found.end()]
            if word not in keywords or any('comment' in s or 'string' in s for c in inside for s in c):
                continue
            if not all(any(s.startswith(expected(word)) for s in c) for c in inside):
                failures.append(f'{path}:{number}: «{word}» har {set(inside)}')

for failure in failures[:20]:
    print('sjekk-grammatikk:', failure)
print(f'sjekk-grammatikk: {len(keywords)} reserverte ord, {len(failures)} feil (Oniguruma gjennom babi)')
sys.exit(1 if failures else 0)
