# str.maketrans in its three forms and translate; bytes.maketrans; also str.__mod__-free template building.
table = str.maketrans("abc", "xyz")
print(table, "aabbcc-abc".translate(table))
table2 = str.maketrans("abc", "xyz", "-")
print("a-b-c".translate(table2))
table3 = str.maketrans({"a": "1", "b": None, "c": "ccc", ord("d"): 100})
print(table3, "abcd".translate(table3))
print("hello".translate({ord("l"): None}), "hello".translate({104: "J"}), "x".translate({}))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print(e)
try:
    str.maketrans(1)
except TypeError as e:
    print(e)
class Rot13(dict):
    def __missing__(self, k):
        c = chr(k)
        if "a" <= c <= "z":
            return chr((k - 97 + 13) % 26 + 97)
        if "A" <= c <= "Z":
            return chr((k - 65 + 13) % 26 + 65)
        return k
print("Hello, World!".translate(Rot13()))
bt = bytes.maketrans(b"abc", b"ABC")
print(len(bt), b"aabbd".translate(bt), b"hello".translate(None, b"l"), bytearray(b"abc").translate(bt, b"b"))
try:
    "abc".translate({97: 5.5})
except TypeError as e:
    print(e)
print("abc".translate({97: 0x1F600}), "tab\there".translate({9: "    "}))
