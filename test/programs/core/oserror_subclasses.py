# OSError: errno/strerror/filename members, the errno -> subclass mapping, args and str().
for args in [(), ("msg",), (2, "No such file"), (2, "No such file", "a.txt"), (13, "Denied", "f", None, "g"),
             (17, "Exists", None), (99, "Other"), (1, 2, 3, 4, 5, 6), (11, "again", 5)]:
    e = OSError(*args)
    print(type(e).__name__, e.args, repr(str(e)), e.errno, e.strerror, e.filename, e.filename2)
b = BlockingIOError(11, "again", 7)
print(b.characters_written, b.args, str(b))
try:
    OSError().characters_written
except AttributeError as e:
    print("AttributeError", e)
print(FileNotFoundError(5, "x").errno, type(FileNotFoundError(5, "x")).__name__)
print(IOError is OSError, EnvironmentError is OSError, issubclass(BrokenPipeError, ConnectionError))
print(OSError.__subclasses__()[:4], ConnectionError.__subclasses__())
class MyErr(OSError):
    def __init__(self, code):
        super().__init__(code, "custom")
m = MyErr(2)
print(type(m).__name__, m.args, m.errno, m.strerror, str(m))
try:
    OSError(1, "x", bogus=2)
except TypeError as e:
    print(e)
try:
    raise PermissionError(13, "Permission denied", "/etc/shadow")
except OSError as e:
    print(repr(e), e)
e = OSError(2, "No such file")
e.errno = 5
e.filename = "z"
print(e, e.args)
