total = 0
for i in range(300000):
    total += i * 3 % 7
print(total)
