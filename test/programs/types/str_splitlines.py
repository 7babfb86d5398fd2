# str.splitlines with different line endings and keepends.
text = "line1\nline2\r\nline3\rline4\n"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n\nb".splitlines())
print("x\x0by\x0cz\x1cw\u2028v".splitlines())
print(text.split("\n"))
