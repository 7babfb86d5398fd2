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
            except (SyntaxError, ValueError):
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


def gen_reprs():
    """repr() of floats (as big-endian IEEE hex), str and bytes values, for dump.ts's printers."""
    import random
    import struct
    r = random.Random(1234)
    floats = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5e-5, 1e-4, 1e-5, 123456.789, 1e15, 1e16, 1e17,
              9999999999999998.0, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, float('inf'),
              -float('inf'), float('nan'), 3.141592653589793, 100.0, 1e22, 1e21, 0.3, 2 / 3, 1 / 3, 12345678901234567.0]
    floats += [r.uniform(-1e6, 1e6) for _ in range(50)]
    floats += [struct.unpack('>d', struct.pack('>Q', r.getrandbits(64)))[0] for _ in range(100)]
    strings = ['', 'a', "it's", 'say "hi"', 'both \' and "', '\\', '\n\t\r', '\x00\x01\x1f\x7f',
               '\x80\x9f\xa0\xa1\xad\xff', 'é€', '\u200b\u2028\u3000\ufeff', '\U0001f600\U000e0001',
               '\u0378', 'tab\there', '\\x41', 'ascii ~!@#$%^&*()_+{}|:<>?']
    # Random text from ranges whose character properties are stable across Unicode versions.
    strings += [''.join(chr(r.choice([r.randrange(0, 0x80), r.randrange(0x80, 0x300), r.randrange(0x391, 0x3a2),
                                      r.randrange(0x4e00, 0x9fa6)])) for _ in range(12)) for _ in range(30)]
    byts = [b'', b'abc', b"it's", b'both \' and "', b'\x00\xff\n\t\r\\', bytes(range(256))]
    return {
        'floats': [[struct.pack('>d', f).hex(), repr(f)] for f in floats],
        'strings': [[x, repr(x)] for x in strings],
        'bytes': [[list(b), repr(b)] for b in byts],
    }


# (kind, msg, lineno, offset, text, end_lineno, end_offset): how CPython prints such a SyntaxError.
PRINT_CASES = [
    ('SyntaxError', "expected ':'", 1, 5, 'if x\n', 1, 5),
    ('SyntaxError', 'invalid syntax', 3, 8, '    x = 1 +\n', 3, 12),
    ('SyntaxError', 'x', 1, 0, 'abc\n', 1, 0),
    ('SyntaxError', 'x', 1, -3, 'abc\n', 1, -1),
    ('SyntaxError', 'x', 1, 50, 'abc\n', 1, 60),
    ('SyntaxError', 'x', 1, 2, 'abcdef\n', 1, 1),
    ('SyntaxError', 'x', 1, 2, 'abcdef\n', 3, 4),
    ('SyntaxError', 'x', 1, 2, 'abcdef', 1, 4),
    ('SyntaxError', 'x', 1, 3, '\t \f  abcdef\n', 1, 9),
    ('SyntaxError', 'x', 1, 2, '    abc\n', 1, 4),
    ('SyntaxError', 'x', 2, 7, 'ab\ncd\nef\n', 2, 8),
    ('SyntaxError', 'x', 2, 2, 'ab\ncd\nef\n', 2, 3),
    ('SyntaxError', 'x', 1, 1, '', 1, 1),
    ('SyntaxError', 'x', 1, 1, None, 1, 1),
    ('SyntaxError', 'x', 1, 1, '\n', 1, 2),
    ('IndentationError', 'unexpected indent', 2, 3, '  y\n', 2, 9),
    ('IndentationError', 'expected an indented block', 1, 0, 'if x:\n', 1, -1),
    ('TabError', 'inconsistent use of tabs and spaces in indentation', 3, 1, '\tpass\n', 3, 0),
    ('SyntaxError', "'(' was never closed", 1, 5, 'x = (1,\n', 1, 0),
    ('SyntaxError', 'x', 1, 11, "x = '\u00e9' +\n", 1, 11),
    ('SyntaxError', 'x', 1, 1, '"\u00e9" = 1\n', 1, 5),
]

PRINT_SCRIPT = """
import sys, json
kind, msg, lineno, offset, text, end_lineno, end_offset = json.loads(sys.argv[1])
cls = {'SyntaxError': SyntaxError, 'IndentationError': IndentationError, 'TabError': TabError}[kind]
e = cls(msg, ('<FILE>', lineno, offset, text, end_lineno, end_offset))
sys.__excepthook__(cls, e, None)
"""


def gen_printing():
    out = []
    for case in PRINT_CASES:
        kind, msg, lineno, offset, text, end_lineno, end_offset = case
        r = subprocess.run([sys.executable, '-X', 'utf8', '-c', PRINT_SCRIPT, json.dumps(case)], capture_output=True)
        stderr = r.stderr.decode('utf-8')
        # Offsets are UTF-8 byte columns in CPython; tests construct errors with JS string columns.
        out.append({
            'kind': kind, 'msg': msg, 'lineno': lineno, 'text': text, 'end_lineno': end_lineno,
            'offset': native_to_js(text, offset, 'bytes') if text else offset,
            'end_offset': native_to_js(text, end_offset, 'bytes') if text and end_lineno == lineno else end_offset,
            'stderr': stderr,
        })
    return out


def gen_tokens():
    """Token streams of the valid corpus from Lib/tokenize.py: kinds for every token, text and
    positions for the tokens whose spans agree with the C tokenizer (not NEWLINE/INDENT/DEDENT)."""
    import io
    import token
    import tokenize
    out = []
    skip = {tokenize.COMMENT, tokenize.NL, tokenize.ENCODING}
    spanless = {tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER}
    for src in VALID:
        if '\r' in src or '\x0c' in src:
            continue
        toks = []
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            if t.type in skip:
                continue
            kind = token.tok_name[t.exact_type] if t.type == tokenize.OP else token.tok_name[t.type]
            if t.type in spanless:
                toks.append([kind])
            else:
                lines = src.split('\n')
                (l1, c1), (l2, c2) = t.start, t.end
                js = lambda l, c: utf16_len(lines[l - 1][:c]) if l - 1 < len(lines) else c
                toks.append([kind, t.string, l1, js(l1, c1), l2, js(l2, c2)])
        out.append({'src': src, 'tokens': toks})
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'tokens.json'), 'w', encoding='utf-8') as f:
        json.dump(gen_tokens(), f, indent=None, ensure_ascii=False)
        f.write('\n')
    with open(os.path.join(OUT, 'printing.json'), 'w', encoding='utf-8') as f:
        json.dump(gen_printing(), f, indent=1, ensure_ascii=False)
        f.write('\n')
    valid = gen_valid()
    errors = gen_errors()
    with open(os.path.join(OUT, 'reprs.json'), 'w', encoding='utf-8') as f:
        json.dump(gen_reprs(), f, indent=1, ensure_ascii=True)
        f.write('\n')
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
