# The loop variable keeps its last value after the loop.
for i in range(5):
    pass
print(i)
for ch in "xyz":
    last = ch
print(ch, last)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(e)
k = -1
for k in range(0):
    pass
print(k)
