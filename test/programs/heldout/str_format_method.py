# str.format with positional, keyword, attribute and index fields
print("{} {} {}".format(1, "a", None))
print("{0}{1}{0}".format("ab", "cd"))
print("{name}={val!r}".format(name="x", val="y"))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class P:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=P()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*^11}".format("mid"), "{:=+8d}".format(42), "{:0=8d}".format(-42))
print("{:,}".format(1234567890), "{:_}".format(1234567), "{:_x}".format(0xdeadbeef))
print("{:.3f} {:.2%} {:e} {:g}".format(3.14159, 0.1234, 1234.5, 0.00001234))
print("{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x}".format(10, 10, 255, 255, 5, 8, 255))
print("{:c}".format(9731), "{:d}".format(True), "{:5}|".format(True))
print("{{literal}} {}".format("x"))
print("{0:{1}}|".format("ab", 5), "{:{w}.{p}f}".format(3.14159, w=10, p=2))
print("{!s} {!r} {!a}".format("é", "é", "é"))
print("{:10.3}|".format("abcdef"), "{:.0f}".format(2.5), "{:n}".format(1000))
print(format(0.1, ".17g"), format(1e16, ""), format(12.0, "g"), format(-0.0, ""))
for spec in ["{", "}", "{0", "{:d}", "{1}"]:
    try:
        print(spec.format("s"))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print("{0}".format(*["only"]), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{:>{}}".format("x", 4), "{:08.3f}".format(-3.14159))
print("{:+} {:+} {: }".format(1, -1, 5))
print("{:%}".format(0.5), "{:.1e}".format(0), "{:#.0f}".format(1))
