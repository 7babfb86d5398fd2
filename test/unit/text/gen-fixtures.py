#!/usr/bin/env python3
"""Generate the oracle fixtures for test/unit/text/*.test.ts.

Run with CPython 3.11 (the project's oracle):
    python3 test/unit/text/gen-fixtures.py
Writes test/unit/text/fixtures/{methods,hash,sizes}.json. Deterministic
(fixed seed; the hashes are taken under PYTHONHASHSEED=0, the script re-runs
itself with it when needed).

Value encoding in the JSON (both arguments and results):
  str -> {"s": text}      bytes -> {"b": hex}     bytearray -> {"ba": hex}
  int -> {"i": decimal}   float -> {"f": repr}    bool -> true/false   None -> null
  tuple -> {"t": [...]}   list -> {"l": [...]}    dict -> {"d": [[k, v], ...]}
  slice -> {"sl": [start, stop, step]}            a builtin type -> {"type": name}
  range -> {"range": [start, stop, step]}
  NotImplemented -> {"ni": true}
  result of a call that raised -> {"err": [exception type name, str(exception)]}
A case is [receiver, method name, [args...], {kwargs}, expected].
"""
import json
import os
import random
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), 'fixtures must come from CPython 3.11'
if os.environ.get('PYTHONHASHSEED') != '0':
    env = dict(os.environ, PYTHONHASHSEED='0')
    sys.exit(subprocess.call([sys.executable, os.path.abspath(__file__)], env=env))

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures')
rng = random.Random(20240612)
TYPES = {'str': str, 'bytes': bytes, 'bytearray': bytearray}


def enc(v):
    if v is None or isinstance(v, bool):
        return v
    if v is NotImplemented:
        return {'ni': True}
    if isinstance(v, type):
        return {'type': v.__name__}
    if isinstance(v, str):
        return {'s': str(v)}
    if isinstance(v, bytearray):
        return {'ba': bytes(v).hex()}
    if isinstance(v, bytes):
        return {'b': bytes(v).hex()}
    if isinstance(v, int):
        return {'i': str(int(v))}
    if isinstance(v, float):
        return {'f': repr(v)}
    if isinstance(v, tuple):
        return {'t': [enc(x) for x in v]}
    if isinstance(v, list):
        return {'l': [enc(x) for x in v]}
    if isinstance(v, dict):
        return {'d': [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, slice):
        return {'sl': [enc(v.start), enc(v.stop), enc(v.step)]}
    if isinstance(v, range):
        return {'range': [v.start, v.stop, v.step]}
    raise TypeError(type(v))


cases = []


def case(recv, name, *args, **kw):
    try:
        if isinstance(recv, (bytes, bytearray)):
            recv_copy = type(recv)(recv)
        else:
            recv_copy = recv
        r = getattr(recv_copy, name)(*args, **kw)
        res = enc(r)
        if isinstance(recv_copy, bytearray) and name in MUTATORS:
            res = {'t': [res, enc(recv_copy)]}
    except Exception as e:  # noqa: BLE001
        res = {'err': [type(e).__name__, str(e)]}
    cases.append([enc(recv), name, [enc(a) for a in args], {k: enc(v) for k, v in kw.items()}, res])


MUTATORS = {'append', 'extend', 'insert', 'pop', 'remove', 'reverse', 'clear', '__setitem__', '__delitem__',
            '__iadd__', '__imul__', '__init__'}

ALPHA = 'abcXYZ 019_\t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000éßİıΣσςǅǆﬁ①²٣Ⅻ一\U0001F600\U00010400\U0001D7CE\u0345\u0301\'".,-:'
WORDS = ['hello', 'World', 'foo bar', '  spaced  out  ', 'a,b,,c', 'x', '', 'ΣΑΣ', 'ὈΔΥΣΣΕΎΣ', 'straße', 'İstanbul',
         "they're bill's friends", 'ǆemal ǅ', 'ﬁne ﬂow', 'hello\tworld\ttab', 'line1\nline2\r\nline3\rline4\x0bl5\x0cl6\x1cl7\x85l8\u2028l9\u2029',
         'a\U0001F600b\U0001F600c', '\U0001F600', 'ab\ud800cd', '12345', '-42', '+7', '٣٤', '①②', '²³', 'Ⅻ', '一二三',
         'Hello World', 'HELLO', 'hello', 'Hello', 'hELLO wORLD', '  \t\n ', 'tab\there', 'x' * 20, 'MiXeD 123 CaSe',
         'ǅungla', '\u0345', 'A\u0345Σ', 'aΣ', 'aΣb', 'Σa', 'aΣ.', 'a.Σ', "it's", '"quoted"', 'both \' and "', 'back\\slash',
         '\x00\x01\x7f\x80\x9f\xa0\xad', '\u200b\u2060\ufeff', '\U000e0001', 'é', '€', '\uffff', 'ABC\u00dfdef']


def rand_str(n):
    return ''.join(rng.choice(ALPHA) for _ in range(n))


STRS = WORDS + [rand_str(rng.randrange(0, 12)) for _ in range(40)]

# ---- str methods ----------------------------------------------------------------------------
NOARG = ['upper', 'lower', 'casefold', 'swapcase', 'title', 'capitalize', 'isalnum', 'isalpha', 'isascii',
         'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle',
         'isupper', '__len__', '__repr__', '__str__', '__hash__', '__sizeof__', '__getnewargs__', 'splitlines',
         'split', 'rsplit', 'strip', 'lstrip', 'rstrip', 'expandtabs']
for s in STRS:
    for m in NOARG:
        case(s, m)
    case(s, 'splitlines', True)
    case(s, 'split', ' ')
    case(s, 'split', None, 1)
    case(s, 'rsplit', None, 1)
    case(s, 'split', 'a')
    case(s, 'rsplit', 'l', 1)
    case(s, 'split', maxsplit=2)
    case(s, 'strip', 'ah')
    case(s, 'expandtabs', 4)
    case(s, 'center', 20)
    case(s, 'center', 9, '*')
    case(s, 'ljust', 12, '\U0001F600')
    case(s, 'rjust', 3)
    case(s, 'zfill', 8)
    for sub in ['', 'l', 'o', 'ab', '\U0001F600', 'Σ']:
        case(s, 'find', sub)
        case(s, 'rfind', sub)
        case(s, 'count', sub)
        case(s, 'find', sub, 1, -1)
        case(s, 'rfind', sub, -5)
        case(s, 'count', sub, 2, 100)
        case(s, 'index', sub)
        case(s, 'startswith', sub, 1)
        case(s, 'endswith', sub, 0, -1)
        case(s, 'partition', sub)
        case(s, 'rpartition', sub)
        case(s, 'replace', sub, '<>')
        case(s, 'replace', sub, '', 2)
        case(s, 'removeprefix', sub)
        case(s, 'removesuffix', sub)
    case(s, 'startswith', ('x', 'he', ''))
    case(s, 'endswith', ('x', 'd'))
    for i in [0, 1, -1, 3, -4, 50]:
        case(s, '__getitem__', i)
    for sl in [slice(None), slice(1, None), slice(None, None, -1), slice(1, 10, 2), slice(-3, None), slice(5, 1, -2), slice(None, None, 3)]:
        case(s, '__getitem__', sl)
    case(s, '__contains__', 'l')
    case(s, '__contains__', '\U0001F600')
    case(s, '__mul__', 3)
    case(s, '__mul__', 0)
    case(s, '__add__', 'xyz')
    case(s, 'encode')
    case(s, 'encode', 'ascii', 'replace')
    case(s, 'encode', 'latin-1', 'backslashreplace')
    case(s, 'encode', 'ascii')
    case(s, 'encode', 'utf-16')
    case(s, 'encode', 'utf-8', 'surrogatepass')
    case(s, 'encode', 'ascii', 'xmlcharrefreplace')
    case(s, 'translate', {ord('a'): 'A', ord('l'): None, ord('o'): 0x1F600, 0x3a3: 'S'})
    case(s, 'join', ['1', '2', '3'])
    case(s, '__format__', '>12')
    case(s, '__format__', '^9.3')

for a in STRS[:30]:
    for b in STRS[:30]:
        for m in ['__lt__', '__eq__', '__ge__']:
            case(a, m, b)

# comparisons across the BMP/astral boundary (code point order, not UTF-16)
for a, b in [('\uffff', '\U00010000'), ('\ue000', '\U0001F600'), ('a\U0001F600', 'a\uff01'), ('', 'a'), ('ab', 'a')]:
    for m in ['__lt__', '__le__', '__gt__', '__ge__', '__eq__', '__ne__']:
        case(a, m, b)

# argument errors and edge cases
ERR = [
    ('abc', 'find', ()), ('abc', 'find', (1,)), ('abc', 'find', ('a', 1.5)), ('abc', 'find', ('a', None, None)),
    ('abc', 'count', ('a', 'b', 'c', 'd')), ('abc', 'index', ('z',)), ('abc', 'rindex', ('z',)),
    ('abc', 'startswith', (1,)), ('abc', 'startswith', (('x', 1),)), ('abc', 'endswith', (('c', 1),)),
    ('abc', 'split', ('',)), ('abc', 'split', (1,)), ('abc', 'split', (None, 1.5)), ('abc', 'split', ('a', 2, 3)),
    ('abc', 'rsplit', ('',)), ('abc', 'partition', ('',)), ('abc', 'partition', (1,)), ('abc', 'partition', ()),
    ('abc', 'strip', (1,)), ('abc', 'strip', ('a', 'b')), ('abc', 'replace', ('a',)), ('abc', 'replace', (1, 'a')),
    ('abc', 'replace', ('a', 1)), ('abc', 'replace', ('a', 'b', 1.5)), ('abc', 'replace', ('a', 'b', 0)),
    ('abc', 'center', ()), ('abc', 'center', (1.5,)), ('abc', 'center', (5, 'ab')), ('abc', 'center', (5, 1)),
    ('abc', 'zfill', ()), ('abc', 'zfill', ('5',)), ('abc', 'expandtabs', (1.5,)), ('abc', 'expandtabs', (2 ** 40,)),
    ('abc', 'splitlines', ('x',)), ('abc', 'upper', (1,)), ('abc', 'join', ()), ('abc', 'join', (1,)),
    ('abc', 'join', ([1],)), ('abc', 'join', (['a', 2],)), ('abc', 'join', (('x',),)), ('abc', 'join', ('xyz',)),
    ('abc', 'removeprefix', (1,)), ('abc', 'encode', (1,)), ('abc', 'encode', ('utf-8', 1)), ('abc', 'encode', ('nope',)),
    ('é', 'encode', ('ascii', 'nope')), ('é€x\U0001F600', 'encode', ('ascii',)), ('é€', 'encode', ('latin-1',)),
    ('\ud800x\udfff', 'encode', ()), ('\ud800x\udfff', 'encode', ('utf-8', 'replace')), ('a\ud800', 'encode', ('utf-16',)), ('abc', 'encode', ('UTF_8',)),
    ('abc', 'encode', ('Latin1',)), ('abc', 'encode', ('us-ascii',)), ('é', 'encode', ('utf-32-be',)),
    ('é€\u0100\u0101x', 'encode', ('cp1252',)), ('é€\u0100x', 'encode', ('windows-1252', 'replace')), ('a\ud800', 'encode', ('utf-8-sig',)),
    ('abc', 'encode', ('utf-8-sig',)), ('', 'encode', ('utf_8_sig',)),
    ('abc', 'translate', ({97: 2 ** 40},)), ('abc', 'translate', ({97: 1.5},)), ('abc', 'translate', (None,)),
    ('abc', 'translate', ({97: 'xy', 98: 300},)), ('', 'translate', ({},)),
    ('abc', '__getitem__', (1.0,)), ('abc', '__getitem__', ('x',)), ('abc', '__getitem__', (10,)),
    ('abc', '__getitem__', (2 ** 70,)), ('abc', '__getitem__', (slice(None, None, 0),)), ('abc', '__getitem__', (slice('a', None),)),
    ('abc', '__getitem__', (True,)), ('abc', '__format__', (1,)), ('abc', '__format__', ('d',)), ('abc', '__format__', ('=5',)),
    ('abc', '__format__', ('+',)), ('abc', '__contains__', (1,)), ('abc', '__mul__', (2 ** 70,)), ('abc', '__add__', (None,)),
    ('abc', '__mul__', (-1,)), ('abc', '__lt__', (1,)), ('abc', '__eq__', (1,)),
    ('abc', '__mod__', (1,)), ('%s', '__mod__', ((),)), ('%s %s', '__mod__', ((1,),)), ('%d', '__mod__', ('x',)),
    ('%(a)s %(b)r', '__mod__', ({'a': 1, 'b': 'x'},)), ('%c%c', '__mod__', ((65, 'é'),)), ('%5.2f|%-6d|%x|%#o', '__mod__', ((3.14159, 42, 255, 8),)),
    ('%s', '__mod__', ([1, 2],)), ('%r', '__mod__', ('é\U0001F600',)), ('%a', '__mod__', ('é\U0001F600',)), ('%y', '__mod__', (1,)),
    ('%*d|%-*s|%.*f', '__mod__', ((5, 42, 4, 'ab', 2, 1.23456),)), ('100%%', '__mod__', ((),)), ('%s', '__mod__', ((1, 2),)),
    ('%(a)s', '__mod__', ((1,),)), ('%(a', '__mod__', ({},)), ('%', '__mod__', ((),)), ('%d', '__mod__', (3.99,)),
    ('%x', '__mod__', (3.5,)), ('%c', '__mod__', (0x110000,)), ('%c', '__mod__', ('ab',)), ('%+d % d %05d %-5d|', '__mod__', ((1, 2, -3, 4),)),
    ('%10.3s|', '__mod__', ('abcdef',)), ('%e %E %g %G', '__mod__', ((12345.678, 0.0001, 1e20, 1.5),)),
]
for recv, name, args in ERR:
    case(recv, name, *args)

case('abc', 'split', sep='b', maxsplit=1)
case('abc', 'split', zz=1)
case('abc', 'split', 'b', sep='b')
case('abc', 'encode', encoding='ascii', errors='strict')
case('abc', 'expandtabs', tabsize=2)
case('abc', 'splitlines', keepends=True)
case('abc', 'find', 'b', start=1)
case('abc', 'upper', x=1)
case(str, 'maketrans', 'abc', 'xyz')
case(str, 'maketrans', 'abc', 'xyz', 'q')
case(str, 'maketrans', {'a': 'b', 98: None})
case(str, 'maketrans', 'ab', 'c')
case(str, 'maketrans', {'ab': 1})
case(str, 'maketrans', {1.5: 1})
case(str, 'maketrans', 'a', 'b', 1)
case(str, 'maketrans', 1)
case(str, 'maketrans', 1, 'x')
case(str, 'maketrans')

# ---- str.format ---------------------------------------------------------------------------------
FMT = [
    ('{} {}', (1, 'x'), {}), ('{0} {1} {0}', ('a', 'b'), {}), ('{x}-{y}', (), {'x': 1, 'y': 'z'}), ('{0!r:>10}', ('a',), {}),
    ('{0!s} {0!a}', ('é',), {}), ('{:{}}', ('abc', 6), {}), ('{:{w}.{p}}', ('abcdef',), {'w': 8, 'p': 3}),
    ('{0[1]} {0[0]}', (['a', 'b'],), {}), ('{d[key]} {d[0]}', (), {'d': {'key': 1, 0: 'zero'}}), ('{0.real}', (3,), {}),
    ('{{}} {{{0}}}', ('x',), {}), ('{', (), {}), ('}', (), {}), ('x{', (), {}), ('{0', (1,), {}), ('{0!', (1,), {}),
    ('{0!r', (1,), {}), ('{0:', (1,), {}), ('{!}', (1,), {}), ('{!x}', (1,), {}), ('{!rx}', (1,), {}), ('{0}{}', (1, 2), {}),
    ('{}{0}', (1, 2), {}), ('{}', (), {}), ('{5}', (1,), {}), ('{x}', (), {}), ('{0.}', (1,), {}), ('{0..a}', (1,), {}),
    ('{0[}', (1,), {}), ('{0[0]x}', ('ab',), {}), ('{0]x}', ([1],), {}), ('{a{b}', (), {}), ('{:{:{}}}', (1, 2, 3), {}),
    ('{0.nope}', (1,), {}), ('{0[5]}', ('ab',), {}), ('{0:d}', ('a',), {}), ('{:>5}|{:<5}|{:^5}', ('a', 'b', 'c'), {}),
    ('{:*^11}', ('mid',), {}), ('{0:.2}', ('abcdef',), {}), ('{٣}', (0, 1, 2, 3), {}), ('{0:{1}{2}}', ('x', '>', 4), {}),
    ('{0!s:{1}}', ('ab', 5), {}), ('{:,}', ('x',), {}), ('{!a}', ('\U0001F600',), {}), ('{0[a]}', ({'a': 'A'},), {}),
    ('{0[-1]}', ({'-1': 'neg'},), {}), ('{x.y}', (), {'x': 1}),
]
for fmt, args, kw in FMT:
    case(fmt, 'format', *args, **kw)
case('{x} {y}', 'format_map', {'x': 1, 'y': 2})
case('{0}', 'format_map', {})
case('{x}', 'format_map', 1)
case('{x}', 'format_map', {})

# ---- bytes and bytearray ---------------------------------------------------------------------------
BWORDS = [b'hello', b'Hello World', b'  spaced  out  ', b'a,b,,c', b'', b'x', b'\x00\x7f\x80\xff', b'tab\there\tx',
          b'l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1cl7', b"it's", b'"q"', b'both \' and "', b'back\\slash', b'12345', b'-42',
          b'hELLO wORLD', b'MiXeD 123', b'\t\n \x0b\x0c\r', b'\xe9caf\xc3\xa9', b'ab' * 10]
BSTRS = BWORDS + [bytes(rng.randrange(256) if rng.random() < 0.3 else rng.choice(b'abc XYZ\t\n,01') for _ in range(rng.randrange(0, 10))) for _ in range(15)]
BNOARG = ['upper', 'lower', 'swapcase', 'title', 'capitalize', 'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower',
          'isspace', 'istitle', 'isupper', '__len__', '__repr__', 'splitlines', 'split', 'rsplit', 'strip', 'lstrip',
          'rstrip', 'expandtabs', 'hex', 'decode', '__sizeof__']
for T in (bytes, bytearray):
    for b0 in BSTRS:
        b = T(b0)
        for m in BNOARG:
            case(b, m)
        if T is bytes:
            case(b, '__hash__')
            case(b, '__getnewargs__')
            case(b, '__bytes__')
        else:
            case(b, '__alloc__')
            case(b, 'copy')
        case(b, 'splitlines', True)
        case(b, 'split', b' ')
        case(b, 'split', None, 1)
        case(b, 'rsplit', b'l', 1)
        case(b, 'strip', b'ah')
        case(b, 'expandtabs', 4)
        case(b, 'center', 20)
        case(b, 'center', 9, b'*')
        case(b, 'ljust', 12, bytearray(b'-'))
        case(b, 'rjust', 3)
        case(b, 'zfill', 8)
        case(b, 'hex', ':')
        case(b, 'hex', b'-', 2)
        case(b, 'hex', ' ', -3)
        case(b, 'decode', 'latin-1')
        case(b, 'decode', 'ascii', 'replace')
        case(b, 'decode', 'utf-8', 'backslashreplace')
        case(b, 'decode', 'utf-8', 'surrogateescape')
        case(b, 'decode', 'utf-8')
        case(b, 'decode', 'ascii')
        case(b, 'decode', 'utf-16-le', 'replace')
        for sub in [b'', b'l', b'o', b'ab', 108, bytearray(b'l')]:
            case(b, 'find', sub)
            case(b, 'rfind', sub, 1)
            case(b, 'count', sub)
            case(b, 'index', sub, 0, -1)
            case(b, '__contains__', sub)
        for sub in [b'', b'l', b'ab', bytearray(b'o')]:
            case(b, 'startswith', sub, 1)
            case(b, 'endswith', sub)
            case(b, 'partition', sub)
            case(b, 'rpartition', sub)
            case(b, 'replace', sub, b'<>')
            case(b, 'replace', sub, b'', 2)
            case(b, 'removeprefix', sub)
            case(b, 'removesuffix', sub)
        case(b, 'startswith', (b'x', b'he'))
        for i in [0, 1, -1, 3, -4, 50]:
            case(b, '__getitem__', i)
        for sl in [slice(None), slice(1, None), slice(None, None, -1), slice(1, 10, 2), slice(5, 1, -2)]:
            case(b, '__getitem__', sl)
        case(b, '__mul__', 3)
        case(b, '__add__', b'xyz')
        case(b, '__add__', bytearray(b'q'))
        case(b, 'translate', None, b'lo')
        case(b, 'translate', bytes(range(255, -1, -1)))
        case(b, 'join', [b'1', bytearray(b'2'), b'3'])
        for o in [b'hello', b'', bytearray(b'hello'), b'hellp', 'hello']:
            for m in ['__eq__', '__lt__', '__ge__']:
                case(b, m, o)

BERR = [
    (b'abc', 'find', ('a',)), (b'abc', 'find', (300,)), (b'abc', 'count', (-1,)), (b'abc', 'index', (b'z',)),
    (b'abc', 'startswith', ('a',)), (b'abc', 'startswith', ((b'x', 'x'),)), (b'abc', '__getitem__', (1.0,)),
    (b'abc', '__getitem__', (5,)), (b'abc', '__getitem__', ('x',)), (b'abc', '__contains__', ('a',)),
    (b'abc', '__contains__', (300,)), (b'abc', 'center', (5, 'x')), (b'abc', 'center', (5, b'xy')),
    (b'abc', 'split', (' ',)), (b'abc', 'split', (b'',)), (b'abc', 'translate', (b'x',)), (b'abc', 'replace', (b'b', 'x')),
    (b'abc', 'join', ([b'x', 'y'],)), (b'abc', 'join', (1,)), (b'abc', 'hex', ('::',)), (b'abc', 'hex', ('\xe9',)),
    (b'abc', 'hex', (1,)), (b'abc', 'hex', (':', 1.5)), (b'abc', 'decode', ('foo',)), (b'\xff', 'decode', ()),
    (b'\xff', 'decode', ('ascii',)), (b'\xe2\x82', 'decode', ()), (b'a\xe2\x28\xa1', 'decode', ()),
    (b'\xf0\x9f\x98', 'decode', ()), (b'\xf0\x9f\x98x', 'decode', ()), (b'\xed\xa0\x80', 'decode', ()),
    (b'\xed\xa0\x80', 'decode', ('utf-8', 'surrogatepass')), (b'\xc0\x80', 'decode', ()), (b'\xf5', 'decode', ()),
    (b'\xe0\x80\x80', 'decode', ()), (b'\xf4\x90\x80\x80', 'decode', ()), (b'\xff\xfeab', 'decode', ('utf-16',)),
    (b'ab', 'decode', ('utf-16-be',)), (b'abc', 'decode', ('utf-16-le',)), (b'\xff', 'decode', ('utf-8', 'nope')),
    (b'abc', 'decode', (1,)), (b'\x80\x81\x9f', 'decode', ('cp1252', 'replace')), (b'a\x81', 'decode', ('cp1252',)),
    (b'\xef\xbb\xbfabc', 'decode', ('utf-8-sig',)), (b'\xef\xbb\xbf\xff', 'decode', ('utf-8-sig',)), (b'abc', 'decode', ('utf-8-sig',)), (b'abc', 'removeprefix', ('a',)), (b'abc', 'strip', ('a',)), (b'abc', 'partition', ('a',)),
    (b'abc', 'partition', (b'',)), (b'abc', '__add__', ('x',)), (bytearray(b'abc'), '__add__', (None,)),
    (b'%s', '__mod__', ('a',)), (b'%s', '__mod__', (b'a',)), (b'%r', '__mod__', ('a',)), (b'%a', '__mod__', ('\xe9',)),
    (b'%c', '__mod__', (300,)), (b'%c', '__mod__', (b'ab',)), (b'%c', '__mod__', ('a',)), (b'%c%c', '__mod__', ((65, b'z'),)),
    (b'%d %s', '__mod__', ((1,),)), (b'%d', '__mod__', ((1, 2),)), (b'%b', '__mod__', (1,)), (b'%x %X %#x %#o', '__mod__', ((255, 255, 255, 8),)),
    (b'%5.2f|', '__mod__', (1.5,)), (b'%(a)s', '__mod__', ({b'a': b'x'},)), (b'%(a)s', '__mod__', ({'a': b'x'},)),
    (b'%y', '__mod__', (1,)), (b'%s', '__mod__', (bytearray(b'q'),)), (b'%f', '__mod__', ('x',)), (b'%i', '__mod__', ('x',)),
    (b'%.99999999999f', '__mod__', (1.0,)), (b'%*d', '__mod__', (('a', 1),)), (b'%(a', '__mod__', ({},)), (b'%', '__mod__', ((),)),
    (b'%#08x|%-5d|%+d|% d|%05.1f', '__mod__', ((255, 3, 3, 4, 2.25),)), (b'%r', '__mod__', (1,)), (b'%5s|%.1s|', '__mod__', ((b'ab', b'xy'),)),
    (b'%d', '__mod__', (1.7,)), (b'%x', '__mod__', (1.7,)), (b'%e', '__mod__', (10,)), (b'%g', '__mod__', (2 ** 1100,)),
    (b'%s %s', '__mod__', ({b'x': 1},)), (b'100%%', '__mod__', ((),)),
    (bytearray(b'abc'), 'pop', (5,)), (bytearray(), 'pop', ()), (bytearray(b'abc'), 'remove', (b'a',)), (bytearray(b'abc'), 'remove', (120,)),
    (bytearray(b'abc'), 'append', (300,)), (bytearray(b'abc'), 'append', ('a',)), (bytearray(b'abc'), 'insert', (1, 300)),
    (bytearray(b'abc'), 'extend', ([300],)), (bytearray(b'abc'), 'extend', ('ab',)), (bytearray(b'abc'), 'extend', (5,)),
    (bytearray(b'abc'), 'index', (b'z',)), (bytearray(b'ab'), '__setitem__', (0, 300)), (bytearray(b'ab'), '__setitem__', (slice(0, 1), 3)),
    (bytearray(b'ab'), '__setitem__', (slice(0, 1), 'x')), (bytearray(b'abcd'), '__setitem__', (slice(0, 4, 2), b'xyz')),
    (bytearray(b'ab'), '__delitem__', (5,)), (bytearray(b'ab'), '__setitem__', (5, 1)), (bytearray(b'ab'), '__getitem__', (5,)),
    (bytearray(b'ab'), '__getitem__', ('x',)), (bytearray(b'ab'), '__setitem__', ('x', 1)), (bytearray(b'ab'), '__iadd__', ('x',)),
    (bytearray(b'abc'), 'append', (120,)), (bytearray(b'abc'), 'extend', ([1, 2, 3],)), (bytearray(b'abc'), 'extend', (b'xyz',)),
    (bytearray(b'abc'), 'extend', (range(5),)), (bytearray(b'abc'), 'insert', (-10, 65)), (bytearray(b'abc'), 'insert', (10, 65)),
    (bytearray(b'abc'), 'pop', ()), (bytearray(b'abc'), 'pop', (0,)), (bytearray(b'abc'), 'remove', (98,)), (bytearray(b'abc'), 'reverse', ()),
    (bytearray(b'abc'), 'clear', ()), (bytearray(b'abcdef'), '__setitem__', (slice(1, 3), b'XYZW')), (bytearray(b'abcdef'), '__setitem__', (slice(0, 4), b'')),
    (bytearray(b'abcdef'), '__setitem__', (slice(None, None, 2), b'123')), (bytearray(b'abcdef'), '__setitem__', (slice(None, None, -2), [1, 2, 3])),
    (bytearray(b'abcdef'), '__delitem__', (slice(None, None, 2),)), (bytearray(b'abcdef'), '__delitem__', (slice(4, 1, -1),)),
    (bytearray(b'abcdef'), '__delitem__', (-1,)), (bytearray(b'abcdef'), '__setitem__', (slice(3, 1), b'xx')), (bytearray(b'abcdef'), '__setitem__', (1, 65)),
    (bytearray(b'ab'), '__iadd__', (b'cd',)), (bytearray(b'ab'), '__imul__', (3,)), (bytearray(b'ab'), '__imul__', (-1,)),
    (bytearray(b'ab'), '__init__', (b'xyz',)), (bytearray(b'ab'), '__init__', ('xyz',)), (bytearray(b'ab'), '__init__', ('xyz', 'ascii')),
    (bytearray(b'ab'), '__init__', (5,)), (bytearray(b'ab'), '__init__', (-1,)), (bytearray(b'ab'), '__init__', ([1, 300],)),
    (bytearray(b'ab'), '__init__', (1.5,)), (bytearray(b'ab'), '__init__', ()), (bytearray(b'ab'), '__init__', (1, 'utf-8')),
    (bytearray(b'ab'), 'partition', (b'b',)), (bytearray(b'ab'), 'partition', (b'z',)), (bytearray(b'ab'), '__repr__', ()),
    (bytearray(b"a'"), '__repr__', ()), (bytearray(b'a"\''), '__repr__', ()),
]
for recv, name, args in BERR:
    case(recv, name, *args)
case(b'abc', 'split', sep=b'b', maxsplit=1)
case(b'abc', 'translate', None, delete=b'b')
case(b'abc', 'translate', table=None)
case(b'abc', 'translate')
case(b'abc', 'hex', sep=':', bytes_per_sep=2)
case(bytes, 'fromhex', 'ab cd')
case(bytes, 'fromhex', 'abc')
case(bytes, 'fromhex', 'zz')
case(bytes, 'fromhex', ' ab\t\n')
case(bytes, 'fromhex', 'a b')
case(bytes, 'fromhex', '\xe9')
case(bytes, 'fromhex', 1)
case(bytearray, 'fromhex', 'de ad be ef')
case(bytes, 'maketrans', b'ab', b'xy')
case(bytes, 'maketrans', b'ab', b'c')
case(bytes, 'maketrans', 'ab', b'cd')
case(bytearray, 'maketrans', bytearray(b'a'), b'b')

with open(os.path.join(OUT, 'methods.json'), 'w') as f:
    json.dump({'cases': cases}, f, ensure_ascii=True, separators=(',', ':'))

# ---- hashes -----------------------------------------------------------------------------------------
hs = []
for s in STRS + [rand_str(rng.randrange(0, 40)) for _ in range(300)] + ['a' * n for n in range(20)]:
    hs.append([s, str(hash(s))])
hb = []
for b in BSTRS + [bytes(rng.randrange(256) for _ in range(rng.randrange(0, 40))) for _ in range(150)]:
    hb.append([bytes(b).hex(), str(hash(bytes(b)))])
with open(os.path.join(OUT, 'hash.json'), 'w') as f:
    json.dump({'str': hs, 'bytes': hb}, f, ensure_ascii=True, separators=(',', ':'))

# ---- bytearray allocation (sys.getsizeof - 56 = ob_alloc) ---------------------------------------------
SCENARIOS = {
    'append40': 'b = bytearray()\nfor i in range(40):\n    b.append(1); log(b)',
    'delfront': "b = bytearray(b'x' * 10)\nfor i in range(10):\n    del b[0]; log(b)",
    'pop': "b = bytearray(b'x' * 20)\nfor i in range(15):\n    b.pop(); log(b)",
    'extend': "b = bytearray(b'abc'); b.extend([1, 2, 3]); log(b); b.extend(b'defg'); log(b); b.extend(x for x in range(50)); log(b)",
    'init': "log(bytearray([1, 2, 3])); log(bytearray(range(20))); log(bytearray(x for x in range(20))); log(bytearray(5)); log(bytearray()); log(bytearray('abc', 'ascii')); log(bytearray([1, True]))",
    'ops': "b = bytearray(b'ab'); b += b'cdef'; log(b); b *= 5; log(b); log(bytearray(b'ab') * 5); log(bytearray(b'ab') + b'cd'); log(bytearray(b'abcdef')[1:3]); log(bytearray(b'abcdef').copy())",
    'mut': "b = bytearray(b'abcdef'); b.clear(); log(b); b = bytearray(b'abcdef'); b.insert(0, 1); log(b); b = bytearray(b'abcdef'); b[1:2] = b'xyz'; log(b); b[0:4] = b''; log(b)",
    'methods': "b = bytearray(b' a b c '); log(b.upper()); log(b.strip()); log(b.replace(b'a', b'xx')); log(b.center(20)); log(bytearray(b',').join([b'x', b'y'])); [log(x) for x in b.split()]; log(bytearray.fromhex('aabb'))",
    'shrink': "b = bytearray(100); b[:] = b'x'; log(b); b = bytearray(b'abcdefghij'); del b[2:5]; log(b); del b[::2]; log(b); b.remove(ord('b')); log(b)",
    'reinit': "b = bytearray(b'abc'); b.__init__(b'xy'); log(b); b.__init__(); log(b); b.__init__(10); log(b)",
    'frontgrow': "b = bytearray(b'x' * 16)\nfor i in range(6):\n    del b[:2]; log(b)\nb += b'yyyyyyyyyy'; log(b); b.append(1); log(b)",
}
sizes = {}
for name, code in SCENARIOS.items():
    seq = []

    def log(b, seq=seq):
        seq.append([len(b), sys.getsizeof(b) - 56, bytes(b).hex()])
    exec(code, {'log': log})
    sizes[name] = {'code': code, 'log': seq}
with open(os.path.join(OUT, 'sizes.json'), 'w') as f:
    json.dump(sizes, f, indent=1)
print('wrote', len(cases), 'method cases,', len(hs) + len(hb), 'hashes,', len(sizes), 'size scenarios')
