#!/usr/bin/env python3
"""Record python3.11's random module outputs into fixtures/*.json.

Run from the repo root:  python3 test/unit/random/gen-fixtures.py

JSON encoding of values:
  * floats are JSON numbers (repr round-trips exactly through JSON.parse);
    nan / inf / -inf as {"float": "nan"} etc.
  * ints that must stay ints are {"int": "<decimal>"}; small ints that are
    plainly ints (indices, counts) are JSON numbers.
  * bytes are {"hex": "..."}; str is a JSON string.
"""

import hashlib
import json
import math
import operator
import os
import random
import sys
import types
import warnings

assert sys.version_info[:2] == (3, 11), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'fixtures')


def enc(v, compact=False):
    """compact: ints below 2**53 in magnitude become plain JSON numbers (the reader knows they are ints)."""
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        if compact and abs(v) < 2**53:
            return v
        return {'int': str(v)}
    if isinstance(v, float):
        if math.isnan(v) or math.isinf(v):
            return {'float': repr(v)}
        return v
    if isinstance(v, (bytes, bytearray)):
        return {'hex': bytes(v).hex(), 'mutable': isinstance(v, bytearray)}
    if isinstance(v, str):
        return v
    if v is None:
        return None
    if isinstance(v, (list, tuple)):
        return [enc(x, compact) for x in v]
    raise TypeError(type(v))


# ---- A copy of Lib/random.py whose libm calls are recorded ----
# random.py binds math.log/exp/cos/sin/acos as module globals (_log, ...), so
# wrapping those records every libm call with glibc's answer; the four float
# ** float sites are rewritten to call _pow. The TS tests replay this table as
# their libm, which checks the algorithms bit for bit independently of V8's
# Math.*, and measures how often Math.* itself differs from glibc.
LIBM_CALLS = {}


def _recording(name, f):
    def g(*args):
        r = f(*args)
        if name != 'log' or len(args) == 1:
            LIBM_CALLS[(name,) + args] = r
        return r
    return g


def _recorded_random_module():
    with open(random.__file__) as f:
        src = f.read()
    for old, new in [
        ('x = p ** (1.0 / alpha)', 'x = _pow(p, 1.0 / alpha)'),
        ('if u1 <= x ** (alpha - 1.0):', 'if u1 <= _pow(x, alpha - 1.0):'),
        ('return u ** (-1.0 / alpha)', 'return _pow(u, -1.0 / alpha)'),
        ('return alpha * (-_log(u)) ** (1.0 / beta)', 'return alpha * _pow(-_log(u), 1.0 / beta)'),
    ]:
        assert src.count(old) == 1, old
        src = src.replace(old, new)
    mod = types.ModuleType('random_recorded')
    exec(compile(src, random.__file__, 'exec'), mod.__dict__)
    for name in ('log', 'exp', 'cos', 'sin', 'acos'):
        setattr(mod, '_' + name, _recording(name, getattr(math, name)))
    mod._pow = _recording('pow', operator.pow)
    return mod


RR = _recorded_random_module()


# The seeds the brief asks for, plus a few more (float, bytearray, unicode,
# huge int). A seed is described by how the TS side builds its SeedArg.
SEEDS = [
    ('0', 0), ('1', 1), ('42', 42), ('12345', 12345), ('-7', -7), ('2**100', 2**100),
    ("'hello'", 'hello'), ("b'abc'", b'abc'),
    ('2**32', 2**32), ('-(2**64+5)', -(2**64 + 5)), ('3**2000', 3**2000),
    ("''", ''), ("'h\\xe9llo \\u2603 \\U0001f600'", 'h\xe9llo \u2603 \U0001f600'),
    ("bytearray(b'abc')", bytearray(b'abc')), ("b'\\x00\\x00\\x01'", b'\x00\x00\x01'),
    ('1.5', 1.5), ('-1.5', -1.5), ('0.1', 0.1), ('1e300', 1e300),
]


def seed_desc(a):
    if isinstance(a, float):
        return {'kind': 'hashed', 'hash': str(hash(a))}
    if isinstance(a, int):
        return {'kind': 'int', 'value': str(a)}
    if isinstance(a, str):
        return {'kind': 'str', 'value': a}
    return {'kind': 'bytes', 'hex': bytes(a).hex(), 'mutable': isinstance(a, bytearray)}


FULL_STATE = {0, 'hello', 3**2000, 1.5}


def per_seed(a):
    r = RR.Random()
    out = {}

    def run(name, fn):
        r.seed(a)
        out[name] = enc(fn(), compact=True)

    run('random', lambda: [r.random() for _ in range(50)])
    # the whole state for a few seeds; its first and last words for the others
    full = any(type(a) is type(b) and a == b for b in FULL_STATE)
    run('state_after_seed', lambda: (lambda st: st if full else st[:8] + [None] + st[-9:])(list(r.getstate()[1])))
    run('randint_1_100', lambda: [r.randint(1, 100) for _ in range(50)])
    run('randrange_0_1000_7', lambda: [r.randrange(0, 1000, 7) for _ in range(50)])
    run('randrange_misc', lambda: [r.randrange(10), r.randrange(-5, 5), r.randrange(100, -100, -3),
                                   r.randrange(10**30), r.randrange(-10**25, 10**25, 10**6 + 3),
                                   r.randrange(2**53 + 1), r.randrange(2**32), r.randrange(2**32 + 1),
                                   r.randrange(1), r.randint(-2**70, 2**70)])
    run('choice_10', lambda: [r.choice(list(range(10))) for _ in range(50)])
    run('shuffle_20', lambda: (lambda x: (r.shuffle(x), x)[1])(list(range(20))))
    run('sample_100_10', lambda: r.sample(range(100), 10))
    run('sample_10_10', lambda: r.sample(range(10), 10))
    run('sample_misc', lambda: [r.sample(range(1000), 50), r.sample(range(30), 6), r.sample(range(22), 6),
                                r.sample(range(5), 0), r.sample(range(10**6), 3)])
    run('sample_counts', lambda: r.sample(range(4), 8, counts=[3, 0, 5, 2]))
    run('choices_5_k10', lambda: r.choices(range(5), k=10))
    run('choices_weights_int', lambda: r.choices(range(5), weights=[1, 2, 3, 4, 5], k=10))
    run('choices_weights_float', lambda: r.choices(range(5), [0.1, 0.2, 0.3, 0.25, 0.15], k=10))
    run('choices_cum_weights', lambda: r.choices(range(4), cum_weights=[1, 1, 5.5, 7], k=10))
    run('uniform', lambda: [r.uniform(-3.5, 10.25) for _ in range(20)])
    run('triangular', lambda: [r.triangular(1.0, 4.0, 3.0) for _ in range(10)] + [r.triangular() for _ in range(5)])
    run('gauss', lambda: [r.gauss() for _ in range(20)])
    run('gauss_5_2', lambda: [r.gauss(5.0, 2.0) for _ in range(7)])
    run('normalvariate', lambda: [r.normalvariate() for _ in range(20)])
    run('lognormvariate', lambda: [r.lognormvariate(0.5, 0.25) for _ in range(10)])
    run('expovariate_1_5', lambda: [r.expovariate(1.5) for _ in range(20)])
    run('vonmisesvariate', lambda: [r.vonmisesvariate(1.0, 4.0) for _ in range(10)] + [r.vonmisesvariate(2.0, 0.0)])
    run('gammavariate', lambda: [r.gammavariate(0.5, 2.0) for _ in range(5)] + [r.gammavariate(1.0, 2.0) for _ in range(3)]
        + [r.gammavariate(3.5, 1.5) for _ in range(5)])
    run('betavariate', lambda: [r.betavariate(2.0, 5.0) for _ in range(5)] + [r.betavariate(0.5, 0.5) for _ in range(5)])
    run('paretovariate', lambda: [r.paretovariate(2.5) for _ in range(10)])
    run('weibullvariate', lambda: [r.weibullvariate(1.5, 2.0) for _ in range(10)])
    run('getrandbits_1_200', lambda: [hex(r.getrandbits(k)) for k in range(1, 201)])
    run('randbytes', lambda: [r.randbytes(n) for n in (0, 1, 3, 4, 5, 13, 64)])
    return out


def state_roundtrip():
    r = random.Random(99)
    r.random()
    r.gauss()  # leaves gauss_next set
    state = r.getstate()
    # the first gauss() returns the saved gauss_next (no libm call); then the generator
    after = [r.gauss(), r.random(), r.getrandbits(40)]
    r2 = random.Random(5)
    r2.setstate(state)
    assert [r2.gauss(), r2.random(), r2.getrandbits(40)] == after
    # a version-2 state (signed words) restores as x % 2**32
    v2 = (2, tuple((w - 2**32) if w >= 2**31 else w for w in state[1]), None)
    r3 = random.Random()
    r3.setstate(v2)
    return {'state': enc([state[0], list(state[1]), state[2]]), 'after': enc(after),
            'v2_state': enc([v2[0], list(v2[1]), v2[2]]), 'after_v2': enc([r3.random() for _ in range(5)])}


def version1():
    out = []
    for a in ['', 'hello', 'h\xe9llo \U0001f600', b'abc', b'\xff\x00']:
        r = random.Random()
        r.seed(a, version=1)
        out.append({'seed': seed_desc(a), 'random': enc([r.random() for _ in range(5)])})
    return out


def errors():
    """Calls that raise (or warn), with exception type and message."""
    cases = [
        ('randrange', [0]), ('randrange', [-3]), ('randrange', [0, 0]), ('randrange', [5, 2]),
        ('randrange', [0, 10, 0]), ('randrange', [0, 10, -1]), ('randrange', [10, 0, 2]),
        ('randrange', [3.5]), ('randrange', [0, 2.5]), ('randrange', [0, 10, 1.5]),
        ('randrange', [float('nan')]), ('randrange', [float('inf')]), ('randrange', [10, None, 2]),
        ('randrange', [10, None, 1.0]), ('randrange', [3.0]), ('randrange', [1.0, 7.0]), ('randrange', [0, 10, 2.0]),
        ('randint', [5, 1]), ('randint', [1, 6.0]), ('getrandbits', [-1]), ('getrandbits', [2**31]),
        ('randbytes', [-1]), ('choice', [0]), ('sample', [5, 6]), ('sample', [5, -1]),
        ('sample_counts', [3, 2, [1, 2]]), ('sample_counts', [2, 2, [1.0, 2]]), ('sample_counts', [2, 2, [0, 0]]),
        ('sample_counts', [0, 1, []]), ('sample_counts', [2, 5, [1, 2]]),
        ('choices_w', [3, [1, 2], None]), ('choices_w', [2, [0, 0], None]), ('choices_w', [2, [1.0, float('inf')], None]),
        ('choices_w', [2, [1, 2], [1, 3]]), ('choices_w', [0, [], None]), ('choices_w', [2, [1, 10**400], None]),
        ('gammavariate', [0.0, 1.0]), ('gammavariate', [1.0, -1.0]), ('expovariate', [0.0]),
        ('paretovariate', [0.0]), ('weibullvariate', [1.0, 0.0]),
        ('setstate_version', [4]), ('setstate_size', [5]), ('setstate_word', [-1]), ('setstate_word', [2**64]),
        ('setstate_index', [625]), ('setstate_index', [-1]), ('setstate_index', [2**63]),
        ('seed_surrogate', ['a\ud800b']),
    ]
    out = []
    for name, args in cases:
        r = random.Random(2024)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            try:
                if name == 'sample':
                    res = r.sample(range(args[0]), args[1])
                elif name == 'sample_counts':
                    res = r.sample(range(args[0]), args[1], counts=args[2])
                elif name == 'choices_w':
                    res = r.choices(range(args[0]), weights=args[1], cum_weights=args[2], k=3) if args[2] is not None \
                        else r.choices(range(args[0]), weights=args[1], k=3)
                elif name == 'choice':
                    res = r.choice(list(range(args[0])))
                elif name.startswith('setstate_'):
                    st = list(r.getstate()[1])
                    version = 3
                    if name == 'setstate_version':
                        version = args[0]
                    elif name == 'setstate_size':
                        st = st[:args[0]]
                    elif name == 'setstate_word':
                        st[0] = args[0]
                    else:
                        st[-1] = args[0]
                    res = r.setstate((version, tuple(st), None))
                elif name == 'seed_surrogate':
                    res = r.seed(args[0])
                else:
                    res = getattr(r, name)(*args)
                result = {'ok': enc(res)}
            except Exception as e:
                result = {'error': type(e).__name__, 'message': str(e)}
            result['warnings'] = [[c.category.__name__, str(c.message)] for c in w]
        out.append({'call': name, 'args': enc(args), **result})
    return out


def libm():
    """Many draws per distribution, to measure last-bit agreement of V8's libm with glibc's."""
    r = RR.Random(20240611)
    n = 150
    out = {}
    for name, fn in [
        ('gauss', lambda: r.gauss()), ('normalvariate', lambda: r.normalvariate(0.0, 1.0)),
        ('lognormvariate', lambda: r.lognormvariate(0.0, 1.0)), ('expovariate', lambda: r.expovariate(0.75)),
        ('vonmisesvariate', lambda: r.vonmisesvariate(0.5, 2.0)), ('gammavariate_small', lambda: r.gammavariate(0.3, 1.0)),
        ('gammavariate_big', lambda: r.gammavariate(7.5, 1.0)), ('betavariate', lambda: r.betavariate(1.5, 3.0)),
        ('paretovariate', lambda: r.paretovariate(1.7)), ('weibullvariate', lambda: r.weibullvariate(2.0, 0.7)),
        ('triangular', lambda: r.triangular(0.0, 10.0, 2.0)),
    ]:
        r.seed(name)
        out[name] = enc([fn() for _ in range(n)])
    return out


def sha():
    out = []
    for n in (0, 1, 3, 55, 111, 112, 127, 128, 129, 239, 240, 1000):
        data = bytes((i * 131 + 7) & 0xff for i in range(n))
        out.append({'hex': data.hex(), 'digest': hashlib.sha512(data).hexdigest()})
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    fixtures = {
        'seeds.json': {'seeds': [{'label': label, 'seed': seed_desc(a), 'results': per_seed(a)} for label, a in SEEDS]},
        'misc.json': {'state_roundtrip': state_roundtrip(), 'version1': version1(), 'sha512': sha(),
                      'constants': {'NV_MAGICCONST': random.NV_MAGICCONST, 'LOG4': random.LOG4,
                                    'SG_MAGICCONST': random.SG_MAGICCONST, 'TWOPI': math.tau}},
        'errors.json': {'cases': errors()},
        'libm.json': libm(),
    }
    table = sorted([list(k) + [v] for k, v in LIBM_CALLS.items()], key=lambda e: (e[0], e[1:]))
    assert all(all(isinstance(x, float) and math.isfinite(x) for x in e[1:]) for e in table)
    fixtures['libm-calls.json'] = {'calls': table}
    for name, data in fixtures.items():
        with open(os.path.join(OUT, name), 'w') as f:
            json.dump(data, f, separators=(',', ':'))
            f.write('\n')
        print(name, os.path.getsize(os.path.join(OUT, name)), 'bytes')


if __name__ == '__main__':
    main()
