# match: mapping patterns, **rest, key types, and non-dict mappings.
from collections import OrderedDict, defaultdict
def m(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px} {py}"
        case {"type": "circle", **rest}:
            return f"circle rest={rest}"
        case {1: one, 2: _}:
            return f"int keys {one}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
for t in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "c": 0},
          {1: "a", 2: "b"}, {1: "a"}, {}, OrderedDict(type="circle"), [("type", "point")], "str"]:
    print(m(t))
dd = defaultdict(int)
match dd:
    case {"missing": v}:
        print("matched", v)
    case _:
        print("defaultdict get does not create", dict(dd))
class Const:
    KEY = "k"
match {"k": 1, "j": 2}:
    case {Const.KEY: val, **others}:
        print(val, others)
