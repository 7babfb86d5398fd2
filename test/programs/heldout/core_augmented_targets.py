# augmented assignment on names, attributes, subscripts, slices
class Obj:
    def __init__(self):
        self.v = 1
        self.items = [1, 2]
o = Obj()
o.v += 10
o.v *= 2
o.items += [3]
o.items[0] -= 5
print(o.v, o.items)
d = {"k": 1, "l": [1]}
d["k"] <<= 3
d["l"] *= 2
d.setdefault("m", 0)
d["m"] += 1
print(d)
s = "a"
s += "b"
s *= 3
print(s)
t = (1,)
t += (2,)
print(t)
n = 7
n //= 2; print(n)
n **= 3; print(n)
n %= 5; print(n)
n |= 8; n &= 12; n ^= 1; n >>= 1; print(n)
f = 1.0
f /= 4; f -= 0.25; print(f)
l = [1, 2]
alias = l
l += [3]
print(alias, alias is l)
tu = (1, 2)
alias_t = tu
tu += (3,)
print(alias_t, alias_t is tu)
calls = []
class Logger(dict):
    def __getitem__(self, k):
        calls.append(("get", k))
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        calls.append(("set", k, v))
        super().__setitem__(k, v)
lg = Logger(a=1)
lg["a"] += 5
print(calls, lg)
