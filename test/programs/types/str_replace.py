# str.replace with counts and empty strings.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("x", "y"))
print("abc".replace("", "-"), "aaa".replace("a", "aa"), "aaaa".replace("aa", "b"))
print("hello".replace("l", ""), "path/to/file".replace("/", "\\"))
print("abc".replace("", "-", 2))
