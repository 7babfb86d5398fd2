# sys.set_int_max_str_digits / get_int_max_str_digits: the limit, 0 (unlimited), and argument errors.
import sys
for a in [(5,), (0,), ('x',), (), (1, 2)]:
    try:
        print(sys.set_int_max_str_digits(*a), sys.get_int_max_str_digits())
    except Exception as e:
        print(type(e).__name__, e)
print(len(str(10 ** 5000)))
print(sys.set_int_max_str_digits(maxdigits=700), sys.get_int_max_str_digits())
try:
    str(10 ** 800)
except ValueError as e:
    print(e)
try:
    int("9" * 701)
except ValueError as e:
    print(e)
print(len(str(int("9" * 700))))
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits())
