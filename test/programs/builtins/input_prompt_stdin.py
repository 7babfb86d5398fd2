# input() strips the trailing newline only; whitespace is preserved.
a = input(">")
b = input()
print(repr(a), repr(b))
print(len(a), len(b))
