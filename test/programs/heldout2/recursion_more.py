# recursive algorithms with memoisation and mutual recursion
memo = {}
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    if n not in memo:
        memo[n] = ways(n - 1) + ways(n - 2) + ways(n - 3)
    return memo[n]
print([ways(i) for i in range(12)], ways(60))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
def quicksort(a):
    if len(a) <= 1:
        return a
    pivot, *rest = a
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
print(quicksort([3, 6, 1, 8, 2, 9, 2, 0]))
def depth(tree):
    return 1 + max((depth(c) for c in tree), default=0)
print(depth([]), depth([[], [[]]]), depth([[[[[]]]]]))
def binary(n):
    return str(n) if n < 2 else binary(n // 2) + str(n % 2)
print(binary(0), binary(5), binary(255), binary(1024))
def count_down(n, acc=None):
    acc = [] if acc is None else acc
    if n == 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)
print(count_down(5))
import sys
print(sys.getrecursionlimit())
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError:", e)
