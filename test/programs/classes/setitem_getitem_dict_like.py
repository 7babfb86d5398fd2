# A dict-like class with case-insensitive keys.
class CaseInsensitiveDict:
    def __init__(self):
        self._data = {}
    def __setitem__(self, key, value):
        self._data[key.lower()] = (key, value)
    def __getitem__(self, key):
        return self._data[key.lower()][1]
    def __delitem__(self, key):
        del self._data[key.lower()]
    def __len__(self):
        return len(self._data)
    def __iter__(self):
        return (orig for orig, _ in self._data.values())

h = CaseInsensitiveDict()
h["Content-Type"] = "text/html"
h["ACCEPT"] = "*/*"
print(h["content-type"], h["accept"], len(h), list(h))
del h["CONTENT-TYPE"]
print(list(h))
try:
    h["missing"]
except KeyError as e:
    print("KeyError", e)
