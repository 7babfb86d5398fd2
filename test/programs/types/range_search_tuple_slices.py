# range containment, index and count: exact ints arithmetically, other values by comparing.
r = range(2, 20, 3)
class MyInt(int):
    def __eq__(self, other):
        print("MyInt.__eq__", other)
        return int(self) == other
    __hash__ = int.__hash__
print(5.0 in r, 5.5 in r, True in range(3), MyInt(5) in r, "x" in r)
print(r.index(5.0), r.index(True if 1 in r else 2), r.count(8.0), r.count(MyInt(8)), r.count(True))
for bad in [lambda: r.index(4.0), lambda: r.index(4), lambda: r.index("x"), lambda: range(3).index(MyInt(7))]:
    try:
        bad()
    except ValueError as e:
        print(e)
t = (1, 2, 3)
print(t[:] is t, t[0:3] is t, t[::1] is t, t[::-1], t[::-1] is t, t[0:2])
