# string indexing and slicing
s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[::2], s[1::3], s[::-1], s[-3:], s[:-3])
print(s[8:2:-2], s[100:], s[-100:2], repr(s[5:2]), s[::-3])
print(s[slice(2, 5)], s[slice(None, None, -1)], s[slice(1, None, 4)])
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-2, None).indices(6))
sl = slice(3)
print(sl, sl.start, sl.stop, sl.step, repr(slice(1, 2, 3)))
print("x" in s, "cde" in s, "" in s, "ac" in s)
for i, ch in enumerate("hey"):
    print(i, ch, end="; ")
print()
print("ab" * 3, 3 * "-", "ab" * 0, "ab" * -1 == "")
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a")
