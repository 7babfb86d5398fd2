# str.maketrans and translate: mapping, deleting, dict form.
table = str.maketrans("abc", "xyz")
print("aabbcc cab".translate(table))
delete = str.maketrans("", "", "aeiou")
print("programming language".translate(delete))
t2 = str.maketrans({"a": "4", "e": "3", "o": None, "s": "$$"})
print("awesome sauce".translate(t2))
print(table)
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(e)
