# += keeps the id of mutable objects and changes it for immutable ones.
lst = [1]
i = id(lst)
lst += [2]
print(id(lst) == i)
lst = lst + [3]
print(id(lst) == i)
tup = (1,)
j = id(tup)
tup += (2,)
print(id(tup) == j)
s = "a"
k = id(s)
s += "b"
print(id(s) == k)
st = {1}
m = id(st)
st |= {2}
print(id(st) == m)
