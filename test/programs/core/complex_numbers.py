# Complex arithmetic and attributes.
z = 3 + 4j
w = 1 - 2j
print(z, w, z + w, z - w, z * w, z / w)
print(abs(z), z.real, z.imag, z.conjugate())
print(1j * 1j, (1j) ** 2, complex(1, 0), complex(0, 0))
print(complex("2+3j"), -z, z == complex(3, 4))
print(type(z).__name__, repr(2j), repr(-0j), repr(1 + 0j))
