"""The UTF-8 decoder test vectors behind Autobahn's cases 6.5.x to 6.23.x (after Markus Kuhn's UTF-8-test.txt),
rebuilt here: one (title, [(is_valid, bytes), ...]) per subsection, in Autobahn's order, so case 6.<5+i>.<j> is
the j-th sequence of the i-th subsection."""

KAPPA = b"\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5"  # "κόσμε" with U+1F79 (the 2nd letter)


def _is_complete_utf8(data):
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _bytes_range(first, last_exclusive, separator=b""):
    return b"".join(bytes([b]) + separator for b in range(first, last_exclusive))


def _noncharacters():
    found = [b"\xef\xbf\xbe", b"\xef\xbf\xbf"]
    for lead in (0xF0, 0xF1, 0xF2, 0xF3, 0xF4):
        for second in (0x8F, 0x9F, 0xAF, 0xBF):
            if lead == 0xF4 and second != 0x8F:
                continue  # above U+10FFFF
            for last in (0xBE, 0xBF):
                sequence = bytes([lead, second, 0xBF, last])
                if sequence not in (b"\xf0\x8f\xbf\xbe", b"\xf0\x8f\xbf\xbf"):  # overlong forms
                    found.append(sequence)
    return found


def _missing_last_byte():
    return [b"\xc0", b"\xe0\x80", b"\xf0\x80\x80", b"\xf8\x80\x80\x80", b"\xfc\x80\x80\x80\x80",
            b"\xdf", b"\xef\xbf", b"\xf7\xbf\xbf", b"\xfb\xbf\xbf\xbf", b"\xfd\xbf\xbf\xbf\xbf"]


def utf8_sequences():
    invalid = lambda *items: [(False, s) for s in items]
    valid = lambda *items: [(True, s) for s in items]
    lonely_ranges = [(0xC0, 0xDF), (0xE0, 0xEF), (0xF0, 0xF7), (0xF8, 0xFB), (0xFC, 0xFD)]
    high = [b"\xed\xa0\x80", b"\xed\xad\xbf", b"\xed\xae\x80", b"\xed\xaf\xbf"]
    low = [b"\xed\xb0\x80", b"\xed\xbf\xbf"]
    return [
        ("Some valid UTF-8 sequences",
         valid(b"hello$world", b"hello\xc2\xa2world", b"hello\xe2\x82\xacworld", b"hello\xf0\xa4\xad\xa2world", KAPPA)),
        ("All prefixes of a valid UTF-8 string that contains multi-byte code points",
         [(_is_complete_utf8(KAPPA[:i]), KAPPA[:i]) for i in range(1, len(KAPPA) + 1)]),
        ("First possible sequence of a certain length",
         valid(b"\x00", b"\xc2\x80", b"\xe0\xa0\x80", b"\xf0\x90\x80\x80")),
        ("First possible sequence length 5/6 (invalid codepoints)",
         invalid(b"\xf8\x88\x80\x80\x80", b"\xfc\x84\x80\x80\x80\x80")),
        ("Last possible sequence of a certain length",
         valid(b"\x7f", b"\xdf\xbf", b"\xef\xbf\xbf", b"\xf4\x8f\xbf\xbf")),
        ("Last possible sequence length 4/5/6 (invalid codepoints)",
         invalid(b"\xf7\xbf\xbf\xbf", b"\xfb\xbf\xbf\xbf\xbf", b"\xfd\xbf\xbf\xbf\xbf\xbf")),
        ("Other boundary conditions",
         valid(b"\xed\x9f\xbf", b"\xee\x80\x80", b"\xef\xbf\xbd", b"\xf4\x8f\xbf\xbf") + invalid(b"\xf4\x90\x80\x80")),
        ("Unexpected continuation bytes",
         invalid(b"\x80", b"\xbf", b"\x80\xbf", b"\x80\xbf\x80", b"\x80\xbf\x80\xbf", b"\x80\xbf\x80\xbf\x80",
                 b"\x80\xbf\x80\xbf\x80\xbf", _bytes_range(0x80, 0xBF))),
        ("Lonely start characters", invalid(*[_bytes_range(a, b, b" ") for a, b in lonely_ranges])),
        ("Sequences with last continuation byte missing", invalid(*_missing_last_byte())),
        ("Concatenation of incomplete sequences", invalid(b"".join(_missing_last_byte()))),
        ("Impossible bytes", invalid(b"\xfe", b"\xff", b"\xfe\xfe\xff\xff")),
        ("Examples of an overlong ASCII character",
         invalid(b"\xc0\xaf", b"\xe0\x80\xaf", b"\xf0\x80\x80\xaf", b"\xf8\x80\x80\x80\xaf", b"\xfc\x80\x80\x80\x80\xaf")),
        ("Maximum overlong sequences",
         invalid(b"\xc1\xbf", b"\xe0\x9f\xbf", b"\xf0\x8f\xbf\xbf", b"\xf8\x87\xbf\xbf\xbf", b"\xfc\x83\xbf\xbf\xbf\xbf")),
        ("Overlong representation of the NUL character",
         invalid(b"\xc0\x80", b"\xe0\x80\x80", b"\xf0\x80\x80\x80", b"\xf8\x80\x80\x80\x80", b"\xfc\x80\x80\x80\x80\x80")),
        ("Single UTF-16 surrogates", invalid(*(high + [b"\xed\xb0\x80", b"\xed\xbe\x80", b"\xed\xbf\xbf"]))),
        ("Paired UTF-16 surrogates", invalid(*[h + l for h in high for l in low])),
        ("Non-character code points (valid UTF-8)", valid(*_noncharacters())),
        ("Unicode specials (i.e. replacement char)",
         valid(*[b"\xef\xbf" + bytes([b]) for b in range(0xB9, 0xC0)])),
    ]
