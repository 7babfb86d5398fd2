# A metaclass customising class creation (__new__) and instantiation (__call__).
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")))
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)

class Thing(metaclass=Meta):
    color = "red"
    def __init__(self, n):
        print("Thing.__init__", n)
        self.n = n

t = Thing(5)
print(t.n, Thing.created_by, type(Thing).__name__)
class Sub(Thing):
    pass
print(type(Sub).__name__)
