# find, rfind, index, rindex, count, and the ValueError of index.
s = "mississippi"
print(s.find("ss"), s.rfind("ss"), s.find("ss", 3), s.find("x"), s.find(""))
print(s.index("p"), s.rindex("s"), s.count("s"), s.count("ss"), s.count(""), s.count("i", 5))
print(s.find("s", -3), s.find("i", 2, 4))
try:
    s.index("z")
except ValueError as e:
    print(e)
try:
    s.rindex("q")
except ValueError as e:
    print(e)
