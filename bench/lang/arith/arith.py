def main():
    total = 0
    for i in range(1, 20000001):
        total = (total + (i % 7) * 3) % 1000003
    print(total)


main()
