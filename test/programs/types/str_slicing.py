# String indexing and slicing, including negative steps and out-of-range bounds.
s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[-3:], s[:-7])
print(s[::2], s[1::3], s[::-1], s[::-2], s[8:2:-2], s[-2:-8:-3])
print(repr(s[5:2]), s[-100:3], s[7:100], repr(s[100:]), s[:])
try:
    s[10]
except IndexError as e:
    print(e)
try:
    s[0] = "z"
except TypeError as e:
    print(e)
print(s[1:9][::-1][1:3])
