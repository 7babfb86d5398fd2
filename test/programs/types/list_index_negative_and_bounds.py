# Negative indexes and slices beyond bounds on lists.
lst = [10, 20, 30, 40, 50]
print(lst[-1], lst[-5], lst[1:100], lst[-100:2], lst[3:1], lst[::-2], lst[-2::-2])
try:
    lst[-6]
except IndexError as e:
    print(e)
try:
    lst[5] = 0
except IndexError as e:
    print(e)
try:
    lst["1"]
except TypeError as e:
    print(e)
try:
    lst[1.0]
except TypeError as e:
    print(e)
