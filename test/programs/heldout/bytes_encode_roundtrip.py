# encoding and decoding round trips
texts = ["hello", "héllo wörld", "日本語", "emoji 😀", ""]
for t in texts:
    u8 = t.encode("utf-8")
    u16 = t.encode("utf-16-le")
    print(len(t), len(u8), len(u16), u8.decode("utf-8") == t, u16.decode("utf-16-le") == t)
print("abc".encode("ascii"), "é".encode("latin-1").decode("latin-1"), "x".encode())
print("ü".encode("utf-8").hex(), bytes.fromhex("c3bc").decode(), list("ü".encode("utf-16-be")))
print(b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("utf-8", errors="replace"), "ÿ".encode("cp1252") if False else "ÿ".encode("latin-1"))
raw = bytes(range(256))
print(raw.decode("latin-1").encode("latin-1") == raw, len(raw.hex()))
print("naïve café".encode("ascii", errors="xmlcharrefreplace"), "naïve".encode("ascii", "namereplace") if False else "")
print(str(b"bytes", "utf-8"), str(bytearray(b"ba"), encoding="ascii"), bytes("s", encoding="utf-8"))
