parts = []
for i in range(30000):
    parts.append(str(i))
s = ",".join(parts)
print(len(s), s[:20])
