# Reading a local before assignment: UnboundLocalError.
count = 0

def increment():
    count += 1
    return count

increment()
