# break only leaves the innermost loop; flags and for/else to leave both.
found = None
for i in range(1, 5):
    for j in range(1, 5):
        if i * j == 6:
            found = (i, j)
            break
    else:
        continue
    break
print(found)
count = 0
for a in range(3):
    for b in range(3):
        if b > a:
            break
        count += 1
print(count)
