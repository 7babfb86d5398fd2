# String comparison is by code point.
words = ["banana", "Apple", "apple", "Banana", "_x", "1st", "äpple", "zebra"]
print(sorted(words))
print("a" > "B", "a" > "Z", "é" > "z", "10" < "9", "abc" < "abcd")
print(min(words), max(words), sorted(words, key=str.casefold))
