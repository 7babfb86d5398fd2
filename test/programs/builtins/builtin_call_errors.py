# The TypeError messages of builtins called with wrong arguments (METH_O, METH_NOARGS,
# positional-only FASTCALL, Argument Clinic keyword parsing, min/max).
tests = [
 "len()", "len(1,2)", "len(x=1)", "repr()", "ascii()", "id()", "hash()", "hash(1, 2)", "isinstance()", "isinstance(1, int, x=1)",
 "issubclass(int)", "callable()", "getattr()", "getattr(1,2,3,4)", "getattr(1, 'x', y=2)", "setattr(1)", "delattr(1)", "hasattr(1)",
 "iter()", "iter(1,2,3)", "next()", "globals(1)", "locals(1)", "vars(1,2)", "dir(1,2)", "input(1,2)", "abs()", "abs(x=1)",
 "format()", "format(1,2,3)", "any()", "all(1,2)", "chr()", "ord()", "divmod(1)", "bin()", "oct(1, 2)", "hex(x=1)",
 "sorted()", "sum()", "min()", "max(x=1)", "pow(1)", "round()", "print(foo=1)", "globals(x=1)",
 "max(1, 2, x=3)", "min([1], key=None, default=0, bogus=1)", "sum([], 0, 1)", "sum(start=1)", "pow(1, 2, 3, 4)",
 "round(1, 2, 3)", "pow(base=2)", "round(x=1)",
]
print(sum([1], start=2), round(number=2.5), pow(base=2, exp=5), max([], default="d"), min(3, 1, key=lambda v: -v))
for t in tests:
    try:
        eval(t)
    except TypeError as e:
        print(t, "->", e)
