#!/usr/bin/env python3
"""Generates the parser fixtures from CPython 3.11 (the oracle).

  python3 test/unit/parse/gen-fixtures.py

writes test/unit/parse/fixtures/valid.json (ast.dump(..., include_attributes=True) of each valid
snippet, with column offsets converted from UTF-8 bytes to JS string indices) and
test/unit/parse/fixtures/errors.json (the SyntaxError fields and the exact stderr of
`python3 FILE.py` for each erroneous snippet; the file name is replaced by <FILE>).
"""
import ast
import json
import os
import subprocess
import sys
import tempfile

from corpus_valid import VALID
from corpus_errors import ERRORS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'fixtures')

assert sys.version_info[:2] == (3, 11), 'the fixtures must come from CPython 3.11'


def utf16_len(s):
    return sum(2 if ord(c) > 0xFFFF else 1 for c in s)


def byte_to_js_col(line_bytes, col):
    return utf16_len(line_bytes[:col].decode('utf-8', 'replace'))


def convert_positions(tree, src):
    lines = [l.encode('utf-8') for l in src.split('\n')]
    for node in ast.walk(tree):
        for lno, cno in (('lineno', 'col_offset'), ('end_lineno', 'end_col_offset')):
            ln = getattr(node, lno, None)
            co = getattr(node, cno, None)
            if ln is None or co is None or ln < 1 or ln > len(lines) or co < 0:
                continue
            setattr(node, cno, byte_to_js_col(lines[ln - 1], co))


def gen_valid():
    out = []
    seen = set()
    for src in VALID:
        tree = ast.parse(src)
        convert_positions(tree, src)
        out.append({'src': src, 'dump': ast.dump(tree, include_attributes=True)})
        seen.update(type(n).__name__ for n in ast.walk(tree))
    wanted = {
        'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'AugAssign',
        'AnnAssign', 'For', 'AsyncFor', 'While', 'If', 'With', 'AsyncWith', 'Match', 'Raise', 'Try',
        'TryStar', 'Assert', 'Import', 'ImportFrom', 'Global', 'Nonlocal', 'Expr', 'Pass', 'Break',
        'Continue', 'BoolOp', 'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set',
        'ListComp', 'SetComp', 'DictComp', 'GeneratorExp', 'Await', 'Yield', 'YieldFrom', 'Compare',
        'Call', 'FormattedValue', 'JoinedStr', 'Constant', 'Attribute', 'Subscript', 'Starred', 'Name',
        'List', 'Tuple', 'Slice', 'comprehension', 'ExceptHandler', 'arguments', 'arg', 'keyword',
        'alias', 'withitem', 'match_case', 'MatchValue', 'MatchSingleton', 'MatchSequence',
        'MatchMapping', 'MatchClass', 'MatchStar', 'MatchAs', 'MatchOr',
    }
    missing = wanted - seen
    if missing:
        sys.exit(f'node types not covered by the valid corpus: {sorted(missing)}')
    return out


SITE = '''
import sys, json, os
def _hook(t, e, tb):
    if isinstance(e, SyntaxError):
        with open(os.environ['SE_OUT'], 'w') as f:
            json.dump({'kind': t.__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                       'end_lineno': e.end_lineno, 'end_offset': e.end_offset, 'text': e.text,
                       'filename': e.filename}, f)
    sys.__excepthook__(t, e, tb)
sys.excepthook = _hook
'''


# Tokenizer errors count columns in characters; every other SyntaxError of `python3 FILE.py`
# counts UTF-8 bytes (the file tokenizer has no `encoding`, so pegen never converts).
CHAR_MESSAGES = (
    'invalid character', 'invalid non-printable character', 'unterminated string literal',
    'unterminated triple-quoted string literal', 'invalid decimal literal',
    'invalid hexadecimal literal', 'invalid octal literal', 'invalid binary literal',
    'invalid imaginary literal', 'invalid digit', "unmatched '", 'closing parenthesis',
    'too many nested parentheses', 'source code cannot contain null bytes',
)


def native_to_js(text, off, unit):
    """A 1-based column in CPython's unit to a 1-based JS string index column."""
    if text is None or off is None or off <= 0:
        return off
    if unit == 'chars':
        return utf16_len(text[:off - 1]) + 1
    b = text.encode('utf-8')
    n = off - 1
    if n <= len(b):
        return utf16_len(b[:n].decode('utf-8', 'replace')) + 1
    return utf16_len(text) + (n - len(b)) + 1


def gen_errors():
    out = []
    with tempfile.TemporaryDirectory() as d:
        site = os.path.join(d, 'site')
        os.mkdir(site)
        with open(os.path.join(site, 'sitecustomize.py'), 'w') as f:
            f.write(SITE)
        path = os.path.join(d, 't.py')
        res_path = os.path.join(d, 'out.json')
        for src in ERRORS:
            try:
                ast.parse(src)
            except SyntaxError:
                pass
            else:
                sys.exit(f'{src!r} parses: its error comes from the compiler, not the parser')
            with open(path, 'w', encoding='utf-8', newline='') as f:
                f.write(src)
            if os.path.exists(res_path):
                os.remove(res_path)
            env = dict(os.environ, SE_OUT=res_path, PYTHONPATH=site, PYTHONIOENCODING='utf-8')
            r = subprocess.run([sys.executable, path], env=env, capture_output=True, cwd=d)
            if not os.path.exists(res_path):
                sys.exit(f'no SyntaxError for {src!r}: {r.stderr.decode()}')
            with open(res_path) as f:
                e = json.load(f)
            stderr = r.stderr.decode('utf-8').replace(e['filename'], '<FILE>')
            unit = 'chars' if e['msg'].startswith(CHAR_MESSAGES) else 'bytes'
            lines = src.replace('\r\n', '\n').split('\n')
            end_text = e['text']
            if e['end_lineno'] != e['lineno'] and e['end_lineno'] and 1 <= e['end_lineno'] <= len(lines):
                end_text = lines[e['end_lineno'] - 1]
            out.append({
                'src': src,
                'kind': e['kind'],
                'msg': e['msg'],
                'lineno': e['lineno'],
                'offset': native_to_js(e['text'], e['offset'], unit),
                'end_lineno': e['end_lineno'],
                'end_offset': native_to_js(end_text, e['end_offset'], unit),
                'text': e['text'],
                'stderr': stderr,
            })
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    valid = gen_valid()
    errors = gen_errors()
    with open(os.path.join(OUT, 'valid.json'), 'w', encoding='utf-8') as f:
        json.dump(valid, f, indent=1, ensure_ascii=False)
        f.write('\n')
    with open(os.path.join(OUT, 'errors.json'), 'w', encoding='utf-8') as f:
        json.dump(errors, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(f'{len(valid)} valid snippets, {len(errors)} error snippets')


if __name__ == '__main__':
    sys.path.insert(0, HERE)
    main()
