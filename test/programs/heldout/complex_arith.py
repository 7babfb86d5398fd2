# complex numbers
z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w, -z, +z)
print(abs(z), z.real, z.imag, z.conjugate(), z == complex(3, 4), z != w)
print(z ** 2, z ** 0.5, (1j) ** 2, 1j * 1j, pow(z, 2))
print(complex("1+2j"), complex("-1.5j"), complex(" 2 "), complex(2), complex(), complex(1.5, 0))
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(-0.0, -0.0)), repr(complex(1e300, 1e-300)))
print(str(complex(1, float("inf"))), complex(float("nan"), 1))
print(format(z, ".2f"), format(w, "10.1f") + "|", f"{z:g}", format(1 + 1j, ""))
try:
    z < w
except TypeError as e:
    print("TypeError:", e)
try:
    z // 2
except TypeError as e:
    print("TypeError:", e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("1+")
except ValueError as e:
    print("ValueError:", e)
print(hash(1 + 0j) == hash(1), 2 + 0j == 2, {1j: "a"}[1j])
print(sum([1j, 2, 3.5]), 1j + True, type(1j + 1).__name__)
