# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__.
class Row:
    def __init__(self, *values):
        self._v = list(values)
    def __len__(self):
        return len(self._v)
    def __getitem__(self, i):
        print("getitem", i)
        return self._v[i]
    def __setitem__(self, i, value):
        self._v[i] = value
    def __delitem__(self, i):
        del self._v[i]
    def __contains__(self, x):
        print("contains", x)
        return x in self._v
    def __iter__(self):
        return iter(self._v)

r = Row(1, 2, 3)
print(len(r), r[0], r[-1], r[0:2])
r[1] = 20
del r[0]
print(list(r), 20 in r, 5 in r)
