# slice() objects used for indexing, and their indices() method.
s = slice(1, 8, 2)
data = list(range(10))
print(data[s], "abcdefghij"[s], s.start, s.stop, s.step)
print(slice(3), slice(None, None, -1), data[slice(None, None, -1)])
print(s.indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2))
