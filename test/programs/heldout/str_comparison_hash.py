# string comparison, hashing (PYTHONHASHSEED=0), identity of equal strings
print("a" == "a", "a" != "b", "abc" == "ab" + "c")
print(hash("") == 0, hash("abc") == hash("ab" + "c"))
print(hash("abc"), hash("hello world"), hash("é"), hash("日本"))
print(hash(b"abc"), hash(b""), hash(b"abc") == hash("abc"))
words = ["pear", "Apple", "banana", "apple", "Banana", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(min(words), max(words), "Z" < "a", "é" > "z")
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print({"b": 1, "a": 2} == {"a": 2, "b": 1})
print(set("mississippi") == {"m", "i", "s", "p"}, len(set("mississippi")))
