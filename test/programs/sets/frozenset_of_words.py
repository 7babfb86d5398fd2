# frozensets of strings: repr order, and as dict keys (PYTHONHASHSEED=0).
vowels = frozenset("aeiou")
print(vowels)
words = frozenset("the cat sat on the mat".split())
print(words, len(words))
index = {frozenset({"x", "y"}): "pair", frozenset({"z"}): "single"}
print(index)
print(hash(frozenset({"x", "y"})) == hash(frozenset({"y", "x"})))
print({w[0] for w in ["apple", "bird", "cat", "avocado"]})
