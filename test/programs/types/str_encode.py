# str.encode with encodings and error handlers.
s = "café €"
print(s.encode(), s.encode("utf-8"), len(s.encode()))
print(s.encode("latin-1", errors="replace"), s.encode("ascii", errors="ignore"))
print(s.encode("ascii", errors="xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
print(s.encode("utf-16-le"), "A".encode("utf-32-be"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(e)
