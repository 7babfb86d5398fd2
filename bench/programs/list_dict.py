d = {}
lst = []
for i in range(50000):
    lst.append(i)
    d[i % 1000] = d.get(i % 1000, 0) + i
print(len(lst), sum(d.values()))
