# 'break' not inside any loop.
x = 1
if x:
    break
print("done")
