# complex numbers: construction, parts, comparisons.
z = complex(1.5, -2)
print(z, z.real, z.imag, abs(3 + 4j), z.conjugate(), z * 1j)
print(2j ** 2, (1 + 1j) ** 2, 1j ** 0, (1 + 2j) == (1 + 2j), (1 + 0j) == 1)
print(complex("1e3-1e-3j"), repr(complex(-0.0, -0.0)), hash(1 + 0j) == hash(1))
try:
    (1 + 2j) < (2 + 3j)
except TypeError as e:
    print(e)
try:
    int(1 + 0j)
except TypeError as e:
    print(e)
