def main():
    t = ""
    for i in range(1, 300001):
        t = t + str(i % 10)
    print(len(t))


main()
