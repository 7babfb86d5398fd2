# Iterating strings by character, enumerate and reversed, membership tests.
word = "level"
print([c for c in word], list(enumerate(word))[:2], "".join(reversed(word)) == word)
print("ev" in word, "ve" in word, "" in word, "L" in word)
vowels = sum(1 for c in "encyclopedia" if c in "aeiou")
print(vowels)
print(list(map(ord, "AZ")), [c * 2 for c in "ab"])
