# WeakMethod keeps a bound method alive only as long as its object.
import weakref

class Button:
    def click(self):
        return "clicked"

b = Button()
plain = weakref.ref(b.click)
print(plain())
wm = weakref.WeakMethod(b.click)
print(wm()(), wm() == b.click)
del b
print(wm())
