# weakref.proxy forwards attribute access; after the referent dies it raises ReferenceError.
import weakref

class Account:
    def __init__(self):
        self.balance = 10
    def deposit(self, n):
        self.balance += n
        return self.balance

acct = Account()
p = weakref.proxy(acct)
print(p.balance, p.deposit(5), acct.balance, type(p).__name__)
del acct
try:
    p.balance
except ReferenceError as e:
    print("ReferenceError:", e)
