# subclassing list, dict, int, str
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), s, type(s[:1]).__name__, type(s + s).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = DefaultDict()
print(d["abc"], d["x"], d, d.get("zz"), "zz" in d)
class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}°C"
c = Celsius(21.456)
print(c, repr(c), c + 1, type(c * 2).__name__)
class Ordered(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
o = Ordered()
o["a"] = 1
o.update(b=2)
print(o)
class Name(str):
    @property
    def initial(self):
        return self[0]
n = Name("guido")
print(n.initial, n.title(), n == "guido", {n: 1}["guido"], isinstance(n, str))
class Bits(int):
    def __repr__(self):
        return f"Bits({bin(self)})"
b = Bits(5)
print(repr(b), b + 1, repr(b & 4), str(b), f"{b}", b.bit_length())
class L(list):
    def __init__(self, *args):
        super().__init__(args)
print(L(1, 2, 3), L() == [], sorted(L(3, 1, 2)))
