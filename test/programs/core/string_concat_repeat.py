# String building: concatenation, repetition, join, implicit concatenation.
s = "ab" "cd" 'ef'
print(s, len(s))
print("-" * 20)
print("x" * 0, "x" * -3, repr("x" * 0))
words = ["to", "be", "or", "not"]
print(" ".join(words), "".join(reversed(words)))
out = ""
for w in words:
    out += w[0].upper()
print(out)
print(("%s=%d" % ("n", 3)) + "!")
