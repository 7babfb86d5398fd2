for i in range(1000000):
    o = [i]
print(o)
