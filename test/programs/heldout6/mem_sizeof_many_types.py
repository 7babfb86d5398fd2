# sys.getsizeof across many object types
import sys, gc, weakref, functools, itertools, collections
def f(): pass
class C:
    def m(self): pass
class S:
    __slots__ = ("a", "b", "c")
g = (x for x in [])
def gen(): yield 1
objs = {
 "function": f, "lambda": lambda: 0, "method": C().m, "class": C, "instance": C(), "slots": S(), "gen": g, "genfn": gen(),
 "cell": (lambda x: lambda: x)(1).__closure__[0], "code": f.__code__, "module": sys, "weakref": weakref.ref(C),
 "property": property(f), "staticmethod": staticmethod(f), "classmethod": classmethod(f), "super": super(C, C()),
 "partial": functools.partial(f), "count": itertools.count(), "chain": itertools.chain(), "deque": collections.deque(),
 "defaultdict": collections.defaultdict(list), "Counter": collections.Counter(), "OrderedDict": collections.OrderedDict(),
 "range_iter": iter(range(3)), "list_iter": iter([]), "dict_keys": {}.keys(), "enumerate": enumerate([]), "zip": zip(),
 "map": map(f, []), "filter": filter(None, []), "reversed": reversed([]), "slice": slice(1, 2), "frozenset": frozenset(),
 "bytes5": b"12345", "bytearray5": bytearray(b"12345"), "memoryview": memoryview(b"ab"), "complex": 1j, "float": 1.0,
 "True": True, "bigint": 2**100, "exception": ValueError("x"), "traceback_none": None, "NotImplemented": NotImplemented,
 "type": type, "str_ascii_10": "abcdefghij", "str_latin1": "é" * 5, "str_ucs2": "\u0100" * 5, "str_ucs4": "\U0001F600" * 5,
 "tuple5": (1, 2, 3, 4, 5), "list_lit5": [1, 2, 3, 4, 5], "dict_lit3": {1: 1, 2: 2, 3: 3}, "set_lit3": {1, 2, 3},
 "mappingproxy": C.__dict__, "frame": sys._getframe(), "builtin": len, "bound_builtin": [].append,
}
for k, v in objs.items():
    try:
        print(k, sys.getsizeof(v))
    except TypeError as e:
        print(k, "TypeError", e)
