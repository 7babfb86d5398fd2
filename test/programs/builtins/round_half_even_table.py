# round() of .5 values at several ndigits.
for x in (0.5, 1.5, 2.5, -2.5, 0.25, 0.35, 2.345, 2.355):
    print(x, round(x), round(x, 1), round(x, 2))
print(round(0.5 + 1e-16), round(2.5000000000000004), round(-0.5) == 0)
print(round(5.5), round(6.5), round(-5.5), round(-6.5))
