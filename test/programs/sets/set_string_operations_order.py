# Iteration order of set operations on strings (fixed by PYTHONHASHSEED=0).
a = {"red", "green", "blue", "cyan"}
b = {"blue", "cyan", "magenta", "yellow"}
print(a | b)
print(a & b)
print(a - b, b - a)
print(a ^ b)
s = set()
for w in ["one", "two", "three", "four", "five", "six"]:
    s.add(w)
print(s)
s.discard("three")
s.add("seven")
print(s, s.pop())
