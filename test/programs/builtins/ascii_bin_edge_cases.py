# Edge cases of bin/hex/oct on zero and bools, ascii of containers.
print(bin(0), hex(0), oct(0), bin(True), hex(False))
print(ascii(["é", "a"]), ascii({"ü": 1}), ascii(("😀",)))
print(hex(-255), oct(-8), bin(-1))
print(ascii("plain"), ascii(b"bytes\xff"), ascii(1.5))
print(int(bin(-5), 2), int(hex(-255), 16), int(oct(-8), 8))
