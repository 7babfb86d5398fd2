# min/max/sorted with key, default, stability, reverse, and mixed inputs.
words = ["pear", "Fig", "apple", "kiwi", "Banana", "date"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(min(words, key=str.lower), max(words, key=lambda w: (len(w), w)))
print(min([], default="empty"), max((), default=None), min([3], default=0))
print(max(3, 1, 4, 1, 5, key=lambda x: -x), min("hello"), max(b"abc"))
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "a"), (2, "a"), (1, "b")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted("banana"), sorted(range(5), reverse=True))
print(max([1, 2], [1, 2, 0]), min((0, 9), (0, 8, 1)))
print(max(1, 2.5, True), min(-0.0, 0), max(0, -0.0))
print(list(reversed(sorted([5, 2, 8]))), sorted([-3, 2, -1], key=abs))
try:
    min([], key=len)
except ValueError as e:
    print(e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)
try:
    min(1, 2, foo=3)
except TypeError as e:
    print(e)
lst = [3, 1, 2]
print(lst.sort(), lst, sorted(lst) is lst)
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"V{self.v}"
print(sorted([V(3), V(1), V(2)]), max([V(3), V(7)]), min(V(5), V(4)))
