# An identifier-like string constant bound to a name: 4 in 3.11 (name, co_consts, arena, arg).
# (A common word such as 'hello' would also be referenced by modules loaded at start-up.)
import sys
word = "refscope_unique_identifier"
print(sys.getrefcount(word))
other = word
print(sys.getrefcount(word))
