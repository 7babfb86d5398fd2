# printf-style % formatting for str: conversions, flags, widths, '*', mapping keys, and errors.
print("%s|%r|%a|%d|%i|%u" % ("é", "é", "é", 42, -7, 3))
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o" % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8))
print("%f|%.2f|%10.3f|%-10.1f|%e|%E|%g|%G|%.3g" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 12345.678, 0.00001234, 1e20, 1234567))
print("%c%c%c" % ("a", 98, 0x263A), "%%", "%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (1, 2), "%s" % {"a": 1}, "%d" % 3.99, "%x" % 255, "%d" % True)
print("%s" % None, "%r" % "x", "%.0f" % 0.5, "%.0f" % 1.5, "%#.0f" % 2.0, "%#x" % 0, "%#o" % 0)
print("%d%%" % 50, "%-+8.2f|" % 3.14159, "% 05d" % 42, "%+05d" % -42, "%x" % -255, "%#X" % 2**70)
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 5), ("%c", "ab"), ("%c", -1), ("%(k)s", {}), ("%", 1), ("%d", 1j)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("%s and %s" % ("a", "b"), "no specs" % (), "%s" % ((1, 2),), "%r" % ((1, 2),))
print("%(a)s%(a)s" % {"a": "x"}, "%.3s" % "abcdef", "%5.1s|" % "xyz", "%i" % 1e10)
