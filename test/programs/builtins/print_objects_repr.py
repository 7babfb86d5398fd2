# print uses str(); containers show repr() of their items.
class Thing:
    def __str__(self):
        return "thing-str"
    def __repr__(self):
        return "Thing()"

t = Thing()
print(t)
print([t, "s", 1.0])
print((t,), {"k": t})
print(f"{t} {t!r}")
print("%s %r" % (t, t))
