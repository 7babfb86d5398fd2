# __new__ creates the instance, __init__ initialises it; __init__ is skipped
# when __new__ returns an object of another class.
class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, value):
        print("__init__", value)
        self.value = value

t = Tracked(7)
print(t.value)

class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never printed")

w = Weird()
print(w, type(w).__name__)
