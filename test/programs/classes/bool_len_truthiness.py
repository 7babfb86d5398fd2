# Truthiness uses __bool__, then __len__, then defaults to True.
class AlwaysFalse:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
class Both:
    def __bool__(self):
        print("__bool__ used")
        return True
    def __len__(self):
        print("__len__ used")
        return 0
class Plain:
    pass

for obj in (AlwaysFalse(), Empty(), Both(), Plain()):
    print(type(obj).__name__, bool(obj), "yes" if obj else "no")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
