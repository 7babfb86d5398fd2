# upper, lower, title, capitalize, swapcase, casefold.
s = "hello WORLD, it's a fine-day 2nite"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("Straße".casefold(), "Straße".lower(), "Straße".upper())
print("ǅemal".title(), "ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
