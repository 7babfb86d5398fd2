# printf-style % formatting.
print("%s is %d years" % ("Ann", 30))
print("%5.2f|%-6s|%06d|%x|%X|%o|%e" % (3.14159, "ab", 42, 255, 255, 8, 12345.678))
print("%r %a" % ("é", "é"), "%%", "%c%c" % (72, "i"))
print("%(name)s has %(n)03d" % {"name": "box", "n": 7})
print("%+d %+d % d" % (5, -5, 5), "%.3s" % "abcdef", "%*d" % (5, 42))
print("%s" % (1, ) , "%s" % [1, 2], "%s" % ((1, 2),))
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
