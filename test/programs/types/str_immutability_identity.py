# Strings are immutable: operations return new strings.
s = "hello"
t = s.upper()
print(s, t, s is t)
u = s.replace("z", "q")
print(u == s)
v = s + ""
print(v == s)
try:
    s.append("!")
except AttributeError as e:
    print(e)
