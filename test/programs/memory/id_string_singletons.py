# The empty string and one-character latin-1 strings made at run time are singletons.
# (Only non-identifier characters are compared with literals here: a one-letter
# identifier-like literal is the interned copy, which may differ from the singleton.)
s = "a!b é"
print(s[1] is chr(33), s[3] is chr(32), s[4] is chr(233))
bang = "!"
space = " "
e_acute = "é"
print(s[1] is bang, s[3] is space, s[4] is e_acute)
print(s[0] is chr(97), s[0] is "xa"[1:], chr(255) is chr(255))
euro = "€"
print(chr(256) is chr(256), chr(256) == chr(256), euro is chr(8364))
empty = ""
print("".join([]) is empty, s[9:] is empty, str() is empty, s[2:2] is empty)
