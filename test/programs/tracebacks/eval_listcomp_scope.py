# eval() with separate locals: a comprehension cannot see them (it has its own scope).
print(eval("[w for w in range(2)]", {}, {"w": 9}))
r = eval("[w for _ in range(2)]", {}, {"w": 9})
