# Prints memoryLayout.fixture.json: the real bytes of the sample objects under
# CPython 3.11 (x86-64), as 8-byte little-endian words, with addresses made
# symbolic so that they compare with the simulator's:
#   "@name"  the address of a sample referent (id(), or a type's id)
#   "ptr"    some other address (heap 0x55..., mmap 0x7f...)
#   "rc"     ob_refcnt (checked separately: equal to the object's refcount)
# Padding that CPython leaves uninitialised is masked (see MASKS).
# Run: PYTHONHASHSEED=0 python3 test/unit/inspect/memoryLayout.cpython.py > test/unit/inspect/memoryLayout.fixture.json
import ctypes, json, os, struct, sys

assert sys.version_info[:2] == (3, 11), sys.version
assert os.environ.get('PYTHONHASHSEED') == '0', 'run with PYTHONHASHSEED=0'
here = os.path.dirname(os.path.abspath(__file__))
ns = {'__name__': '__main__'}
exec(compile(open(os.path.join(here, 'memoryLayout.sample.py')).read(), 'sample.py', 'exec'), ns)

def is_addr(w):
    return 0x550000000000 <= w < 0x570000000000 or 0x7f0000000000 <= w < 0x800000000000

def words(addr, n):
    raw = ctypes.string_at(addr, n)
    return [struct.unpack_from('<Q', raw, k)[0] for k in range(0, n, 8)]

def symbolic(ws, refs, rc_at=None):
    ids = {id(v): k for k, v in refs.items()}
    out = []
    for j, w in enumerate(ws):
        if j == rc_at:
            out.append('rc')
        elif w in ids:
            out.append('@' + ids[w])
        elif is_addr(w):
            out.append('ptr')
        else:
            out.append(str(w if w < 2**63 else w - 2**64))
    return out

N = {k: ns[k] for k in ['i', 'n', 'f', 's', 's2', 's3', 's4', 'b', 't', 'l', 'd', 'd2', 'st', 'c', 'fn', 'cl', 'C']}
refs = dict(N)
refs.update({'int': int, 'float': float, 'str': str, 'bytes': bytes, 'tuple': tuple, 'list': list, 'dict': dict,
             'set': set, 'function': type(N['fn']), 'cell': type(N['cl']), 'None': None,
             "'a'": 'a', "'b'": 'b', "'k'": 'k', '1': 1, '2.5': None})
del refs['2.5']
# 2.5 is a key of d2: find that float object.
refs['2.5'] = [k for k in ns['d2'] if isinstance(k, float)][0]
refs['globals'] = ns
refs["'__main__'"] = ns['__name__']
refs["'fn'"] = N['fn'].__name__
refs['fn.__code__'] = N['fn'].__code__
refs['builtins'] = N['fn'].__builtins__

# (name, start offset from id(), length, index of the ob_refcnt word, masks {word: bits kept})
GC = 16
SAMPLES = [
    ('i', 0, 32, 0, {}),
    ('n', 0, 40, 0, {}),
    ('f', 0, 24, 0, {}),
    ('s', 0, 56, 0, {4: 0xff, 6: 0xffffffffffff}),
    ('s2', 0, 56, 0, {4: 0xff, 6: 0xffffffff}),
    ('s3', 0, 80, 0, {4: 0xff}),
    ('s4', 0, 88, 0, {4: 0xff}),
    ('b', 0, 40, 0, {}),
    ('t', -GC, GC + 48, 2, {0: 0, 1: 0}),
    ('l', -GC, GC + 40, 2, {0: 0, 1: 0}),
    ('d', -GC, GC + 48, 2, {0: 0, 1: 0, 5: 0}),
    ('d2', -GC, GC + 48, 2, {0: 0, 1: 0, 5: 0}),
    ('st', -GC, GC + 200, 2, {0: 0, 1: 0}),
    ('c', -32, 32 + 24, 4, {2: 0, 3: 0}),
    ('fn', -GC, GC + 136, 2, {0: 0, 1: 0, 17: 0, 18: 0xffffffff}),
    ('cl', -GC, GC + 24, 2, {0: 0, 1: 0}),
]

def masked(ws, masks):
    return [w & masks[j] if j in masks else w for j, w in enumerate(ws)]

out = {'objects': {}, 'parts': {}}
for name, start, length, rc, masks in SAMPLES:
    o = N[name]
    out['objects'][name] = symbolic(masked(words(id(o) + start, length), masks), refs, rc)
# Separately allocated parts, read through the object's pointer field.
ptr = lambda o, off: struct.unpack_from('<Q', ctypes.string_at(id(o) + off, 8))[0]
out['parts']['l.ob_item'] = symbolic(words(ptr(N['l'], 24), 24), refs)
for name in ['d', 'd2']:
    keys = ptr(N[name], 32)
    log2 = ctypes.string_at(keys + 8, 1)[0]
    general = ctypes.string_at(keys + 10, 1)[0] == 0
    n = 32 + (1 << log2) + ((2 << log2) // 3) * (24 if general else 16)
    out['parts'][name + '.ma_keys'] = symbolic(words(keys, n), refs)
vals = ptr(N['c'], -32)
out['parts']['c.values.prefix'] = list(ctypes.string_at(vals - 4, 4))
out['parts']['c.values'] = symbolic(words(vals, 16), refs)
print(json.dumps(out, indent=1))
