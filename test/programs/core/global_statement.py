# global lets a function rebind a module-level name.
counter = 0

def bump():
    global counter
    counter += 1

def shadow():
    counter = 100
    return counter

bump(); bump()
print(counter, shadow(), counter)

def create():
    global created
    created = "yes"

create()
print(created)
