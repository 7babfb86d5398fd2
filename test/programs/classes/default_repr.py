# The default repr of instances and classes (address normalised).
class Widget:
    pass
w = Widget()
print(repr(w).startswith("<__main__.Widget object at 0x"), repr(Widget))
print(Widget.__name__, Widget.__qualname__, Widget.__module__)
print(repr(w) == object.__repr__(w), str(w) == repr(w))
print(w)
