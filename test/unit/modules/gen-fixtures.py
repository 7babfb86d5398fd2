#!/usr/bin/env python3
"""Record python3.11's math results into fixtures/*.json for the math module tests.

Run from the repo root:  python3 test/unit/modules/gen-fixtures.py

Floats are written as JSON numbers (repr round-trips exactly through
JSON.parse); nan / inf / -inf as the strings "nan", "inf", "-inf"; ints that
must stay exact as {"int": "<decimal>"}; an exception as {"error": "Type: message"}.
The generator is seeded, so the fixtures are reproducible on the same libm.
"""

import json
import math
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'fixtures')
N = 1000


def f(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return {'int': str(v)}
    if math.isnan(v):
        return 'nan'
    if math.isinf(v):
        return 'inf' if v > 0 else '-inf'
    return v


def call(fn, *args):
    try:
        r = fn(*args)
    except Exception as e:  # noqa: BLE001 - every exception is data here
        return {'error': f'{type(e).__name__}: {e}'}
    if isinstance(r, tuple):
        return [f(x) for x in r]
    return f(r)


def lf(lo, hi):
    """A float m * 2**e with m in [0.5, 1.5)."""
    return (random.random() + 0.5) * 2.0 ** random.randint(lo, hi)


def sg():
    return random.choice([-1, 1])


def pick(*gens):
    return random.choice(gens)()


# One-argument libm functions (math_1 wrappers over glibc), with argument generators
# covering each implementation branch.
UNARY = {
    'exp': lambda: pick(lambda: random.uniform(-745, 709.7), lambda: random.uniform(-1, 1), lambda: lf(-60, -1) * sg()),
    'exp2': lambda: pick(lambda: random.uniform(-1075, 1023.9), lambda: random.uniform(-2, 2), lambda: random.uniform(900, 1023.9)),
    'expm1': lambda: pick(lambda: random.uniform(-40, 709), lambda: random.uniform(-1, 1), lambda: lf(-60, -1) * sg()),
    'log': lambda: pick(lambda: lf(-1074, 1023), lambda: random.uniform(0.9, 1.1), lambda: random.uniform(0, 100)),
    'log2': lambda: pick(lambda: lf(-1074, 1023), lambda: random.uniform(0.9, 1.1), lambda: random.uniform(0, 100)),
    'log10': lambda: pick(lambda: lf(-1074, 1023), lambda: random.uniform(0.9, 1.1), lambda: random.uniform(0, 100)),
    'log1p': lambda: pick(lambda: lf(-60, 10) * sg(), lambda: random.uniform(-0.999, 1), lambda: lf(-3, 1020)),
    'sin': lambda: pick(lambda: random.uniform(-0.2, 0.2), lambda: random.uniform(-3, 3), lambda: random.uniform(-1e4, 1e4), lambda: lf(-30, 27) * sg(), lambda: lf(27, 1023) * sg()),
    'cos': lambda: pick(lambda: random.uniform(-0.2, 0.2), lambda: random.uniform(-3, 3), lambda: random.uniform(-1e4, 1e4), lambda: lf(-30, 27) * sg(), lambda: lf(27, 1023) * sg()),
    'tan': lambda: pick(lambda: random.uniform(-0.8, 0.8), lambda: random.uniform(-2, 2), lambda: random.uniform(-1e4, 1e4), lambda: lf(-30, 27) * sg(), lambda: lf(27, 1023) * sg()),
    'asin': lambda: pick(lambda: random.uniform(-1, 1), lambda: lf(-40, -1) * sg(), lambda: sg() * (1 - lf(-50, -2))),
    'acos': lambda: pick(lambda: random.uniform(-1, 1), lambda: lf(-40, -1) * sg(), lambda: sg() * (1 - lf(-50, -2))),
    'atan': lambda: pick(lambda: lf(-40, 60) * sg(), lambda: random.uniform(-1, 1), lambda: random.uniform(-20, 20), lambda: lf(50, 1000) * sg()),
    'sinh': lambda: pick(lambda: random.uniform(-710, 710), lambda: random.uniform(-3, 3), lambda: lf(-40, 0) * sg()),
    'cosh': lambda: pick(lambda: random.uniform(-710, 710), lambda: random.uniform(-3, 3), lambda: lf(-40, 0) * sg()),
    'tanh': lambda: pick(lambda: random.uniform(-25, 25), lambda: random.uniform(-1.2, 1.2), lambda: lf(-60, 0) * sg()),
    'asinh': lambda: pick(lambda: lf(-30, 100) * sg(), lambda: random.uniform(-3, 3)),
    'acosh': lambda: pick(lambda: 1 + lf(-40, 5), lambda: lf(0, 100), lambda: random.uniform(1.9, 2.1)),
    'atanh': lambda: pick(lambda: random.uniform(-1, 1), lambda: lf(-40, -1) * sg()),
    'erf': lambda: pick(lambda: random.uniform(-6.5, 6.5), lambda: lf(-40, 0) * sg(), lambda: random.uniform(-1.3, 1.3)),
    'erfc': lambda: pick(lambda: random.uniform(-7, 28), lambda: lf(-60, 0) * sg(), lambda: random.uniform(-1.3, 1.3)),
    'cbrt': lambda: lf(-1074, 1023) * sg(),
    'sqrt': lambda: lf(-1074, 1023),
    'gamma': lambda: pick(lambda: random.uniform(-170, 171), lambda: random.uniform(-5, 5), lambda: lf(-30, 0) * sg()),
    'lgamma': lambda: pick(lambda: random.uniform(-170, 171), lambda: lf(-10, 300), lambda: random.uniform(-5, 5)),
}

BINARY = {
    'atan2': lambda: pick(lambda: (random.uniform(-10, 10), random.uniform(-10, 10)), lambda: (lf(-100, 100) * sg(), lf(-100, 100) * sg())),
    'pow': lambda: pick(lambda: (lf(-30, 30), random.uniform(-60, 60)), lambda: (random.uniform(0.5, 2), random.uniform(-2000, 2000)),
                        lambda: (-lf(-5, 5), float(random.randint(-200, 200))), lambda: (random.uniform(0, 3), random.uniform(-5, 5))),
    'fmod': lambda: (random.uniform(-1e6, 1e6), lf(-20, 20) * sg()),
    'remainder': lambda: pick(lambda: (random.uniform(-1e6, 1e6), lf(-20, 20) * sg()), lambda: (float(random.randint(-50, 50)), float(random.choice([2, 4, 0.5])))),
    'hypot': lambda: (lf(-600, 600) * sg(), lf(-600, 600) * sg()),
    'copysign': lambda: (random.uniform(-5, 5), random.choice([-0.0, 0.0, -1.0, 2.0])),
    'nextafter': lambda: (lf(-1074, 1023) * sg(), random.choice([0.0, math.inf, -math.inf, 1.0])),
    'ldexp': lambda: (random.uniform(-2, 2), random.randint(-1100, 1100)),
}


def gen_libm():
    out = {}
    for name, g in UNARY.items():
        fn = getattr(math, name)
        out[name] = [[f(x), call(fn, x)] for x in (g() for _ in range(N))]
    for name, g in BINARY.items():
        fn = getattr(math, name)
        rows = []
        for _ in range(N):
            a = g()
            rows.append([f(a[0]), f(a[1]), call(fn, *a)])
        out[name] = rows
    for name in ['ulp', 'frexp', 'modf', 'floor', 'ceil', 'trunc', 'degrees', 'radians']:
        fn = getattr(math, name)
        out[name] = [[f(x), call(fn, x)] for x in (lf(-1074, 1023) * sg() for _ in range(500))]
    return out


def gen_exact():
    out = {}
    # fsum: sums with heavy cancellation and mixed magnitudes.
    cases = []
    for _ in range(400):
        n = random.randint(0, 12)
        xs = [pick(lambda: random.uniform(-1, 1), lambda: lf(-60, 60) * sg(), lambda: 1e100 * sg(), lambda: 0.1) for _ in range(n)]
        cases.append([[f(x) for x in xs], call(math.fsum, xs)])
    cases.append([[1e308, 1e308], call(math.fsum, [1e308, 1e308])])
    cases.append([['inf', '-inf'], call(math.fsum, [math.inf, -math.inf])])
    out['fsum'] = cases
    # hypot with several coordinates (vector_norm), and dist.
    rows = []
    for _ in range(400):
        n = random.randint(0, 6)
        xs = [pick(lambda: random.uniform(-10, 10), lambda: lf(-1070, 1000) * sg(), lambda: float(random.randint(-9, 9))) for _ in range(n)]
        rows.append([[f(x) for x in xs], call(math.hypot, *xs)])
    out['hypot_n'] = rows
    rows = []
    for _ in range(300):
        n = random.randint(1, 5)
        p = [random.uniform(-100, 100) for _ in range(n)]
        q = [random.uniform(-100, 100) for _ in range(n)]
        rows.append([[f(x) for x in p], [f(x) for x in q], call(math.dist, p, q)])
    out['dist'] = rows
    # integers
    out['isqrt'] = [[f(n), call(math.isqrt, n)] for n in [0, 1, 2, 3, 4, 15, 16, 17, 2**52 - 1, 2**64 + 7, 10**40 + 3] + [random.getrandbits(random.randint(1, 300)) for _ in range(100)]]
    out['factorial'] = [[f(n), call(math.factorial, n)] for n in list(range(0, 30)) + [50, 100, 171, 300]]
    out['comb'] = [[f(n), f(k), call(math.comb, n, k)] for n, k in [(random.randint(0, 200), random.randint(0, 120)) for _ in range(150)] + [(10**20, 3), (2**70, 2**70 - 1)]]
    out['perm'] = [[f(n), f(k), call(math.perm, n, k)] for n, k in [(random.randint(0, 100), random.randint(0, 60)) for _ in range(150)] + [(10**20, 3)]]
    out['gcd'] = [[f(a), f(b), call(math.gcd, a, b)] for a, b in [(random.randint(-10**30, 10**30), random.randint(-10**12, 10**12)) for _ in range(100)]]
    out['lcm'] = [[f(a), f(b), call(math.lcm, a, b)] for a, b in [(random.randint(-10**15, 10**15), random.randint(-10**6, 10**6)) for _ in range(100)]]
    # log of big ints (loghelper's frexp path) and of exact powers.
    ints = [10**k for k in (300, 308, 309, 400, 1000)] + [2**k for k in (1023, 1024, 2000, 5000)] + [random.getrandbits(random.randint(1000, 4000)) | 1 for _ in range(20)]
    out['log_int'] = [[f(n), call(math.log, n), call(math.log2, n), call(math.log10, n)] for n in ints]
    return out


def gen_cases():
    """Run each '#### name' section of cases.py with python3 and record its output."""
    import subprocess
    src = open(os.path.join(HERE, 'cases.py')).read()
    out = {}
    for part in src.split('\n#### ')[1:]:
        name, _, code = part.partition('\n')
        env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
        env.update(PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8', PYTHONDONTWRITEBYTECODE='1')
        p = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, env=env, timeout=60)
        out[name.strip()] = {'code': code, 'stdout': p.stdout, 'stderr': p.stderr, 'status': p.returncode}
    return out


def main():
    random.seed(20240611)
    os.makedirs(OUT, exist_ok=True)
    for name, data in [('libm.json', gen_libm()), ('exact.json', gen_exact()), ('cases.json', gen_cases())]:
        with open(os.path.join(OUT, name), 'w') as fh:
            json.dump(data, fh, separators=(',', ':'))
        print('wrote', name, os.path.getsize(os.path.join(OUT, name)), 'bytes')


if __name__ == '__main__':
    main()
