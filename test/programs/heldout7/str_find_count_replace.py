# find/rfind/index/rindex/count/replace/startswith/endswith with ranges, tuples, and empty strings.
s = "the quick brown fox jumps over the lazy dog the end"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.rfind("the", 0, 40), s.find("cat"), s.find(""))
print(s.index("fox"), s.rindex("o"), s.count("the"), s.count("o", 20), s.count(""), "".count(""), "aaaa".count("aa"))
print(s.replace("the", "THE"), s.replace("the", "a", 2), "aaa".replace("a", "bb", -1), "abc".replace("", "-"))
print("abc".replace("", "-", 2), "".replace("", "x"), "xyx".replace("x", ""), "a.b.c".replace(".", "", 1))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("end"), s.endswith("the", 0, 34), s.startswith("quick", 4))
print("abc".find("c", -1), "abc".find("a", -10), "abc".find("", 3), "abc".find("", 4), "abc"[10:], "abc".rfind(""))
print("abc".startswith(""), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith(("x", "bc")))
try:
    s.index("cat")
except ValueError as e:
    print(e)
try:
    s.rindex("cat")
except ValueError as e:
    print(e)
try:
    s.startswith(["the"])
except TypeError as e:
    print(e)
try:
    s.count(5)
except TypeError as e:
    print(e)
print("Mississippi".count("ss"), "Mississippi".find("ss", 3), "Mississippi".rfind("ss", 0, 6), "Mississippi".index("i", 2, 5))
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"), "hello".removesuffix(""))
