# Subclassing list and dict.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list))
print(type(s + [4]).__name__, type(s[:1]).__name__)

class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = key.upper()
        return self[key]

d = DefaultDict(a="x")
print(d["a"], d["b"], d, d.get("c"))
