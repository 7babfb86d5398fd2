# Exception notes: add_note() stores them in __notes__ (an ordinary attribute); tracebacks print
# them after the message (not for a SyntaxError, whose message replaces the exception).
import sys
e = ValueError("v")
print(hasattr(e, "__notes__"), e.__dict__)
e.add_note("first")
e.add_note("multi\nline")
print(e.__notes__, e.__dict__)
try:
    e.add_note(5)
except TypeError as t:
    print(t)
e2 = KeyError("k")
e2.__notes__ = "not a list"
try:
    e2.add_note("x")
except TypeError as t:
    print(t)
class Custom(Exception):
    pass
c = Custom("c")
c.add_note("custom note")
try:
    raise c
except Custom as caught:
    print(caught.__notes__)
s = SyntaxError("bad", ("f.py", 1, 1, "x y\n", 1, 2))
s.add_note("never printed")
def chained():
    try:
        raise s
    except SyntaxError as inner:
        inner2 = RuntimeError("outer")
        inner2.add_note("outer note")
        inner2.__notes__.append("appended directly")
        raise inner2
chained()
