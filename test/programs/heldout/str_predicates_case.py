# case and predicate methods across a range of inputs
tests = ["", "abc", "ABC", "Abc", "aBc", "123", "1.5", " ", "a b", "Hello World", "hello world", "ǅungla", "½", "²", "x1", "_"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(),
          t.islower(), t.isupper(), t.istitle(), t.isspace(), t.isidentifier(), t.isascii())
for t in ["hello world", "HELLO", "they're bill's", "a1b2", "ǆ x"]:
    print(t.title(), t.capitalize(), t.swapcase(), t.upper(), t.lower())
