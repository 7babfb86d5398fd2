# list.sort with key and reverse; sort is stable; sort returns None.
words = ["pear", "Fig", "apple", "date", "banana", "cherry"]
print(words.sort())
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [5, -3, 2, -1, 0]
nums.sort(key=lambda n: (n < 0, abs(n)))
print(nums)
