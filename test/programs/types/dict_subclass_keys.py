# Dict keys of str/int/float subclasses find equal keys of the base types and vice versa
# (lookup by hash, then ==); a subclass with its own __hash__ does not.
class Tag(str):
    pass
class MyInt(int):
    pass
class MyFloat(float):
    pass
class OddHash(str):
    def __hash__(self):
        return 12345
d = {"b": 1, 2: "two", 1.5: "f"}
print(d[Tag("b")], d[MyInt(2)], d[MyFloat(1.5)], Tag("b") in d, MyInt(3) in d)
d[Tag("b")] = 10
print(d, [type(k).__name__ for k in d])
e = {Tag("x"): 1, MyInt(5): 2}
print(e["x"], e[5], e.get(5.0), "x" in e, e.pop("x"), e)
e["y"] = 3
e[Tag("y")] = 4
print(e, [type(k).__name__ for k in e])
print({"z": 1}.get(OddHash("z")), OddHash("z") in {"z": 1})
s = {"a", Tag("a"), 1, MyInt(1), True}
print(len(s))
del d[MyInt(2)]
print(d)
