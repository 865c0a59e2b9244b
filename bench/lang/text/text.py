import sys


def main(count):
    t = ""
    for _ in range(count):
        t = t + "abc"
    print(len(t))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 10000000)
