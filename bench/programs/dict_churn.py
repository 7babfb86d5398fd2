for i in range(200000):
    d = {'a': i, 'b': i + 1}
    d['c'] = d['a'] + d['b']
print(d)
