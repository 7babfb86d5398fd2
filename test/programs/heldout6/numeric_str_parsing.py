# parsing numbers from strings: whitespace, underscores, signs, unicode digits
for s in ["42", " 42 ", "\t42\n", "+42", "-42", "4_2", "0x2a", "٤٢", "４２", "42.0", "4__2", "_42", "42_", "", " ", "1e3"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "int:", e)
for s in ["3.14", " -2.5e-3 ", "1_000.5", "inf", "-Infinity", "nan", "NaN", "1e400", ".5", "5.", "1_e5", "0x10", "١.٥", "1.5.5", "infinity", "+nan"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "float:", e)
for s in ["1+2j", "(1+2j)", " 3j ", "-j", "1e3-2.5e-1j", "j", "1 + 2j", "infj", "nan+nanj"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "complex:", e)
print(int("1" * 100) % 97, int("-0b1010", 2) if False else int("-1010", 2), int("Z", 36), int("z", base=36))
