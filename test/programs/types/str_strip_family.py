# strip, lstrip, rstrip, removeprefix, removesuffix.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "www.example.com".strip("cmowz."), "abcba".lstrip("ab"))
print("test_file.py".removesuffix(".py"), "test_file.py".removeprefix("test_"), "abc".removeprefix("x"))
print("aaa".rstrip("a") == "", repr("  ".strip()))
