# mutating containers while iterating over them
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        d[k * 10] = "x"
except RuntimeError as e:
    print(e)
d = {1: "a", 2: "b"}
for k in d:
    d[k] = d[k].upper()
print(d)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e, d)
d = {1: 1, 2: 2}
try:
    for k in d.keys():
        d.pop(k)
        d[k + 10] = 0
except RuntimeError as e:
    print(e, d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
l = [1, 2, 3, 4]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 3]
for i, x in enumerate(l):
    if i < 3:
        l.append(x * 10)
print(l)
d = dict.fromkeys("abc", 0)
for k in list(d):
    del d[k]
print(d)
d = {"a": 1}
it = iter(d.items())
d["a"] = 2
print(next(it))
