# Which "copies" return the same object.
import copy
t = (1, 2)
s = "text"
fs = frozenset({1})
l = [1]
print(tuple(t) is t, t[:] is t, copy.copy(t) is t, copy.deepcopy(t) is t)
print(str(s) is s, s[:] is s, copy.copy(s) is s)
print(frozenset(fs) is fs, copy.copy(fs) is fs)
print(list(l) is l, l[:] is l, copy.copy(l) is l)
empty = ""
print((s + empty) is s, (empty + s) is s, (s * 1) is s)
