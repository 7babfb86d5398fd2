# getattr, setattr, hasattr and delattr, with defaults and errors.
class Config:
    debug = False

c = Config()
print(getattr(c, "debug"), getattr(c, "missing", "default"), hasattr(c, "debug"))
setattr(c, "level", 3)
print(c.level, c.__dict__)
delattr(c, "level")
print(hasattr(c, "level"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(e)
try:
    delattr(c, "debug")
except AttributeError as e:
    print(e)
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
print(getattr(len, "__name__"), getattr([], "append").__name__)
