# Floor division and modulo follow the sign of the divisor.
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3)]:
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}")
print(divmod(-7, 3), divmod(7, -3))
print(-7.5 // 2, -7.5 % 2, 7.5 % -2)
print(5 % 0.75, -5 % 0.75)
