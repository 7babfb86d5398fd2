# += and *= mutate in place; + and * build new lists.
a = [1]
alias = a
a += [2]
a *= 2
print(a, alias, a is alias)
a = a + [3]
print(a, alias, a is alias)
b = [0]
b += "xy"
print(b)
try:
    b = b + "z"
except TypeError as e:
    print(e)
