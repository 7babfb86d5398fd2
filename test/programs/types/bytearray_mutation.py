# bytearray is a mutable bytes: item and slice assignment, append, extend, del.
ba = bytearray(b"hello")
ba[0] = ord("J")
print(ba)
ba.append(33)
ba.extend(b"??")
print(ba, len(ba))
ba[1:3] = b"EE"
del ba[-2:]
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.remove(ord("E")), ba)
ba.reverse()
print(ba, bytes(ba), ba.decode())
try:
    ba[0] = 300
except ValueError as e:
    print(e)
ba[1:1] = b"---"
print(ba, ba.find(b"-"), ba.count(b"-"))
