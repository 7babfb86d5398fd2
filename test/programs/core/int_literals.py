# Integer literal forms: binary, octal, hex, underscores.
print(0b1011, 0o17, 0xFF, 0XaB, 1_000_000, 0x_ff_ff)
print(int("1010", 2), int("ff", 16), int("0o17", 0), int("0x1f", 0), int("z", 36))
print(1e3, 1_0.5e-1_0, 0.5, .5, 5.)
print(int(" 42 "), int("-7"), int("+7"), int("1_000"))
print(float(" 1.5 "), float("1e3"), float("-inf"), float("1_5.2_5"))
