# Methods on str subclasses return plain str.
class Tag(str):
    def wrap(self):
        return f"<{self}>"

t = Tag("b")
print(t.wrap(), type(t).__name__, type(t + "x").__name__, type(t.upper()).__name__)
print(t == "b", hash(t) == hash("b"), {"b": 1}[t])
