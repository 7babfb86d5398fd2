# complex() constructor forms and errors.
print(complex(1, 2), complex("3-4j"), complex("j"), complex(" 5 "), complex(2.5))
print(complex(1j, 1j), complex(real=1, imag=-1))
try:
    complex("1 + 2j")
except ValueError as e:
    print(e)
try:
    complex("1", 2)
except TypeError as e:
    print(e)
