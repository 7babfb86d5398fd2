# memoryview over bytes and bytearray.
ba = bytearray(b"abcdef")
mv = memoryview(ba)
print(mv[0], mv[1:3].tobytes(), len(mv), mv.readonly, mv.format, mv.itemsize)
mv[0] = ord("Z")
print(ba)
mv2 = memoryview(b"xyz")
print(mv2.readonly, bytes(mv2[::-1]), mv2.tolist())
try:
    mv2[0] = 1
except TypeError as e:
    print(e)
mv.release()
try:
    mv[0]
except ValueError as e:
    print(e)
