# object(): a featureless instance without __dict__.
o = object()
print(type(o).__name__, o == o, o == object(), isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(hasattr(o, "__dict__"), len([n for n in dir(o)]) > 10)
print(object.__bases__, object.__mro__)
