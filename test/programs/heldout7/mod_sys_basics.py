# sys module basics that are machine independent: version_info, maxsize, int_info, float_info, argv, modules.
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11), type(sys.version_info).__name__)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.float_info.mant_dig, sys.float_info.min, sys.float_info.radix, sys.int_info.bits_per_digit, sys.int_info.sizeof_digit)
print(sys.argv, len(sys.argv), sys.maxunicode, sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan)
print("sys" in sys.modules, sys.modules["sys"] is sys, __name__, sys.implementation.name)
print(sys.getrecursionlimit(), sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.hash_randomization)
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(490 <= depth() <= 500)
sys.setrecursionlimit(1000)
print(sys.stdout.write("direct write\n"))
sys.stdout.write("no newline")
sys.stdout.write("\n")
print("to stderr", file=sys.stderr)
print(sys.stdin.read() == "", sys.getdefaultencoding(), sys.stdout.encoding)
print(sys.intern("abc") is sys.intern("ab" + "c".strip()), type(sys.exc_info()), sys.exc_info())
print(callable(sys.exit), sys.float_repr_style, sys.get_int_max_str_digits())
