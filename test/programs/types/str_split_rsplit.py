# str.split and rsplit with and without separators and maxsplit.
s = "  a b   c  "
print(s.split(), s.split(" "), "a,b,,c".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a,b,c".rsplit(","))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("one  two three".split(maxsplit=1), "one  two three".rsplit(None, 1))
print("a::b::c".split("::"), "1-2-3".split("-", 0))
try:
    "abc".split("")
except ValueError as e:
    print(e)
