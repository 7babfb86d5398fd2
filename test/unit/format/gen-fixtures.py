#!/usr/bin/env python3
"""Generate the oracle fixtures for test/unit/format/*.test.ts.

Run with CPython 3.11 (the project's oracle):
    python3 test/unit/format/gen-fixtures.py
Writes test/unit/format/fixtures/*.json. Deterministic (fixed seed).

Encodings used in the JSON:
  float  -> 16 hex digits of its IEEE-754 bit pattern ("3ff0000000000000")
  int    -> signed hex string ("-0x1f"), so huge ints survive str() limits
  result -> {"ok": text} or {"err": [exception type name, str(exception)]}
"""
import json
import math
import operator
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), 'fixtures must come from CPython 3.11'

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures')
rng = random.Random(20240611)


def fbits(x):
    return '%016x' % struct.unpack('>Q', struct.pack('>d', x))[0]


def from_bits(h):
    return struct.unpack('>d', struct.pack('>Q', int(h, 16)))[0]


def ihex(n):
    return hex(n)


def result(f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001 - the oracle reports every error
        return {'err': [type(e).__name__, str(e)]}
    assert r is None or len(r) < 60000, 'fixture case too large'
    return {'ok': r}


def write(name, data, count):
    path = os.path.join(OUT, name)
    with open(path, 'w', encoding='ascii') as fh:
        json.dump(data, fh, ensure_ascii=True, separators=(',', ':'))
        fh.write('\n')
    print('%-24s %6d cases' % (name, count))


# ---------------------------------------------------------------- floats

def rand_bits_float():
    return from_bits('%016x' % rng.getrandbits(64))


def float_pool_repr():
    vals = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, sys.float_info.max,
            sys.float_info.min, 2.2250738585072009e-308, 0.1, 0.2, 0.3, 1 / 3, 2 / 3,
            1e16, 1e16 - 2, 1e16 + 2, 9999999999999998.0, 1e17, 123456789012345.0,
            1234567890123456.0, 12345678901234567.0, 1e-4, 1e-5, 0.0001, 0.00009999999999999999,
            1e22, 1e23, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 1.5e300, 2.675, 0.125]
    for k in range(-330, 310):
        try:
            x = float('1e%d' % k)
        except OverflowError:
            continue
        vals += [x, math.nextafter(x, math.inf), math.nextafter(x, -math.inf)]
        vals += [float('%de%d' % (rng.randint(1, 9), k)), float('%d.%de%d' % (rng.randint(1, 9), rng.randint(0, 99999), k))]
    for e in range(-1074, 1024, 3):
        x = math.ldexp(1.0, e)
        vals += [x, math.nextafter(x, 0.0), math.nextafter(x, math.inf)]
    for _ in range(400):  # subnormals
        vals.append(from_bits('%016x' % rng.getrandbits(52)))
    for _ in range(4000):
        vals.append(rand_bits_float())
    for _ in range(1500):
        digits = rng.randint(1, 17)
        vals.append(float('%s%se%d' % ('-' if rng.random() < .3 else '',
                                        ''.join(rng.choice('0123456789') for _ in range(digits)),
                                        rng.randint(-30, 30))))
    for _ in range(500):
        vals.append(rng.randint(-10 ** 6, 10 ** 6) / rng.choice([1, 2, 4, 8, 16, 1000, 3]))
    assert all(isinstance(v, float) for v in vals)
    return vals


def gen_float_repr():
    vals = float_pool_repr()
    data = [[fbits(x), repr(x)] for x in vals]
    write('float_repr.json', data, len(data))


FORMAT_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 3.5, 0.125, 0.375, 2.675, 1.005,
                 0.1, -0.1, 1 / 3, 123.456, -123.456, 1234567.891, 0.000123456, 1e-5, 1e-7,
                 9.995, 9.9999, 99.5, 999999.5, 1e15, 1e16, 1e17, 1.5e300, 1e300, 1e22, 1e23,
                 123456789.0, -9876543210.5, 5e-324, sys.float_info.max, math.inf, -math.inf,
                 math.nan, -0.0001, -1e-10, 0.0005, 0.05, 0.45, 12345.6789e10, 6.02214076e23,
                 1.7976931348623157e308, 2.2250738585072014e-308, 100.0, 1e-4, 0.00001234]

FLOAT_CORE_SPECS = []
for t in ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']:
    for p in ['', '.0', '.1', '.2', '.3', '.6', '.10', '.17', '.25']:
        FLOAT_CORE_SPECS.append(p + t)
    for extra in ['#', '+', ' ', '015', ',', '_', '<12', '^13', '*>14', '0=16,', 'z', 'z.1', '#.0', '-', '#.3']:
        FLOAT_CORE_SPECS.append(extra + t)
FLOAT_CORE_SPECS = sorted(set(FLOAT_CORE_SPECS))

FILLS = ['', '', '', '*', '0', ' ', '\u00e9', '\U0001F600', '-', '=', '<']
ALIGNS = ['', '', '<', '>', '=', '^']


def rand_spec(types, invalid_rate=0.05):
    s = ''
    a = rng.choice(ALIGNS)
    if a:
        s += rng.choice(FILLS) + a
    s += rng.choice(['', '', '', '+', '-', ' '])
    if rng.random() < 0.12:
        s += 'z'
    if rng.random() < 0.2:
        s += '#'
    if rng.random() < 0.2:
        s += '0'
    if rng.random() < 0.6:
        s += str(rng.choice([0, 1, 2, 5, 8, 10, 12, 15, 20, 25, 30]))
    r = rng.random()
    if r < 0.15:
        s += ','
    elif r < 0.27:
        s += '_'
    elif r < 0.29:
        s += rng.choice([',_', '_,', ',,'])
    if rng.random() < 0.55:
        s += '.' + str(rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 17, 20, 30, 60]))
    elif rng.random() < 0.02:
        s += '.'
    if rng.random() < invalid_rate:
        s += rng.choice(['y', 'd', 's', 'c', 'x', 'b', 'ee', '\x05', '\u0100'])
    else:
        s += rng.choice(types)
    return s


def gen_float_format():
    data = []
    for x in FORMAT_FLOATS:
        for s in FLOAT_CORE_SPECS:
            data.append([fbits(x), s, result(lambda: format(x, s))])
    extra_vals = float_pool_repr()
    for _ in range(6000):
        x = rng.choice(FORMAT_FLOATS) if rng.random() < 0.5 else rng.choice(extra_vals)
        s = rand_spec(['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'])
        data.append([fbits(x), s, result(lambda: format(x, s))])
    specials = ['.100f', '.120e', '.110g', '.800g', '.1100f', '.1200f', '.1075f', '.340f',
                '.2147483648f', '.2147483648', '99999999999999999999', '.9999999999999999999',
                '', '.', '.f', '10.3fx', 'abc', ',_f', '_,f', ',d', '_s', 'z', 'zf', '#', '#g', '#.0e',
                '#.0f', '#.0%', '#.3g', '#.10g', '#', '\x00', '0\x00', '=10\x00', '\u0661\u0660', '.\u0663f',
                '\uff15\uff10', '>\uff18']
    for x in [1.0, -1.0, 0.1, 1e300, -0.0, 2.5, 5e-324, math.inf, math.nan, 123.456, 1e16]:
        for s in specials:
            data.append([fbits(x), s, result(lambda: format(x, s))])
    write('float_format.json', data, len(data))


# ---------------------------------------------------------------- ints

INT_POOL = [0, 1, -1, 7, -7, 9, 10, -10, 42, 65, 97, 127, 128, 255, -255, 256, 999, 1000, -1000, 1234,
            -1234, 12345, 123456, 1234567, -1234567, 65535, 0x10ffff, 0x110000, 2 ** 31 - 1, 2 ** 31,
            2 ** 32, -2 ** 63, 2 ** 63 - 1, 2 ** 63, -2 ** 63 - 1, 2 ** 64, 10 ** 15, 10 ** 16 + 1, 10 ** 20,
            -10 ** 20, 2 ** 53 + 1, 2 ** 100, -3 ** 70, 10 ** 30 + 7, 2 ** 1023, 2 ** 1024, -2 ** 1024,
            2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 970 - 1, 2 ** 1024 - 2 ** 971]

INT_CORE_SPECS = []
for t in ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'E', 'f', 'F', 'g', 'G', '%']:
    for extra in ['', '#', '+', ' ', '-', '010', '#010', '+010', ',', '_', '<12', '^13', '*>14', '0=16,',
                  '0=16_', '#_', '.2', 'z', '#20_', ' =12', '\U0001F600^9', '0<8', '08,']:
        INT_CORE_SPECS.append(extra + t)
INT_CORE_SPECS = sorted(set(INT_CORE_SPECS))


def gen_int_format():
    data = []
    for x in INT_POOL:
        for s in INT_CORE_SPECS:
            if abs(x) > 2 ** 200 and s[-1:] in ('b', 'o', 'X', 'n', 'c'):
                continue  # keep the fixture small: huge values mainly test float overflow
            data.append([ihex(x), s, result(lambda: format(x, s))])
    pool = INT_POOL + [rng.randint(-10 ** rng.randint(1, 60), 10 ** rng.randint(1, 60)) for _ in range(300)]
    for _ in range(5000):
        x = rng.choice(pool)
        s = rand_spec(['', '', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%', 'G', 'E', 'F'])
        data.append([ihex(x), s, result(lambda: format(x, s))])
    # The int_max_str_digits limit (4300): 4300 digits pass, 4301 fail.
    big = [10 ** 4299, 10 ** 4300 - 1, 10 ** 4300, -(10 ** 4300 - 1), -(10 ** 4300), 10 ** 5000, 2 ** 14300,
           2 ** 14283, 7 ** 5089, 3 ** 9000]
    for x in big:
        for s in ['', 'd', ',', 'n', '>4400', '#x', 'e', '.3g']:
            data.append([ihex(x), s, result(lambda: format(x, s))])
    write('int_format.json', data, len(data))


def gen_int_to_decimal():
    data = []
    for d in [1, 2, 639, 640, 641, 4299, 4300, 4301, 4302, 5000, 6000]:
        for x in [10 ** (d - 1), 10 ** d - 1, -(10 ** d - 1), rng.randint(10 ** (d - 1), 10 ** d - 1)]:
            data.append([ihex(x), result(lambda: str(x))])
    for b in [14280, 14283, 14284, 14290, 14300, 14400, 14500, 20000]:
        for x in [2 ** b, 2 ** b - 1, -(2 ** b)]:
            data.append([ihex(x), result(lambda: str(x))])
    write('int_to_decimal.json', data, len(data))


# ---------------------------------------------------------------- str

STR_POOL = ['', 'a', 'abc', 'hello world', '\u00e9t\u00e9', '\U0001F600', 'a\U0001F600b', 'x' * 25,
            '\u4e2d\u6587', 'tab\tnl\n', '0123456789']


def gen_str_format():
    data = []
    specs = ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '.2', '.0', '10.3', '\U0001F600>8', '0', '05',
             '0>5', '=5', '+', '-', ' ', 'z', '#', ',', '_', ',s', 'd', 'x', '.', '5.', 'ss', '\x00',
             '-5', '+5s', '.5s', '.30', '\u00e9<9', '\u0661\u0662', '>\uff13']
    for s in STR_POOL:
        for sp in specs:
            data.append([s, sp, result(lambda: format(s, sp))])
    n_ok = n_err = 0
    while n_ok < 1500 or n_err < 300:
        s = rng.choice(STR_POOL)
        sp = rand_spec(['', '', 's', 's'], invalid_rate=0.1)
        r = result(lambda: format(s, sp))
        if 'ok' in r and n_ok < 1500:
            n_ok += 1
        elif 'err' in r and n_err < 300:
            n_err += 1
        else:
            continue
        data.append([s, sp, r])
    write('str_format.json', data, len(data))


# ---------------------------------------------------------------- complex

def gen_complex():
    parts = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 0.1, 1e16, 1e-5, 1e300, 123.456, math.inf, -math.inf, math.nan,
             5e-324, 1.5e-7, 100.0]
    reprs = []
    for r in parts:
        for i in parts:
            reprs.append([fbits(r), fbits(i), repr(complex(r, i))])
    for _ in range(1000):
        r, i = rand_bits_float(), rand_bits_float()
        reprs.append([fbits(r), fbits(i), repr(complex(r, i))])
    fmts = []
    specs = ['', '.3', '.0', 'g', 'e', 'f', '.2f', '+.2f', ' g', '20', '<25', '^30', '*>25.3e', 'n', 'E', 'F',
             'G', '#g', '#.0f', ',f', '_.1f', 'z.1f', '010', '0<10', '=10', '%', 'd', '+', '-', '#', '.10g',
             ',', ',.2e', '.3n', '>30,.2f']
    for r in parts:
        for i in parts:
            for s in specs:
                fmts.append([fbits(r), fbits(i), s, result(lambda: format(complex(r, i), s))])
    for _ in range(800):
        r, i = rng.choice(parts + [rand_bits_float()]), rng.choice(parts + [rand_bits_float()])
        s = rand_spec(['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n'])
        fmts.append([fbits(r), fbits(i), s, result(lambda: format(complex(r, i), s))])
    write('complex.json', {'repr': reprs, 'format': fmts}, len(reprs) + len(fmts))


# ---------------------------------------------------------------- parsing

def gen_parse_int():
    cases = []
    texts = ['0', '00', '000', '-0', '+0', ' 12 ', '\t-12\n', '+5', '1_000', '1__000', '_1', '1_', '1_0_0',
             '0x1f', '0X1F', '0x_1f', '0x__1f', '0_x1f', '0b101', '0B1_01', '0o17', '0O_7', '017', '0_0',
             '0_7', '00_0', '0x', '0b', '0o', '0b2', '0o8', 'z', 'Z', 'zz', '10', '1e5', '1.0', '', ' ', '-',
             '+', '- 1', '+-1', '\u0661\u0662\u0663', '\uff11\uff12', '\u00a012\u2003', '12\x00', '\x001',
             '1\x1c', '\x0b7\x0c', '\u00e9', '0x\u0661', '9' * 20, '-' + '9' * 30, 'ff', 'FF', '0xff',
             '1' * 640, '1' * 641, '1' * 4300, '1' * 4301, '-' + '1' * 4301, '1' * 5000 + 'x', '1_' * 4301 + '1',
             '1' * 5000 + '__', ' ' + '7' * 4500 + ' ', '\u0661' * 4301, '12 34', '0x1f ', ' 0b1']
    bases = [0, 2, 8, 10, 16, 36, 3, 7]
    for t in texts:
        for b in bases:
            cases.append([t, b])
    for t in ['1' * 5000, 'f' * 6000, '7' * 5000, 'z' * 5000]:
        for b in [2, 8, 16, 32, 36, 10, 4]:
            cases.append([t, b])
    for b in [1, 37, -1, -5, 100]:
        cases.append(['10', b])
    alphabet = '0123456789abcdefxobXOB_ +-z'
    for _ in range(2500):
        t = ''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        cases.append([t, rng.choice([0, 0, 2, 8, 10, 10, 16, 16, 36, 5, 12])])
    for _ in range(300):
        t = str(rng.randint(-10 ** 40, 10 ** 40))
        cases.append([t, 10])
    data = []
    for t, b in cases:
        try:
            v = int(t, b)
            data.append([t, b, {'ok': ihex(v)}])
        except ValueError as e:
            msg = str(e)
            if msg.startswith('invalid literal for int()'):
                data.append([t, b, {'ok': None}])
            else:
                data.append([t, b, {'err': ['ValueError', msg]}])
    write('parse_int.json', data, len(data))


def gen_parse_float():
    texts = ['0', '-0', '+0.0', '1', '1.', '.5', '-.5', '.', '-.', '1e5', '1E5', '1e+5', '1e-5', '1e', '1e+',
             'e5', '1.5e3', ' 1_000.5 ', '1_000', '1__000', '_1', '1_', '1_.5', '1._5', '1.5_', '1e1_0',
             '1e_10', '1_e10', 'inf', '-inf', '+inf', 'INF', 'Infinity', '-Infinity', 'iNfInItY', 'infinit',
             'infinityx', 'nan', '-nan', '+NaN', 'NAN', 'nana', 'in', '', ' ', '\t\n', '1 2', '0x10', '1e500',
             '-1e500', '1e-400', '2.4703282292062327e-324', '2.4703282292062328e-324', '4.9e-324',
             '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308', '0.1', '0.30000000000000004',
             '\u0661.\u0665', '\uff11\uff12', '\u00a03.5\u3000', '1.5\x00', '\x001', '1\x1c', '\x0b2\x0c',
             '\u00e9', '+-1', '--1', '1e5.0', '00001', '000.000', '1' * 400, '0.' + '0' * 400 + '1',
             '9' * 309, '9' * 308 + '.' + '9' * 40, '1_2_3.4_5e1_0', '_', '1__', '2.5', '-0.0', '0e0',
             '0e99999999999', '1e99999999999', '1e-99999999999', '123456789012345678901234567890e-10',
             'infinity ', ' nan', 'nan ', '- inf', 'inf_']
    for _ in range(1500):
        x = rand_bits_float()
        if rng.random() < 0.5:
            texts.append(repr(x))
        else:
            texts.append('%.*e' % (rng.randint(0, 25), x))
    for _ in range(500):
        texts.append(''.join(rng.choice('0123456789._eE+- ') for _ in range(rng.randint(0, 8))))
    data = []
    for t in texts:
        try:
            x = float(t)
            data.append([t, 'nan' if math.isnan(x) else fbits(x)])
        except ValueError:
            data.append([t, None])
    write('parse_float.json', data, len(data))


# ---------------------------------------------------------------- percent

class Opaque:
    """A non-number, non-mapping object with a deterministic repr."""

    def __repr__(self):
        return '<Opaque>'


PCT_POOL = [0, 5, -5, 42, 255, -255, 65, 0x10ffff, 0x110000, -1, 10 ** 20, -(10 ** 20), 2 ** 64, True, False,
            3.14159, -2.5, 0.0, -0.0, 1e100, 1e-10, math.inf, -math.inf, math.nan, 65.7, 2.675, 1e16,
            'abc', '', 'x', '\u00e9', '\U0001F600', 'hello world', '7', None, [1, 2], {'a': 1}, (1, 2),
            1 + 2j, Opaque()]


def pct_desc(v, keys=()):
    d = {'type': type(v).__name__, 'str': result(lambda: str(v)), 'repr': result(lambda: repr(v)),
         'ascii': result(lambda: ascii(v))}
    d['asInt'] = ihex(int(v)) if isinstance(v, int) else None
    d['asStr'] = v if isinstance(v, str) else None
    is_number = isinstance(v, (int, float, complex))

    def conv(f):
        if not is_number:
            return None
        try:
            return {'ok': ihex(f(v))}
        except TypeError:
            return None
        except Exception as e:  # noqa: BLE001
            return {'err': [type(e).__name__, str(e)]}
    d['toInt'] = conv(int)
    d['toIndex'] = conv(operator.index)
    if isinstance(v, (int, float)):
        try:
            d['toFloat'] = {'ok': fbits(float(v))}
        except OverflowError as e:
            d['toFloat'] = {'err': ['OverflowError', str(e)]}
    else:
        d['toFloat'] = None
    if keys:
        items = {}
        for k in keys:
            try:
                items[k] = {'ok': pct_desc(v[k])}
            except Exception as e:  # noqa: BLE001
                items[k] = {'err': [type(e).__name__, str(e) if not isinstance(e, KeyError) else repr(k)]}
        d['getitem'] = items
    return d


def pct_args(args, keys=()):
    if isinstance(args, tuple):
        return {'kind': 'tuple', 'items': [pct_desc(a) for a in args]}
    kind = 'mapping' if hasattr(type(args), '__getitem__') and not isinstance(args, str) else 'single'
    return {'kind': kind, 'value': pct_desc(args, keys)}


def gen_percent():
    data = []

    def add(fmt, args, keys=()):
        data.append([fmt, pct_args(args, keys), result(lambda: fmt % args)])

    convs = 'diouxXeEfFgGcrsa'
    flagsets = ['', '-', '+', ' ', '#', '0', '-0', '+0', '#0', ' 0', '+#', '-#0', '+ ', '0-']
    widths = ['', '1', '5', '12', '*']
    precs = ['', '.0', '.1', '.3', '.10', '.*', '.']
    for _ in range(5000):
        c = rng.choice(convs)
        fmt = '%' + rng.choice(flagsets) + rng.choice(widths) + rng.choice(precs) + c
        nstar = fmt.count('*')
        v = rng.choice(PCT_POOL)
        stars = [rng.choice([0, 3, 8, -8, 15]) for _ in range(nstar)]
        args = tuple(stars) + (v,)
        if nstar == 0 and rng.random() < 0.3 and not isinstance(v, tuple):
            add('<' + fmt + '>', v)
        else:
            add('<' + fmt + '>', args)
    for v in PCT_POOL:
        for c in convs:
            add('%' + c, (v,))
            add('[%10.4' + c + ']', (v,))
    fixed = [
        ('%s', ()), ('%s %s', (1,)), ('%s', (1, 2)), ('abc', 5), ('abc', ()), ('abc', (1,)), ('abc', []),
        ('abc', {}), ('%s', {}), ('%s', []), ('%s', [1, 2]), ('%s %s', {}), ('%%', ()), ('%%%s%%', (1,)),
        ('%', ()), ('abc%', ()), ('%5', (1,)), ('%-', (1,)), ('%.', (1,)), ('%*', (5,)), ('%0', (1,)),
        ('%y', (1,)), ('%y', ()), ('%\u00e9', (1,)), ('%\x1f', (1,)), ('%\x7f', (1,)), ('a%\x01', (1,)),
        ('%\U0001F600', (1,)), ('x\U0001F600%q', (1,)), ('%5%', (1,)), ('%5%', ()), ('%ld', (5,)),
        ('%hd %Lf %ls', (1, 2.0, 'x')), ('%*d', ('x', 5)), ('%.*f', (2.0, 1.5)), ('%*d', (2 ** 63, 1)),
        ('%.*f', (2 ** 31, 1.0)), ('%.*f', (-3, 1.5)), ('%*s', (-6, 'ab')), ('%-*s|', (6, 'ab')),
        ('%.2147483647d', (1,)), ('%.2147483648d', (1,)), ('%.2147483646d', (1,)),
        ('%99999999999999999999d', (1,)), ('%c', ('ab',)), ('%c', ('',)), ('%c', (2 ** 70,)),
        ('%c', (-2 ** 70,)), ('%c', (1.5,)), ('%c', (None,)), ('%5c|%-5c', (65, 'b')), ('%05c', (65,)),
        ('%d', ('5',)), ('%x', (3.0,)), ('%d', (3.99,)), ('%d', (-3.99,)), ('%d', (math.inf,)),
        ('%x', (math.inf,)), ('%d', (math.nan,)), ('%o', (1 + 2j,)), ('%d', (1 + 2j,)), ('%f', ('1',)),
        ('%f', (1 + 2j,)), ('%f', (2 ** 1024,)), ('%d', (10 ** 4300,)), ('%d', (10 ** 4299,)),
        ('%x', (10 ** 4300,)), ('%s', (None,)), ('%r', ('it\'s',)), ('%a', ('\u00e9\U0001F600',)),
        ('%.1s', ('\U0001F600abc',)), ('%5.2r|', ('abc',)), ('%+s', ('abc',)), ('% 5s', ('ab',)),
        ('%+d % d %+d % d', (5, 5, -5, -5)), ('%#x %#X %#o', (255, 255, 8)), ('%#5x|%-#8X|%#08o', (255, 255, 8)),
        ('%0#8x', (-255,)), ('%.5x', (-255,)), ('%#.5x', (-255,)), ('%08.3d', (-7,)), ('%-08.3d|', (-7,)),
        ('%+.3e', (12345.678,)), ('%#.0f %#.0e %#g', (2.0, 2.0, 2.0)), ('%010.2f', (-math.inf,)),
        ('%+010f', (math.nan,)), ('%g', (1e-5,)), ('%G', (1e16,)), ('%.0g', (0.5,)), ('%f', (1e300,)),
        ('%.200f', (0.1,)), ('%u', (-3,)), ('%i', (True,)), ('%s', ((1, 2),)), ('%s %s', ((1, 2),)),
        ('%s', ((),)), ('%d', (2 ** 64,)), ('%(', {}), ('%(a', {'a': 1}), ('%(a)', {'a': 1}),
        ('%(a)s', (1,)), ('%(a)s', 5), ('%(a)s', 'abc'), ('%(a)s %(b)d', {'a': 'x', 'b': 2}),
        ('%(a)s', {'b': 1}), ('%(a)s', [1]), ('%(a(b))s', {'a(b)': 7}), ('%(a)s%%', {'a': 1}),
        ('%(a)%', {'a': 1}), ('%(a)*d', {'a': 3}), ('%(a)s %s', {'a': 1}), ('%s %(a)s', {'a': 1}),
        ('%(a)-5d|', {'a': 3}), ('%()s', {'': 'empty'}), ('%(\u00e9)s', {'\u00e9': 'acc'}),
    ]
    for fmt, args in fixed:
        keys = ()
        if isinstance(args, (dict, list)):
            import re
            keys = tuple(re.findall(r'%\(([^)]*(?:\([^)]*\))?[^)]*)\)', fmt))
            if fmt == '%(a(b))s':
                keys = ('a(b)',)
        add(fmt, args, keys)
    write('percent.json', data, len(data))


def main():
    os.makedirs(OUT, exist_ok=True)
    gen_float_repr()
    gen_float_format()
    gen_int_format()
    gen_int_to_decimal()
    gen_str_format()
    gen_complex()
    gen_parse_int()
    gen_parse_float()
    gen_percent()


if __name__ == '__main__':
    main()
