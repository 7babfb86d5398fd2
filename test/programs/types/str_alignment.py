# center, ljust, rjust, zfill and expandtabs.
print("[" + "hi".center(7) + "]", "[" + "hi".center(6, "*") + "]", "[" + "hi".center(1) + "]")
print("[" + "ab".ljust(5, ".") + "]", "[" + "ab".rjust(5) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("a\tb\tc".expandtabs(), "a\tbb\tccc".expandtabs(4), "12345\t6".expandtabs(4))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
