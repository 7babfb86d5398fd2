# slice objects, indices() and use with custom __getitem__.
class Show:
    def __getitem__(self, key):
        return key

s = Show()
print(s[1], s[1:2], s[::3], s[1:2, 3], s[...], s[:, None])
sl = s[10:-1:2]
print(type(sl).__name__, sl.start, sl.stop, sl.step, sl.indices(15))
print(slice(5).indices(3), slice(-10, 10).indices(4), slice(None, None, -2).indices(5))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(e)
