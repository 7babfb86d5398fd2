#!/usr/bin/env python3
"""Writes test/unit/numbers/fixtures/*.json from CPython 3.11 (the oracle).

Encoding: a float is the 16-hex-digit big-endian IEEE bit pattern ("f:" prefix),
an int is its decimal string ("i:" prefix), an error is {"err": type, "msg": str}.
Run: python3 test/unit/numbers/gen-fixtures.py
"""
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), sys.version
sys.set_int_max_str_digits(0)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'fixtures')
os.makedirs(OUT, exist_ok=True)
rng = random.Random(20240611)


def F(x):
    return 'f:' + struct.pack('>d', x).hex()


def I(n):
    return 'i:' + str(n)


def enc(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return I(v)
    if isinstance(v, float):
        return F(v)
    if isinstance(v, complex):
        return ['c', F(v.real), F(v.imag)]
    if isinstance(v, tuple):
        return [enc(x) for x in v]
    if isinstance(v, (str, bytes)):
        return v if isinstance(v, str) else 'b:' + v.hex()
    if v is None:
        return None
    raise TypeError(type(v))


def run(f, *args):
    try:
        return enc(f(*args))
    except (ZeroDivisionError, OverflowError, ValueError, TypeError, MemoryError) as e:
        return {'err': type(e).__name__, 'msg': str(e)}


def dump(name, data):
    with open(os.path.join(OUT, name + '.json'), 'w') as fh:
        json.dump(data, fh, separators=(',', ':'))
        fh.write('\n')
    print(name, len(data) if hasattr(data, '__len__') else '')


# ---- value generators ---------------------------------------------------------------

SPECIAL_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.0, 1e-300, -1e-300, 5e-324, -5e-324,
                  2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308, math.inf, -math.inf,
                  math.nan, 0.1, 0.2, 0.3, 1/3, 2.0**52, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64, 1e16, 1e22, 1e23,
                  123456789.125, -7.0, 7.0, 2.675, 0.125, 0.375, 1e300, 4503599627370495.5]


def rand_float(kind=None):
    k = rng.random() if kind is None else kind
    if k < 0.15:
        return rng.choice(SPECIAL_FLOATS)
    if k < 0.35:
        # arbitrary bit pattern (finite)
        while True:
            x = struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0]
            if math.isfinite(x):
                return x
    if k < 0.55:
        return rng.uniform(-100, 100)
    if k < 0.7:
        return float(rng.randint(-10**6, 10**6)) / rng.choice([1, 2, 4, 8, 10, 100, 1000])
    if k < 0.85:
        return rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30)
    return float(rng.randint(-2**70, 2**70))


def rand_int(bits=None):
    k = rng.random()
    if bits is None:
        bits = rng.choice([3, 8, 20, 31, 32, 33, 52, 53, 54, 63, 64, 65, 100, 200, 1000])
    if k < 0.1:
        return rng.choice([0, 1, -1, 2, -2, 2**53 - 1, 2**53, -(2**53), 2**61 - 1, 2**61, 2**61 - 2, -(2**61 - 1),
                           2**64, -(2**63), 10**20, -10**20])
    n = rng.getrandbits(bits)
    return -n if rng.random() < 0.4 else n


# ---- hashes -----------------------------------------------------------------------

def gen_hash():
    ints = [rand_int() for _ in range(1500)] + [2**61 - 1, 2**61, 2**62, -(2**61 - 1), -(2**61), 2**122 - 1, -1, -2]
    floats = [rand_float() for _ in range(3000)]
    floats = [x for x in floats if not math.isnan(x)]
    cplx = [complex(rand_float(), rand_float()) for _ in range(1000)]
    cplx = [z for z in cplx if not (math.isnan(z.real) or math.isnan(z.imag))]
    dump('hash', {
        'int': [[I(n), I(hash(n))] for n in ints],
        'float': [[F(x), I(hash(x))] for x in floats],
        'complex': [[F(z.real), F(z.imag), I(hash(z))] for z in cplx],
    })


# ---- int true division ------------------------------------------------------------

def gen_truediv():
    cases = []
    for _ in range(3000):
        a = rand_int(rng.choice([10, 53, 60, 100, 300, 1100]))
        b = rand_int(rng.choice([10, 53, 60, 100, 300, 1100]))
        cases.append([I(a), I(b), run(lambda: a / b)])
    # subnormal and overflow borders
    for _ in range(300):
        a = rng.getrandbits(rng.randint(1, 80)) + 1
        b = a * 2 ** rng.randint(1000, 1100) + rng.randint(-5, 5)
        cases.append([I(a), I(b), run(lambda: a / b)])
        cases.append([I(b), I(a), run(lambda: b / a)])
    cases.append([I(0), I(-5), run(lambda: 0 / -5)])
    cases.append([I(5), I(0), run(lambda: 5 / 0)])
    dump('truediv', cases)


# ---- float floordiv / mod / divmod / truediv ---------------------------------------

def gen_floatdiv():
    cases = []
    for _ in range(4000):
        a = rand_float()
        b = rand_float() if rng.random() < 0.9 else rng.choice([0.0, -0.0, math.inf, -math.inf, 1.0, -1.0])
        cases.append([F(a), F(b), run(lambda: a // b), run(lambda: a % b), run(lambda: divmod(a, b)), run(lambda: a / b)])
    dump('floatdiv', cases)


# ---- float pow ------------------------------------------------------------------------

def gen_pow():
    cases = []
    specials = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, math.inf, -math.inf, math.nan, 3.0, -3.0, 1e308, 1e-308]
    for a in specials:
        for b in specials:
            cases.append([F(a), F(b), run(lambda: a ** b)])
    for _ in range(6000):
        k = rng.random()
        if k < 0.3:
            x = rng.uniform(0, 10); y = float(rng.randint(-40, 40))
        elif k < 0.55:
            x = rng.uniform(0, 100); y = rng.uniform(-10, 10)
        elif k < 0.7:
            x = float(rng.randint(1, 1000)); y = float(rng.randint(-60, 60))
        elif k < 0.8:
            x = rng.uniform(0.5, 2); y = rng.uniform(-800, 800)
        elif k < 0.9:
            x = rand_float(); y = rand_float()
        else:
            x = -rng.uniform(0, 10); y = rng.choice([float(rng.randint(-30, 30)), rng.uniform(-5, 5)])
        r = run(lambda: x ** y)
        cases.append([F(x), F(y), r])
    # results near the overflow and underflow thresholds (pow's special-case path), subnormal bases
    for _ in range(1500):
        k = rng.random()
        if k < 0.5:
            x = rng.uniform(0.3, 3); y = rng.uniform(-2000, 2000)
        elif k < 0.8:
            x = rng.uniform(1, 1e300); y = -rng.uniform(0.5, 2.5)
        else:
            x = rng.uniform(0, 1e-300) * rng.choice([1, 1e-8, 1e-15]); y = rng.uniform(-3, 3)
        cases.append([F(x), F(y), run(lambda: x ** y)])
    # near-1 bases with huge exponents
    for _ in range(300):
        x = 1 + rng.uniform(-1, 1) * 2.0 ** -rng.randint(20, 52)
        y = rng.uniform(-1, 1) * 2.0 ** rng.randint(20, 62)
        cases.append([F(x), F(y), run(lambda: x ** y)])
    dump('pow', cases)


def gen_intpow():
    cases = []
    for _ in range(1500):
        a = rand_int(rng.choice([3, 10, 40, 70]))
        b = rng.randint(-40, 40)
        cases.append([I(a), I(b), None, run(lambda: a ** b)])
    for _ in range(1500):
        a = rand_int()
        b = rand_int(rng.choice([4, 20, 70]))
        m = rand_int(rng.choice([4, 20, 70, 200]))
        cases.append([I(a), I(b), I(m), run(lambda: pow(a, b, m))])
    for a, b in [(0, -1), (10**400, -1), (2, -1075), (2, -1074), (-8, -3), (10**30, -1), (7, 0), (0, 0)]:
        cases.append([I(a), I(b), None, run(lambda: a ** b)])
    dump('intpow', cases)


# ---- rounding -------------------------------------------------------------------------

def gen_round():
    cases = []
    tricky = [2.675, 0.125, 0.375, 2.5, 3.5, -2.5, 0.5, -0.5, 1.5, 5e-324, 1.7976931348623157e308, 1e22, 0.285,
              1.005, 2.345, 12345.6789, -0.0, 0.0, 4503599627370495.5, 4503599627370497.0, 1e15 + 0.5]
    for x in tricky + [rand_float() for _ in range(3000)]:
        if not math.isfinite(x):
            continue
        cases.append([F(x), None, run(lambda: round(x))])
        for nd in rng.sample(range(-20, 25), 4) + [0, rng.choice([-400, -309, -308, 323, 324, 400])]:
            cases.append([F(x), nd, run(lambda: round(x, nd))])
    ints = []
    for _ in range(1500):
        n = rand_int()
        nd = rng.randint(-30, 3)
        ints.append([I(n), nd, run(lambda: round(n, nd))])
    for n, nd in [(12345, -2), (12350, -2), (12250, -2), (-12250, -2), (5, -1), (15, -1), (25, -1), (-25, -1), (10**50 + 5 * 10**20, -21)]:
        ints.append([I(n), nd, run(lambda: round(n, nd))])
    dump('round', {'float': cases, 'int': ints})


# ---- float/int comparisons ---------------------------------------------------------------

def gen_compare():
    cases = []
    for _ in range(3000):
        n = rand_int()
        k = rng.random()
        if k < 0.4:
            x = float(n) if abs(n) < 2**1023 else rand_float()
            x = x + rng.choice([0, 0.5, -0.5, 1, -1]) * (2.0 ** rng.randint(-3, 80))
        elif k < 0.7:
            x = float(n) if abs(n) < 2**1023 else 1e308
        else:
            x = rand_float()
        cases.append([F(x), I(n), [x < n, x <= n, x == n, x != n, x > n, x >= n]])
    dump('compare', cases)


# ---- hex / fromhex / as_integer_ratio -------------------------------------------------------

def gen_hex():
    hexes = []
    for _ in range(2500):
        x = rand_float()
        hexes.append([F(x), x.hex(), run(lambda: x.as_integer_ratio()), x.is_integer()])
    fromhex = []
    for _ in range(2000):
        k = rng.random()
        if k < 0.5:
            mant = '%x' % rng.getrandbits(rng.randint(1, 80))
            pos = rng.randint(0, len(mant))
            s = ('0x' if rng.random() < 0.7 else '') + mant[:pos] + ('.' if rng.random() < 0.7 else '') + mant[pos:]
            if rng.random() < 0.8:
                s += 'p' + str(rng.randint(-1200, 1100))
            if rng.random() < 0.2:
                s = '-' + s
            if rng.random() < 0.1:
                s = '  ' + s + ' \n'
        else:
            s = rand_float().hex()
        fromhex.append([s, run(float.fromhex, s)])
    for s in ['inf', '-Infinity', ' nan ', 'infx', 'zz', '0x', '.', '0x.p1', '1.', '0x1p', '0x1p+', 'x1', '0x1.8p1',
              '0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1075', '0x1p-1076', '0x1.fffffffffffff8p1023',
              '0x1.fffffffffffff7p1023', '0x1p1024', '0X1P3', '+0x1p0', '-0x0p0', '0x1_0p0', '\u00a00x1p0',
              '0x1p99999999999999999999', '0x1p-99999999999999999999', '0x0p99999999999999999999', '1e5']:
        fromhex.append([s, run(float.fromhex, s)])
    dump('hex', {'hex': hexes, 'fromhex': fromhex})


# ---- int operations -------------------------------------------------------------------------

def gen_intops():
    cases = []
    for _ in range(2500):
        a = rand_int()
        b = rand_int() if rng.random() < 0.8 else rng.choice([0, 1, -1, 2, -2])
        s = rng.randint(-2, 150)
        cases.append([I(a), I(b), s,
                      run(lambda: a + b), run(lambda: a - b), run(lambda: a * b), run(lambda: a // b),
                      run(lambda: a % b), run(lambda: divmod(a, b)), run(lambda: a & b), run(lambda: a | b),
                      run(lambda: a ^ b), run(lambda: ~a), run(lambda: a << s), run(lambda: a >> s),
                      a.bit_length(), a.bit_count()])
    dump('intops', cases)


def gen_bytes():
    cases = []
    for _ in range(1500):
        n = rand_int(rng.choice([4, 8, 16, 31, 64, 100]))
        length = rng.randint(0, 20)
        order = rng.choice(['big', 'little'])
        signed = rng.random() < 0.5
        cases.append([I(n), length, order, signed, run(lambda: n.to_bytes(length, order, signed=signed))])
    fb = []
    for _ in range(800):
        b = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 20)))
        order = rng.choice(['big', 'little'])
        signed = rng.random() < 0.5
        fb.append([b.hex(), order, signed, I(int.from_bytes(b, order, signed=signed))])
    dump('bytes', {'to': cases, 'from': fb})


# ---- complex ----------------------------------------------------------------------------------

def gen_complex():
    def rc():
        k = rng.random()
        if k < 0.1:
            return complex(rng.choice([0.0, -0.0, 1.0, math.inf, -math.inf, math.nan, 1e308]), rng.choice([0.0, -0.0, 1.0, -1.0, math.inf, 1e-308]))
        if k < 0.6:
            return complex(rng.uniform(-10, 10), rng.uniform(-10, 10))
        return complex(rand_float(), rand_float())
    ops = []
    for _ in range(2500):
        a = rc(); b = rc()
        n = rng.randint(-110, 110)
        ops.append([[F(a.real), F(a.imag)], [F(b.real), F(b.imag)], n,
                    run(lambda: a * b), run(lambda: a / b), run(lambda: a ** n), run(lambda: abs(a)),
                    run(lambda: a ** float(rng.randint(-3, 3)))])
    strings = []
    samples = ['1+2j', '1e3-1e-3j', ' ( 1+2j ) ', '(1+2j', 'j', '-j', '+j', '1-j', '1e+j', 'nan+infj', '1e400', '', '1+2i',
               '1_0j', '1__0j', '_1j', '1_j', '  3.5  ', '(3)', '()', '-inf-nanJ', 'INFINITYj', '1.5e-3+.5j', '.e1j',
               '1e5j', '5.j', '.5J', '1+2j+3j', '--1j', '+-1', '(1 + 2j)', '1 +2j', '0x10', '1e', '1e1e1', '\u0661+\u0662j',
               '\u00a01j\u00a0', '1\x00', 'infj', '-0j', '-0-0j', '0-0j']
    for s in samples:
        strings.append([s, run(complex, s)])
    for _ in range(500):
        z = rc()
        s = repr(z)
        strings.append([s, run(complex, s)])
    dump('complex', {'ops': ops, 'strings': strings})


# ---- whole programs (run through the simulator by programs.test.ts) ---------------------------

def gen_programs():
    import subprocess
    progdir = os.path.join(HERE, 'programs')
    out = {}
    for name in sorted(os.listdir(progdir)):
        if not name.endswith('.py'):
            continue
        r = subprocess.run([sys.executable, name], cwd=progdir, capture_output=True, text=True,
                           env={**os.environ, 'PYTHONHASHSEED': '0'})
        out[name] = {'stdout': r.stdout, 'stderr': r.stderr, 'status': r.returncode}
    dump('programs', out)


if __name__ == '__main__':
    gen_hash()
    gen_truediv()
    gen_floatdiv()
    gen_pow()
    gen_intpow()
    gen_round()
    gen_compare()
    gen_hex()
    gen_intops()
    gen_bytes()
    gen_complex()
    gen_programs()
