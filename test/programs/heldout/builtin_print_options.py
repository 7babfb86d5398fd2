# print with sep/end/file/flush
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print(1, 2, 3, sep="\n")
print("no newline", end="")
print(" continued")
print(*range(5), sep=",")
print(*[], sep="x")
print("to stdout", file=sys.stdout, flush=True)
print(None, True, 1.0, [1], (2,), {3: 4}, {5}, "s", b"b")
print("x", end=None)
print("y", sep=None)
try:
    print("bad", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("bad", end=[])
except TypeError as e:
    print("TypeError:", e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("captured", 42, file=w)
print(w.parts)
sys.stdout.write("written\n")
print(sys.stdout.write("abc"), "<- returned count")
