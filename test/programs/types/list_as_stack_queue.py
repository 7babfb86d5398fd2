# Lists used as a stack (append/pop) and a naive queue (pop(0)).
stack = []
for ch in "({[]})":
    if ch in "({[":
        stack.append(ch)
    else:
        top = stack.pop()
        print("matched", top, ch)
print("balanced" if not stack else "unbalanced")
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
