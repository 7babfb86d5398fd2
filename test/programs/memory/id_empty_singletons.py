# () is a singleton; frozenset() and others are not.
empty_tuple = ()
print(tuple() is empty_tuple, tuple([]) is empty_tuple, (1, 2)[2:] is empty_tuple)
print([][:] is [][:], frozenset() is frozenset(), set() is set())
empty_bytes = b""
print(bytes() is empty_bytes, bytes([65]) is bytes([65]), bytes([200]) is bytes([200]), b"ab"[1:] is bytes([98]))
zero = 0
print(range(0) is range(0), int() is zero, float() is float())
