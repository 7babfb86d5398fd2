# Mutual recursion: the repeated pattern spans two frames, so CPython's
# "[Previous line repeated N more times]" summary never kicks in (it only
# collapses identical consecutive entries). A low recursion limit keeps it short.
import sys
sys.setrecursionlimit(30)

def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

ping(0)
