# __setattr__ and __delattr__ hooks, including during __init__.
class Strict:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("set", name, value)
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)

s = Strict()
s.b = 2
try:
    s._c = 3
except AttributeError as e:
    print(e)
del s.a
print(vars(s))
