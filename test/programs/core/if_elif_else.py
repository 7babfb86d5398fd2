# if/elif/else chains and conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in (-5, 0, 7, 42):
    print(n, classify(n))
x = 4
print("even" if x % 2 == 0 else "odd")
print("a" if False else "b" if False else "c")
if []:
    print("empty list is truthy?")
else:
    print("empty list is falsy")
